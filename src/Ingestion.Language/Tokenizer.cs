using System.Collections.Frozen;
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

    /// <summary>
    /// The syntactic words of <paramref name="text"/> as Universal Dependencies writes English, which the tagger
    /// and parser were trained on: clitics apart ("do" + "n't", "it" + "'s", "I" + "'m"), a possessive "'s" as
    /// one word, the period kept on abbreviations ("Gov.", "a.m.", "U.S."), "..." and "--" whole, "1990s" whole.
    /// Built on <see cref="Tokenize(string)"/>'s tokens so both granularities agree on every boundary.
    /// Offsets are into <paramref name="text"/> plus <paramref name="offset"/>.
    /// </summary>
    public static List<Word> Words(string text, int offset = 0)
    {
        var tokens = Tokenize(text);
        var words = new List<Word>(tokens.Count + 4);
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var end = token.End;
            if (token.Kind == TokenKind.Word)
            {
                if (SplitClitic(text, token, words, offset))
                {
                    continue;
                }

                // "a.m.", "e.g.": single letters each followed by a period, without spaces.
                if (token.Text.Length == 1 && char.IsLower(token.Text[0]) && Adjacent(tokens, t, ".") && t + 2 < tokens.Count
                    && tokens[t + 2].Start == tokens[t + 1].End && tokens[t + 2].Kind == TokenKind.Word && tokens[t + 2].Text.Length == 1
                    && Adjacent(tokens, t + 2, "."))
                {
                    words.Add(new Word(text[token.Start..tokens[t + 3].End], token.Start + offset, tokens[t + 3].End + offset));
                    t += 3;
                    continue;
                }

                if (Adjacent(tokens, t, ".") && AbbreviationsWithPeriod.Contains(token.Text))
                {
                    words.Add(new Word(token.Text + ".", token.Start + offset, tokens[t + 1].End + offset));
                    t++;
                    continue;
                }
            }
            else if (token.Kind == TokenKind.Number && t + 1 < tokens.Count && tokens[t + 1].Start == end
                && tokens[t + 1].Kind == TokenKind.Word && NumberSuffixes.Contains(tokens[t + 1].Text))
            {
                // "1990s", "5th": one word in the treebank.
                end = tokens[t + 1].End;
                words.Add(new Word(text[token.Start..end], token.Start + offset, end + offset));
                t++;
                continue;
            }
            else if (token.Kind == TokenKind.Punctuation && token.Text is "'" or "’" && t + 1 < tokens.Count
                && tokens[t + 1].Start == end && tokens[t + 1].Text is "s" or "S" && words.Count > 0 && words[^1].End == token.Start + offset)
            {
                // The possessive or contracted "'s" the scanner left as apostrophe and "s".
                words.Add(new Word(text[token.Start..tokens[t + 1].End], token.Start + offset, tokens[t + 1].End + offset));
                t++;
                continue;
            }
            else if (token.Kind == TokenKind.Punctuation && token.Text is "." or "-" or "!" or "?" or "'" or "`")
            {
                // "...", "--", "?!", and the doubled quotes ''...'' of some house styles: a run of marks is one word.
                var run = t;
                var quotes = token.Text is "'" or "`";
                while (run + 1 < tokens.Count && tokens[run + 1].Start == tokens[run].End && tokens[run + 1].Kind == TokenKind.Punctuation
                    && (quotes ? tokens[run + 1].Text is "'" or "`" : tokens[run + 1].Text is "." or "-" or "!" or "?"))
                {
                    run++;
                }

                if (run > t)
                {
                    words.Add(new Word(text[token.Start..tokens[run].End], token.Start + offset, tokens[run].End + offset));
                    t = run;
                    continue;
                }
            }

            words.Add(new Word(token.Text, token.Start + offset, end + offset));
        }

        return words;
    }

    private static bool Adjacent(List<Token> tokens, int index, string next) =>
        index + 1 < tokens.Count && tokens[index + 1].Start == tokens[index].End && tokens[index + 1].Text == next;

    /// <summary>"don't" as "do" + "n't", "they're" as "they" + "'re"; false when the word has no clitic.</summary>
    private static bool SplitClitic(string text, Token token, List<Word> words, int offset)
    {
        var word = token.Text;
        var at = -1;
        if (word.Length > 3 && word[^1] is 't' or 'T' && word[^2] is '\'' or '’' && word[^3] is 'n' or 'N')
        {
            at = word.Length - 3;
        }
        else
        {
            var apostrophe = word.LastIndexOfAny(['\'', '’']);
            if (apostrophe > 0 && Clitics.Contains(word[apostrophe..].Replace('’', '\'')))
            {
                at = apostrophe;
            }
        }

        if (at <= 0)
        {
            return false;
        }

        words.Add(new Word(word[..at], token.Start + offset, token.Start + at + offset));
        words.Add(new Word(word[at..], token.Start + at + offset, token.End + offset));
        return true;
    }

    private static readonly HashSet<string> Clitics = new(["'m", "'re", "'ve", "'ll", "'d"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> NumberSuffixes = new(["s", "st", "nd", "rd", "th"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Every word whose period the period does not end: the abbreviations the sentence segmenter reads
    /// (which may end a sentence, "&amp; Co.") and those written before a name ("Gov.").</summary>
    private static readonly FrozenSet<string> AbbreviationsWithPeriod =
        Lexicon.Words("abbreviations").Concat(Lexicon.Words("prepositive-abbreviations"))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

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
