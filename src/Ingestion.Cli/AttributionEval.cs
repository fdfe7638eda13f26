using System.Globalization;
using Ingestion.Text;
using Ingestion.Text.Evaluation;

namespace Ingestion.Cli;

/// <summary>
/// <c>ingest eval attribution --data PATH</c>: runs claim extraction over an annotated attribution set (JSON
/// Lines, see <see cref="AttributionGoldSet"/>) and scores it the way Citron does (<see cref="AttributionScorer"/>).
/// Prints up to <c>limit</c> failures, the detailed scores, and a last summary line.
/// </summary>
internal static class AttributionEval
{
    public static async Task<int> RunAsync(string dataPath, int limit, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        IReadOnlyList<AnnotatedArticle> articles;
        try
        {
            articles = AttributionGoldSet.Load(dataPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await Console.Error.WriteLineAsync($"eval attribution: {e.Message}").ConfigureAwait(false);
            return 2;
        }

        var extractor = new ClaimExtractor();
        var scorer = new AttributionScorer();
        var shown = 0;
        foreach (var article in articles)
        {
            var predicted = AttributionScorer.QuotesOf(extractor.Extract(article.Text));
            foreach (var failure in scorer.Add(article, predicted))
            {
                if (shown++ < limit)
                {
                    await output.WriteLineAsync($"{article.Id}: {failure}").ConfigureAwait(false);
                }
            }
        }

        var report = scorer.Report();
        if (shown > limit)
        {
            await output.WriteLineAsync($"... {shown - limit} more failures").ConfigureAwait(false);
        }

        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(c, $"quotations: gold={report.GoldQuotes} predicted={report.PredictedQuotes}")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(c, $"overlap  source {report.SourceOverlap}  cue {report.CueOverlap}  content {report.ContentOverlap}")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(c, $"exact    source {report.SourceExact}  cue {report.CueExact}  content {report.ContentExact}  quote {report.QuoteExact}")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(c, $"matched  source_type_accuracy={report.SourceTypeAccuracy:0.000} quote_type_accuracy={report.QuoteTypeAccuracy:0.000}")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(c, $"{report.SummaryLine}")).ConfigureAwait(false);
        return 0;
    }
}
