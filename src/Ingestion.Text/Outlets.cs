using System.Collections.Frozen;
using System.Text.RegularExpressions;
using WordLists = Ingestion.Language.Lexicon;

namespace Ingestion.Text;

/// <summary>Recognises news outlets: a list of well-known ones plus the shapes of outlet names.</summary>
internal static partial class Outlets
{
    /// <summary>Every outlet of <c>outlets.tsv</c> (shared with enrichment): names, forms and attribution-only forms.</summary>
    private static readonly FrozenSet<string> Known = WordLists.Rows("outlets")
        .SelectMany(row => new[] { row[0] }.Concat(row[2..4].Where(cell => cell != "-").SelectMany(cell => cell.Split('|'))))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsKnownOutlet(string name) => Known.Contains(Normalise(name));

    /// <summary>A known outlet, or a name shaped like one ("Libya News", "the Daily Star", "Sirte Times").</summary>
    public static bool IsOutlet(string name)
    {
        var n = Normalise(name);
        return n.Length > 0 && (Known.Contains(n) || OutletShape().IsMatch(n));
    }

    private static string Normalise(string name)
    {
        var n = name.Trim();
        if (n.EndsWith("’s", StringComparison.Ordinal) || n.EndsWith("'s", StringComparison.Ordinal))
        {
            n = n[..^2];
        }

        return n.StartsWith("the ", StringComparison.Ordinal) ? "The " + n[4..] : n;
    }

    [GeneratedRegex(@"^(?:The\s+)?(?:\p{Lu}[\p{L}&'’\-]*\s+){0,4}(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Chronicle|Daily|Observer|Courier|Examiner|Inquirer|Dispatch|Star|Sun|Mirror|Express|Record|Register|Standard|Press|Review|Monitor|Bulletin|Insider|Magazine|Weekly|TV|Television|Radio|Broadcasting|News Agency|Newswire|Wire)$|^(?:The\s+)?Daily\s+\p{Lu}\p{L}+$", RegexOptions.CultureInvariant)]
    private static partial Regex OutletShape();
}
