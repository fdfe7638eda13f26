using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ingestion.Pipeline;
using Ingestion.Storage;
using Ingestion.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ingestion.Worker.Tests;

/// <summary>The feeds API served in-process (TestServer) over a real SQLite database.</summary>
public sealed class FeedsApiTests : IAsyncLifetime
{
    private const string ConfiguredFeed = "https://config.example/feed.xml";

    private readonly SqliteDatabase _database = new();
    private WebApplication? _app;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _database.Folder, EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection([new("Storage:ConnectionString", _database.ConnectionString)]);
        builder.AddIngestionStorage();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<PipelineOptions>(options => options.Feeds.Add(ConfiguredFeed));
        _app = builder.Build();
        _app.MapFeedsApi();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _database.Dispose();
    }

    private Task<HttpResponseMessage> Add(string url) => _client.PostAsJsonAsync("/feeds", new { url });

    private async Task<List<FeedStatus>> List()
    {
        var feeds = await _client.GetFromJsonAsync<List<FeedStatus>>("/feeds");
        return feeds.ShouldNotBeNull();
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task The_list_shows_configured_feeds_before_any_poll()
    {
        var feed = (await List()).ShouldHaveSingleItem();

        (feed.Url, feed.Source, feed.LastSuccessAt, feed.ErrorCount).ShouldBe((ConfiguredFeed, "config", (DateTimeOffset?)null, 0));
        feed.Id.ShouldBe(FeedsApi.IdOf(ConfiguredFeed));
    }

    [Fact]
    public async Task A_feed_added_twice_is_created_once_and_listed_once()
    {
        var created = await Add("https://News.Example/rss?section=ports");
        var again = await Add("https://news.example/rss?section=ports");

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = (await created.Content.ReadFromJsonAsync<FeedStatus>()).ShouldNotBeNull();
        (body.Url, body.Source).ShouldBe(("https://news.example/rss?section=ports", "api"));
        body.AddedAt.ShouldNotBeNull();
        created.Headers.Location!.ToString().ShouldBe($"/feeds/{body.Id}");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await List()).Select(f => (f.Url, f.Source)).ShouldBe([(ConfiguredFeed, "config"), ("https://news.example/rss?section=ports", "api")]);
        (await _client.GetFromJsonAsync<FeedStatus>($"/feeds/{body.Id}")).ShouldNotBeNull().Url.ShouldBe(body.Url);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/feeds/relative.xml")]
    [InlineData("ftp://files.example/feed.xml")]
    [InlineData("file:///etc/passwd")]
    [InlineData("")]
    public async Task A_url_that_is_not_absolute_http_is_rejected_with_a_problem(string url)
    {
        var response = await Add(url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Problem(response)).GetProperty("errors").GetProperty("url")[0].GetString().ShouldNotBeNullOrWhiteSpace();
        (await List()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_rejected_with_a_problem()
    {
        var malformed = await _client.PostAsync("/feeds", new StringContent("{\"url\": ", Encoding.UTF8, "application/json"));
        var plain = await _client.PostAsync("/feeds", new StringContent("https://news.example/feed.xml", Encoding.UTF8, "text/plain"));
        var missing = await _client.PostAsJsonAsync("/feeds", new { address = "https://news.example/feed.xml" });

        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Problem(malformed)).GetProperty("errors").GetProperty("body")[0].GetString().ShouldNotBeNullOrWhiteSpace();
        plain.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await List()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Adding_a_configured_feed_answers_with_it_and_adds_nothing()
    {
        var response = await Add(ConfiguredFeed);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<FeedStatus>()).ShouldNotBeNull().Source.ShouldBe("config");
        (await new FeedStateStore(_database, TimeProvider.System).ActiveApiFeedsAsync(CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_added_feed_can_be_removed_once_by_url_or_by_id()
    {
        await Add("https://news.example/a.xml");
        var b = (await (await Add("https://news.example/b.xml")).Content.ReadFromJsonAsync<FeedStatus>()).ShouldNotBeNull();

        (await _client.DeleteAsync("/feeds?url=" + Uri.EscapeDataString("https://news.example/a.xml"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _client.DeleteAsync($"/feeds/{b.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await List()).Select(f => f.Url).ShouldBe([ConfiguredFeed]);
        (await new FeedStateStore(_database, TimeProvider.System).ActiveApiFeedsAsync(CancellationToken.None)).ShouldBeEmpty();
        var again = await _client.DeleteAsync("/feeds?url=" + Uri.EscapeDataString("https://news.example/a.xml"));
        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Problem(again)).GetProperty("detail").GetString()!.ShouldContain("https://news.example/a.xml");
        (await _client.DeleteAsync($"/feeds/{b.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_configured_feed_cannot_be_removed_through_the_api()
    {
        var byUrl = await _client.DeleteAsync("/feeds?url=" + Uri.EscapeDataString(ConfiguredFeed));
        var byId = await _client.DeleteAsync($"/feeds/{FeedsApi.IdOf(ConfiguredFeed)}");

        byUrl.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        byId.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Problem(byUrl)).GetProperty("detail").GetString()!.ShouldContain("configuration");
        (await List()).ShouldHaveSingleItem().Url.ShouldBe(ConfiguredFeed);
    }

    [Fact]
    public async Task A_retired_feed_is_listed_as_retired_and_can_be_reinstated()
    {
        var store = _app!.Services.GetRequiredService<FeedStateStore>();
        var retiredAt = DateTimeOffset.UtcNow.AddHours(-1);
        await store.SaveAsync(new FeedRecord
        {
            FeedUrl = ConfiguredFeed, FetchUrl = "https://moved.example/feed.xml", RetiredAt = retiredAt,
            LastError = "410 Gone", ErrorCount = 1,
        }, CancellationToken.None);

        var listed = (await List()).ShouldHaveSingleItem();
        listed.RetiredAt.ShouldNotBeNull().ShouldBe(retiredAt, TimeSpan.FromSeconds(1));
        listed.FetchUrl.ShouldBe("https://moved.example/feed.xml");

        var response = await _client.PostAsync($"/feeds/{listed.Id}/reinstate", content: null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var reinstated = (await response.Content.ReadFromJsonAsync<FeedStatus>()).ShouldNotBeNull();
        (reinstated.RetiredAt, reinstated.FetchUrl, reinstated.LastError, reinstated.ErrorCount).ShouldBe(((DateTimeOffset?)null, (string?)null, (string?)null, 0));
        (await _client.PostAsync("/feeds/0123456789abcdef/reinstate", content: null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Removing_without_a_url_is_a_bad_request()
    {
        var response = await _client.DeleteAsync("/feeds");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Problem(response)).GetProperty("errors").GetProperty("url")[0].GetString().ShouldNotBeNullOrWhiteSpace();
    }
}
