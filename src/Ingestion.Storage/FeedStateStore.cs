using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ingestion.Storage;

/// <summary>A feed entry that was announced to the pipeline, with the fingerprint of what the feed said about it.</summary>
public sealed record SeenEntry(string EntryKey, string ArticleId, string? Fingerprint = null);

/// <summary>What adding a feed through the API did.</summary>
public enum FeedAddition
{
    Added,
    AlreadyPresent,
}

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

    /// <summary>
    /// The entries of <paramref name="entryKeys"/> already seen for the feed, each with its stored fingerprint
    /// (null for entries recorded before fingerprints were kept).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string?>> SeenFingerprintsAsync(string feedUrl, IReadOnlyCollection<string> entryKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entryKeys);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SeenEntries
            .Where(s => s.FeedUrl == feedUrl && entryKeys.Contains(s.EntryKey))
            .ToDictionaryAsync(s => s.EntryKey, s => s.Fingerprint, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>True when an article with this id was already announced by any feed (the same article from two feeds).</summary>
    public async Task<bool> IsArticleKnownAsync(string articleId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SeenEntries.AnyAsync(s => s.ArticleId == articleId, cancellationToken);
    }

    /// <summary>
    /// The ids of <paramref name="articleIds"/> already announced by any feed, in one query: a poll checks all its new
    /// entries at once instead of one round trip per entry.
    /// </summary>
    public async Task<IReadOnlySet<string>> KnownArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var known = new HashSet<string>(StringComparer.Ordinal);
        if (articleIds.Count == 0)
        {
            return known;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in articleIds.Distinct(StringComparer.Ordinal).Chunk(BatchSize))
        {
            known.UnionWith(await db.SeenEntries.Where(s => chunk.Contains(s.ArticleId)).Select(s => s.ArticleId).Distinct().ToListAsync(cancellationToken));
        }

        return known;
    }

    /// <summary>
    /// Claims the announcement of each of <paramref name="articleIds"/> for <paramref name="owner"/> unless another
    /// poller (of any replica) holds it, in one statement; returns the ids claimed. An expired claim (its poller
    /// crashed before giving it back) is taken over.
    /// </summary>
    public async Task<IReadOnlySet<string>> TryClaimAnnouncementsAsync(IReadOnlyCollection<string> articleIds, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        if (articleIds.Count == 0)
        {
            return claimed;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entity = db.Model.FindEntityType(typeof(ArticleAnnouncementRecord))!;
        var table = SetWriter.Quote(entity.GetTableName()!);
        IProperty Property(string name) => entity.FindProperty(name)!;
        string Column(string name) => SetWriter.Quote(Property(name).GetColumnName());
        var now = time.GetUtcNow();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var chunk in articleIds.Distinct(StringComparer.Ordinal).Chunk(BatchSize))
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                // The parameters go through the model's type mappings, so dates are written as the provider stores them.
                Add(command, Property(nameof(ArticleAnnouncementRecord.Owner)), "@owner", owner);
                Add(command, Property(nameof(ArticleAnnouncementRecord.ClaimedUntil)), "@until", now + duration);
                Add(command, Property(nameof(ArticleAnnouncementRecord.ClaimedUntil)), "@now", now);
                var values = new List<string>(chunk.Length);
                for (var i = 0; i < chunk.Length; i++)
                {
                    Add(command, Property(nameof(ArticleAnnouncementRecord.ArticleId)), $"@a{i}", chunk[i]);
                    values.Add($"(@a{i}, @owner, @until)");
                }

                var id = Column(nameof(ArticleAnnouncementRecord.ArticleId));
                var ownerColumn = Column(nameof(ArticleAnnouncementRecord.Owner));
                var until = Column(nameof(ArticleAnnouncementRecord.ClaimedUntil));
                // Inserted, or taken over when lapsed; a row another poller holds is left alone and not returned.
                command.CommandText = $"INSERT INTO {table} ({id}, {ownerColumn}, {until}) VALUES {string.Join(", ", values)} "
                    + $"ON CONFLICT ({id}) DO UPDATE SET {ownerColumn} = excluded.{ownerColumn}, {until} = excluded.{until} "
                    + $"WHERE {table}.{until} < @now RETURNING {id}";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    claimed.Add(reader.GetString(0));
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return claimed;

        static void Add(System.Data.Common.DbCommand command, IProperty property, string name, object value) =>
            command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable));
    }

    /// <summary>Gives back <paramref name="owner"/>'s announcement claims on <paramref name="articleIds"/>.</summary>
    public async Task ReleaseAnnouncementsAsync(IReadOnlyCollection<string> articleIds, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in articleIds.Chunk(BatchSize))
        {
            await db.ArticleAnnouncements.Where(a => chunk.Contains(a.ArticleId) && a.Owner == owner).ExecuteDeleteAsync(cancellationToken);
        }
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
        var already = await db.SeenEntries.Where(s => s.FeedUrl == feedUrl && keys.Contains(s.EntryKey))
            .ToDictionaryAsync(s => s.EntryKey, StringComparer.Ordinal, cancellationToken);
        var now = time.GetUtcNow();
        foreach (var entry in entries)
        {
            if (already.TryGetValue(entry.EntryKey, out var seen))
            {
                // An edited entry announced again: the new fingerprint is what the next poll compares with, and
                // its link (so its article id) may have changed with the edit.
                if (entry.Fingerprint is not null && seen.Fingerprint != entry.Fingerprint)
                {
                    seen.Fingerprint = entry.Fingerprint;
                    seen.ArticleId = entry.ArticleId;
                    seen.SeenAt = now;
                }

                continue;
            }

            var record = new SeenEntryRecord { FeedUrl = feedUrl, EntryKey = entry.EntryKey, ArticleId = entry.ArticleId, SeenAt = now, Fingerprint = entry.Fingerprint };
            already[entry.EntryKey] = record;
            db.SeenEntries.Add(record);
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
            TrackPollResult(db, feed);
        }
        else
        {
            db.Feeds.Add(feed);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Rows read or written per statement by the batch methods (well under SQLite's parameter limit).</summary>
    private const int BatchSize = 500;

    /// <summary>
    /// The stored state of each of <paramref name="feedUrls"/> (created empty for feeds never polled), read in a few
    /// queries: a polling pass reads its feeds' state once instead of once per feed.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, FeedRecord>> GetManyAsync(IReadOnlyCollection<string> feedUrls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedUrls);
        var records = new Dictionary<string, FeedRecord>(feedUrls.Count, StringComparer.Ordinal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in feedUrls.Chunk(BatchSize))
        {
            foreach (var record in await db.Feeds.AsNoTracking().Where(f => chunk.Contains(f.FeedUrl)).ToListAsync(cancellationToken))
            {
                records[record.FeedUrl] = record;
            }
        }

        foreach (var url in feedUrls)
        {
            if (!records.ContainsKey(url))
            {
                records[url] = new FeedRecord { FeedUrl = url };
            }
        }

        return records;
    }

    /// <summary>
    /// Takes the lease of every feed of <paramref name="feedUrls"/> that no other poller holds, as
    /// <see cref="TryLeaseAsync"/> does for one, with one conditional UPDATE per <see cref="BatchSize"/> feeds;
    /// returns the feeds leased. Rows of feeds never polled are created first.
    /// </summary>
    public async Task<IReadOnlySet<string>> TryLeaseManyAsync(IReadOnlyCollection<string> feedUrls, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedUrls);
        var leased = new HashSet<string>(StringComparer.Ordinal);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var chunk in feedUrls.Chunk(BatchSize))
        {
            var existing = await db.Feeds.Where(f => chunk.Contains(f.FeedUrl)).Select(f => f.FeedUrl).ToListAsync(cancellationToken);
            var missing = chunk.Except(existing, StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                db.Feeds.AddRange(missing.Select(url => new FeedRecord { FeedUrl = url }));
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Another replica created some of the rows first: create the others one by one.
                    db.ChangeTracker.Clear();
                    foreach (var url in missing)
                    {
                        await EnsureRowAsync(db, url, cancellationToken);
                    }
                }

                db.ChangeTracker.Clear();
            }

            var now = time.GetUtcNow();
            var until = now + duration;
            await db.Feeds
                .Where(f => chunk.Contains(f.FeedUrl) && (f.LeaseUntil == null || f.LeaseUntil < now || f.LeaseOwner == owner))
                .ExecuteUpdateAsync(set => set.SetProperty(f => f.LeaseOwner, owner).SetProperty(f => f.LeaseUntil, until), cancellationToken);
            // A poller runs one pass at a time, so the rows of this chunk that name this owner are the ones just taken.
            leased.UnionWith(await db.Feeds.Where(f => chunk.Contains(f.FeedUrl) && f.LeaseOwner == owner).Select(f => f.FeedUrl).ToListAsync(cancellationToken));
        }

        return leased;
    }

    /// <summary>
    /// Saves the state of polled feeds and gives back their leases, in one transaction for the whole batch: the
    /// poller's writer gathers the results of many polls into one commit instead of two or three per poll.
    /// </summary>
    public async Task SavePolledAsync(IReadOnlyCollection<FeedRecord> feeds, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        if (feeds.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var feed in feeds)
        {
            // Rows exist: the feeds were leased, and leasing creates them.
            TrackPollResult(db, feed);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var chunk in feeds.Select(f => f.FeedUrl).Chunk(BatchSize))
        {
            await db.Feeds
                .Where(f => chunk.Contains(f.FeedUrl) && f.LeaseOwner == owner)
                .ExecuteUpdateAsync(set => set.SetProperty(f => f.LeaseOwner, (string?)null).SetProperty(f => f.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task EnsureRowAsync(IngestionDbContext db, string feedUrl, CancellationToken cancellationToken)
    {
        if (await db.Feeds.AnyAsync(f => f.FeedUrl == feedUrl, cancellationToken))
        {
            return;
        }

        db.Feeds.Add(new FeedRecord { FeedUrl = feedUrl });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Created by another replica in the meantime: that is all that was needed.
        }

        db.ChangeTracker.Clear();
    }

    /// <summary>Marks a poll's result for update, leaving the lease and the API's columns as they are in the row.</summary>
    private static void TrackPollResult(IngestionDbContext db, FeedRecord feed)
    {
        db.Feeds.Update(feed);
        // The lease columns belong to TryLeaseAsync/ReleaseLeaseAsync; a poll result must not overwrite them.
        db.Entry(feed).Property(f => f.LeaseOwner).IsModified = false;
        db.Entry(feed).Property(f => f.LeaseUntil).IsModified = false;
        // So do the API's columns: a feed removed while it was being polled stays removed.
        db.Entry(feed).Property(f => f.Source).IsModified = false;
        db.Entry(feed).Property(f => f.AddedAt).IsModified = false;
        db.Entry(feed).Property(f => f.RemovedAt).IsModified = false;
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

    /// <summary>
    /// Adds a feed to poll on every replica (their pollers read the API feeds each tick). Adding a feed that is
    /// already there changes nothing; adding one that was removed brings it back with its seen entries, so
    /// nothing already announced is announced again.
    /// </summary>
    public async Task<(FeedRecord Feed, FeedAddition Outcome)> AddApiFeedAsync(string feedUrl, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var feed = await db.Feeds.FirstOrDefaultAsync(f => f.FeedUrl == feedUrl, cancellationToken);
        if (feed is null)
        {
            feed = new FeedRecord { FeedUrl = feedUrl, Source = FeedSources.Api, AddedAt = now };
            db.Feeds.Add(feed);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (feed, FeedAddition.Added);
            }
            catch (DbUpdateException)
            {
                // Added at the same moment through another replica, or its poller created the row: look again.
                db.ChangeTracker.Clear();
                feed = await db.Feeds.FirstAsync(f => f.FeedUrl == feedUrl, cancellationToken);
            }
        }

        if (feed.Source == FeedSources.Api && feed.RemovedAt is null)
        {
            return (feed, FeedAddition.AlreadyPresent);
        }

        // A removed API feed, or the row of a feed that was configured once and is not any more (the caller
        // checks the current configuration): the API owns it from now on.
        feed.Source = FeedSources.Api;
        feed.AddedAt = now;
        feed.RemovedAt = null;
        feed.NextPollAt = null;
        await db.SaveChangesAsync(cancellationToken);
        return (feed, FeedAddition.Added);
    }

    /// <summary>Stops polling an API feed; false when no active API feed has this URL.</summary>
    public async Task<bool> RemoveApiFeedAsync(string feedUrl, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var removed = await db.Feeds
            .Where(f => f.FeedUrl == feedUrl && f.Source == FeedSources.Api && f.RemovedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.RemovedAt, (DateTimeOffset?)now), cancellationToken);
        return removed == 1;
    }

    /// <summary>The URLs of the feeds added through the API and not removed, the pollers' list besides configuration.</summary>
    public async Task<IReadOnlyList<string>> ActiveApiFeedsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Feeds.AsNoTracking()
            .Where(f => f.Source == FeedSources.Api && f.RemovedAt == null)
            .OrderBy(f => f.FeedUrl)
            .Select(f => f.FeedUrl)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every feed's state, for the status API and the logs.</summary>
    public async Task<IReadOnlyList<FeedRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Feeds.AsNoTracking().OrderBy(f => f.FeedUrl).ToListAsync(cancellationToken);
    }
}
