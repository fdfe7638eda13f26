using System.Text.RegularExpressions;

namespace Ingestion.Extraction;

/// <summary>
/// Turns byline text ("By Jane Doe and John Roe | Staff Writer", "Written by Jane Doe, 12 May 2019") into
/// clean person names.
/// </summary>
internal static partial class AuthorNames
{
    private static readonly string MonthStems = ExtractionLexicon.MonthStems();

    // "By", "Written by", "Analysis by", "von", "Text:", "Words:" before the names. The words are
    // Lexicons/byline-openers.txt; only those of byline-credit-words.txt may follow a label or take a colon.
    private static readonly Regex LeadingBy = new(
        @"^\s*(?:(?:\p{L}+\s+){0,2}?(?:" + ExtractionLexicon.WordChoice("byline-credit-words") + @")\s*[:\-]?\s+|(?:"
        + ExtractionLexicon.WordChoice(ExtractionLexicon.Lines("byline-openers").Except(ExtractionLexicon.Lines("byline-credit-words"))) + @")\s+|\p{L}+\s*:\s+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Bylines whose parts were glued together when their elements' text was joined: "JILL LAWLESSAssociated Press",
    // "By Carrie ArnoldNovember 15, 2019" (months: Lexicons/month-names.txt).
    private static readonly Regex GluedWords = new(
        @"(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})|(?<=\p{Ll})(?=(?:" + ExtractionLexicon.WordChoice("month-names") + @"|Updated|Published|Posted|Associated|Staff)\b)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex TrailingDate = new(
        @"\s*(?:\b(?:" + MonthStems + @")[a-z]*\.?\s+)?\d.*$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "(with Jane Doe)", "(avec ...)": the people inside are authors too.
    [GeneratedRegex(@"[()]|\b(?:with|avec|mit|con)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithClause();

    // "Finian Cunningham. Sputnik International": a full stop after a word (not an initial) ends a name.
    [GeneratedRegex(@"(?<=\p{L}{2})\.\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceStop();

    // A role or date after a separator ends the names: "Jane Doe | Staff Writer", "Jane Doe / Reuters".
    [GeneratedRegex(@"\s*(?:[|/•·–—\n]|\s-\s).*$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingRole();

    [GeneratedRegex(@"\s*,?\s+\b(?:and|und|et|y|e|en|och|og)\b\s+|\s*[,;&]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    // A role, outlet or label word (Lexicons/byline-non-name-words.txt), an address, a handle or a digit.
    private static readonly Regex NotAName = ExtractionLexicon.Alternation("byline-non-name-words", @"\b", @"\b|@|\d|https?:");

    public static IReadOnlyList<string> Parse(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return [];
        }

        var text = GluedWords.Replace(byline.Replace("\r", "", StringComparison.Ordinal).Trim(), ", ");
        text = LeadingBy.Replace(text, "");
        // Names hold no digits: a date or count glued on ("Lucas Nolan22 Dec 2016") ends them.
        text = TrailingDate.Replace(text, "");
        // Only the first line can hold the names: "By Jane Doe\nStaff Writer".
        text = TrailingRole().Replace(text, "");
        var names = new List<string>();
        text = SentenceStop().Replace(WithClause().Replace(text, ","), ",");
        foreach (var part in NameSeparator().Split(text))
        {
            var name = BlockText.Collapse(LeadingBy.Replace(part, "")).Trim(' ', '.', ':', '-');
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
        // A bare acronym ("PTI", "AFP") is an agency, not a person.
        var isAcronym = name.Length <= 4 && name.All(char.IsUpper);
        if (name.Length is < 2 or > 60 || isAcronym || NotAName.IsMatch(name))
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 5;
    }
}
