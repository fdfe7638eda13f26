namespace Ingestion.Feeds.Fetching;

/// <summary>A request for a feed or page, with the validators of the last successful fetch (RFC 9110 §13).</summary>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null);

/// <summary>What a fetch returned.</summary>
public sealed record FetchResult
{
    /// <summary>The address the content came from, after redirects.</summary>
    public required Uri Url { get; init; }

    /// <summary>
    /// Where the requested address has moved for good: the end of the unbroken run of permanent redirects (301, 308)
    /// the fetch started with; null when the first hop was not a permanent redirect. A temporary redirect (302, 303,
    /// 307) ends the run, since only the hops before it were declared permanent.
    /// </summary>
    public Uri? MovedTo { get; init; }

    /// <summary>True on 304 Not Modified: <see cref="Content"/> is empty and the stored copy is current.</summary>
    public bool NotModified { get; init; }

    public byte[] Content { get; init; } = [];
    public string? ContentType { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }

    /// <summary>Cache-Control max-age of the response (RFC 9111 §5.2.2.1), when given.</summary>
    public TimeSpan? MaxAge { get; init; }
}

/// <summary>
/// A fetch that failed. <see cref="IsTransient"/> tells the retry policies whether trying again can help
/// (network errors, timeouts, 5xx, 429) or not (4xx, refused addresses, oversized responses, redirect loops).
/// </summary>
public sealed class FetchException : Exception
{
    public FetchException() { }
    public FetchException(string message) : base(message) { }
    public FetchException(string message, Exception inner) : base(message, inner) { }

    public FetchException(string message, bool isTransient, int? statusCode = null, Exception? inner = null, TimeSpan? retryAfter = null)
        : base(message, inner)
    {
        IsTransient = isTransient;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    public bool IsTransient { get; }
    public int? StatusCode { get; }

    /// <summary>How long the server asked us to wait (Retry-After on 429 or 503, RFC 9110 §10.2.3), when it did.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>True for 410 Gone: the resource was removed on purpose and will not come back (RFC 9110 §15.5.11).</summary>
    public bool IsGone => StatusCode == 410;
}
