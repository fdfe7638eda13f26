using Ingestion.Contracts;

namespace Ingestion.Text;

/// <summary>Finds the claims of an article text: segmentation, boilerplate removal, kinds, hedging, attribution.</summary>
/// <remarks>Thread-safe: every call works on its own state.</remarks>
public sealed class ClaimExtractor
{
    private readonly SentenceSegmenter segmenter = new();

    /// <param name="articleText">The article text, paragraphs separated by blank lines.</param>
    public IReadOnlyList<ExtractedClaim> Extract(string articleText)
    {
        ArgumentNullException.ThrowIfNull(articleText);
        var names = NameIndex.Build(articleText);
        var finder = new AttributionFinder(articleText, names);
        var claims = new List<ExtractedClaim>();
        Attribution? speaking = null;
        foreach (var (paragraph, start, end) in BodyBlocks(articleText))
        {
            var quotes = QuoteScanner.Scan(articleText, start, end);
            var sentences = segmenter.Segment(articleText, start, end - start)
                .Where(s => !ArticleLayout.IsBoilerplate(s.Text))
                .ToList();
            foreach (var (unitStart, unitEnd) in Units(sentences, quotes))
            {
                var attributions = finder.Find(unitStart, unitEnd, quotes);
                var opening = quotes.FirstOrDefault(q => q.Start == unitStart);
                if (attributions.Count == 0 && opening is not null && speaking is not null)
                {
                    attributions = [AttributionFinder.Continue(speaking, unitStart, Math.Min(unitEnd, quotes.Where(q => q.Start < unitEnd).Max(q => q.End)))];
                }

                speaking = attributions.Count > 0 && attributions[^1].Quote != QuoteType.Indirect ? attributions[^1]
                    : opening is not null && speaking is not null ? speaking
                    : null;

                var text = articleText[unitStart..unitEnd];
                var unquoted = Unquoted(articleText, unitStart, unitEnd, quotes);
                claims.Add(new ExtractedClaim
                {
                    Ordinal = claims.Count,
                    Paragraph = paragraph,
                    Text = text,
                    Start = unitStart,
                    Length = unitEnd - unitStart,
                    Kind = ClaimClassifier.Kind(text, unquoted, attributions.Count > 0),
                    Hedged = ClaimClassifier.IsHedged(text),
                    Attributions = attributions,
                });
            }
        }

        return claims;
    }

    /// <summary>Runs of body lines (not header, heading or boilerplate) within one paragraph.</summary>
    private static IEnumerable<(int Paragraph, int Start, int End)> BodyBlocks(string text)
    {
        var lines = ArticleLayout.Read(text);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Role != LineRole.Body)
            {
                continue;
            }

            var j = i;
            while (j + 1 < lines.Count && lines[j + 1].Role == LineRole.Body && lines[j + 1].Paragraph == lines[i].Paragraph)
            {
                j++;
            }

            yield return (lines[i].Paragraph, lines[i].Start, lines[j].End);
            i = j;
        }
    }

    /// <summary>Sentences, joined where one quotation runs over several of them.</summary>
    private static List<(int Start, int End)> Units(List<Sentence> sentences, List<QuoteSpan> quotes)
    {
        var units = new List<(int Start, int End)>();
        foreach (var s in sentences)
        {
            var end = s.Start + s.Length;
            if (units.Count > 0 && quotes.Any(q => q.Start < units[^1].End && q.End > s.Start && q.Start >= units[^1].Start))
            {
                units[^1] = (units[^1].Start, end);
            }
            else
            {
                units.Add((s.Start, end));
            }
        }

        return units;
    }

    /// <summary>The unit's text with quotations blanked out, same length: the author's own words.</summary>
    private static string Unquoted(string text, int start, int end, List<QuoteSpan> quotes)
    {
        var chars = text.ToCharArray(start, end - start);
        foreach (var q in quotes)
        {
            for (var i = Math.Max(q.Start, start); i < Math.Min(q.End, end); i++)
            {
                chars[i - start] = ' ';
            }
        }

        return new string(chars);
    }
}
