using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingestion.Extraction;

/// <summary>
/// Reads the date formats found in page metadata: ISO 8601 (with or without zone), RFC 1123, Unix time. The
/// result keeps the offset the page wrote (UTC when it wrote none).
/// </summary>
internal static partial class DateParsing
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzz", "yyyy-MM-dd'T'HH:mm:sszz", "yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd",
        "yyyy/MM/dd HH:mm:ss", "r", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss 'GMT'",
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy",
    ];

    // "+0100" and "+01" offsets: .NET wants "+01:00".
    [GeneratedRegex(@"([+-])(\d{2}):?(\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"^\d{10}(\d{3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex UnixTime();

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var s = value.Trim();
        if (s.Length > 64)
        {
            return null;
        }

        if (UnixTime().IsMatch(s))
        {
            var number = long.Parse(s, CultureInfo.InvariantCulture);
            return s.Length == 13 ? DateTimeOffset.FromUnixTimeMilliseconds(number) : DateTimeOffset.FromUnixTimeSeconds(number);
        }

        if (s.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase) || s.EndsWith(" GMT", StringComparison.OrdinalIgnoreCase))
        {
            s = s[..^4] + "Z";
        }

        if (s.Length > 10 && (s[10] == 'T' || s[10] == ' '))
        {
            s = CompactOffset().Replace(s, m => m.Groups[1].Value + m.Groups[2].Value + ":" + (m.Groups[3].Success ? m.Groups[3].Value : "00"));
        }

        // The page's own offset is kept: "today" in its text is the publication's local day, which the UTC
        // instant alone cannot tell (23:30 at -05:00 is already tomorrow in UTC). Writers convert to UTC.
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture, styles, out var exact))
        {
            return Plausible(exact);
        }

        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, styles, out var loose) ? Plausible(loose) : null;
    }

    private static DateTimeOffset? Plausible(DateTimeOffset d) =>
        d.UtcDateTime.Year is >= 1990 and <= 2100 ? d : null;
}
