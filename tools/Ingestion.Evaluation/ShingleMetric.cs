namespace Ingestion.Evaluation;

/// <summary>Precision, recall and F1 of one page, or of a set.</summary>
internal readonly record struct Prf(double Precision, double Recall, double F1)
{
    public static double F1Of(double p, double r) => p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

/// <summary>
/// The article-extraction benchmark's metric (shared/eval/score_extract.py and score_aeb.py): `\w+` tokens,
/// multisets of 4-token shingles, per-page precision and recall from the multiset overlap, averaged over pages.
/// </summary>
internal static class ShingleMetric
{
    private const int ShingleSize = 4;

    // Tokens are joined with a character that no `\w+` token contains, so a shingle is one dictionary key.
    private const char Separator = '\u0001';

    /// <summary>
    /// The shingle multiset of a text. Fewer than four tokens give one shingle of all of them (the benchmark's
    /// rule), no tokens give none.
    /// </summary>
    public static Dictionary<string, int> Shingles(string? text)
    {
        var tokens = PyText.WordTokens(text).ToArray();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Length == 0)
        {
            return counts;
        }

        if (tokens.Length < ShingleSize)
        {
            counts[string.Join(Separator, tokens)] = 1;
            return counts;
        }

        for (var i = 0; i + ShingleSize <= tokens.Length; i++)
        {
            var key = string.Join(Separator, tokens, i, ShingleSize);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    /// <summary>True positives, false positives and false negatives of a prediction against the gold text.</summary>
    public static (int TruePositives, int FalsePositives, int FalseNegatives) Overlap(string? gold, string? predicted)
    {
        var g = Shingles(gold);
        var q = Shingles(predicted);
        var tp = 0;
        var fp = 0;
        foreach (var (key, count) in q)
        {
            var inGold = g.GetValueOrDefault(key);
            tp += Math.Min(count, inGold);
            fp += Math.Max(0, count - inGold);
        }

        var fn = g.Sum(kv => Math.Max(0, kv.Value - q.GetValueOrDefault(kv.Key)));
        return (tp, fp, fn);
    }

    /// <summary>score_aeb.doc_prf: one page's scores; a perfect match (nothing missed, nothing extra) is 1, 1, 1.</summary>
    public static Prf Page(string? gold, string? predicted)
    {
        var (tp, fp, fn) = Overlap(gold, predicted);
        if (fp == 0 && fn == 0)
        {
            return new Prf(1, 1, 1);
        }

        var p = tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;
        var r = tp + fn > 0 ? (double)tp / (tp + fn) : 0.0;
        return new Prf(p, r, Prf.F1Of(p, r));
    }

    /// <summary>
    /// score_extract.score: mean precision over the pages that predicted something, mean recall over the pages
    /// whose gold has something (a perfect page counts in both), F1 of the two means.
    /// </summary>
    public static Prf Corpus(IEnumerable<(string Gold, string? Predicted)> pages)
    {
        var precisions = new List<double>();
        var recalls = new List<double>();
        foreach (var (gold, predicted) in pages)
        {
            var (tp, fp, fn) = Overlap(gold, predicted);
            if (fp == 0 && fn == 0)
            {
                precisions.Add(1.0);
                recalls.Add(1.0);
                continue;
            }

            if (tp + fp > 0)
            {
                precisions.Add((double)tp / (tp + fp));
            }

            if (tp + fn > 0)
            {
                recalls.Add((double)tp / (tp + fn));
            }
        }

        var p = Mean(precisions);
        var r = Mean(recalls);
        return new Prf(p, r, Prf.F1Of(p, r));
    }

    // Python's sum() adds left to right; an explicit loop guarantees the same order (and the same last bit).
    private static double Mean(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0.0;
        }

        var total = 0.0;
        foreach (var v in values)
        {
            total += v;
        }

        return total / values.Count;
    }
}
