using System.Text.RegularExpressions;

namespace Ingestion.Text;

/// <summary>
/// One pass over one text that finds where its sentences end ("cuts": offsets just after a sentence).
/// Not thread-safe; <see cref="SentenceSegmenter"/> makes a new one per text.
/// </summary>
internal sealed partial class BoundaryFinder
{
    private const int MaxParentheticalLength = 300;

    private readonly string text;
    private readonly int n;

    /// <summary>Positions whose punctuation never ends a sentence: URLs, e-mail addresses, inside parentheses.</summary>
    private readonly bool[] shielded;

    /// <summary>The periods of list markers ("1.", "a.", "2.)"), which never end a sentence.</summary>
    private readonly HashSet<int> listMarkerDots = [];

    /// <summary>Cuts that lists and bullets force, found before the scan.</summary>
    private readonly SortedSet<int> forcedCuts = [];

    private readonly SortedSet<int> cuts = [];
    private int lastCut;
    private int blockEnd = -1;
    private bool blockEndsWithTerminal;

    public BoundaryFinder(string text)
    {
        this.text = text;
        n = text.Length;
        shielded = new bool[n];
    }

    public SortedSet<int> FindCuts()
    {
        ShieldUrlsAndEmails();
        ShieldParentheticals();
        FindLists();
        cuts.UnionWith(forcedCuts);

        using var forced = forcedCuts.GetEnumerator();
        var hasForced = forced.MoveNext();
        for (var i = 0; i < n; i++)
        {
            while (hasForced && forced.Current <= i)
            {
                lastCut = Math.Max(lastCut, forced.Current);
                hasForced = forced.MoveNext();
            }

            var c = text[i];
            if (c is '\n' or '\r')
            {
                i = OnLineBreak(i);
            }
            else if (Chars.IsTerminal(c) && !shielded[i] && !listMarkerDots.Contains(i))
            {
                i = OnTerminal(i);
            }
        }

        return cuts;
    }

    private void Cut(int at)
    {
        cuts.Add(at);
        lastCut = Math.Max(lastCut, at);
    }

    // ---- line breaks -------------------------------------------------------------------------------------

    private int OnLineBreak(int i)
    {
        var before = i;
        while (before > 0 && text[before - 1] is ' ' or '\t' or '\u00A0')
        {
            before--;
        }

        var after = i;
        var breaks = 0;
        while (after < n && char.IsWhiteSpace(text[after]))
        {
            if (text[after] == '\n' || (text[after] == '\r' && (after + 1 >= n || text[after + 1] != '\n')))
            {
                breaks++;
            }

            after++;
        }

        if (after >= n)
        {
            return after - 1;
        }

        if (breaks >= 2)
        {
            Cut(before);
            return after - 1;
        }

        // A single line break inside a sentence is a wrapped line when the next line goes on in lower case:
        // after a trailing space ("a cold \nnight"), or in a block of prose that ends like a sentence. A list
        // of short lines with no punctuation ("features\ncontact manager") keeps one item per line.
        var next = text[after];
        var continues = (char.IsLower(next) || next == '(') && (before < i || BlockEndsWithTerminal(after));
        if (!continues)
        {
            Cut(before);
        }

        return after - 1;
    }

    private bool BlockEndsWithTerminal(int from)
    {
        if (from < blockEnd)
        {
            return blockEndsWithTerminal;
        }

        var end = from;
        while (end < n)
        {
            if (text[end] == '\n')
            {
                var k = end + 1;
                while (k < n && text[k] is ' ' or '\t' or '\r')
                {
                    k++;
                }

                if (k >= n || text[k] == '\n')
                {
                    break;
                }
            }

            end++;
        }

        blockEnd = Math.Max(end, from + 1);
        var last = end - 1;
        while (last >= from && (char.IsWhiteSpace(text[last]) || Chars.IsCloser(text[last])))
        {
            last--;
        }

        blockEndsWithTerminal = last >= from && Chars.IsTerminal(text[last]);
        return blockEndsWithTerminal;
    }

    // ---- terminal punctuation ----------------------------------------------------------------------------

