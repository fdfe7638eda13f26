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
            .Validate(o => o.AllowedNetworks.All(IsNetwork), "Fetch:AllowedNetworks holds an entry that is neither a CIDR network (10.20.0.0/16) nor an IP address")
            .Validate(o => o.MaxRetryAfterWait >= TimeSpan.Zero && o.MaxRetryAfterWait < o.TotalTimeout, "Fetch:MaxRetryAfterWait must be at least zero and shorter than Fetch:TotalTimeout")
            .ValidateOnStart();
        builder.Services.AddSingleton<FeedParser>();
        builder.Services.AddSingleton(services => new AddressPolicy(services.GetRequiredService<IOptions<FetchOptions>>().Value));
        builder.Services.AddSingleton(services => new HostRateLimiter(services.GetRequiredService<IOptions<FetchOptions>>().Value));
        builder.Services.AddTransient<HostRateLimitHandler>();

        var client = builder.Services.AddHttpClient<ContentFetcher>((services, http) =>
            {
                var options = services.GetRequiredService<IOptions<FetchOptions>>().Value;
                http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
                http.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
                // The resilience pipeline owns the timeouts; the client's own would cut its retries short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(services =>
            {
                var options = services.GetRequiredService<IOptions<FetchOptions>>().Value;
                var connector = new GuardedConnector(services.GetRequiredService<AddressPolicy>());
                return new SocketsHttpHandler
                {
                    AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
                    // Connections are kept and reused across polls (a 304 is one small exchange on an open connection);
                    // a host gets no more of them than requests it may have in flight, and an idle one is closed
                    // before a typical server's keep-alive timeout would close it under us.
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    PooledConnectionIdleTimeout = TimeSpan.FromSeconds(50),
                    MaxConnectionsPerServer = options.PerHostConcurrency > 0 ? options.PerHostConcurrency : int.MaxValue,
                    EnableMultipleHttp2Connections = true,
                    ConnectTimeout = options.Timeout,
                    // ContentFetcher follows redirects itself (each hop checked, permanent moves reported).
                    AllowAutoRedirect = false,
                    // Connections go straight to the address the policy checked; through a proxy the check would see
                    // only the proxy's address.
                    UseProxy = false,
                    UseCookies = false,
                    ConnectCallback = connector.ConnectAsync,
                };
            });
        client.AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider services) =>
            {
                var options = services.GetRequiredService<IOptions<FetchOptions>>().Value;
                resilience.AttemptTimeout.Timeout = options.Timeout;
                resilience.TotalRequestTimeout.Timeout = options.TotalTimeout;
                // The circuit breaker's sampling window must be at least twice the attempt timeout.
                resilience.CircuitBreaker.SamplingDuration = options.Timeout * 2 > TimeSpan.FromSeconds(30) ? options.Timeout * 2 : TimeSpan.FromSeconds(30);
                resilience.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, maxRetryAfterWait: TimeSpan.MaxValue));
                resilience.Retry.MaxRetryAttempts = options.MaxRetries;
                resilience.Retry.Delay = options.RetryDelay;
                resilience.Retry.UseJitter = true;
                // The standard retry waits whatever Retry-After says (only the total timeout stops it, and then the
                // server's wish is lost). Longer waits than MaxRetryAfterWait are not retried here: the fetch fails
                // with FetchException.RetryAfter and the poller schedules the feed past it.
                resilience.Retry.ShouldRetryAfterHeader = true;
                resilience.Retry.ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options.MaxRetryAfterWait));
            })
            // One pipeline (and so one circuit breaker) per scheme+host+port: a failing site cannot open the circuit
            // for every other site the worker polls.
            .SelectPipelineByAuthority();
        // Inside the resilience handler: every attempt on the wire, retries and redirect hops included, takes a permit.
        client.AddHttpMessageHandler<HostRateLimitHandler>();
        // No request/response log lines and scopes from the client factory: at a thousand polls a second they cost
        // a share of the CPU and say nothing the poller's own log and metrics do not (failures are logged there).
        client.RemoveAllLoggers();
        return builder;
    }

    /// <summary>
    /// The standard transient outcomes (network errors, timeouts, 408, 429, 5xx), except a refused address (the
    /// same check refuses it again) and a Retry-After longer than <paramref name="maxRetryAfterWait"/>.
    /// </summary>
    internal static bool ShouldRetry(Polly.Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfterWait)
    {
        if (ContentFetcher.FindRefusal(outcome.Exception) is not null)
        {
            return false;
        }

        if (!HttpClientResiliencePredicates.IsTransient(outcome))
        {
            return false;
        }

        return outcome.Result is not { } response
            || ContentFetcher.RetryAfter(response) is not { } retryAfter
            || retryAfter <= maxRetryAfterWait;
    }

    private static bool IsNetwork(string text)
    {
        try
        {
            _ = AddressPolicy.ParseNetwork(text);
            return true;
        }
        catch (FormatException)
        {
            return string.IsNullOrWhiteSpace(text);
        }
    }
}
