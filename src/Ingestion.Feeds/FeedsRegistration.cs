using System.Net;
using Ingestion.Feeds.Fetching;
using Ingestion.Feeds.Parsing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Ingestion.Feeds;

public static class FeedsRegistration
{
    /// <summary>Registers the feed parser and the fetcher with its HTTP resilience pipeline.</summary>
    public static IHostApplicationBuilder AddIngestionFeeds(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<FetchOptions>()
            .Bind(builder.Configuration.GetSection(FetchOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<FeedParser>();

        builder.Services.AddHttpClient<ContentFetcher>((services, http) =>
            {
                var options = services.GetRequiredService<IOptions<FetchOptions>>().Value;
                http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
                http.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
                // The resilience pipeline owns the timeouts; the client's own would cut its retries short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                MaxAutomaticRedirections = 5,
            })
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider services) =>
            {
                var options = services.GetRequiredService<IOptions<FetchOptions>>().Value;
                resilience.AttemptTimeout.Timeout = options.Timeout;
                resilience.TotalRequestTimeout.Timeout = options.TotalTimeout;
                // The circuit breaker's sampling window must be at least twice the attempt timeout.
                resilience.CircuitBreaker.SamplingDuration = options.Timeout * 2 > TimeSpan.FromSeconds(30) ? options.Timeout * 2 : TimeSpan.FromSeconds(30);
                resilience.Retry.MaxRetryAttempts = options.MaxRetries;
                resilience.Retry.Delay = options.RetryDelay;
                resilience.Retry.UseJitter = true;
            });
        return builder;
    }
}
