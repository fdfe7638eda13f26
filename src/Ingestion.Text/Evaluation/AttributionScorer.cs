using Ingestion.Contracts;

namespace Ingestion.Text.Evaluation;

/// <summary>Precision, recall and F1 from counts (exact match) or token sums (overlap).</summary>
public readonly record struct PrecisionRecall(double Precision, double Recall)
{
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;

    public static PrecisionRecall FromCounts(double truePositives, double predicted, double actual) =>
        new(predicted > 0 ? truePositives / predicted : 0, actual > 0 ? truePositives / actual : 0);

    public override string ToString() => $"P={Precision:0.000} R={Recall:0.000} F1={F1:0.000}";
}

/// <summary>The scores of a whole set.</summary>
public sealed record AttributionReport
{
    public required int Articles { get; init; }
    public required int GoldQuotes { get; init; }
    public required int PredictedQuotes { get; init; }
    public required PrecisionRecall SourceOverlap { get; init; }
    public required PrecisionRecall CueOverlap { get; init; }
    public required PrecisionRecall ContentOverlap { get; init; }
    public required PrecisionRecall SourceExact { get; init; }
    public required PrecisionRecall CueExact { get; init; }
    public required PrecisionRecall ContentExact { get; init; }
    public required PrecisionRecall QuoteExact { get; init; }

    /// <summary>Share of cue-matched quotes whose source type agrees with the annotation (NaN when none).</summary>
    public required double SourceTypeAccuracy { get; init; }

    /// <summary>Share of cue-matched quotes whose quote type (direct, indirect, mixed) agrees (NaN when none).</summary>
    public required double QuoteTypeAccuracy { get; init; }

    /// <summary>Per annotated cue class: how many gold attributions of it there are and how many a predicted cue overlaps.</summary>
    public required IReadOnlyDictionary<CueClass, (int Found, int Gold)> CueRecallByClass { get; init; }

    /// <summary>Share of cue-matched attributions whose predicted cue class agrees with the annotation (NaN when none).</summary>
    public required double CueClassAccuracy { get; init; }

    public string SummaryLine =>
        $"attribution: source_F1={SourceOverlap.F1:0.000} cue_F1={CueOverlap.F1:0.000} content_F1={ContentOverlap.F1:0.000} exact_F1={QuoteExact.F1:0.000} n={Articles}";
}

/// <summary>
/// Scores predicted quotations against annotated ones the way BBC's Citron evaluates quote extraction
/// (citron/metrics.py), per article, summed over the set:
/// <list type="bullet">
/// <item>Exact: a predicted cue counts when a gold cue has the same span; a predicted source (content) counts
/// when a gold quotation whose cue overlaps the predicted cue has the same source (the same set of contents);
/// a whole quotation counts when cue, source and contents are all the same. Spans are compared after trimming
/// whitespace and punctuation (quotation marks, the comma before "he said") from both ends.</item>
/// <item>Overlap: token-level. Precision is the share of predicted tokens that fall in the matching gold span,
/// recall the share of gold tokens that fall in the matching predicted span. Cues are matched against all gold
/// cues of the article; sources and contents against the gold quotation whose cue overlaps the predicted cue
/// (Citron sums over all pairs, which counts a token twice where two gold quotations share it).</item>
/// </list>
/// Not thread-safe: one instance accumulates one evaluation.
/// </summary>
public sealed class AttributionScorer
{
    private int articles;
    private int goldQuotes;
    private int predictedQuotes;
    private readonly Tally sourceOverlap = new();
    private readonly Tally cueOverlap = new();
    private readonly Tally contentOverlap = new();
    private readonly ExactTally sourceExact = new();
    private readonly ExactTally cueExact = new();
    private readonly ExactTally contentExact = new();
    private readonly ExactTally quoteExact = new();
    private int typed;
    private int sourceTypeRight;
    private int quoted;
    private int quoteTypeRight;
    private int classed;
    private int cueClassRight;
    private readonly Dictionary<CueClass, (int Found, int Gold)> byClass = [];

