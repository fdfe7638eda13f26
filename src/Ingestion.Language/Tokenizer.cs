using System.Globalization;

namespace Ingestion.Language;

public enum TokenKind
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
public readonly record struct Token(string Text, int Start, TokenKind Kind)
{
    public int End => Start + Text.Length;

    public bool IsCapitalized => Kind is TokenKind.Abbreviation or TokenKind.Initial
        || (Kind == TokenKind.Word && char.IsUpper(Text[0]));

    /// <summary>"ISIS", "GNA": two or more letters, all capitals.</summary>
    public bool IsAcronym => Kind == TokenKind.Abbreviation
        || (Kind == TokenKind.Word && Text.Length >= 2 && IsAllCapitalsOrDigits(Text));

    public bool IsLower => Kind == TokenKind.Word && char.IsLower(Text[0]);

    private static bool IsAllCapitalsOrDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsUpper(c) && !char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// Splits text into words, dotted abbreviations, initials, numbers and single punctuation marks. A hand-written
/// scanner rather than a regular expression: it runs over every article twice (the article-wide pass and the
/// claims), and a scanner is several times faster than the equivalent pattern with Unicode classes.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, List<Token> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var (length, kind) = ReadToken(text, i);
            tokens.Add(new Token(TokenText(text, i, length), i, kind));
            i += length;
        }
    }

    /// <summary>
    /// The token's string; one-character tokens share theirs. Longer words are not shared through a table of
    /// words seen before: that saved allocations, but measured after extraction (caches cold, as in the
    /// pipeline) the table's lookups made tokenising slower than the allocations it saved.
    /// </summary>
    private static string TokenText(string text, int start, int length)
    {
        var c = text[start];
        return length == 1 && c < OneCharacterStrings.Length ? OneCharacterStrings[c] : text.Substring(start, length);
    }

    /// <summary>Punctuation and one-letter words, shared: a fifth of an article's tokens need no string of their own.</summary>
    private static readonly string[] OneCharacterStrings = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private static (int Length, TokenKind Kind) ReadToken(string text, int start)
    {
        var c = text[start];
        if (char.IsUpper(c))
        {
            // "U.S.": two or more capital-and-period pairs.
            var pairs = 0;
            while (start + (2 * pairs) + 1 < text.Length && char.IsUpper(text[start + (2 * pairs)]) && text[start + (2 * pairs) + 1] == '.')
            {
                pairs++;
            }

            if (pairs >= 2)
            {
                return (2 * pairs, TokenKind.Abbreviation);
            }

            if (pairs == 1 && start + 2 < text.Length && char.IsWhiteSpace(text[start + 2]))
            {
                return (2, TokenKind.Initial);
            }
        }

        if (IsLetterOrMark(c))
        {
            var end = start + 1;
            while (end < text.Length && (IsLetterOrMark(text[end]) || char.IsDigit(text[end])))
            {
                end++;
            }

            // Inner apostrophes stay ("O'Brien"); a possessive "'s" is left out so that "Libya's" gives "Libya".
            while (end + 1 < text.Length && text[end] is '\'' or '’' && IsLetterOrMark(text[end + 1]) && !IsPossessiveS(text, end + 1))
            {
                end += 2;
                while (end < text.Length && IsLetterOrMark(text[end]))
                {
                    end++;
                }
            }

            return (end - start, TokenKind.Word);
        }

        if (char.IsDigit(c))
        {
            var end = start + 1;
            while (end < text.Length && char.IsDigit(text[end]))
            {
                end++;
            }

            // "1,500", "3.5": separators between digits belong to the number.
            while (end + 1 < text.Length && text[end] is '.' or ',' && char.IsDigit(text[end + 1]))
            {
                end += 2;
                while (end < text.Length && char.IsDigit(text[end]))
                {
                    end++;
                }
            }

            return (end - start, TokenKind.Number);
        }

        return (1, TokenKind.Punctuation);
    }

    /// <summary>An "s" after an apostrophe that ends the word.</summary>
    private static bool IsPossessiveS(string text, int at) =>
        text[at] is 's' or 'S' && (at + 1 == text.Length || !IsWordCharacter(text[at + 1]));

    private static bool IsLetterOrMark(char c) =>
        char.IsAsciiLetter(c) || (c > '\u007F' && char.IsLetter(c)) || (c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);

    /// <summary>A character that continues a word for the possessive test: letters, marks, digits, joiners.</summary>
    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || c is '_' or '\u200C' or '\u200D'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.ConnectorPunctuation;
}
