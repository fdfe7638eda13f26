using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SmartReader;

namespace Ingestion.Extraction;

/// <summary>What the body step found: the paragraphs and the byline Readability saw inside the page.</summary>
internal sealed record BodyResult(IReadOnlyList<string> Paragraphs, string? ReadabilityByline);

/// <summary>
/// Finds the article body: Readability (SmartReader) picks the main content element, its text is cut into
/// paragraphs, and boilerplate paragraphs (share bars, comment forms, subscription prompts, related links)
/// are dropped. When Readability finds little, the page's JSON-LD articleBody, or else all the page's text
/// blocks without furniture, stand in.
/// </summary>
internal static class BodyExtraction
{
    private const string ReadabilityNegativePattern =
        "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget";

    /// <summary>Structured-data text replaces Readability's when Readability found less than this share of it.</summary>
    private const double StructuredBodyRatio = 0.4;

    /// <summary>Shorter structured-data bodies are summaries or teasers, not the article.</summary>
    private const int MinStructuredBodyChars = 400;

    public static BodyResult Extract(IDocument document, Uri url, string? bodyByline, string? structuredBody, IReadOnlyList<string> descriptions, Func<IDocument> reparse)
    {
        IElement? content = null;
        string? byline = null;
        PageFurniture.RemoveCallToActionBoxes(document);
        try
        {
            using var reader = new Reader(url.ToString(), (IHtmlDocument)document)
            {
                ContinueIfNotReadable = true,
                // Class names tell captions, share bars and bylines apart inside the chosen content.
                KeepClasses = true,
                DisableJSONLD = false,
            };
            // SmartReader's port of Readability's negative class pattern lost the spaces around "hid", so any
            // class containing "hid" ("hideOnInit") counted against content; this is Readability's pattern.
            reader.ReplaceRegularExpression(RegularExpressions.Negative, ReadabilityNegativePattern);
            var article = reader.GetArticle();
            // Article.Serializer (the hook that would hand over the element) is static, so not safe to set
            // per call; the content's HTML is re-parsed instead, which is cheap next to the page.
            if (!string.IsNullOrEmpty(article.Content))
            {
                var contentDocument = HtmlParsing.Parse("<!DOCTYPE html><html><body>" + article.Content + "</body></html>");
                PageFurniture.Remove(contentDocument);
                content = contentDocument.Body;
            }
            byline = article.Byline;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A port of a JavaScript library meets pages it was not tested on; whatever it throws, the structured
            // data and whole-page fallbacks below still give the caller an article.
        }

        var knownByline = bodyByline ?? byline;
        var paragraphs = content is null ? [] : Boilerplate.Filter(WithoutStandfirst(BlockText.Paragraphs(content), descriptions), knownByline);
        var structured = StructuredParagraphs(structuredBody, knownByline);
        var length = TotalLength(paragraphs);
        var structuredLength = TotalLength(structured);
        if (structuredLength >= MinStructuredBodyChars && length < structuredLength * StructuredBodyRatio)
        {
            paragraphs = structured;
        }
        else if (paragraphs.Count == 0)
        {
            paragraphs = WholePage(reparse(), knownByline, descriptions);
        }

        return new BodyResult(paragraphs, byline);
    }

    private static int TotalLength(List<string> paragraphs) => paragraphs.Sum(p => p.Length);

    /// <summary>A JSON-LD articleBody as paragraphs: markup is read as HTML, plain text split at line breaks.</summary>
    private static List<string> StructuredParagraphs(string? body, string? byline)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        var document = HtmlParsing.Parse("<!DOCTYPE html><html><body>" + PreserveLineBreaks(body) + "</body></html>");
        return document.Body is null ? [] : Boilerplate.Filter(BlockText.Paragraphs(document.Body), byline);
    }

    /// <summary>Plain-text bodies separate paragraphs with newlines, which HTML would fold into spaces.</summary>
    private static string PreserveLineBreaks(string body) =>
        body.Contains('<', StringComparison.Ordinal) && body.Contains('>', StringComparison.Ordinal)
            ? body
            : System.Net.WebUtility.HtmlEncode(System.Net.WebUtility.HtmlDecode(body)).Replace("\n", "<br>", StringComparison.Ordinal);

    /// <summary>Last resort for pages Readability cannot read: every text block outside page furniture.</summary>
    private static List<string> WholePage(IDocument document, string? byline, IReadOnlyList<string> descriptions)
    {
        PageFurniture.Remove(document);
        return document.Body is null ? [] : Boilerplate.Filter(WithoutStandfirst(BlockText.Paragraphs(document.Body), descriptions), byline);
    }

    /// <summary>The blocks without the standfirst under the headline, which article bodies leave out.</summary>
    private static List<TextBlock> WithoutStandfirst(List<TextBlock> blocks, IReadOnlyList<string> descriptions)
    {
        var standfirst = Standfirst.Find(blocks, descriptions);
        if (standfirst >= 0)
        {
            blocks.RemoveAt(standfirst);
        }

        return blocks;
    }
}
