using System.Text.RegularExpressions;

namespace Ingestion.Enrichment;

internal enum TokenKind
{
    Word,
    /// <summary>Dotted capitals: "U.S.", "U.N.".</summary>
    Abbreviation,
    /// <summary>One capital and a period before a space: the "D." of "Thomas D. Waldhauser".</summary>
    Initial,
    Number,
    Punctuation,
}

/// <summary>A token of a claim; <see cref="Start"/> is an offset into the text that was tokenised.</summary>
internal readonly record struct Token(string Text, int Start, TokenKind Kind)
{
    public int End => Start + Text.Length;

    public bool IsCapitalized => Kind is TokenKind.Abbreviation or TokenKind.Initial
        || (Kind == TokenKind.Word && char.IsUpper(Text[0]));

    /// <summary>"ISIS", "GNA": two or more letters, all capitals.</summary>
    public bool IsAcronym => Kind == TokenKind.Abbreviation
        || (Kind == TokenKind.Word && Text.Length >= 2 && Text.All(c => char.IsUpper(c) || char.IsDigit(c)));

    public bool IsLower => Kind == TokenKind.Word && char.IsLower(Text[0]);
}

internal static partial class Tokenizer
{
    // Possessive "'s" is left out of words so that "Libya's" gives "Libya"; inner apostrophes stay ("O'Brien").
    [GeneratedRegex(
        @"(?<abbr>(?:\p{Lu}\.){2,})|(?<initial>\p{Lu}\.(?=\s))|(?<word>[\p{L}\p{M}][\p{L}\p{M}\d]*(?:['’](?![sS]\b)[\p{L}\p{M}]+)*)|(?<num>\d+(?:[.,]\d+)*)|(?<punct>\S)",
        RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        foreach (Match match in TokenPattern().Matches(text))
        {
            var kind = match.Groups["abbr"].Success ? TokenKind.Abbreviation
                : match.Groups["initial"].Success ? TokenKind.Initial
                : match.Groups["word"].Success ? TokenKind.Word
                : match.Groups["num"].Success ? TokenKind.Number
                : TokenKind.Punctuation;
            tokens.Add(new Token(match.Value, match.Index, kind));
        }

        return tokens;
    }
}
