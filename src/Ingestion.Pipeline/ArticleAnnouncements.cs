using System.Collections.Concurrent;

namespace Ingestion.Pipeline;

/// <summary>
/// The articles this process is announcing right now. A poll claims an article before it checks whether the article
/// is known and gives the claim back only after the article is recorded as seen, so that a concurrent poll of
/// another feed listing the same article (same canonical URL) finds it claimed and leaves it to the first poll.
/// Without this, both polls could find the article unknown (neither had recorded it yet) and both announce it.
/// One instance per process. Pollers of other replicas (polling other feeds that list the same article) are kept
/// apart by the shared claims of the database (<c>FeedStateStore.TryClaimAnnouncementsAsync</c>), held under
/// <see cref="Owner"/>.
/// </summary>
public sealed class ArticleAnnouncements
{
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);

    /// <summary>Longest a shared claim lasts: a poller that crashed mid-announcement holds its articles no longer.</summary>
    public static readonly TimeSpan SharedClaimDuration = TimeSpan.FromMinutes(5);

    /// <summary>This process's name in the shared announcement claims.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>True when the caller now owns the announcement of <paramref name="articleId"/>; false when another poll does.</summary>
    public bool TryClaim(string articleId) => _inFlight.TryAdd(articleId, 0);

    /// <summary>Gives back a claim, after the article was recorded as seen (or its publish failed).</summary>
    public void Release(string articleId) => _inFlight.TryRemove(articleId, out _);
}
