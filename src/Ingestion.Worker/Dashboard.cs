using System.Reflection;

namespace Ingestion.Worker;

/// <summary>
/// The dashboard: one static page with vanilla JavaScript over the query API, shipped as embedded resources so
/// the worker needs no web root, no build chain and no network (the world map is a local SVG outline).
/// </summary>
public static class Dashboard
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/", () => Asset("index.html")).ExcludeFromDescription();
        endpoints.MapGet("/dashboard/{file}", (string file) => Asset(file)).ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Asset(string file)
    {
        var extension = Path.GetExtension(file);
        // Only the files the project embeds under this logical prefix: nothing from disk, no path traversal.
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("dashboard/" + file);
        return stream is not null && ContentTypes.TryGetValue(extension, out var type)
            ? Results.Stream(stream, type)
            : Results.NotFound();
    }
}
