using System.Xml;
using System.Xml.Linq;

namespace Ingestion.Feeds.Parsing;

/// <summary>Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.x documents.</summary>
/// <remarks>
/// Built on <see cref="XmlReader"/> rather than CodeHollow.FeedReader or System.ServiceModel.Syndication: both
/// of those give up on the malformed documents that are common in the wild (undeclared entities, bare
/// ampersands, truncation, wrong encodings), know nothing of Atom 0.3 or RSS 0.90, and hide the choices
/// (which element is the summary, how authors are written) this parser needs to make. Here a strict
/// XmlReader pass reads well-formed documents; when it fails, <see cref="LenientXmlParser"/> recovers what it
/// can and the result says WellFormed = false. Neither pass processes a DTD or resolves an external entity.
/// Thread-safe: each call works on its own state.
/// </remarks>
public sealed class FeedParser
{
    private static readonly XmlReaderSettings StrictSettings = new()
    {
        // DTDs are skipped, never processed: no external entities (XXE), no entity expansion bombs.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Parses a feed document.</summary>
    /// <param name="content">The raw bytes as fetched (the parser detects the encoding).</param>
    /// <param name="contentType">The HTTP Content-Type, when known, for its charset.</param>
    /// <exception cref="FeedParseException">The document is not a feed, or is beyond recovery.</exception>
    public ParsedFeed Parse(ReadOnlySpan<byte> content, string? contentType = null) => Parse(content, contentType, null);

    /// <summary>Parses a feed document fetched from <paramref name="location"/>.</summary>
    /// <param name="content">The raw bytes as fetched (the parser detects the encoding).</param>
    /// <param name="contentType">The HTTP Content-Type, when known, for its charset.</param>
    /// <param name="location">The URL the document came from (after redirects): the base for relative links, as RFC 3986 says.</param>
    /// <exception cref="FeedParseException">The document is not a feed, or is beyond recovery.</exception>
    public ParsedFeed Parse(ReadOnlySpan<byte> content, string? contentType, Uri? location)
    {
        var documentUrl = location is { IsAbsoluteUri: true } && location.Scheme is "http" or "https" ? location : null;
        if (content.IsEmpty)
        {
            throw new FeedParseException("The document is empty.");
        }

        var decoded = FeedTextDecoder.Decode(content, contentType);
        // Whitespace or a stray BOM before the XML declaration is harmless; strict XML would refuse it.
        var text = decoded.Text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n', '\0');
        if (text.Length == 0)
        {
            throw new FeedParseException("The document is empty.");
        }

        var markup = new FeedMarkup();
        ParsedFeed feed;
        bool wellFormed;
        if (text[0] is '{' or '[')
        {
            feed = JsonFeedReader.Read(text, markup, documentUrl);
            wellFormed = true;
        }
        else
        {
            XElement? root;
            (root, wellFormed) = LoadXml(text);
            if (root is null)
            {
                throw new FeedParseException("The document has no XML element: it is not a feed.");
            }

            feed = new FeedXmlMapper(markup, documentUrl).Map(root);
        }

        return feed with { WellFormed = wellFormed && !decoded.EncodingTrouble };
    }

    private static (XElement? Root, bool WellFormed) LoadXml(string text)
    {
        // XmlReader and LINQ to XML slow down with the square of the nesting depth: a hostile document thousands
        // of levels deep goes straight to the lenient pass, which caps the depth.
        if (LenientXmlParser.NestsDeeperThan(text, 8 * FeedMarkup.MaxDepth))
        {
            return (LenientXmlParser.Parse(text), false);
        }

        try
        {
            using var reader = XmlReader.Create(new StringReader(text), StrictSettings);
            var document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
            if (document.Root is { } root && LenientXmlParser.DeeperThan(root, FeedMarkup.MaxDepth))
            {
                // Well-formed but absurdly deep: the lenient pass caps the depth, so nothing downstream recurses without end.
                return (LenientXmlParser.Parse(text), false);
            }

            return (document.Root, true);
        }
        catch (XmlException)
        {
            return (LenientXmlParser.Parse(text), false);
        }
    }
}

/// <summary>A document that is not a feed, or a feed beyond recovery. Permanent: retrying will not help.</summary>
public sealed class FeedParseException : Exception
{
    public FeedParseException() { }
    public FeedParseException(string message) : base(message) { }
    public FeedParseException(string message, Exception inner) : base(message, inner) { }
}
