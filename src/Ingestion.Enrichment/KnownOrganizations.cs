namespace Ingestion.Enrichment;

/// <summary>
/// Well-known organisations whose names carry no cue of what they are: a single capitalised word such as
/// "Siemens" or "Maersk", an acronym such as "TSMC", or a name that reads like a place ("Rio Tinto"). Rules that
/// look at the shape of a span cannot type these, so they are listed here as general knowledge, compiled the way
/// an editor would (the world's largest and most-reported companies, central banks, exchanges, regulators and
/// security services known by acronym, legislatures, parties and armed groups named by acronym or without a
/// "Party" or "Front", unions, lobbies, think tanks, universities, journals, sports bodies, charities and news outlets), not
/// tuned to any article.
/// The list is data: <c>Lexicons/organisations.tsv</c> in Ingestion.Language (name, match, sector, forms), and the
/// news outlets in <c>Lexicons/outlets.tsv</c>, which the text pipeline shares.
/// Forms are exact and case-sensitive, as the press writes them. No person names, and nothing that
/// <see cref="KnownNames.Entities"/> already holds.
/// </summary>
internal static class KnownOrganizations
{
    /// <summary>Canonical name and the exact (case-sensitive) forms the press writes, e.g. ("Volkswagen", ["VW", "Volkswagen Group", "Volkswagen AG"]).</summary>
    /// <remarks>Every form, the canonical name included, is safe to match on its own.</remarks>
    public static IReadOnlyList<(string Name, string[] Aliases)> All { get; } = Read("bare");

    /// <summary>Names that are also common words or places: organisations only with a legal suffix or an alias ("Apple Inc.", "Amazon.com"), so only those forms are listed.</summary>
    /// <remarks>
    /// <c>Name</c> is the canonical label and is NOT itself a form to match ("Shell" would fire on the word); only
    /// <c>Forms</c> are. Where <see cref="KnownNames.Entities"/> already has the bare word ("Apple", "Amazon",
    /// "Meta"), the canonical label is the same so that the qualified forms join that entity.
    /// </remarks>
    public static IReadOnlyList<(string Name, string[] Forms)> OnlyWithQualifier { get; } = Read("qualified");

    /// <summary>
    /// The rows of <c>organisations.tsv</c> (name, match, sector, forms) and of <c>outlets.tsv</c> (outlet, match,
    /// forms, attribution-forms) with the given match column; forms are separated by <c>|</c>, <c>-</c> for none.
    /// </summary>
    private static List<(string Name, string[] Forms)> Read(string match) =>
        [
            .. Lexicon.Rows("organisations").Where(row => row[1] == match).Select(row => (row[0], Forms(row[3]))),
            .. Lexicon.Rows("outlets").Where(row => row[1] == match).Select(row => (row[0], Forms(row[2]))),
        ];

    private static string[] Forms(string cell) => cell == "-" ? [] : cell.Split('|');
}
