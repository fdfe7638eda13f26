using System.Text.RegularExpressions;

namespace Ingestion.Extraction;

/// <summary>
/// Turns byline text ("By Jane Doe and John Roe | Staff Writer", "Written by Jane Doe, 12 May 2019") into
/// clean person names.
/// </summary>
internal static partial class AuthorNames
{
    [GeneratedRegex(@"^\s*(?:(?:written|posted|reported|published|story|text|words|photos?)\s+)?(?:by|from|von|par|por|di|door|av|af)\s*[:\-]?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBy();

    // A role or date after a separator ends the names: "Jane Doe | Staff Writer", "Jane Doe / Reuters".
    [GeneratedRegex(@"\s*(?:[|/•·–—\n]|\s-\s).*$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingRole();

    [GeneratedRegex(@"\s*,?\s+\b(?:and|und|et|y|e|en|och|og)\b\s+|\s*[,;&]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|updated|published|posted|associated press|reuters|news|photo|image|email|twitter|follow)\b|@|\d|https?:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();

    public static IReadOnlyList<string> Parse(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return [];
        }

        var text = byline.Replace("\r", "", StringComparison.Ordinal).Trim();
        text = LeadingBy().Replace(text, "");
        // Only the first line can hold the names: "By Jane Doe\nStaff Writer".
        text = TrailingRole().Replace(text, "");
        var names = new List<string>();
        foreach (var part in NameSeparator().Split(text))
        {
            var name = BlockText.Collapse(LeadingBy().Replace(part, "")).Trim(' ', '.', ':', '-');
            if (IsPlausibleName(name) && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>Clean names from names given as structured data (JSON-LD author objects, meta author).</summary>
    public static IReadOnlyList<string> FromList(IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            foreach (var name in value.Contains(',', StringComparison.Ordinal) || value.Contains(" and ", StringComparison.OrdinalIgnoreCase) || value.StartsWith("By ", StringComparison.OrdinalIgnoreCase)
                ? Parse(value)
                : [BlockText.Collapse(value)])
            {
                if (IsPlausibleName(name) && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private static bool IsPlausibleName(string name)
    {
        if (name.Length is < 2 or > 60 || NotAName().IsMatch(name))
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 5;
    }
}