    private int OnTerminal(int i)
    {
        if (text[i] == '.' && TrySpacedEllipsis(i, out var resume))
        {
            return resume;
        }

        var runEnd = i;
        while (runEnd < n && Chars.IsTerminal(text[runEnd]) && !shielded[runEnd])
        {
            runEnd++;
        }

        var k = runEnd;
        while (k < n && Chars.IsCloser(text[k]))
        {
            k++;
        }

        if (k >= n)
        {
            return k - 1;
        }

        var run = text.AsSpan(i, runEnd - i);
        if (run.IndexOfAny("。！？") >= 0)
        {
            // East Asian full stops need no space after them.
            Cut(k);
            return k - 1;
        }

        if (!char.IsWhiteSpace(text[k]))
        {
            if (k == runEnd && IsGluedSentenceStart(i, run, k))
            {
                Cut(runEnd);
            }

            return k - 1;
        }

        var q = k;
        while (q < n && char.IsWhiteSpace(text[q]))
        {
            q++;
        }

        if (q < n && IsBoundary(i, run, k > runEnd, k, q))
        {
            Cut(k);
        }

        return k - 1;
    }

    /// <summary>
    /// Spaced ellipses (". . ."): three spaced dots inside a sentence are an omission; four after a space end
    /// the sentence (". . . ."); a period glued to a word and followed by spaced dots and a capital ends the
    /// sentence at the glued period, and the dots open the next ("compounds. . . . The practice").
    /// </summary>
    private bool TrySpacedEllipsis(int i, out int resume)
    {
        var j = i;
        var dots = 1;
        while (j + 2 < n && text[j + 1] == ' ' && text[j + 2] == '.')
        {
            j += 2;
            dots++;
        }

        resume = j;
        if (dots < 3)
        {
            return false;
        }

        var attached = i > 0 && !char.IsWhiteSpace(text[i - 1]);
        var k = j + 1;
        while (k < n && Chars.IsCloser(text[k]))
        {
            k++;
        }

        var q = k;
        while (q < n && char.IsWhiteSpace(text[q]))
        {
            q++;
        }

        var capitalFollows = q > k && q < n && NextLetterIsUpper(q);
        if (attached)
        {
            if (capitalFollows)
            {
                Cut(i + 1);
            }
        }
        else if (dots >= 4 && (q >= n || capitalFollows))
        {
            Cut(k);
        }

        return true;
    }

    /// <summary>"Hello world.Today is ...": a sentence glued to the previous one without a space.</summary>
    private bool IsGluedSentenceStart(int i, ReadOnlySpan<char> run, int k)
    {
        if (run.Length != 1 || !char.IsUpper(text[k]) || k + 1 >= n || !char.IsLower(text[k + 1]))
        {
            return false;
        }

        var token = TokenBefore(i);
        return token.Length >= 2 && token.Any(char.IsLetterOrDigit) && token.IndexOfAny(['@', '/', ':']) < 0
               && !IsAbbreviationLike(token) && !Abbreviations.Prepositive.Contains(token);
    }

    private bool IsBoundary(int i, ReadOnlySpan<char> run, bool hasClosers, int k, int q)
    {
        var p = q;
        while (p < n && Chars.IsOpener(text[p]))
        {
            p++;
        }

        if (p >= n)
        {
            return true;
        }

        var next = text[p];
        var opensBracket = text[q] is '(' or '[';
        if (char.IsLower(next))
        {
            return false;
        }

        if (run.Contains("..", StringComparison.Ordinal) || run.Contains('…'))
        {
            // "[...]" is an omission inside a quotation, not the end of a sentence.
            var elided = text.AsSpan(i, k - i).Contains(']');
            return !elided && !opensBracket && char.IsLetter(next);
        }

        if (run.IndexOfAny("!?‼⁇⁈⁉") >= 0)
        {
            return char.IsLetterOrDigit(next);
        }

        if (char.IsDigit(next))
        {
            // "p. 55", "No. 5", "N°. 1026": numbers after a period go on the sentence; numbered list items
            // are cut before their marker instead.
            return false;
        }

        if (!char.IsLetter(next))
        {
            return Chars.IsBullet(next);
        }

        if (hasClosers)
        {
            return true;
        }

        var token = TokenBefore(i);
        var word = WordAt(p);
        if (Abbreviations.Prepositive.Contains(token))
        {
            return false;
        }

        if (IsTimeOfDay(token))
        {
            // "At 5 a.m. Mr. Smith went out" fronts the time; "He left at 6 P.M. Mr. Smith then ..." ends on it.
            return WordsSinceLastCut(i) > 4 || Abbreviations.SentenceStarters.Contains(word);
        }

        if (InitialFollows(p))
        {
            // "J. A. Smith", and names with a stray period: "General Thomas. D. Waldhauser".
            return false;
        }

        return !IsAbbreviationLike(token) || Abbreviations.SentenceStarters.Contains(word);
    }

