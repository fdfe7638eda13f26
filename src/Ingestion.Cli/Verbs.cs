using System.Globalization;
using System.Text;
using System.Text.Json;
using Ingestion.Analysis;
using Ingestion.Extraction;
using Ingestion.Feeds.Parsing;
using Ingestion.Text;

namespace Ingestion.Cli;

/// <summary>
/// The verbs of the CLI contract. Each input gets exactly one output line, in input order; a failed input gets
/// its line with an error and makes the exit code 1, after every input was processed.
/// </summary>
internal static class Verbs
{
    public static int Feed(string[] paths)
    {
        var parser = new FeedParser();
        return ForEach(paths, (source, bytes) => FeedLine(parser, source, bytes), (source, error) => new FeedOutput { Source = source, Error = error });
    }

    /// <summary>The output line of `feed` for one document (also what `ingest-eval feed` scores).</summary>
    public static FeedOutput FeedLine(FeedParser parser, string source, byte[] bytes)
    {
        var parsed = parser.Parse(bytes);
        return new FeedOutput
        {
            Source = source,
            Format = parsed.Format,
            WellFormed = parsed.WellFormed,
            Feed = new FeedInfoOutput(parsed.Title, parsed.Link, parsed.Description, parsed.Language, parsed.Updated,
                parsed.Authors.Select(ToOutput).ToList()),
            Entries = parsed.Entries.Select(e => new EntryOutput(e.Id, e.Title, e.Link, e.Published, e.Updated,
                e.Authors.Select(ToOutput).ToList(), e.Summary, e.Content, e.Categories)).ToList(),
        };
    }

    public static int Extract(string[] paths, string? url)
    {
        if (!TryParseUrl(url, out var pageUrl))
        {
            return Usage($"--url: not an absolute URL: {url}");
        }

        var extractor = new ArticleExtractor();
        return ForEach(paths, (source, bytes) => ExtractLine(extractor, pageUrl, source, bytes),
            (source, error) => new ExtractOutput { Source = source, Error = error });
    }

    /// <summary>The output line of `extract` for one page (also what `ingest-eval aeb` and `ingest-eval readability` score).</summary>
    public static ExtractOutput ExtractLine(ArticleExtractor extractor, Uri? pageUrl, string source, byte[] bytes)
    {
        // Bytes, not text: the extractor detects the page's charset (BOM, meta tags), as a browser does.
        var article = extractor.Extract(bytes, contentType: null, pageUrl);
        return new ExtractOutput
        {
            Source = source,
            Url = article.Url ?? pageUrl?.AbsoluteUri,
            Title = article.Title,
            Byline = article.Byline,
            Authors = article.Authors,
            PublishedAt = article.PublishedAt,
            Language = article.Language,
            SiteName = article.SiteName,
            Section = article.Section,
            Text = article.Text,
            Paragraphs = article.Paragraphs,
        };
    }

    public static int Segment(string[] paths)
    {
        var segmenter = new SentenceSegmenter();
        return ForEach(paths, (source, bytes) => SegmentLine(segmenter, source, bytes),
            (source, error) => new SegmentOutput { Source = source, Error = error });
    }

    /// <summary>The output line of `segment` for one text (also what `ingest-eval segment` scores).</summary>
    public static SegmentOutput SegmentLine(SentenceSegmenter segmenter, string source, byte[] bytes) => new()
    {
        Source = source,
        Sentences = segmenter.Segment(TextDecoding.Decode(bytes)).Select(s => new SentenceOutput(s.Text, s.Start, s.Length)).ToList(),
    };

