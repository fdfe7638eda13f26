using Ingestion.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Time.Testing;

namespace Ingestion.Storage.Tests;

/// <summary>GET /claims?q= over SQLite: the FTS5 index of the ClaimTextSearch migration, and the query text it is given.</summary>
public sealed class SqliteTextSearchTests : IDisposable
{
    private readonly SqliteDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 14, 12, 0, 0, TimeSpan.Zero));
    private readonly ClaimStore _store;
    private readonly ClaimQueries _queries;

    public SqliteTextSearchTests()
    {
        _store = new ClaimStore(_database, _time);
        _queries = new ClaimQueries(_database);
    }

    public void Dispose() => _database.Dispose();

    private async Task<List<string>> SearchAsync(string text) =>
        (await _queries.ListClaimsAsync(new ClaimFilter { Text = text }, null, 50, CancellationToken.None)).Items.Select(c => c.Id).Order(StringComparer.Ordinal).ToList();

    private Task StoreAsync(params (string Id, string Text)[] claims) =>
        _store.UpsertClaimsAsync(claims.Select((c, i) => Claims.Enriched(c.Id, text: c.Text, ordinal: i)).ToList(), CancellationToken.None);

    [Theory]
    [InlineData("airstrike", "strikes")]        // plural and singular share a stem
    [InlineData("AIRSTRIKES", "strikes")]       // any case
    [InlineData("regenerating", "regroup")]     // -ing and -ate forms share a stem
    [InlineData("Almesmari", "spokesman")]      // diacritics do not count: the text says Almésmari
    [InlineData("militants Sirte", "strikes")]  // every word, anywhere in the claim
    public async Task A_word_finds_the_claims_that_hold_it_in_any_form(string query, string expected)
    {
        await StoreAsync(
            ("strikes", "Six precision airstrikes killed 17 militants near Sirte."),
            ("regroup", "The group can regenerate quickly, an analyst said."),
            ("spokesman", "Colonel Ahmed Almésmari said the army was ready."));

        (await SearchAsync(query)).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("art")]       // inside "quarter" and "Margaret"
    [InlineData("port")]      // inside "Kingsport"
    [InlineData("strike")]    // inside "airstrikes": a compound is one word
    public async Task A_word_never_matches_the_inside_of_another(string query)
    {
        await StoreAsync(
            ("harvest", "Wheat yields fell by a quarter, Margaret Osei said."),
            ("harbour", "Kingsport approved the barrier."),
            ("strikes", "Six precision airstrikes hit targets."));

        (await SearchAsync(query)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Quoted_phrases_keep_their_order_and_a_minus_excludes()
    {
        await StoreAsync(
            ("approved", "The council approved the flood barrier."),
            ("risk", "The flood risk may grow, the barrier notwithstanding."),
            ("plain", "The flood came at night."));

        (await SearchAsync("\"flood barrier\"")).ShouldBe(["approved"]);
        (await SearchAsync("flood barrier")).ShouldBe(["approved", "risk"]);
        (await SearchAsync("flood -barrier")).ShouldBe(["plain"]);
        (await SearchAsync("flood -\"flood barrier\"")).ShouldBe(["plain", "risk"]);
    }

    [Theory]
    [InlineData("flood\" OR \"night")]   // as FTS5: flood OR night (both claims); as text: also the word "or"
    [InlineData("NEAR(flood night)")]     // as FTS5: the two words close together; as text: also the word "near"
    [InlineData("Text:night")]            // as FTS5: a column filter; as text: the words "text" and "night"
    [InlineData("barr*")]                 // as FTS5: a prefix of "barrier"; as text: the word "barr"
    public async Task Search_text_is_never_read_as_fts5_syntax(string query)
    {
        await StoreAsync(("approved", "The council approved the flood barrier."), ("plain", "The flood came at night."));

        (await SearchAsync(query)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Only_punctuation_matches_nothing_and_only_exclusions_match_the_rest()
    {
        await StoreAsync(("approved", "The council approved the flood barrier."), ("plain", "The flood came at night."));

        (await SearchAsync("...")).ShouldBeEmpty();
        (await SearchAsync("-barrier")).ShouldBe(["plain"]);
        (await SearchAsync("-barrier -night")).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_index_follows_claims_that_are_stored_again_with_new_text()
    {
        await StoreAsync(("c1", "The council approved the flood barrier."), ("c2", "The tunnel was closed."));

        // Storing a claim again replaces it (delete and insert): the index must forget the old text.
        await StoreAsync(("c1", "The council rejected the tunnel."));

        (await SearchAsync("barrier")).ShouldBeEmpty();
        (await SearchAsync("tunnel")).ShouldBe(["c1", "c2"]);
        await using var db = _database.CreateDbContext();
        (await db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM claim_search_rows").SingleAsync())
            .ShouldBe(await db.Claims.CountAsync(), "one index row per claim: replacing leaves no orphan");
    }

    [Fact]
    public async Task Claims_stored_before_the_migration_are_indexed_by_it()
    {
        var folder = Directory.CreateTempSubdirectory("ingestion-fts-");
        try
        {
            var options = new StorageOptions { Provider = "Sqlite", ConnectionString = $"Data Source={Path.Combine(folder.FullName, "old.db")};Pooling=False" };
            var contexts = new ContextFactory(options);
            await using (var db = contexts.CreateDbContext())
            {
                // The schema as it was before the search index.
                await db.GetService<IMigrator>().MigrateAsync("20261206190959_QueryApi");
            }

            await new ClaimStore(contexts, _time).UpsertClaimsAsync([Claims.Enriched("old", text: "Six precision airstrikes hit targets near Sirte.")], CancellationToken.None);
            await using (var db = contexts.CreateDbContext())
            {
                await StorageRegistration.MigrateAsync(db);
            }

            var found = await new ClaimQueries(contexts).ListClaimsAsync(new ClaimFilter { Text = "airstrike" }, null, 10, CancellationToken.None);
            found.Items.Select(c => c.Id).ShouldBe(["old"]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("flood barrier", "\"flood\" AND \"barrier\"")]
    [InlineData("  \"flood barrier\"  risk ", "\"flood barrier\" AND \"risk\"")]
    [InlineData("flood -barrier -\"sea wall\"", "\"flood\" NOT \"barrier\" NOT \"sea wall\"")]
    [InlineData("say \"it's \"\"fine", "\"say\" AND \"it's \" AND \"fine\"")]
    [InlineData("well-known - risk", "\"well-known\" AND \"risk\"")]
    public void The_match_expression_quotes_every_term(string text, string expected)
    {
        SqliteTextSearch.MatchExpression(text).ShouldBe(new SqliteMatch(expected, Negated: false));
    }

    [Fact]
    public void Exclusions_alone_are_matched_and_negated_and_punctuation_alone_is_nothing()
    {
        SqliteTextSearch.MatchExpression("-barrier -\"sea wall\"").ShouldBe(new SqliteMatch("\"barrier\" OR \"sea wall\"", Negated: true));
        SqliteTextSearch.MatchExpression(" ... -- ").ShouldBeNull();
    }

    private sealed class ContextFactory(StorageOptions options) : IDbContextFactory<IngestionDbContext>
    {
        public IngestionDbContext CreateDbContext() => StorageRegistration.CreateContext(options);
    }
}