    private bool NextLetterIsUpper(int q)
    {
        while (q < n && Chars.IsOpener(text[q]))
        {
            q++;
        }

        return q < n && char.IsUpper(text[q]);
    }

    private bool InitialFollows(int p) =>
        p + 3 < n && char.IsUpper(text[p]) && text[p + 1] == '.' && text[p + 2] == ' ' && char.IsUpper(text[p + 3]);

    /// <summary>The word before the period at <paramref name="i"/>, back to a space or the last cut.</summary>
    private string TokenBefore(int i)
    {
        var s = i;
        while (s > lastCut && !char.IsWhiteSpace(text[s - 1]))
        {
            s--;
        }

        while (s < i && Chars.IsOpener(text[s]))
        {
            s++;
        }

        return text[s..i];
    }

    private string WordAt(int p)
    {
        var e = p;
        while (e < n && (char.IsLetter(text[e]) || text[e] is '\'' or '’'))
        {
            e++;
        }

        return text[p..e];
    }

    private int WordsSinceLastCut(int i)
    {
        var words = 0;
        var inWord = false;
        for (var j = lastCut; j < i; j++)
        {
            var isSpace = char.IsWhiteSpace(text[j]);
            if (!isSpace && !inWord)
            {
                words++;
            }

            inWord = !isSpace;
        }

        return words;
    }

    private static bool IsTimeOfDay(string token) =>
        token.Contains('.') && Abbreviations.TimeOfDay.Contains(token.Replace(".", "", StringComparison.Ordinal));

    /// <summary>Initials ("E", "I"), known abbreviations ("Co", "Jr") and dotted ones ("U.S", "e.g", "Ph.D").</summary>
    internal static bool IsAbbreviationLike(string token)
    {
        if (token.Length == 1)
        {
            return char.IsLetter(token[0]);
        }

        if (Abbreviations.Common.Contains(token))
        {
            return true;
        }

        if (!token.Contains('.'))
        {
            return false;
        }

        foreach (var part in token.Split('.'))
        {
            if (part.Length is 0 or > 3 || !part.All(char.IsLetter))
            {
                return false;
            }
        }

        return true;
    }

    // ---- shields and lists -------------------------------------------------------------------------------

    private void ShieldUrlsAndEmails()
    {
        foreach (var m in Url().EnumerateMatches(text))
        {
            Shield(m.Index, m.Length);
        }

        if (!text.Contains('@', StringComparison.Ordinal))
        {
            return;
        }

        foreach (var m in Email().EnumerateMatches(text))
        {
            Shield(m.Index, m.Length);
        }
    }

