using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Ingestion.Feeds.Fetching;

/// <summary>
/// Fetches feeds and pages over http(s), with conditional GET, and from local files under the allowed roots.
/// Transient HTTP failures are retried by the resilience handler on the typed client (one retry layer at the
/// HTTP boundary); what is left is thrown as a <see cref="FetchException"/> that says whether it is transient.
/// </summary>
public sealed class ContentFetcher(HttpClient http, IOptions<FetchOptions> options)
{
    private readonly FetchOptions _options = options.Value;

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Url.Scheme switch
        {
            "http" or "https" => await FetchHttpAsync(request, cancellationToken),
            "file" => await ReadFileAsync(request.Url, cancellationToken),
            _ => throw new FetchException($"unsupported URL scheme '{request.Url.Scheme}': {request.Url}", isTransient: false),
        };
    }

    private async Task<FetchResult> FetchHttpAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        // Redirects are followed here, not by the handler, so that every hop gets the same treatment (conditional
        // headers, retries, per-host limits, the address check at connect time) and so that the caller learns
        // whether the feed moved for good (301/308) or only for now (302/303/307).
        var url = request.Url;
        Uri? movedTo = null;
        var permanentRun = true;
        var visited = new HashSet<string>(StringComparer.Ordinal) { url.AbsoluteUri };
        for (var hop = 0; ; hop++)
        {
            var response = await SendAsync(url, request, cancellationToken);
            using (response)
            {
                var status = (int)response.StatusCode;
                if (!IsRedirect(status))
                {
                    return await ReadResponseAsync(response, url, movedTo, request, cancellationToken);
                }

                var target = RedirectTarget(response, url);
                if (hop >= _options.MaxRedirects)
                {
                    throw new FetchException($"GET {request.Url}: more than {_options.MaxRedirects} redirects (the last to {target})", isTransient: false, status);
                }

                if (!visited.Add(target.AbsoluteUri))
                {
                    throw new FetchException($"GET {request.Url}: redirect loop ({url} redirects back to {target})", isTransient: false, status);
                }

                permanentRun &= status is 301 or 308;
                if (permanentRun)
                {
                    movedTo = target;
                }

                url = target;
            }
        }
    }

    private static bool IsRedirect(int status) => status is 301 or 302 or 303 or 307 or 308;

    private static Uri RedirectTarget(HttpResponseMessage response, Uri from)
    {
        var location = response.Headers.Location
            ?? throw new FetchException($"GET {from} returned {(int)response.StatusCode} without a Location", isTransient: false, (int)response.StatusCode);
        var target = location.IsAbsoluteUri ? location : new Uri(from, location);
        if (target.Scheme is not ("http" or "https"))
        {
            throw new FetchException($"GET {from} redirects to {target}: only http and https are followed", isTransient: false, (int)response.StatusCode);
        }

        if (from.Scheme == "https" && target.Scheme == "http")
        {
            throw new FetchException($"GET {from} redirects to {target}: an https address is not followed to plain http", isTransient: false, (int)response.StatusCode);
        }

        // A fragment on the Location is kept for the user agent, not sent (RFC 9110 §10.2.2): drop it.
        return new UriBuilder(target) { Fragment = string.Empty }.Uri;
    }

    private async Task<HttpResponseMessage> SendAsync(Uri url, FetchRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, url);
        if (request.ETag is not null && EntityTagHeaderValue.TryParse(request.ETag, out var etag))
        {
            message.Headers.IfNoneMatch.Add(etag);
        }

        if (request.LastModified is not null && DateTimeOffset.TryParse(request.LastModified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
        {
            message.Headers.IfModifiedSince = since;
        }

        try
        {
            return await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException ex) when (FindRefusal(ex) is { } refusal)
        {
            throw new FetchException($"GET {url} refused: {refusal.Message}", isTransient: false, inner: ex);
        }
        catch (HttpRequestException ex)
        {
            throw new FetchException($"GET {url} failed: {ex.Message}", isTransient: true, inner: ex);
        }
        catch (Polly.ExecutionRejectedException ex)
        {
            // The resilience pipeline gave up for now (circuit open, attempt or total timeout): the host may recover.
            var what = ex is Polly.Timeout.TimeoutRejectedException ? "timed out" : $"rejected by the resilience pipeline: {ex.Message}";
            throw new FetchException($"GET {url} {what}", isTransient: true, inner: ex);
        }
        catch (TimeoutException ex)
        {
            throw new FetchException($"GET {url} timed out", isTransient: true, inner: ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"GET {url} timed out", isTransient: true, inner: ex);
        }
    }

    internal static RefusedAddressException? FindRefusal(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is RefusedAddressException refused)
            {
                return refused;
            }
        }

        return null;
    }

    private async Task<FetchResult> ReadResponseAsync(HttpResponseMessage response, Uri url, Uri? movedTo, FetchRequest request, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult
            {
                Url = url,
                MovedTo = movedTo,
                NotModified = true,
                ETag = request.ETag,
                LastModified = request.LastModified,
                MaxAge = response.Headers.CacheControl?.MaxAge,
            };
        }

        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            // RFC 9110 §15.5/15.6: 4xx is the request's fault and will fail again; 5xx and 429 may pass later.
            var transient = status >= 500 || status == 429 || status == 408;
            var retryAfter = status is 429 or 503 ? RetryAfter(response) : null;
            var wait = retryAfter is { } after ? $" (Retry-After {after.TotalSeconds:0}s)" : "";
            throw new FetchException($"GET {url} returned {status} {response.ReasonPhrase}{wait}", transient, status, retryAfter: retryAfter);
        }

        var length = response.Content.Headers.ContentLength;
        if (length > _options.MaxResponseBytes)
        {
            throw new FetchException($"GET {url}: {length} bytes is over the limit of {_options.MaxResponseBytes}", isTransient: false);
        }

        var content = await ReadCappedAsync(response.Content, url, cancellationToken);
        return new FetchResult
        {
            Url = url,
            MovedTo = movedTo,
            Content = content,
            ContentType = response.Content.Headers.ContentType?.ToString(),
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified?.ToString("R"),
            MaxAge = response.Headers.CacheControl?.MaxAge,
        };
    }

    /// <summary>
    /// Retry-After as a delay (RFC 9110 §10.2.3): delta-seconds as given; an HTTP-date relative to the response's own
    /// Date when it has one (so the server's clock is compared with itself), else to our clock. Past dates are zero.
    /// </summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var now = response.Headers.Date ?? TimeProvider.System.GetUtcNow();
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private async Task<byte[]> ReadCappedAsync(HttpContent content, Uri url, CancellationToken cancellationToken)
    {
        // Content-Length may be absent or false: count what actually arrives.
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream(content.Headers.ContentLength is { } length && length <= _options.MaxResponseBytes ? (int)length : 0);
        // A pooled read buffer: a new 80 KB array per response would be most of what a small feed's fetch allocates.
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > _options.MaxResponseBytes)
                {
                    throw new FetchException($"GET {url}: response is over the limit of {_options.MaxResponseBytes} bytes", isTransient: false);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    private async Task<FetchResult> ReadFileAsync(Uri url, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(url.LocalPath);
        if (!IsUnderAllowedRoot(path))
        {
            throw new FetchException($"reading {path} is not allowed: it is outside the configured local roots", isTransient: false);
        }

        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > _options.MaxResponseBytes)
            {
                throw new FetchException($"{path}: {info.Length} bytes is over the limit of {_options.MaxResponseBytes}", isTransient: false);
            }

            return new FetchResult { Url = url, Content = await File.ReadAllBytesAsync(path, cancellationToken) };
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FetchException($"{path}: no such file", isTransient: false, inner: ex);
        }
        catch (IOException ex)
        {
            throw new FetchException($"{path}: {ex.Message}", isTransient: true, inner: ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new FetchException($"{path}: permission denied", isTransient: false, inner: ex);
        }
    }

    private bool IsUnderAllowedRoot(string path) =>
        _options.LocalRoots.Any(root =>
        {
            var full = Path.GetFullPath(root);
            full = full.EndsWith(Path.DirectorySeparatorChar) ? full : full + Path.DirectorySeparatorChar;
            return path.StartsWith(full, StringComparison.Ordinal);
        });
}
