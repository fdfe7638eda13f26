using System.Text;

namespace Ingestion.Text;

/// <summary>
/// Splits plain text into sentences with exact offsets, following the "Golden Rules" of sentence boundary
/// detection (pragmatic_segmenter): abbreviations, initials, numbers, ellipses, quotes and parentheses, lists,
/// URLs and e-mail addresses, line breaks. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <see cref="Sentence.Start"/> and <see cref="Sentence.Length"/> cover the sentence in the input, trimmed of
/// surrounding whitespace. <see cref="Sentence.Text"/> is that substring, except that a run of whitespace that
/// contains a line break (a sentence wrapped over two lines, "a cold \nnight") reads as one space.
/// </remarks>
public sealed class SentenceSegmenter
{
    public IReadOnlyList<Sentence> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cuts = new BoundaryFinder(text).FindCuts();
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (var cut in cuts)
        {
            AddTrimmed(text, start, cut, sentences);
            start = cut;
        }

        AddTrimmed(text, start, text.Length, sentences);
        return sentences;
    }

    /// <summary>Segments a region of a text; offsets stay relative to the whole text.</summary>
    internal IReadOnlyList<Sentence> Segment(string text, int start, int length)
    {
        var part = Segment(text.Substring(start, length));
        return start == 0 ? part : part.Select(s => s with { Start = s.Start + start }).ToList();
    }

    private static void AddTrimmed(string text, int start, int end, List<Sentence> into)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            into.Add(new Sentence(JoinWrappedLines(text, start, end), start, end - start));
        }
    }

    /// <summary>The sentence text with every whitespace run that holds a line break read as one space.</summary>
    internal static string JoinWrappedLines(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        if (span.IndexOfAny('\n', '\r') < 0)
        {
            return span.ToString();
        }

        var sb = new StringBuilder(span.Length);
        for (var i = 0; i < span.Length; i++)
        {
            if (!char.IsWhiteSpace(span[i]))
            {
                sb.Append(span[i]);
                continue;
            }

            var j = i;
            var hasBreak = false;
            while (j < span.Length && char.IsWhiteSpace(span[j]))
            {
                hasBreak |= span[j] is '\n' or '\r';
                j++;
            }

            if (hasBreak)
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(span[i..j]);
            }

            i = j - 1;
        }

        return sb.ToString();
    }
}
