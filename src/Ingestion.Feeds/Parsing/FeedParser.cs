namespace Ingestion.Feeds.Parsing;

/// <summary>Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.x documents.</summary>
public sealed class FeedParser
{
    /// <summary>Parses a feed document.</summary>
    /// <param name="content">The raw bytes as fetched (the parser detects the encoding).</param>
    /// <param name="contentType">The HTTP Content-Type, when known, for its charset.</param>
    /// <exception cref="FeedParseException">The document is not a feed, or is beyond recovery.</exception>
    public ParsedFeed Parse(ReadOnlySpan<byte> content, string? contentType = null) => throw new NotImplementedException();
}

/// <summary>A document that is not a feed, or a feed beyond recovery. Permanent: retrying will not help.</summary>
public sealed class FeedParseException : Exception
{
    public FeedParseException() { }
    public FeedParseException(string message) : base(message) { }
    public FeedParseException(string message, Exception inner) : base(message, inner) { }
}