    /// <summary>Shields an address, except the punctuation after it, which may end the sentence.</summary>
    private void Shield(int index, int length)
    {
        var end = index + length;
        while (end > index && ".,;:!?)]}'\"’”".Contains(text[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        Array.Fill(shielded, true, index, end - index);
    }

    /// <summary>
    /// Punctuation inside a short parenthetical does not end the sentence around it, except the parenthetical's
    /// own last punctuation: "(He worked as an engineer.) He left." still ends after the bracket.
    /// </summary>
    private void ShieldParentheticals()
    {
        for (var open = 0; open < n; open++)
        {
            if (text[open] is not ('(' or '['))
            {
                continue;
            }

            var closeChar = text[open] == '(' ? ')' : ']';
            var close = -1;
            for (var j = open + 1; j < n && j - open <= MaxParentheticalLength; j++)
            {
                if (text[j] == closeChar)
                {
                    close = j;
                    break;
                }

                if (text[j] == '\n' && j + 1 < n && text[j + 1] == '\n')
                {
                    break;
                }
            }

            if (close < 0)
            {
                continue;
            }

            var lastOwn = close - 1;
            while (lastOwn > open && (Chars.IsCloser(text[lastOwn]) || Chars.IsTerminal(text[lastOwn])))
            {
                lastOwn--;
            }

            Array.Fill(shielded, true, open + 1, lastOwn - open);
        }
    }

    private void FindLists()
    {
        var candidates = ListMarkerCandidates();
        foreach (var style in candidates.GroupBy(c => c.Style))
        {
            var items = style.OrderBy(c => c.Start).ToList();
            for (var m = 0; m < items.Count; m++)
            {
                var follows = m > 0 && items[m].Value == items[m - 1].Value + 1;
                var precedes = m + 1 < items.Count && items[m + 1].Value == items[m].Value + 1;
                if (!follows && !precedes && !AtLineStart(items[m].Start))
                {
                    continue;
                }

                if (items[m].DotAt >= 0)
                {
                    listMarkerDots.Add(items[m].DotAt);
                }

                var at = items[m].Start;
                var b = at;
                while (b > 0 && text[b - 1] is ' ' or '\t')
                {
                    b--;
                }

                forcedCuts.Add(b > 0 && Chars.IsBullet(text[b - 1]) ? b - 1 : at);
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (Chars.IsBullet(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                forcedCuts.Add(i);
            }
        }
    }

    /// <summary>
    /// List markers: "1.", "2.)", "3)" (one or two digits) and "a.", "b)" (a lower-case letter), at the start
    /// or after a space or bullet, followed by a space and more text. Only runs of consecutive markers, or
    /// markers that open a line, are taken as a list.
    /// </summary>
    private List<(int Start, int Value, string Style, int DotAt)> ListMarkerCandidates()
    {
        var found = new List<(int Start, int Value, string Style, int DotAt)>();
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && !char.IsWhiteSpace(text[i - 1]) && !Chars.IsBullet(text[i - 1]) && !(char.IsAsciiDigit(text[i]) && text[i - 1] is '*' or '-' or '–'))
            {
                continue;
            }

            int value;
            var end = i;
            string kind;
            if (char.IsAsciiDigit(text[i]))
            {
                while (end < n && end - i < 3 && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                if (end - i > 2)
                {
                    continue;
                }

                value = int.Parse(text.AsSpan(i, end - i), System.Globalization.CultureInfo.InvariantCulture);
                kind = "n";
            }
            else if (char.IsAsciiLetterLower(text[i]))
            {
                value = text[i];
                end = i + 1;
                kind = "a";
            }
            else
            {
                continue;
            }

            var punctuation = end + 1 < n && text[end] == '.' && text[end + 1] == ')' ? ".)"
                : end < n && text[end] is '.' or ')' ? text[end].ToString()
                : null;
            if (punctuation is null)
            {
                continue;
            }

            var after = end + punctuation.Length;
            var q = after;
            while (q < n && text[q] is ' ' or '\t')
            {
                q++;
            }

            if (q == after || q >= n || char.IsWhiteSpace(text[q]))
            {
                continue;
            }

            found.Add((i, value, kind + punctuation, punctuation[0] == '.' ? end : -1));
        }

        return found;
    }

    private bool AtLineStart(int at)
    {
        var b = at;
        while (b > 0 && (text[b - 1] is ' ' or '\t' || Chars.IsBullet(text[b - 1])))
        {
            b--;
        }

        return b == 0 || text[b - 1] == '\n';
    }

    [GeneratedRegex(@"(?:https?://|ftp://|www\.)[^\s<>""“”‘’]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex Url();

    [GeneratedRegex(@"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", RegexOptions.CultureInvariant)]
    internal static partial Regex Email();


}

/// <summary>Character classes shared by the segmenter and the claim finder.</summary>
internal static class Chars
{
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉' or '。' or '！' or '？';

    public static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or '»' or ')' or ']' or '}' or '›' or '」' or '』';

    public static bool IsOpener(char c) => c is '"' or '“' or '‘' or '\'' or '«' or '(' or '[' or '{' or '‹' or '「' or '『';

    public static bool IsBullet(char c) => c is '•' or '⁃' or '◦' or '▪' or '‣';
}