    /// <summary>
    /// The claims' attributions as quotations: a quotation carried over several claims (the same source and cue,
    /// "“...,” she said. “...”") becomes one quotation with several contents.
    /// </summary>
    public static IReadOnlyList<AnnotatedQuote> QuotesOf(IEnumerable<ExtractedClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var quotes = new List<AnnotatedQuote>();
        var byKey = new Dictionary<(int, int, int, int), int>();
        foreach (var a in claims.SelectMany(c => c.Attributions))
        {
            var source = new CharSpan(a.Source.Start, a.Source.Start + a.Source.Length);
            var cue = new CharSpan(a.Cue.Start, a.Cue.Start + a.Cue.Length);
            var content = new CharSpan(a.Content.Start, a.Content.Start + a.Content.Length);
            var key = (source.Start, source.End, cue.Start, cue.End);
            if (byKey.TryGetValue(key, out var i))
            {
                var known = quotes[i];
                if (!known.Contents.Contains(content))
                {
                    quotes[i] = known with { Contents = [.. known.Contents, content], Quote = known.Quote == a.Quote ? a.Quote : QuoteType.Mixed };
                }

                continue;
            }

            byKey[key] = quotes.Count;
            quotes.Add(new AnnotatedQuote { Source = source, Cue = cue, Contents = [content], SourceType = a.Source.Type, Name = a.Source.Name, Quote = a.Quote, CueClass = a.CueClass });
        }

        return quotes;
    }

    /// <summary>Scores one article; returns what went wrong, one line each, for a report.</summary>
    public IReadOnlyList<string> Add(AnnotatedArticle article, IReadOnlyList<AnnotatedQuote> predicted)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(predicted);
        var text = article.Text;
        var gold = article.Quotes;
        var tokens = Tokens.Of(text);
        articles++;
        goldQuotes += gold.Count;
        predictedQuotes += predicted.Count;
        var failures = new List<string>();

        // Exact matching, as Citron counts it: each side separately, a match anywhere in the article.
        foreach (var p in predicted)
        {
            var sameCue = gold.Where(g => g.Cue.Overlaps(p.Cue)).ToList();
            cueExact.Predicted(gold.Any(g => SameSpan(text, g.Cue, p.Cue)));
            sourceExact.Predicted(sameCue.Any(g => SameSpan(text, g.Source, p.Source)));
            contentExact.Predicted(sameCue.Any(g => SameSpans(text, g.Contents, p.Contents)));
            quoteExact.Predicted(gold.Any(g => SameQuote(text, g, p)));
        }

        foreach (var g in gold)
        {
            var sameCue = predicted.Where(p => p.Cue.Overlaps(g.Cue)).ToList();
            cueExact.Actual(predicted.Any(p => SameSpan(text, g.Cue, p.Cue)));
            sourceExact.Actual(sameCue.Any(p => SameSpan(text, g.Source, p.Source)));
            contentExact.Actual(sameCue.Any(p => SameSpans(text, g.Contents, p.Contents)));
            quoteExact.Actual(predicted.Any(p => SameQuote(text, g, p)));
        }

        // Overlap: each predicted quotation against its gold partner (overlapping cue), and the other way round.
        var goldCues = gold.Select(g => g.Cue).ToList();
        var predictedCues = predicted.Select(p => p.Cue).ToList();
        foreach (var p in predicted)
        {
            var partner = Partner(p.Cue, gold);
            cueOverlap.AddPredicted(tokens.Count(p.Cue), tokens.CountCovered([p.Cue], goldCues));
            sourceOverlap.AddPredicted(tokens.Count(p.Source), partner is null ? 0 : tokens.CountCovered([p.Source], [partner.Source]));
            contentOverlap.AddPredicted(tokens.Count(p.Contents), partner is null ? 0 : tokens.CountCovered(p.Contents, partner.Contents));
            if (partner is null)
            {
                failures.Add($"spurious: {Describe(text, p)}");
                continue;
            }

            if (partner.SourceType is { } goldType && p.SourceType is { } predictedType)
            {
                typed++;
                sourceTypeRight += goldType == predictedType ? 1 : 0;
                if (goldType != predictedType)
                {
                    failures.Add($"source type: {predictedType} for {goldType} \"{Show(text, partner.Source)}\"");
                }
            }

            if (partner.Quote is { } goldQuote && p.Quote is { } predictedQuote)
            {
                quoted++;
                quoteTypeRight += goldQuote == predictedQuote ? 1 : 0;
            }

            if (partner.CueClass is { } goldClass && p.CueClass is { } predictedClass)
            {
                classed++;
                cueClassRight += goldClass == predictedClass ? 1 : 0;
            }

            if (!SameSpan(text, partner.Source, p.Source))
            {
                failures.Add($"source: \"{Show(text, p.Source)}\" for \"{Show(text, partner.Source)}\" (cue \"{Show(text, partner.Cue)}\")");
            }

            if (!SameSpan(text, partner.Cue, p.Cue))
            {
                failures.Add($"cue: \"{Show(text, p.Cue)}\" for \"{Show(text, partner.Cue)}\"");
            }

            if (!SameSpans(text, partner.Contents, p.Contents))
            {
                failures.Add($"content of \"{Show(text, partner.Source)} {Show(text, partner.Cue)}\": {ShowAll(text, p.Contents)} for {ShowAll(text, partner.Contents)}");
            }
        }

