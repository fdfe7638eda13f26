using System.Text.RegularExpressions;

namespace Ingestion.Text;

/// <summary>Metadata read off a plain-text article (a copy of a page's text): title, byline, section lines.</summary>
public sealed partial record PlainTextArticle
{
    public string? Title { get; init; }
    public string? Byline { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Section { get; init; }

    /// <summary>Reads the header lines above the body; a text that starts with prose gives no metadata.</summary>
    public static PlainTextArticle Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = ArticleLayout.Read(text);
        var title = lines.FirstOrDefault(l => l.Role == LineRole.Title)?.Text;
        var bylineLine = lines.FirstOrDefault(l => l.Role == LineRole.Byline)?.Text;
        var sections = lines.Where(l => l.Role == LineRole.Section).SelectMany(l => SectionParts(l.Text)).Distinct().ToList();

        IReadOnlyList<string> authors = bylineLine is null ? [] : ReadAuthors(bylineLine);
        return new PlainTextArticle
        {
            Title = title is null ? null : Whitespace().Replace(title, " "),
            Byline = authors.Count > 0 ? string.Join(", ", authors) : null,
            Authors = authors,
            Section = sections.Count > 0 ? string.Join(" / ", sections) : null,
        };
    }

    /// <summary>"By Jane Doe and John Roe, Reuters" gives "Jane Doe", "John Roe" (an outlet is not an author).</summary>
    private static List<string> ReadAuthors(string bylineLine)
    {
        var names = ByPrefix().Replace(bylineLine, "");
        var authors = new List<string>();
        foreach (var part in AuthorSeparator().Split(names))
        {
            var name = part.Trim().Trim(',', '.', ' ', '|', '-', '–', '—');
            if (name.Length == 0 || Outlets.IsKnownOutlet(name) || !char.IsUpper(name[0]))
            {
                continue;
            }

            authors.Add(name);
        }

        return authors;
    }

    /// <summary>"International News2018Middle East" gives "International News", "Middle East".</summary>
    private static IEnumerable<string> SectionParts(string line) =>
        SectionSplit().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0 && !p.All(char.IsDigit));

    [GeneratedRegex(@"^\s*by\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s*(?:,|\band\b|&|\|)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorSeparator();

    [GeneratedRegex(@"\s*[»›>|/]\s*|(?<=\p{Ll})(?=\d)|(?<=\d)(?=\p{Lu})|\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex SectionSplit();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
