using System.Net;

namespace Ingestion.Worker.Tests;

/// <summary>The api role decides whether a process serves the query API and the dashboard.</summary>
public sealed class ApiRoleTests
{
    [Fact]
    public async Task A_process_with_only_the_api_role_serves_the_query_api_and_the_dashboard()
    {
        var server = new WorkerServer(new Dictionary<string, string> { ["Ingestion__Roles"] = "api" }, s => s.IsLiveAsync);
        await server.InitializeAsync();
        try
        {
            (await server.Http.GetAsync("claims")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await server.Http.GetAsync("")).Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
            (await server.Http.GetStringAsync("status")).ShouldContain("\"roles\":\"api\"");
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_process_without_the_api_role_serves_health_and_feeds_but_no_query_api()
    {
        var server = new WorkerServer(new Dictionary<string, string> { ["Ingestion__Roles"] = "poller,articles,enricher,store" }, s => s.IsLiveAsync);
        await server.InitializeAsync();
        try
        {
            (await server.Http.GetAsync("claims")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await server.Http.GetAsync("")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await server.Http.GetAsync("feeds")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