        foreach (var g in gold)
        {
            var partner = Partner(g.Cue, predicted);
            cueOverlap.AddActual(tokens.Count(g.Cue), tokens.CountCovered([g.Cue], predictedCues));
            sourceOverlap.AddActual(tokens.Count(g.Source), partner is null ? 0 : tokens.CountCovered([g.Source], [partner.Source]));
            contentOverlap.AddActual(tokens.Count(g.Contents), partner is null ? 0 : tokens.CountCovered(g.Contents, partner.Contents));
            if (g.CueClass is { } cls)
            {
                var (found, total) = byClass.GetValueOrDefault(cls);
                byClass[cls] = (found + (partner is null ? 0 : 1), total + 1);
            }

            if (partner is null)
            {
                failures.Add($"missed{(g.CueClass is { } c ? $" ({c.ToString().ToLowerInvariant()})" : "")}: {Describe(text, g)}");
            }
        }

        return failures;
    }

    public AttributionReport Report() => new()
    {
        Articles = articles,
        GoldQuotes = goldQuotes,
        PredictedQuotes = predictedQuotes,
        SourceOverlap = sourceOverlap.Score,
        CueOverlap = cueOverlap.Score,
        ContentOverlap = contentOverlap.Score,
        SourceExact = sourceExact.Score,
        CueExact = cueExact.Score,
        ContentExact = contentExact.Score,
        QuoteExact = quoteExact.Score,
        SourceTypeAccuracy = typed > 0 ? (double)sourceTypeRight / typed : double.NaN,
        QuoteTypeAccuracy = quoted > 0 ? (double)quoteTypeRight / quoted : double.NaN,
        CueRecallByClass = new Dictionary<CueClass, (int Found, int Gold)>(byClass),
        CueClassAccuracy = classed > 0 ? (double)cueClassRight / classed : double.NaN,
    };

    /// <summary>The quotation on the other side whose cue overlaps this cue most (by characters).</summary>
    private static AnnotatedQuote? Partner(CharSpan cue, IReadOnlyList<AnnotatedQuote> others)
    {
        AnnotatedQuote? best = null;
        var bestOverlap = 0;
        foreach (var o in others)
        {
            var overlap = Math.Min(cue.End, o.Cue.End) - Math.Max(cue.Start, o.Cue.Start);
            if (overlap > bestOverlap)
            {
                best = o;
                bestOverlap = overlap;
            }
        }

        return best;
    }

    private static bool SameQuote(string text, AnnotatedQuote gold, AnnotatedQuote predicted) =>
        SameSpan(text, gold.Cue, predicted.Cue) && SameSpan(text, gold.Source, predicted.Source) && SameSpans(text, gold.Contents, predicted.Contents);

    private static bool SameSpans(string text, IReadOnlyList<CharSpan> gold, IReadOnlyList<CharSpan> predicted)
    {
        var a = gold.Select(s => Trim(text, s)).Distinct().OrderBy(s => s.Start).ThenBy(s => s.End).ToList();
        var b = predicted.Select(s => Trim(text, s)).Distinct().OrderBy(s => s.Start).ThenBy(s => s.End).ToList();
        return a.SequenceEqual(b);
    }

    private static bool SameSpan(string text, CharSpan gold, CharSpan predicted) => Trim(text, gold) == Trim(text, predicted);

    /// <summary>The span without whitespace and punctuation at its ends; a span of punctuation only (the colon cue) stays.</summary>
    internal static CharSpan Trim(string text, CharSpan span)
    {
        var s = span.Start;
        var e = span.End;
        while (s < e && !char.IsLetterOrDigit(text[s]))
        {
            s++;
        }

        while (e > s && !char.IsLetterOrDigit(text[e - 1]))
        {
            e--;
        }

        if (s < e)
        {
            return new CharSpan(s, e);
        }

        s = span.Start;
        e = span.End;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return new CharSpan(s, e);
    }

    private static string Show(string text, CharSpan span)
    {
        var s = text[span.Start..span.End].ReplaceLineEndings(" ");
        return s.Length <= 70 ? s : s[..32] + " ... " + s[^32..];
    }

    private static string ShowAll(string text, IReadOnlyList<CharSpan> spans) => string.Join(" + ", spans.Select(s => $"\"{Show(text, s)}\""));

    private static string Describe(string text, AnnotatedQuote q) =>
        $"\"{Show(text, q.Source)}\" / \"{Show(text, q.Cue)}\" / {ShowAll(text, q.Contents)}";

    private sealed class Tally
    {
        private long predicted;
        private long predictedCovered;
        private long actual;
        private long actualCovered;

        public void AddPredicted(int tokens, int covered)
        {
            predicted += tokens;
            predictedCovered += covered;
        }

        public void AddActual(int tokens, int covered)
        {
            actual += tokens;
            actualCovered += covered;
        }

        public PrecisionRecall Score => new(
            predicted > 0 ? (double)predictedCovered / predicted : 0,
            actual > 0 ? (double)actualCovered / actual : 0);
    }

    private sealed class ExactTally
    {
        private int predictedRight;
        private int predicted;
        private int actualFound;
        private int actual;

        public void Predicted(bool right)
        {
            predicted++;
            predictedRight += right ? 1 : 0;
        }

        public void Actual(bool found)
        {
            actual++;
            actualFound += found ? 1 : 0;
        }

        public PrecisionRecall Score => new(
            predicted > 0 ? (double)predictedRight / predicted : 0,
            actual > 0 ? (double)actualFound / actual : 0);
    }

    /// <summary>
    /// The article's tokens, as Citron counts overlap in tokens: runs of letters and digits, and each other
    /// non-space character on its own (so the colon cue of "Smith: “...”" is one token).
    /// </summary>
    private sealed class Tokens
    {
        private readonly List<CharSpan> spans;

        private Tokens(List<CharSpan> spans) => this.spans = spans;

        public static Tokens Of(string text)
        {
            var spans = new List<CharSpan>();
            var i = 0;
            while (i < text.Length)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                if (char.IsLetterOrDigit(text[i]))
                {
                    while (i < text.Length && char.IsLetterOrDigit(text[i]))
                    {
                        i++;
                    }
                }
                else
                {
                    i++;
                }

                spans.Add(new CharSpan(start, i));
            }

            return new Tokens(spans);
        }

        public int Count(CharSpan span) => Indices([span]).Count;

        public int Count(IReadOnlyList<CharSpan> spans) => Indices(spans).Count;

        /// <summary>How many tokens of <paramref name="these"/> also lie in <paramref name="others"/>.</summary>
        public int CountCovered(IReadOnlyList<CharSpan> these, IReadOnlyList<CharSpan> others)
        {
            var mine = Indices(these);
            mine.IntersectWith(Indices(others));
            return mine.Count;
        }

        /// <summary>Tokens that lie inside the spans (a token cut by a span's edge counts when half of it is inside).</summary>
        private HashSet<int> Indices(IReadOnlyList<CharSpan> ranges)
        {
            var set = new HashSet<int>();
            foreach (var r in ranges)
            {
                var i = FirstEndingAfter(r.Start);
                for (; i < spans.Count && spans[i].Start < r.End; i++)
                {
                    var inside = Math.Min(r.End, spans[i].End) - Math.Max(r.Start, spans[i].Start);
                    if (inside * 2 >= spans[i].Length)
                    {
                        set.Add(i);
                    }
                }
            }

            return set;
        }

        private int FirstEndingAfter(int position)
        {
            int lo = 0, hi = spans.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (spans[mid].End <= position)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}
