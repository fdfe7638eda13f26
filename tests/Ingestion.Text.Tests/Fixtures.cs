namespace Ingestion.Text.Tests;

/// <summary>Texts the tests share. The seed article is the project's own (copied from shared/seed).</summary>
internal static class Fixtures
{
    private static readonly Lazy<string> Seed = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed-article.txt")));

    public static string SeedArticle => Seed.Value;
}
