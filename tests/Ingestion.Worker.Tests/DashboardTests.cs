using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Ingestion.Worker.Tests;

/// <summary>
/// The built worker in service mode on the embedded default (in-memory transport, SQLite, the bundled sample
/// feeds with the seed article), once the sample feeds are ingested.
/// </summary>
public sealed class ServedWorker() : WorkerServer(new Dictionary<string, string>(), server => server.IsDrainedAsync);

/// <summary>The served worker's API documents and the dashboard in a real browser (Debian's Chromium, headless).</summary>
public sealed class DashboardTests(ServedWorker worker) : IClassFixture<ServedWorker>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task The_openapi_document_describes_every_query_endpoint_its_parameters_and_the_api_key()
    {
        using var document = JsonDocument.Parse(await worker.Http.GetStringAsync("openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        var names = paths.EnumerateObject().Select(p => p.Name).ToList();
        var parameters = paths.GetProperty("/claims").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();

        string[] endpoints = ["/claims", "/claims/{id}", "/articles", "/articles/{id}", "/sources", "/places.geojson", "/feeds", "/status"];
        endpoints.Except(names).ShouldBeEmpty();
        new[] { "q", "source", "role", "cue", "kind", "hedged", "entity", "place", "bbox", "timeFrom", "timeTo", "publishedFrom", "publishedTo", "outlet", "feed", "article", "cursor", "limit" }.Except(parameters).ShouldBeEmpty();

        // The write endpoints declare the X-Api-Key scheme; the reads do not.
        document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("apiKey").GetProperty("name").GetString().ShouldBe("X-Api-Key");
        paths.GetProperty("/feeds").GetProperty("post").TryGetProperty("security", out _).ShouldBeTrue();
        paths.GetProperty("/claims").GetProperty("get").TryGetProperty("security", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task The_seed_articles_attributions_are_served_by_the_api()
    {
        var page = (await worker.Http.GetFromJsonAsync<JsonElement>("claims?source=Robert%20Young%20Pelton"));
        var claim = page.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        var attribution = claim.GetProperty("attributions")[0];

        attribution.GetProperty("role").GetString().ShouldBe("Terrorism analyst");
        attribution.GetProperty("via").GetString().ShouldBe("Fox News");
        (await worker.Http.GetAsync("claims?limit=100000")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_dashboard_shows_feeds_and_claims_finds_a_quote_and_marks_the_sources_in_the_article()
    {
        File.Exists(Chromium).ShouldBeTrue(
            $"The dashboard tests drive Debian's Chromium at {Chromium}, which is not installed: run `apt-get install chromium` (.ci/run installs it).");
        var screenshots = Screenshots();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1300 } });
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);

        // Overview: feed health, queues and the replay command, the map, the most cited sources, recent claims.
        await page.GotoAsync(worker.BaseAddress.ToString());
        await page.Locator("body[data-ready='/']").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "overview.png") });
        var feedStates = await page.GetByTestId("feed-state").AllInnerTextsAsync();
        feedStates.ShouldBe(["ok", "ok", "ok"]);
        (await page.GetByTestId("replay-command").AllInnerTextsAsync()).ShouldContain(c => c.Contains("errors replay", StringComparison.Ordinal));
        (await page.Locator("[data-testid=place][data-place='Sirte']").CountAsync()).ShouldBe(1);
        (await page.GetByTestId("source").CountAsync()).ShouldBeGreaterThan(3);
        var articles = await page.GetByTestId("article").AllInnerTextsAsync();
        articles.Count.ShouldBe(4);
        articles.ShouldContain(a => a.StartsWith("ISIS Seeks to Regroup in Libya", StringComparison.Ordinal));
        (await page.GetByTestId("claim").CountAsync()).ShouldBe(20);

        // Search: the quote is found with its attribution spelled out.
        await page.Locator("#search-text").FillAsync("regenerate");
        await page.Locator("#search button").ClickAsync();
        await page.Locator("body[data-ready='/search?q=regenerate']").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "search.png") });
        var result = page.GetByTestId("claim").Filter(new LocatorFilterOptions { HasText = "ISIS in Libya can regenerate quickly" });
        (await result.CountAsync()).ShouldBe(1);
        (await result.GetByTestId("speaker").InnerTextAsync()).ShouldBe("Robert Young Pelton");
        (await result.GetByTestId("role").InnerTextAsync()).ShouldBe("Terrorism analyst");
        (await result.GetByTestId("via").InnerTextAsync()).ShouldBe("Fox News");

        // The article: its text with each claim and its source marked where they stand.
        await result.GetByTestId("article-link").ClickAsync();
        await page.Locator("body[data-ready^='/article/']").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "article.png") });
        (await page.Locator("#article-title").InnerTextAsync()).ShouldContain("ISIS");
        var sources = await page.GetByTestId("marked-source").AllInnerTextsAsync();
        sources.ShouldContain("NBC News");
        sources.ShouldContain("Terrorism analyst Robert Young Pelton");
        (await page.GetByTestId("marked-claim").CountAsync()).ShouldBeGreaterThan(10);
        var speakers = await page.Locator("#article-claims [data-testid=speaker]").AllInnerTextsAsync();
        speakers.ShouldContain("NBC News");
        speakers.ShouldContain("Robert Young Pelton");
        scriptErrors.ShouldBeEmpty();
    }

    /// <summary>artifacts/screenshots/ at the repository root (CI keeps artifacts/).</summary>
    private static string Screenshots()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Ingestion.sln")))
        {
            folder = folder.Parent;
        }

        folder.ShouldNotBeNull("the test runs inside the repository");
        return Directory.CreateDirectory(Path.Combine(folder.FullName, "artifacts", "screenshots")).FullName;
    }
}
