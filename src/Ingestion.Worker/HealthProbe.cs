namespace Ingestion.Worker;

/// <summary>A one-shot HTTP probe for container healthchecks: exit 0 on a 2xx answer, 1 otherwise.</summary>
internal static class HealthProbe
{
    public static async Task<int> RunAsync(Uri url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(url);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"healthcheck {url}: {ex.Message}");
            return 1;
        }
    }
}