    public static int Claims(string[] paths, bool forceHtml, bool forceText, string? url, string? published, bool enrich)
    {
        if (forceHtml && forceText)
        {
            return Usage("--html and --text exclude each other");
        }

        if (!TryParseUrl(url, out var pageUrl))
        {
            return Usage($"--url: not an absolute URL: {url}");
        }

        if (!TryParseDate(published, out var publishedAt))
        {
            return Usage($"--published: not an ISO 8601 date: {published}");
        }

        var analyzer = new ArticleAnalyzer();
        return ForEach(paths, (source, bytes) =>
        {
            var isHtml = forceHtml || (!forceText && IsHtmlPath(source));
            var result = analyzer.Analyze(new ArticleSource
            {
                Content = isHtml ? "" : TextDecoding.Decode(bytes),
                RawHtml = isHtml ? bytes : null,
                IsHtml = isHtml,
                Url = pageUrl,
                PublishedAt = publishedAt,
            }, enrich);
            // --published is the caller's word on the date: it wins over what the page says.
            var article = publishedAt is null ? result.Article : result.Article with { PublishedAt = publishedAt };
            return new ClaimsOutput
            {
                Source = source,
                Article = new ArticleOutput(article.Url, article.Title, article.Byline, article.Authors, article.PublishedAt,
                    article.Language ?? result.Context.Language, article.SiteName, article.Section, article.Text, article.Paragraphs),
                Claims = result.Claims.Select(c => new ClaimOutput
                {
                    Id = c.Id,
                    Ordinal = c.Claim.Ordinal,
                    Paragraph = c.Claim.Paragraph,
                    Text = c.Claim.Text,
                    Start = c.Claim.Start,
                    Length = c.Claim.Length,
                    Kind = c.Claim.Kind,
                    Hedged = c.Claim.Hedged,
                    Attributions = c.Claim.Attributions,
                    Entities = c.Enrichment?.Entities,
                    Places = c.Enrichment?.Places,
                    Times = c.Enrichment?.Times,
                    Quantities = c.Enrichment?.Quantities,
                }).ToList(),
            };
        }, (source, error) => new ClaimsOutput { Source = source, Error = error });
    }

    private static AuthorOutput ToOutput(FeedAuthor a) => new(a.Name, a.Email, a.Uri);

    private static int ForEach<T>(string[] paths, Func<string, byte[], T> run, Func<string, string, T> fail)
        where T : Output
    {
        var exitCode = 0;
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
        foreach (var path in paths)
        {
            var output = One(path, () => Read(path), run, fail);
            if (output.Error is not null)
            {
                exitCode = 1;
            }

            stdout.WriteLine(JsonSerializer.Serialize(output, output.GetType(), Json.Options));
        }

        stdout.Flush();
        return exitCode;
    }

    /// <summary>
    /// The line of one input: what <paramref name="run"/> makes of it, or, when reading or running throws, the
    /// line that <paramref name="fail"/> makes of the error (reported on standard error too).
    /// </summary>
    public static T One<T>(string source, Func<byte[]> read, Func<string, byte[], T> run, Func<string, string, T> fail)
        where T : Output
    {
        try
        {
            return run(source, read());
        }
        // One bad input must not stop the others: its line carries the error, the exit code says 1.
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"ingest: {source}: {ex.Message}");
            return fail(source, ex is FileNotFoundException or DirectoryNotFoundException
                ? $"cannot read {source}: no such file"
                : $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>An output line as the JSON a script reading standard output would see.</summary>
    public static System.Text.Json.Nodes.JsonObject ToJson(Output output) =>
        JsonSerializer.SerializeToNode(output, output.GetType(), Json.Options)!.AsObject();

    private static byte[] Read(string path)
    {
        if (path != "-")
        {
            return File.ReadAllBytes(path);
        }

        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return buffer.ToArray();
    }


    private static bool IsHtmlPath(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".xhtml";

    // A bad option is the caller's mistake, not an input's: exit 2, as the parser does for unknown options.
    private static int Usage(string message)
    {
        Console.Error.WriteLine($"ingest: {message}");
        return 2;
    }

    private static bool TryParseUrl(string? value, out Uri? url)
    {
        url = null;
        return value is null || Uri.TryCreate(value, UriKind.Absolute, out url);
    }

    private static bool TryParseDate(string? value, out DateTimeOffset? date)
    {
        date = null;
        if (value is null)
        {
            return true;
        }

        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        // The offset is kept for enrichment ("today" is the publication's local day); the JSON output writes UTC.
        date = parsed;
        return true;
    }
}
