using System.Text;
using System.Text.RegularExpressions;

namespace Ingestion.Extraction;

/// <summary>
/// Decodes the bytes of an HTML page: a byte-order mark wins, then the HTTP Content-Type charset, then a
/// valid multi-byte UTF-8, then a &lt;meta charset&gt; or &lt;meta http-equiv="Content-Type"&gt; in the first bytes;
/// otherwise UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what browsers assume for legacy Western pages).
/// </summary>
public static partial class HtmlDecoding
{
    /// <summary>How far into the page a meta charset is looked for (the HTML standard's prescan uses 1024 bytes; pages often put it later).</summary>
    private const int PrescanBytes = 4096;

    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var (encoding, preambleLength) = Detect(bytes, contentType);
        return encoding.GetString(bytes[preambleLength..]);
    }

    /// <summary>The encoding to read the page with, and the length of its byte-order mark (0 when none).</summary>
    public static (Encoding Encoding, int PreambleLength) Detect(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false), 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        if (contentType is not null && FromLabel(CharsetParameter().Match(contentType)) is { } fromHeader)
        {
            return (fromHeader, 0);
        }

        // Bytes that are valid UTF-8 and use multi-byte sequences are UTF-8 whatever an old meta tag says:
        // legacy-encoded text almost never forms valid UTF-8, while re-encoded copies of legacy pages keep their meta.
        var isUtf8 = System.Text.Unicode.Utf8.IsValid(bytes);
        if (isUtf8 && !System.Text.Ascii.IsValid(bytes))
        {
            return (new UTF8Encoding(false), 0);
        }

        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        if (FromLabel(MetaCharset().Match(head)) is { } fromMeta)
        {
            // A page served as bytes cannot really be UTF-16 when its meta says so (the standard's rule).
            return (fromMeta.CodePage is 1200 or 1201 ? new UTF8Encoding(false) : fromMeta, 0);
        }

        return isUtf8 ? (new UTF8Encoding(false), 0) : (Encoding.GetEncoding(1252), 0);
    }

    private static Encoding? FromLabel(Match match)
    {
        if (!match.Success)
        {
            return null;
        }

        var label = match.Groups[1].Value.Trim().ToLowerInvariant();
        // The WHATWG encoding standard maps these labels to windows-1252 and GBK/GB18030 supersets.
        label = label switch
        {
            "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1" => "windows-1252",
            "gb2312" or "gbk" or "x-gbk" => "gb18030",
            "utf8" => "utf-8",
            _ => label,
        };
        try
        {
            var encoding = Encoding.GetEncoding(label);
            return encoding.CodePage == 65001 ? new UTF8Encoding(false) : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
