using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Ingestion.Extraction;

/// <summary>
/// Parses HTML with one parser per thread. A new <see cref="HtmlParser"/> builds its own browsing context and
/// configuration, element factories included, which cost as much as parsing a short page; extraction parses
/// three times per page (the page, Readability's content, a JSON-LD body). A parse keeps no state in the parser,
/// and every document is the caller's own, so reusing the parser on one thread changes nothing but the time.
/// </summary>
internal static class HtmlParsing
{
    [ThreadStatic]
    private static HtmlParser? parser;

    /// <summary>A new document parsed from <paramref name="html"/>, scripting off (scripts are never run).</summary>
    public static IHtmlDocument Parse(string html) =>
        (parser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false })).ParseDocument(html);
}
