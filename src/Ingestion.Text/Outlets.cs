using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Ingestion.Text;

/// <summary>Recognises news outlets: a list of well-known ones plus the shapes of outlet names.</summary>
internal static partial class Outlets
{
    private static readonly FrozenSet<string> Known = FrozenSet.ToFrozenSet(
    [
        "CNN", "BBC", "Reuters", "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse",
        "Agence France Presse", "Bloomberg", "NPR", "PBS", "MSNBC", "CNBC", "Politico", "Axios", "Vox", "Slate",
        "Al Jazeera", "Al-Jazeera", "Al Arabiya", "Al-Arabiya", "Sky News", "NBC", "ABC", "CBS", "Fox", "ITV",
        "Channel 4", "Deutsche Welle", "DW", "France 24", "Euronews", "RT", "Sputnik", "TASS", "Interfax",
        "Xinhua", "Kyodo", "Yonhap", "ANSA", "EFE", "dpa", "Anadolu", "Anadolu Agency", "IRNA", "Tasnim", "Fars",
        "SANA", "WAFA", "Libya Observer", "Libya Herald", "The Independent", "The Guardian", "The Times",
        "The Telegraph", "The Observer", "The Economist", "The Atlantic", "The Hill", "The Intercept",
        "The New Yorker", "The Hindu", "The Australian", "The Sun", "The Mirror", "The Express", "The Nation",
        "The Local", "The National", "The Daily Beast", "HuffPost", "Huffington Post", "BuzzFeed News",
        "BuzzFeed", "Vice", "Vice News", "Newsweek", "Time", "Forbes", "Fortune", "Wired", "Mashable",
        "TechCrunch", "The Verge", "Ars Technica", "ProPublica", "Der Spiegel", "Spiegel", "Le Monde",
        "Le Figaro", "El País", "El Pais", "La Repubblica", "Corriere della Sera", "Haaretz", "Ynet",
        "Asharq Al-Awsat", "Al-Monitor", "Middle East Eye", "Daily Mail", "MailOnline", "Financial Times",
        "FT", "Wall Street Journal", "The Wall Street Journal", "WSJ", "New York Times", "The New York Times",
        "NYT", "Washington Post", "The Washington Post", "USA Today", "Los Angeles Times", "Chicago Tribune",
        "Boston Globe", "The Boston Globe", "Miami Herald", "Star Tribune", "The Globe and Mail", "CBC",
        "Radio-Canada", "ABC News", "CBS News", "NBC News", "Fox News", "Sky", "Voice of America", "VOA",
        "Radio Free Europe", "RFE/RL", "Kommersant", "Izvestia", "Pravda", "Yomiuri", "Asahi", "Nikkei",
        "South China Morning Post", "SCMP", "Straits Times", "The Straits Times", "Times of India",
        "Hindustan Times", "Dawn", "Al-Ahram", "Ahram Online", "Arab News", "Gulf News", "Khaleej Times",
        "Jerusalem Post", "The Jerusalem Post", "Times of Israel", "The Times of Israel", "Kyiv Independent",
        "Ukrainska Pravda", "Meduza", "Bellingcat", "Breitbart", "Breitbart News", "The Blaze", "Daily Caller",
        "National Review", "Mother Jones", "The New Republic", "Rolling Stone", "Variety", "Deadline",
        "Business Insider", "Insider", "Semafor", "The Information", "Punchbowl News", "NHK", "KBS", "Yle",
        "SVT", "NRK", "RTÉ", "RTE", "ORF", "ZDF", "ARD", "RAI", "TF1", "BFM", "Le Parisien", "Libération",
    ], StringComparer.OrdinalIgnoreCase);

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
