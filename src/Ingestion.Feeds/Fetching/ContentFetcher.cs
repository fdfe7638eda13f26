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
        using var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
        if (request.ETag is not null && EntityTagHeaderValue.TryParse(request.ETag, out var etag))
        {
            message.Headers.IfNoneMatch.Add(etag);
        }

        if (request.LastModified is not null && DateTimeOffset.TryParse(request.LastModified, out var since))
        {
            message.Headers.IfModifiedSince = since;
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new FetchException($"GET {request.Url} failed: {ex.Message}", isTransient: true, inner: ex);
        }
        catch (Polly.ExecutionRejectedException ex)
        {
            // The resilience pipeline gave up for now (circuit open, attempt or total timeout): the host may recover.
            throw new FetchException($"GET {request.Url} rejected by the resilience pipeline: {ex.Message}", isTransient: true, inner: ex);
        }
        catch (TimeoutException ex)
        {
            throw new FetchException($"GET {request.Url} timed out", isTransient: true, inner: ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"GET {request.Url} timed out", isTransient: true, inner: ex);
        }

        using (response)
        {
            var finalUrl = response.RequestMessage?.RequestUri ?? request.Url;
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult { Url = finalUrl, NotModified = true, ETag = request.ETag, LastModified = request.LastModified };
            }

            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                // RFC 9110 §15.5/15.6: 4xx is the request's fault and will fail again; 5xx and 429 may pass later.
                var transient = status >= 500 || status == 429 || status == 408;
                throw new FetchException($"GET {request.Url} returned {status} {response.ReasonPhrase}", transient, status);
            }

            var length = response.Content.Headers.ContentLength;
            if (length > _options.MaxResponseBytes)
            {
                throw new FetchException($"GET {request.Url}: {length} bytes is over the limit of {_options.MaxResponseBytes}", isTransient: false);
            }

            var content = await ReadCappedAsync(response.Content, request.Url, cancellationToken);
            return new FetchResult
            {
                Url = finalUrl,
                Content = content,
                ContentType = response.Content.Headers.ContentType?.ToString(),
                ETag = response.Headers.ETag?.ToString(),
                LastModified = response.Content.Headers.LastModified?.ToString("R"),
                MaxAge = response.Headers.CacheControl?.MaxAge,
            };
        }
    }

    private async Task<byte[]> ReadCappedAsync(HttpContent content, Uri url, CancellationToken cancellationToken)
    {
        // Content-Length may be absent or false: count what actually arrives.
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _options.MaxResponseBytes)
            {
                throw new FetchException($"GET {url}: response is over the limit of {_options.MaxResponseBytes} bytes", isTransient: false);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
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
