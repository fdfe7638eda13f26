using Ingestion.Contracts;
using Ingestion.Feeds;
using Ingestion.Feeds.Fetching;
using Ingestion.Feeds.Parsing;
using Ingestion.Storage;
using Ingestion.Text;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingestion.Pipeline;

/// <summary>
/// The outcome of one poll of one feed. <paramref name="Recovered"/>: the feed was malformed and parsed leniently;
/// <paramref name="Retired"/>: the feed answered 410 Gone and is no longer polled.
/// </summary>
public sealed record PollOutcome(int Entries, int Published, bool NotModified, bool Recovered = false, bool Retired = false);

/// <summary>
/// Polls one feed: conditional GET, parse, announce each new entry as <see cref="ArticleDiscovered"/>, and only
/// then mark the entries seen, so that an entry whose publish failed is announced again on the next poll.
/// A permanent redirect moves the feed's fetch address (its key stays the configured URL); 410 Gone retires it.
/// </summary>
public sealed partial class FeedPollingService(
    ContentFetcher fetcher,
    FeedParser parser,
    FeedStateStore state,
    IPublishEndpoint publisher,
    ArticleAnnouncements announcements,
    PipelineMonitor monitor,
    TimeProvider time,
    IOptions<PipelineOptions> options,
    ILogger<FeedPollingService> logger)
{
    /// <summary>Longest a failing feed waits between polls: it is retried for ever, never dropped silently.</summary>
    internal static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(6);

    /// <summary>
    /// Longest wait a publisher can impose through max-age, ttl or Retry-After: a mistaken or hostile value
    /// ("Retry-After: 31536000") must not silence a feed for a year.
    /// </summary>
    internal static readonly TimeSpan MaxRequestedDelay = TimeSpan.FromHours(24);

    /// <summary>Polls one feed with its state read from and saved to the store (one poll on its own).</summary>
    public async Task<PollOutcome> PollAsync(Uri feedUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        var record = await state.GetAsync(feedUrl.AbsoluteUri, cancellationToken);
        if (record.RetiredAt is not null)
        {
            // Nothing polled, nothing to save.
            return new PollOutcome(0, 0, NotModified: false, Retired: true);
        }

        var outcome = await PollAsync(feedUrl, record, cancellationToken);
        // Saved even when the poll was cancelled half-way through a failure: the error and backoff must be kept.
        await state.SaveAsync(record, CancellationToken.None);
        return outcome;
    }

    /// <summary>
    /// Polls one feed whose state the caller read, and updates <paramref name="record"/> with the result without
    /// saving it: the poller saves many polls' states in one batch. Seen entries are recorded here, before the
    /// caller saves the new ETag, so a lost state save costs a refetch and never an announcement.
    /// </summary>
    public async Task<PollOutcome> PollAsync(Uri feedUrl, FeedRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        ArgumentNullException.ThrowIfNull(record);
        var feedKey = feedUrl.AbsoluteUri;
        var now = time.GetUtcNow();
        if (record.RetiredAt is not null)
        {
            return new PollOutcome(0, 0, NotModified: false, Retired: true);
        }

        record.LastPolledAt = now;
        var fetchUrl = record.FetchUrl is { } moved && Uri.TryCreate(moved, UriKind.Absolute, out var movedUrl) ? movedUrl : feedUrl;
        try
        {
            var fetched = await fetcher.FetchAsync(new FetchRequest(fetchUrl, record.ETag, record.LastModified), cancellationToken);
            if (fetched.MovedTo is { } movedTo)
            {
                // 301/308: the publisher asks for the new address from now on (RFC 9110 §15.4.2, §15.4.9).
                record.FetchUrl = movedTo.AbsoluteUri == feedKey ? null : movedTo.AbsoluteUri;
                LogMoved(feedKey, fetchUrl.AbsoluteUri, movedTo.AbsoluteUri);
            }

            if (fetched.NotModified)
            {
                record.LastSuccessAt = now;
                record.LastError = null;
                record.ErrorCount = 0;
                record.NextPollAt = now + NextPollDelay(fetched.MaxAge, timeToLive: null);
                monitor.FeedPolled(succeeded: true);
                LogNotModified(feedKey);
                return new PollOutcome(0, 0, NotModified: true);
            }

            // The feed's own URL (after redirects) is the base of its relative links (RFC 3986 §5.1.3).
            var feed = parser.Parse(fetched.Content, fetched.ContentType, fetched.Url);
            if (!feed.WellFormed)
            {
                LogRecovered(feedKey);
            }

            var published = await AnnounceNewEntriesAsync(feedUrl, feed, cancellationToken);
            record.Title = feed.Title ?? record.Title;
            record.ETag = fetched.ETag;
            record.LastModified = fetched.LastModified;
            record.LastSuccessAt = now;
            record.LastError = null;
            record.ErrorCount = 0;
            record.NextPollAt = now + NextPollDelay(fetched.MaxAge, feed.TimeToLive);
            monitor.FeedPolled(succeeded: true);
            LogPolled(feedKey, feed.Entries.Count, published);
            return new PollOutcome(feed.Entries.Count, published, NotModified: false, Recovered: !feed.WellFormed);
        }
        catch (FetchException ex) when (ex.IsGone)
        {
            // 410: removed on purpose, "likely to be permanent" (RFC 9110 §15.5.11). Polling it again only costs the
            // publisher; the feed stays listed (GET /feeds) as retired until an operator reinstates it.
            record.RetiredAt = now;
            record.LastError = $"410 Gone: {ex.Message}";
            record.ErrorCount++;
            record.NextPollAt = null;
            monitor.FeedPolled(succeeded: false);
            LogRetired(feedKey, ex.Message);
            return new PollOutcome(0, 0, NotModified: false, Retired: true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A broken feed must not stop the others: record the error on the feed, back off, and go on. It is tried
            // again at the latest after MaxBackoff, however often it failed.
            record.LastError = $"{ex.GetType().Name}: {ex.Message}";
            record.ErrorCount++;
            var retryAfter = ex is FetchException fetchError ? fetchError.RetryAfter : null;
            record.NextPollAt = now + FailureDelay(record.ErrorCount, retryAfter);
            monitor.FeedPolled(succeeded: false);
            LogPollFailed(ex, feedKey, record.ErrorCount, record.LastError);
            return new PollOutcome(0, 0, NotModified: false);
        }
    }

    private async Task<int> AnnounceNewEntriesAsync(Uri feedUrl, ParsedFeed feed, CancellationToken cancellationToken)
    {
        var feedKey = feedUrl.AbsoluteUri;
        var candidates = feed.Entries
            .Select(entry => (Entry: entry, Link: FeedLocations.ResolveLink(entry.Link, feedUrl)))
            .Select(e => (e.Entry, e.Link, Key: EntryKey(e.Entry, e.Link)))
            .Where(e => e.Key is not null)
            .GroupBy(e => e.Key!, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var seen = await state.SeenFingerprintsAsync(feedKey, candidates.Select(c => c.Key!).ToList(), cancellationToken);

        // Claimed before the known-check (so a concurrent poll of another feed cannot pass the same check), given
        // back only after the entries are recorded as seen (so the next poll's check finds them).
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlySet<string> sharedClaims = new HashSet<string>();
        try
        {
            var pending = new List<(FeedEntry Entry, Uri? Link, string Key, string ArticleId, string Fingerprint, bool IsEdited)>();
            var announced = new List<SeenEntry>();
            foreach (var (entry, link, key) in candidates)
            {
                var fingerprint = Fingerprint(entry);
                var isSeen = seen.TryGetValue(key!, out var seenFingerprint);
                // An entry seen before fingerprints were kept takes the current one without being announced again.
                var isEdited = isSeen && seenFingerprint is not null && seenFingerprint != fingerprint;
                var articleId = ArticleIdOf(feedKey, key!, link);
                if (isSeen && !isEdited)
                {
                    if (seenFingerprint is null)
                    {
                        announced.Add(new SeenEntry(key!, articleId, fingerprint));
                    }

                    continue;
                }

                if (claimed.Contains(articleId))
                {
                    // The same article under a second entry of this feed: announced (or not) with the first one.
                    announced.Add(new SeenEntry(key!, articleId, fingerprint));
                    continue;
                }

                if (!announcements.TryClaim(articleId))
                {
                    // Another poll is announcing this article right now. This entry stays unseen; a later poll of this
                    // feed finds the article known and records it without announcing it.
                    LogAnnouncedElsewhere(feedKey, articleId);
                    continue;
                }

                claimed.Add(articleId);
                pending.Add((entry, link, key!, articleId, fingerprint, isEdited));
            }

            // A poller of another replica may be announcing the same new article from another feed right now: the
            // shared claim, taken before the known-check for the same reason as the in-process one, lets one of them
            // through. The other's entry stays unseen, as above. (Edited entries are announced per feed anyway.)
            var fresh = pending.Where(p => !p.IsEdited).Select(p => p.ArticleId).ToList();
            sharedClaims = await state.TryClaimAnnouncementsAsync(fresh, announcements.Owner, ArticleAnnouncements.SharedClaimDuration, cancellationToken);
            foreach (var articleId in fresh.Where(id => !sharedClaims.Contains(id)))
            {
                LogAnnouncedElsewhere(feedKey, articleId);
            }

            pending.RemoveAll(p => !p.IsEdited && !sharedClaims.Contains(p.ArticleId));

            // The same article from two feeds is ingested once; an edited entry is announced again, and the
            // articles stage decides whether its text is a new version.
            var known = await state.KnownArticlesAsync(pending.Where(p => !p.IsEdited).Select(p => p.ArticleId).ToList(), cancellationToken);
            var published = 0;
            foreach (var (entry, link, key, articleId, fingerprint, isEdited) in pending)
            {
                if (isEdited || !known.Contains(articleId))
                {
                    var message = new ArticleDiscovered
                    {
                        ArticleId = articleId,
                        FeedUrl = feedKey,
                        EntryId = key,
                        Url = link?.AbsoluteUri,
                        Title = entry.Title,
                        PublishedAt = entry.Published ?? entry.Updated,
                        Authors = entry.Authors.Select(a => a.Name).OfType<string>().ToList(),
                        FeedTitle = feed.Title,
                        Content = entry.Content,
                        Summary = entry.Summary,
                        DiscoveredAt = time.GetUtcNow(),
                    };
                    if (isEdited)
                    {
                        await publisher.Publish(message, context => context.Headers.Set(PipelineHeaders.Reannounced, "true"), cancellationToken);
                        LogReannounced(feedKey, key);
                    }
                    else
                    {
                        await publisher.Publish(message, cancellationToken);
                    }

                    monitor.ArticleDiscovered();
                    published++;
                }

                announced.Add(new SeenEntry(key, articleId, fingerprint));
            }

            // Marked only after every publish above was accepted by the transport.
            await state.MarkSeenAsync(feedKey, announced, cancellationToken);
            return published;
        }
        finally
        {
            // The shared claims first: the in-process ones stop this process's other polls from claiming meanwhile.
            await ReleaseSharedClaimsAsync(sharedClaims);
            foreach (var articleId in claimed)
            {
                announcements.Release(articleId);
            }
        }
    }

    /// <summary>
    /// Gives the shared claims back, even when the poll is being cancelled; if that fails too, they lapse after
    /// <see cref="ArticleAnnouncements.SharedClaimDuration"/>, which only delays another feed's announcement.
    /// </summary>
    private async Task ReleaseSharedClaimsAsync(IReadOnlySet<string> sharedClaims)
    {
        if (sharedClaims.Count == 0)
        {
            return;
        }

        try
        {
            await state.ReleaseAnnouncementsAsync(sharedClaims.ToList(), announcements.Owner, CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogSharedClaimsNotReleased(sharedClaims.Count, e.Message);
        }
    }

    private static string ArticleIdOf(string feedKey, string entryKey, Uri? link) =>
        link is not null ? ArticleIdOfLink(link) : StableIds.ForArticle($"entry:{feedKey}#{entryKey}");

    /// <summary>
    /// The id of the article at <paramref name="link"/>: the one rule that names an article by its address (tracking
    /// parameters stripped), shared by the poller, the copy check on rel=canonical, and anyone who must predict it.
    /// </summary>
    public static string ArticleIdOfLink(Uri link) => StableIds.ForArticle(FeedLocations.Canonical(link));

    /// <summary>
    /// What the feed says about an entry: its updated date, title, summary and content. A publisher that edits an
    /// article changes at least one of them; the poll that sees the change announces the entry again.
    /// </summary>
    private static string Fingerprint(FeedEntry entry) =>
        StableIds.ContentHash(string.Join('\u001f',
            entry.Updated?.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            entry.Title ?? "",
            entry.Summary ?? "",
            entry.Content ?? ""));

    /// <summary>
    /// The longest of the configured interval, the response's Cache-Control max-age (RFC 9111 §5.2.2.1) and the
    /// feed's own RSS ttl: polling sooner than the publisher asks gains nothing and risks being blocked.
    /// </summary>
    private TimeSpan NextPollDelay(TimeSpan? maxAge, TimeSpan? timeToLive) =>
        new[] { options.Value.PollInterval, Requested(maxAge), Requested(timeToLive) }.Max();

    /// <summary>
    /// After the n-th failure in a row: the interval doubled per failure up to <see cref="MaxBackoff"/>, and never
    /// sooner than the server's Retry-After.
    /// </summary>
    private TimeSpan FailureDelay(int errorCount, TimeSpan? retryAfter)
    {
        var backoff = options.Value.PollInterval * Math.Pow(2, Math.Clamp(errorCount - 1, 0, 16));
        return new[] { backoff > MaxBackoff ? MaxBackoff : backoff, Requested(retryAfter) }.Max();
    }

    private static TimeSpan Requested(TimeSpan? delay) =>
        delay is not { } value || value < TimeSpan.Zero ? TimeSpan.Zero : value > MaxRequestedDelay ? MaxRequestedDelay : value;

    private static string? EntryKey(FeedEntry entry, Uri? link) =>
        !string.IsNullOrWhiteSpace(entry.Id) ? entry.Id.Trim()
        : link is not null ? FeedLocations.Canonical(link)
        : !string.IsNullOrWhiteSpace(entry.Title) ? "title:" + StableIds.ContentHash(entry.Title + "\n" + entry.Published?.ToString("O"))
        : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {FeedUrl}: {EntryCount} entries, {PublishedCount} new articles")]
    private partial void LogPolled(string feedUrl, int entryCount, int publishedCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Entry {EntryKey} of {FeedUrl} changed since it was announced; announcing it again")]
    private partial void LogReannounced(string feedUrl, string entryKey);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Article {ArticleId} of {FeedUrl} is being announced by another poll; left to it")]
    private partial void LogAnnouncedElsewhere(string feedUrl, string articleId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not give back {ClaimCount} announcement claims ({Reason}); they lapse on their own")]
    private partial void LogSharedClaimsNotReleased(int claimCount, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Feed {FeedUrl} not modified")]
    private partial void LogNotModified(string feedUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedUrl} is malformed; it was recovered and parsed")]
    private partial void LogRecovered(string feedUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {FeedUrl} moved permanently from {FromUrl} to {FetchUrl}; it is fetched from there from now on")]
    private partial void LogMoved(string feedUrl, string fromUrl, string fetchUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedUrl} is gone (410) and is retired: it is no longer polled. {Reason}")]
    private partial void LogRetired(string feedUrl, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling {FeedUrl} failed ({ErrorCount} in a row): {Reason}")]
    private partial void LogPollFailed(Exception exception, string feedUrl, int errorCount, string reason);
}
