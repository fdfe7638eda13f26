using System.Text.RegularExpressions;

namespace Ingestion.Language.Tests;

public sealed partial class TokenizerTests
{
    /// <summary>The pattern the scanner replaced, kept here as the reference it must agree with.</summary>
    [GeneratedRegex(
        @"(?<abbr>(?:\p{Lu}\.){2,})|(?<initial>\p{Lu}\.(?=\s))|(?<word>[\p{L}\p{M}][\p{L}\p{M}\d]*(?:['’](?![sS]\b)[\p{L}\p{M}]+)*)|(?<num>\d+(?:[.,]\d+)*)|(?<punct>\S)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    private static List<Token> Reference(string text) =>
        [.. ReferencePattern().Matches(text).Select(m => new Token(
            m.Value,
            m.Index,
            m.Groups["abbr"].Success ? TokenKind.Abbreviation
            : m.Groups["initial"].Success ? TokenKind.Initial
            : m.Groups["word"].Success ? TokenKind.Word
            : m.Groups["num"].Success ? TokenKind.Number
            : TokenKind.Punctuation))];

    [Theory]
    [InlineData("The U.S. envoy, Thomas D. Waldhauser, met O'Brien's aides in al-Bunyan at 10:30.")]
    [InlineData("Libya's GNA and the U.N.-backed forces; 1,500.25 troops, 3.5% growth, $5bn, 2016-12-06T10:00Z.")]
    [InlineData("Ms. Ng said: “We’re done.” Mr. D’Amato’s reply — ‘no’ — came at 9 a.m. A.")]
    [InlineData("Café Zürich, São Paulo, Đà Nẵng, İstanbul, naïve co\u0301operation, Ω-3, x²")]
    [InlineData("It's the boss's 'S' grade; Rock'n'roll; rock’s; don't; 'quoted' text; O'Neill's")]
    [InlineData("A.B.C D. E.F. G.\nH. I.\tJ.")]
    [InlineData("trailing apostrophe' and s' and X's2 and end's")]
    public void Scanner_agrees_with_the_reference_pattern(string text) =>
        Tokenizer.Tokenize(text).ShouldBe(Reference(text));

    [Fact]
    public void Scanner_agrees_with_the_reference_pattern_on_a_whole_article()
    {
        var article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed-article.txt"));
        Tokenizer.Tokenize(article).ShouldBe(Reference(article));
    }

    [Fact]
    public void Possessives_are_split_off_and_inner_apostrophes_kept()
    {
        Tokenizer.Tokenize("Libya's O'Brien").Select(t => t.Text).ShouldBe(["Libya", "'", "s", "O'Brien"]);
    }
}
