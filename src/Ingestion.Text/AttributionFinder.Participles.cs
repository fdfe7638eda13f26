using System.Text.RegularExpressions;
using Ingestion.Contracts;

namespace Ingestion.Text;

/// <summary>
/// "The association has sued to block the project, arguing that turbines will damage the grounds", "The report says
/// the rate has not cost jobs, noting that employment rose": a participle of a cue after a comma reports for the
/// subject of the sentence's first attribution. The news attribution corpora mark it as an attribution of its own,
/// sharing that source, and the first one's content ends before the comma. The parse often hangs such a participle
/// inside the first content (as an object or a conjunct of the reported verb), so the surface decides.
/// </summary>
internal sealed partial class AttributionFinder
{
    private void AddTrailingParticiples(Unit unit, List<Attribution> found)
    {
        if (found.Count == 0)
        {
            return;
        }

        foreach (Match m in TrailingParticiple().Matches(text[unit.Start..unit.End]))
        {
            var cueStart = unit.Start + m.Groups["cue"].Index;
            var cueEnd = cueStart + m.Groups["cue"].Length;
            var comma = unit.Start + m.Index;
            if (unit.IsQuoted(cueStart) || !CueLemmas.TryGetValue(Lemmatizer.Default.Lemma(m.Groups["cue"].Value.ToLowerInvariant(), "VERB"), out var entry)
                || entry.Class is not (CueClass.Speech or CueClass.Evaluation or CueClass.Belief))
            {
                continue;
            }

            // The first attribution before the comma, with a source of its own, lends its source.
            var first = found.FindIndex(f => f.Cue.Start < comma && f.Source.Length > 0 && f.Source.Start + f.Source.Length <= comma && f.Source.Type != SourceType.None);
            if (first < 0)
            {
                continue;
            }

            var lender = found[first];
            // The parse may have read the participle already, with a subject from inside the first content
            // ("said the clubs must calm down, warning ..." gives "the clubs"): that reading gives way.
            var (ls0, le0) = (lender.Content.Start, lender.Content.Start + lender.Content.Length);
            var read = found.FindIndex(f => Overlap(cueStart, cueEnd, f.Cue.Start, f.Cue.Start + f.Cue.Length));
            if (read >= 0 && !(found[read].Source.Length > 0 && found[read].Source.Start >= ls0 && found[read].Source.Start + found[read].Source.Length <= le0 && read != first))
            {
                continue;
            }


            var contentStart = SkipSpaces(unit.Start + m.Index + m.Length, unit.End);
            // "..., telling reporters (that) the models were ...": the one told is the audience, not content.
            TextSpan? audience = null;
            if (TellVerbs.Contains(m.Groups["cue"].Value) && !m.Value.TrimEnd().EndsWith("that", StringComparison.Ordinal) && AudienceEnd(contentStart, unit.End) is var told && told > contentStart)
            {
                audience = Span(contentStart, TrimBack(told));
                contentStart = SkipSpaces(told, unit.End);
                if (WordAt(contentStart, unit.End) == "that")
                {
                    contentStart = SkipSpaces(contentStart + 4, unit.End);
                }
            }

            var contentEnd = TrimBack(unit.End);
            while (contentEnd > contentStart && text[contentEnd - 1] is '.' or '!' or '?' or ';')
            {
                contentEnd = TrimBack(contentEnd - 1);
            }

            if (contentEnd - contentStart < 8 || found.Any(f => !ReferenceEquals(f, lender) && Overlap(contentStart, contentEnd, f.Cue.Start, f.Cue.Start + f.Cue.Length)))
            {
                continue;
            }

            // The lender's content that ran on over the participle ends before its comma.
            var (ls, le) = (lender.Content.Start, lender.Content.Start + lender.Content.Length);
            if (ls < comma && le > comma)
            {
                var newEnd = TrimBack(comma);
                found[first] = lender with { Content = new OffsetSpan { Start = ls, Length = newEnd - ls }, Quote = QuoteTypeOf(unit, ls, newEnd) };
            }
            else if (ls >= comma)
            {
                continue;
            }

            if (read >= 0)
            {
                found.RemoveAt(read);
            }

            found.Add(new Attribution
            {
                Source = lender.Source with { Text = "", Start = cueStart, Length = 0 },
                Cue = Span(cueStart, cueEnd),
                Via = audience,
                Content = new OffsetSpan { Start = contentStart, Length = contentEnd - contentStart },
                Quote = QuoteTypeOf(unit, contentStart, contentEnd),
                CueClass = entry.Class,
            });
        }
    }

    /// <summary>", arguing that", ", noting that", "“...,” warning": a comma (a closing quotation mark may follow it), an -ing form, an optional "that".</summary>
    [GeneratedRegex(@",[”’""']?\s+(?:and\s+)?(?<cue>\p{Ll}+ing)\s+(?:that\s+)?(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingParticiple();
}
