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
        var units = new List<ClaimUnit>();
        var lines = ArticleLayout.Read(articleText);
        var headlines = new HashSet<int>();
        foreach (var line in lines.Where(l => l.Role is LineRole.Title or LineRole.Heading || l.Role == LineRole.Body && IsHeadlineShaped(articleText, lines, l)))
        {
            // "Envoy: both sides have agreed to a 72-hour pause": a headline that names its source is a claim.
            if (finder.HeadlineSpeaker(line.Start, line.End) is { } label)
            {
                headlines.Add(line.Start);
                var quotes = QuoteScanner.Scan(articleText, line.Start, line.End);
                units.Add(new ClaimUnit(line.Paragraph, line.Start, line.End, quotes, null,
                    [finder.HeadlineLine(label, line.End, quotes), .. finder.Find(label.ContentStart, line.End, quotes)]));
            }
            else if (line.Role is LineRole.Title or LineRole.Heading && finder.Find(line.Start, line.End, QuoteScanner.Scan(articleText, line.Start, line.End)) is { Count: > 0 } reported)
            {
                // "OPEC+ set to extend output cuts into next year, delegates say": a headline that reports is a claim too.
                headlines.Add(line.Start);
                units.Add(new ClaimUnit(line.Paragraph, line.Start, line.End, QuoteScanner.Scan(articleText, line.Start, line.End), null, reported));
            }
        }

        foreach (var (paragraph, start, end) in BodyBlocks(lines).Where(b => !headlines.Contains(b.Start)))
        {
            var quotes = QuoteScanner.Scan(articleText, start, end);
            var sentences = segmenter.Segment(articleText, start, end - start)
                .Where(s => !ArticleLayout.IsBoilerplate(s.Text))
                .ToList();
            // "HOLLINS: I think ...", "Q: ...": a transcript line is all its speaker's, every sentence of it.
            var speaker = finder.TranscriptSpeaker(start, end);
            foreach (var (unitStart, unitEnd) in Units(sentences, quotes))
            {
                var opening = quotes.FirstOrDefault(q => q.Start == unitStart);
                var readFrom = speaker is { } label && unitStart < label.ContentStart ? label.ContentStart : unitStart;
                var attributions = finder.Find(readFrom, unitEnd, quotes, firstPersonSpeaks: speaker is not null);
                if (speaker is { } line && unitEnd > readFrom)
                {
                    attributions = [finder.SpeakerLine(line, readFrom, unitEnd, quotes), .. attributions];
                }

                units.Add(new ClaimUnit(paragraph, unitStart, unitEnd, quotes, opening, attributions));
            }
        }

        units.Sort((x, y) => x.Start.CompareTo(y.Start));
        LendSpeakersToBareQuotations(units);
        SignLetters(articleText, units, lines, finder);
        var claims = new List<ExtractedClaim>(units.Count);
        foreach (var unit in units)
        {
            var text = articleText[unit.Start..unit.End];
            var unquoted = Unquoted(articleText, unit.Start, unit.End, unit.Quotes);
            claims.Add(new ExtractedClaim
            {
                Ordinal = claims.Count,
                Paragraph = unit.Paragraph,
                Text = text,
                Start = unit.Start,
                Length = unit.End - unit.Start,
                Kind = ClaimClassifier.Kind(text, unquoted, unit.Attributions.Count > 0),
                Hedged = ClaimClassifier.IsHedged(text),
                Attributions = unit.Attributions,
            });
        }

        return claims;
    }

    private sealed record ClaimUnit(int Paragraph, int Start, int End, List<QuoteSpan> Quotes, QuoteSpan? Opening, IReadOnlyList<Attribution> Attributions)
    {
        public IReadOnlyList<Attribution> Attributions { get; set; } = Attributions;

        /// <summary>
        /// A quotation with no speaker of its own ("“Roads are cut off.”"); attributions inside the quotation ("“I
        /// hope they win.”") are the speaker's own reports and do not name the speaker.
        /// </summary>
        public bool IsBareQuotation => Opening is not null && Attributions.All(a => a.Cue.Start >= Opening.Start && a.Cue.Start < Opening.End);

        /// <summary>
        /// Who speaks in this claim: its innermost attribution whose cue is outside its quotations and that has a
        /// speaker. A finding of a document or data nested in a report ("the group said the models had predicted
        /// the rise") is not a speaker who goes on in the next quotation; the one who reported it is.
        /// </summary>
        public Attribution? Speaker
        {
            get
            {
                var outside = Attributions.Where(a => !Quotes.Any(q => a.Cue.Start >= q.Start && a.Cue.Start < q.End && q.Start >= Start && q.Start < End)).ToList();
                return outside.LastOrDefault(a => a.CueClass != CueClass.Evidence && a.Source.Type != SourceType.None) ?? outside.LastOrDefault();
            }
        }

        public int QuotedEnd => Math.Min(End, Quotes.Where(q => q.Start < End).Max(q => q.End));
    }

    /// <summary>
    /// A quotation without a speaker goes on the words of a neighbour: a quote left open at the end of its
    /// paragraph belongs to the speaker named where it goes on ("“Roads are cut off.¶“Villages are under
    /// water,” she added."); otherwise to the speaker of the claim just before it.
    /// </summary>
    private static void LendSpeakersToBareQuotations(List<ClaimUnit> units)
    {
        for (var i = units.Count - 2; i >= 0; i--)
        {
            var unit = units[i];
            var next = units[i + 1];
            if (unit.IsBareQuotation && !unit.Opening!.Closed && next.Opening is not null && next.Speaker is { } nextSpeaker)
            {
                unit.Attributions = [AttributionFinder.Continue(nextSpeaker, unit.Start, unit.QuotedEnd), .. unit.Attributions];
            }
        }

        for (var i = 1; i < units.Count; i++)
        {
            var unit = units[i];
            var previous = units[i - 1];
            if (unit.IsBareQuotation && previous.Speaker is { } speaker && unit.Paragraph - previous.Paragraph <= 1)
            {
                unit.Attributions = [AttributionFinder.Continue(speaker, unit.Start, unit.QuotedEnd), .. unit.Attributions];
            }
        }
    }

    /// <summary>
    /// A letter or statement signed on a line of its own ("— Harlan Yoder, Millersburg") is its writer's, every
    /// sentence of it back to its heading, the previous signature, or the line that introduces it ("released his
    /// resignation letter:"), at most <see cref="MaxSignedUnits"/> sentences.
    /// </summary>
    private static void SignLetters(string text, List<ClaimUnit> units, IReadOnlyList<ArticleLine> lines, AttributionFinder finder)
    {
        var boundaries = new List<int>();
        var signatures = new List<(int Start, int End, int Dash)>();
        foreach (var line in lines)
        {
            if (finder.Signature(line.Start, line.End) is { } signature)
            {
                signatures.Add(signature);
                boundaries.Add(line.End);
            }
            else if (line.Role is LineRole.Title or LineRole.Heading or LineRole.Byline or LineRole.Dateline)
            {
                boundaries.Add(line.End);
            }
        }

        foreach (var signature in signatures)
        {
            var from = boundaries.Where(b => b <= signature.Dash).DefaultIfEmpty(0).Max();
            var signed = 0;
            for (var i = units.Count - 1; i >= 0 && signed < MaxSignedUnits; i--)
            {
                var unit = units[i];
                if (unit.End > signature.Dash)
                {
                    continue;
                }

                // The line that introduces the letter ("released his resignation letter on Monday afternoon:") is not of it.
                if (unit.Start < from || text.AsSpan(unit.Start, unit.End - unit.Start).TrimEnd().EndsWith(":"))
                {
                    break;
                }

                unit.Attributions = [finder.SignedBy(signature, unit.Start, unit.End, unit.Quotes), .. unit.Attributions];
                signed++;
            }
        }
    }

    private const int MaxSignedUnits = 12;

    /// <summary>A line that is a paragraph of its own and ends without a full stop: a headline the layout read as prose.</summary>
    private static bool IsHeadlineShaped(string text, IReadOnlyList<ArticleLine> lines, ArticleLine line) =>
        lines.Count(l => l.Paragraph == line.Paragraph) == 1
        && text.AsSpan(line.Start, line.Length).TrimEnd("”’\"' ") is var words && words.Length > 0 && words[^1] is not ('.' or '!' or '?');

    /// <summary>Runs of body lines (not header, heading or boilerplate) within one paragraph.</summary>
    private static IEnumerable<(int Paragraph, int Start, int End)> BodyBlocks(IReadOnlyList<ArticleLine> lines)
    {
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
    private static string Unquoted(string text, int start, int end, IReadOnlyList<QuoteSpan> quotes)
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
