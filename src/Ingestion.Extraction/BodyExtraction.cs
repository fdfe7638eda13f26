using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Ingestion.Extraction;

/// <summary>What the body step found: the paragraphs and the byline Readability saw inside the page.</summary>
internal sealed record BodyResult(IReadOnlyList<string> Paragraphs, string? ReadabilityByline, string? ReadabilityTitle);

/// <summary>
/// Finds the article body: Readability (SmartReader) picks the main content element, its text is cut into
/// paragraphs, and boilerplate paragraphs (share bars, comment forms, subscription prompts, related links)
/// are dropped.
/// </summary>
internal static class BodyExtraction
{
    private const string ReadabilityNegativePattern =
        "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget";

    public static BodyResult Extract(IDocument document, Uri url, string? bodyByline)
    {
        IElement? content = null;
        string? byline = null;
        string? title = null;
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
                var contentDocument = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + article.Content + "</body></html>");
                PageFurniture.Remove(contentDocument);
                content = contentDocument.Body;
            }
            byline = article.Byline;
            title = article.Title;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NullReferenceException or FormatException or IndexOutOfRangeException)
        {
            // A port of a JavaScript library meets pages it was not tested on: fall back to structured data.
        }

        var blocks = content is null ? [] : BlockText.Paragraphs(content);
        var paragraphs = Boilerplate.Filter(blocks, bodyByline ?? byline);
        return new BodyResult(paragraphs, byline, title);
    }
}
