using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ingestion.Contracts;
using Ingestion.Pipeline;
using Ingestion.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.Worker.Tests;

/// <summary>
/// The query API served in-process (TestServer) over a real database with a small known corpus. The same
/// scenarios run over SQLite here and over PostgreSQL in the integration tests (which link this file).
/// </summary>
public abstract class QueryApiScenarios : IAsyncLifetime
{
    protected const string ApiKey = "test-key-0123456789abcdef";
    private const string WorldFeed = "https://feeds.example/world.xml";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private WebApplication? _app;

    protected HttpClient Client { get; private set; } = null!;

    /// <summary>The Storage:Provider and Storage:ConnectionString of a fresh, empty database for this test.</summary>
    protected abstract Task<(string Provider, string ConnectionString, string ContentRoot)> CreateDatabaseAsync();

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    /// <summary>Extra services for one provider's tests (e.g. a command recorder).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        var (provider, connectionString, contentRoot) = await CreateDatabaseAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = contentRoot, EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection([
            new("Storage:Provider", provider),
            new("Storage:ConnectionString", connectionString),
            new("Ingestion:Api:Key", ApiKey),
            new("Ingestion:Api:MaxPageSize", "3"),
        ]);
        builder.AddIngestionStorage();
        builder.Services.AddOptions<ApiOptions>().Bind(builder.Configuration.GetSection(ApiOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<PipelineMonitor>();
        ConfigureServices(builder.Services);
        _app = builder.Build();
        await _app.Services.InitializeStorageAsync();
        _app.MapFeedsApi();
        _app.MapQueryApi();
        _app.MapStatusApi();
        await _app.StartAsync();
        Client = _app.GetTestClient();
        await SeedAsync(_app.Services.GetRequiredService<ClaimStore>());
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await DropDatabaseAsync();
    }

    // The corpus: two dated articles and an undated one.
    private const string HarbourText = "Margaret Osei said the council approved the flood barrier in Kingsport. Analyst Tom Reed believes the flood risk may grow by 2030.";
    private const string LibyaText = "According to NBC News, six precision airstrikes hit targets near Sirte in September 2017. Terrorism analyst Robert Young Pelton told Fox News that, \"ISIS in Libya can regenerate quickly\".";
    private const string HarvestText = "Wheat yields fell by a quarter this summer.";
    private static readonly DateTimeOffset HarbourPublished = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LibyaPublished = new(2018, 1, 8, 14, 30, 0, TimeSpan.Zero);

    private static async Task SeedAsync(ClaimStore store)
    {
        await store.UpsertArticleAsync(Article("harbour", "Flood barrier approved", "News Example", WorldFeed, HarbourPublished, HarbourText, 2), default);
        await store.UpsertArticleAsync(Article("libya", "ISIS seeks to regroup in Libya", "The Meridian Review", "https://feeds.example/analysis.xml", LibyaPublished, LibyaText, 2), default);
        await store.UpsertArticleAsync(Article("harvest", "Harvest", "Farm Weekly", WorldFeed, null, HarvestText, 1), default);
        await store.UpsertClaimsAsync(
        [
            Claim("harbour-0", "harbour", 0, HarbourText, "Margaret Osei said the council approved the flood barrier in Kingsport.", HarbourPublished, "News Example",
                [Said(HarbourText, "Margaret Osei", "Margaret Osei", SourceType.Person, "said", CueClass.Speech, QuoteType.Indirect)],
                [new Place { Text = "Kingsport", Start = HarbourText.IndexOf("Kingsport", StringComparison.Ordinal), Length = 9, Name = "Kingsport", Country = "US", Lat = 36.55, Lon = -82.56 }],
                []),
            Claim("harbour-1", "harbour", 1, HarbourText, "Analyst Tom Reed believes the flood risk may grow by 2030.", HarbourPublished, "News Example",
                [Said(HarbourText, "Tom Reed", "Tom Reed", SourceType.Person, "believes", CueClass.Belief, QuoteType.Indirect, role: "Analyst")],
                [], [new TimeMention { Text = "by 2030", Start = HarbourText.IndexOf("by 2030", StringComparison.Ordinal), Length = 7, Value = "2030" }],
                hedged: true),
            Claim("libya-0", "libya", 0, LibyaText, "According to NBC News, six precision airstrikes hit targets near Sirte in September 2017.", LibyaPublished, "The Meridian Review",
                [Said(LibyaText, "NBC News", "NBC News", SourceType.Outlet, "According to", CueClass.Speech, QuoteType.Indirect)],
                [new Place { Text = "Sirte", Start = LibyaText.IndexOf("Sirte", StringComparison.Ordinal), Length = 5, Name = "Sirte", Country = "LY", Lat = 31.21, Lon = 16.59 }],
                [new TimeMention { Text = "September 2017", Start = LibyaText.IndexOf("September 2017", StringComparison.Ordinal), Length = 14, Value = "2017-09" }]),
            Claim("libya-1", "libya", 1, LibyaText, "Terrorism analyst Robert Young Pelton told Fox News that, \"ISIS in Libya can regenerate quickly\".", LibyaPublished, "The Meridian Review",
                [Said(LibyaText, "Terrorism analyst Robert Young Pelton", "Robert Young Pelton", SourceType.Person, "told", CueClass.Speech, QuoteType.Direct, role: "Terrorism analyst", via: "Fox News")],
                [new Place { Text = "Libya", Start = LibyaText.IndexOf("Libya", StringComparison.Ordinal), Length = 5, Name = "Libya", Country = "LY", Lat = 25, Lon = 17 }],
                []),
            Claim("harvest-0", "harvest", 0, HarvestText, HarvestText, null, "Farm Weekly", [], [], []),
        ], default);
    }

    private static ArticleIngested Article(string id, string title, string outlet, string feed, DateTimeOffset? published, string text, int claims) => new()
    {
        ArticleId = id, Url = $"https://news.example/{id}", FeedUrl = feed, Title = title, Outlet = outlet, PublishedAt = published,
        ContentHash = "hash-" + id, Text = text, ClaimCount = claims, IngestedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    private static Attribution Said(string article, string sourceText, string name, SourceType type, string cue, CueClass cueClass, QuoteType quote, string? role = null, string? via = null)
    {
        var sourceStart = article.IndexOf(sourceText, StringComparison.Ordinal);
        var cueStart = article.IndexOf(cue, sourceStart < 0 ? 0 : sourceStart, StringComparison.Ordinal);
        return new Attribution
        {
            Source = new AttributionSource { Text = sourceText, Start = sourceStart, Length = sourceText.Length, Type = type, Name = name },
            Role = role is null ? null : new TextSpan { Text = role, Start = article.IndexOf(role, StringComparison.Ordinal), Length = role.Length },
            Via = via is null ? null : new TextSpan { Text = via, Start = article.IndexOf(via, StringComparison.Ordinal), Length = via.Length },
            Cue = new TextSpan { Text = cue, Start = cueStart, Length = cue.Length },
            Content = new OffsetSpan { Start = cueStart + cue.Length + 1, Length = 10 },
            Quote = quote,
            CueClass = cueClass,
        };
    }

    private static ClaimEnriched Claim(string id, string articleId, int ordinal, string article, string text, DateTimeOffset? published, string outlet,
        Attribution[] attributions, Place[] places, TimeMention[] times, bool hedged = false) => new()
    {
        Claim = new ClaimExtracted
        {
            ClaimId = id, ArticleId = articleId, ArticleUrl = $"https://news.example/{articleId}", Outlet = outlet, PublishedAt = published,
            ContentHash = "hash-" + articleId, Ordinal = ordinal, ClaimCount = 2, Paragraph = 0, Text = text,
            Start = article.IndexOf(text, StringComparison.Ordinal), Length = text.Length, Kind = ClaimKind.Claim, Hedged = hedged,
            Attributions = attributions,
        },
        Places = places,
        Times = times,
        EnrichedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    private async Task<List<string>> ClaimIds(string query)
    {
        var response = await Client.GetAsync("/claims" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var page = (await response.Content.ReadFromJsonAsync<ClaimPage>(Json)).ShouldNotBeNull();
        return page.Items.Select(c => c.Id).ToList();
    }

    private async Task<JsonElement> BadRequest(string path)
    {
        var response = await Client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
    }

    [Fact]
    public async Task Claims_are_listed_newest_first_with_undated_ones_last_and_each_article_in_text_order()
    {
        (await ClaimIds("?limit=3")).ShouldBe(["harbour-0", "harbour-1", "libya-0"]);
    }

    [Fact]
    public async Task Following_next_cursor_pages_through_every_claim_once_and_the_last_page_has_no_cursor()
    {
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = (await Client.GetFromJsonAsync<ClaimPage>($"/claims?limit=2{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}", Json)).ShouldNotBeNull();
            seen.AddRange(page.Items.Select(c => c.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null && pages < 10);

        seen.ShouldBe(["harbour-0", "harbour-1", "libya-0", "libya-1", "harvest-0"]);
        pages.ShouldBe(3);
    }

    [Theory]
    [InlineData("?source=Robert%20Young%20Pelton", "libya-1")]
    [InlineData("?source=NBC%20News", "libya-0")]
    [InlineData("?role=ANALYST", "harbour-1,libya-1")]
    [InlineData("?cue=belief", "harbour-1")]
    [InlineData("?hedged=true", "harbour-1")]
    [InlineData("?kind=claim&hedged=false&outlet=The%20Meridian%20Review", "libya-0,libya-1")]
    [InlineData("?place=Sirte", "libya-0")]
    [InlineData("?bbox=10,20,30,35", "libya-0,libya-1")]
    [InlineData("?timeFrom=2017-09-01&timeTo=2017-09", "libya-0")]
    [InlineData("?timeFrom=2030", "harbour-1")]
    [InlineData("?publishedFrom=2018-01-08&publishedTo=2018-01-08", "libya-0,libya-1")]
    [InlineData("?publishedFrom=2020-01-01T00:00:00Z", "harbour-0,harbour-1")]
    [InlineData("?feed=https://feeds.example/world.xml", "harbour-0,harbour-1,harvest-0")]
    [InlineData("?article=harvest", "harvest-0")]
    [InlineData("?q=airstrikes", "libya-0")]
    [InlineData("?q=flood%20barrier", "harbour-0")]
    [InlineData("?q=regenerate&source=NBC%20News", "")]
    public async Task Each_filter_selects_exactly_the_claims_it_names(string query, string expected)
    {
        (await ClaimIds(query)).ShouldBe(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("?q=AIRSTRIKE", "libya-0")]                       // any case, singular for plural
    [InlineData("?q=regenerating", "libya-1")]                    // another form of "regenerate"
    [InlineData("?q=Flooding", "harbour-0,harbour-1")]
    [InlineData("?q=%22flood%20barrier%22", "harbour-0")]         // a quoted phrase
    [InlineData("?q=flood%20-barrier", "harbour-1")]              // -word excludes
    [InlineData("?q=art", "")]                                    // not inside "Margaret" or "quarter"
    [InlineData("?q=port", "")]                                   // not inside "Kingsport"
    public async Task Text_search_matches_words_in_any_form_never_the_inside_of_a_word(string query, string expected)
    {
        (await ClaimIds(query)).ShouldBe(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("/claims?limit=0", "limit")]
    [InlineData("/claims?limit=4", "limit")]
    [InlineData("/claims?hedged=maybe", "hedged")]
    [InlineData("/claims?cue=shouted", "cue")]
    [InlineData("/claims?kind=rumour", "kind")]
    [InlineData("/claims?bbox=1,2,3", "bbox")]
    [InlineData("/claims?bbox=30,0,10,10", "bbox")]
    [InlineData("/claims?timeFrom=September", "timeFrom")]
    [InlineData("/claims?publishedTo=yesterday", "publishedTo")]
    [InlineData("/claims?cursor=not-a-cursor", "cursor")]
    [InlineData("/claims?speaker=Pelton", "speaker")]
    [InlineData("/sources?type=celebrity", "type")]
    [InlineData("/places.geojson?bbox=0,0,200,10", "bbox")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string path, string parameter)
    {
        var errors = await BadRequest(path);

        errors.EnumerateObject().Select(p => p.Name).ShouldBe([parameter]);
    }

    [Fact]
    public async Task A_claim_is_shown_with_its_attribution_and_enrichment()
    {
        var claim = (await Client.GetFromJsonAsync<ClaimView>("/claims/libya-1", Json)).ShouldNotBeNull();

        claim.ArticleTitle.ShouldBe("ISIS seeks to regroup in Libya");
        var attribution = claim.Attributions.ShouldHaveSingleItem();
        (attribution.Source, attribution.Role, attribution.Via, attribution.Cue, attribution.Quote)
            .ShouldBe(("Robert Young Pelton", "Terrorism analyst", "Fox News", "told", "direct"));
        claim.Places.ShouldHaveSingleItem().Name.ShouldBe("Libya");
        (await Client.GetAsync("/claims/no-such-claim")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_article_comes_with_its_text_and_its_claims_in_order_whose_offsets_point_into_the_text()
    {
        var article = (await Client.GetFromJsonAsync<ArticleView>("/articles/libya", Json)).ShouldNotBeNull();

        article.Text.ShouldBe(LibyaText);
        article.Claims.Select(c => c.Id).ShouldBe(["libya-0", "libya-1"]);
        foreach (var claim in article.Claims)
        {
            LibyaText.Substring(claim.Start, claim.Length).ShouldBe(claim.Text);
            var source = claim.Attributions.ShouldHaveSingleItem();
            LibyaText.Substring(source.SourceStart, source.SourceLength).ShouldBe(source.SourceText);
        }

        (await Client.GetAsync("/articles/no-such-article")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Articles_are_listed_newest_first_with_their_claim_counts_and_by_feed()
    {
        var all = (await Client.GetFromJsonAsync<List<ArticleSummary>>("/articles", Json)).ShouldNotBeNull();
        var world = (await Client.GetFromJsonAsync<List<ArticleSummary>>("/articles?feed=" + Uri.EscapeDataString(WorldFeed), Json)).ShouldNotBeNull();

        all.Select(a => (a.Id, a.ClaimCount)).ShouldBe([("harbour", 2), ("libya", 2), ("harvest", 1)]);
        world.Select(a => a.Id).ShouldBe(["harbour", "harvest"]);
        (await BadRequest("/articles?limit=-1")).EnumerateObject().Select(p => p.Name).ShouldBe(["limit"]);
    }

    [Fact]
    public async Task Sources_are_counted_most_cited_first_and_filtered_by_type()
    {
        var outlets = (await Client.GetFromJsonAsync<List<SourceCount>>("/sources?type=outlet", Json)).ShouldNotBeNull();
        var all = (await Client.GetFromJsonAsync<List<SourceCount>>("/sources", Json)).ShouldNotBeNull();

        outlets.ShouldHaveSingleItem().ShouldBe(new SourceCount("NBC News", "outlet", 1, 1, LibyaPublished));
        all.Select(s => s.Name).ShouldBe(["Margaret Osei", "NBC News", "Robert Young Pelton", "Tom Reed"]);
    }

    [Fact]
    public async Task Places_are_a_geojson_feature_collection_with_lon_lat_points_and_claim_counts()
    {
        var response = await Client.GetAsync("/places.geojson?bbox=0,0,40,40");
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/geo+json");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        json.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        var features = json.GetProperty("features").EnumerateArray()
            .Select(f => (
                f.GetProperty("properties").GetProperty("name").GetString(),
                f.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(),
                f.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble(),
                f.GetProperty("properties").GetProperty("claims").GetInt32()))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();
        features.ShouldBe([("Libya", 17.0, 25.0, 1), ("Sirte", 16.59, 31.21, 1)]);
    }

    [Fact]
    public async Task Writes_need_the_configured_api_key_and_reads_do_not()
    {
        var refused = await Client.PostAsJsonAsync("/feeds", new { url = "https://news.example/rss" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/feeds") { Content = JsonContent.Create(new { url = "https://news.example/rss" }) };
        request.Headers.Add(ApiOptions.KeyHeader, ApiKey);
        var accepted = await Client.SendAsync(request);
        var wrong = new HttpRequestMessage(HttpMethod.Delete, "/feeds?url=https://news.example/rss");
        wrong.Headers.Add(ApiOptions.KeyHeader, ApiKey + "x");

        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        accepted.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Client.SendAsync(wrong)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Client.GetAsync("/feeds")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Client.GetAsync("/claims")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Status_lists_the_feeds_and_the_replay_commands()
    {
        var status = (await Client.GetFromJsonAsync<WorkerStatus>("/status", Json)).ShouldNotBeNull();

        status.Transport.ShouldBe("InMemory");
        status.Queues.ShouldBeNull();
        status.ReplayCommands.ShouldContain(c => c.Contains("errors replay", StringComparison.Ordinal));
    }
}
