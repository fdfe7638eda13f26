using Microsoft.EntityFrameworkCore;

namespace Ingestion.Storage;

/// <summary>A feed entry that was announced to the pipeline.</summary>
public sealed record SeenEntry(string EntryKey, string ArticleId);

/// <summary>Which feed entries were already announced, and each feed's polling state.</summary>
public sealed class FeedStateStore(IDbContextFactory<IngestionDbContext> contexts, TimeProvider time)
{
    /// <summary>The entry keys of <paramref name="entryKeys"/> not yet seen for the feed.</summary>
    public async Task<IReadOnlySet<string>> UnseenAsync(string feedUrl, IReadOnlyCollection<string> entryKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entryKeys);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var seen = await db.SeenEntries
            .Where(s => s.FeedUrl == feedUrl && entryKeys.Contains(s.EntryKey))
            .Select(s => s.EntryKey)
            .ToListAsync(cancellationToken);
        var unseen = entryKeys.ToHashSet(StringComparer.Ordinal);
        unseen.ExceptWith(seen);
        return unseen;
    }

    /// <summary>True when an article with this id was already announced by any feed (the same article from two feeds).</summary>
    public async Task<bool> IsArticleKnownAsync(string articleId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SeenEntries.AnyAsync(s => s.ArticleId == articleId, cancellationToken);
    }

    /// <summary>
    /// Records entries as seen. Called only after the broker accepted their messages: an entry whose publish
    /// failed stays unseen and is announced again on the next poll (at-least-once; ids make it harmless).
    /// </summary>
    public async Task MarkSeenAsync(string feedUrl, IReadOnlyCollection<SeenEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = entries.Select(e => e.EntryKey).ToList();
        var already = (await db.SeenEntries.Where(s => s.FeedUrl == feedUrl && keys.Contains(s.EntryKey))
            .Select(s => s.EntryKey).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        foreach (var entry in entries.Where(e => already.Add(e.EntryKey)))
        {
            db.SeenEntries.Add(new SeenEntryRecord { FeedUrl = feedUrl, EntryKey = entry.EntryKey, ArticleId = entry.ArticleId, SeenAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The stored state of a feed, created empty on first use.</summary>
    public async Task<FeedRecord> GetAsync(string feedUrl, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Feeds.AsNoTracking().FirstOrDefaultAsync(f => f.FeedUrl == feedUrl, cancellationToken)
            ?? new FeedRecord { FeedUrl = feedUrl };
    }

    /// <summary>Saves a feed's state after a poll.</summary>
    public async Task SaveAsync(FeedRecord feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var exists = await db.Feeds.AnyAsync(f => f.FeedUrl == feed.FeedUrl, cancellationToken);
        if (exists)
        {
            db.Feeds.Update(feed);
            // The lease columns belong to TryLeaseAsync/ReleaseLeaseAsync; a poll result must not overwrite them.
            db.Entry(feed).Property(f => f.LeaseOwner).IsModified = false;
            db.Entry(feed).Property(f => f.LeaseUntil).IsModified = false;
        }
        else
        {
            db.Feeds.Add(feed);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Takes the feed's lease for <paramref name="duration"/> unless another poller holds an unexpired one: pollers on
    /// several replicas share one feed list and never poll a feed twice at once. The lease is a single conditional
    /// UPDATE (compare-and-set), atomic on SQLite and PostgreSQL alike.
    /// </summary>
    public async Task<bool> TryLeaseAsync(string feedUrl, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Feeds.AnyAsync(f => f.FeedUrl == feedUrl, cancellationToken))
        {
            db.Feeds.Add(new FeedRecord { FeedUrl = feedUrl });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another replica created the row first; the update below decides who polls.
                db.ChangeTracker.Clear();
            }
        }

        var now = time.GetUtcNow();
        var until = now + duration;
        var taken = await db.Feeds
            .Where(f => f.FeedUrl == feedUrl && (f.LeaseUntil == null || f.LeaseUntil < now || f.LeaseOwner == owner))
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.LeaseOwner, owner).SetProperty(f => f.LeaseUntil, until), cancellationToken);
        return taken == 1;
    }

    /// <summary>Gives the lease back after a poll, so another replica may take the feed when it is next due.</summary>
    public async Task ReleaseLeaseAsync(string feedUrl, string owner, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Feeds
            .Where(f => f.FeedUrl == feedUrl && f.LeaseOwner == owner)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.LeaseOwner, (string?)null).SetProperty(f => f.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
    }

    /// <summary>
    /// Puts a retired feed (410 Gone) back on the schedule, due at once, with its error history cleared; the moved-to
    /// address is forgotten too, so the next poll starts again from the configured one. False when the feed is unknown.
    /// </summary>
    public async Task<bool> ReinstateAsync(string feedUrl, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changed = await db.Feeds
            .Where(f => f.FeedUrl == feedUrl)
            .ExecuteUpdateAsync(set => set
                .SetProperty(f => f.RetiredAt, (DateTimeOffset?)null)
                .SetProperty(f => f.FetchUrl, (string?)null)
                .SetProperty(f => f.LastError, (string?)null)
                .SetProperty(f => f.ErrorCount, 0)
                .SetProperty(f => f.NextPollAt, (DateTimeOffset?)null), cancellationToken);
        return changed == 1;
    }

    /// <summary>Every feed's state, for the status API and the logs.</summary>
    public async Task<IReadOnlyList<FeedRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Feeds.AsNoTracking().OrderBy(f => f.FeedUrl).ToListAsync(cancellationToken);
    }
}
