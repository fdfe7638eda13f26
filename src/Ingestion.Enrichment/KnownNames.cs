using System.Collections.Frozen;
using Ingestion.Contracts;

namespace Ingestion.Enrichment;

/// <summary>A name the enricher knows without the article's help, with its canonical form and type.</summary>
internal sealed record KnownName(string Name, EntityType Type);

/// <summary>
/// Small hand-kept word lists that a rule-based recogniser needs: well-known organisations, groups and
/// outlets with their aliases; leaders often named by surname alone; titles and roles that announce a
/// person; head words that make a name an organisation or an event; the capitalised function words that
/// start sentences and must not become entities. Curated general knowledge, not tuned to one article.
/// </summary>
internal static class KnownNames
{
    /// <summary>Exact mentions (case-sensitive) of well-known entities, mapped to one canonical entry each.</summary>
    public static readonly FrozenDictionary<string, KnownName> Entities = BuildEntities();

    private static FrozenDictionary<string, KnownName> BuildEntities()
    {
        var map = new Dictionary<string, KnownName>(StringComparer.Ordinal);
        void Add(EntityType type, string canonical, params string[] aliases)
        {
            var entry = new KnownName(canonical, type);
            map[canonical] = entry;
            foreach (var alias in aliases)
            {
                map[alias] = entry;
            }
        }

        // The curated entities of known-entities.tsv, then the curated outlets of outlets.tsv (shared with the text
        // pipeline); no form is in two entries.
        foreach (var row in Lexicon.Rows("known-entities"))
        {
            Add(Enum.Parse<EntityType>(row[1]), row[0], row[3] == "-" ? [] : row[3].Split('|'));
        }

        foreach (var row in Lexicon.Rows("outlets").Where(row => row[1] == "known"))
        {
            Add(EntityType.Organization, row[0], row[2] == "-" ? [] : row[2].Split('|'));
        }

        // The curated organisations (companies, institutions, outlets): a form already named above keeps its entry.
        foreach (var (name, aliases) in KnownOrganizations.All)
        {
            foreach (var form in aliases.Prepend(name))
            {
                map.TryAdd(form, new KnownName(name, EntityType.Organization));
            }
        }

        foreach (var (name, forms) in KnownOrganizations.OnlyWithQualifier)
        {
            foreach (var form in forms)
            {
                map.TryAdd(form, new KnownName(name, EntityType.Organization));
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The curated names with a lower-case word after the first ("Save the Children", "bin Laden").</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, KnownName>> WithLowerCaseWords =
        [.. Entities.Where(pair => pair.Key.Split(' ').Skip(1).Any(w => w.Length > 0 && char.IsLower(w[0]))
            && !pair.Key.StartsWith("the ", StringComparison.Ordinal))];

    /// <summary>Words that stand before a person's name and are not part of it.</summary>
    /// <remarks><c>titles.tsv</c>, shared with the text pipeline; an abbreviation is also held with its period ("Gen.").</remarks>
    public static readonly FrozenSet<string> Titles = Lexicon.Rows("titles")
        .SelectMany(row => row[2] == "y" ? new[] { row[0], row[0] + "." } : [row[0]])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case role nouns that, right before a capitalised name, make it a person ("bomber Salman Abedi").</summary>
    public static readonly FrozenSet<string> RoleNouns = Lexicon.Set("role-nouns");

    /// <summary>Verbs that, right after a name of two words or more, mark it a person (<c>person-verbs.tsv</c>).</summary>
    public static readonly FrozenSet<string> PersonVerbs = Lexicon.Set("person-verbs");

    /// <summary>
    /// The person verbs that are verbs of saying: organisations say things too ("Environment Canada said"), so
    /// they mark a person only when nothing in the name speaks of an organisation or a place.
    /// </summary>
    public static readonly FrozenSet<string> SpeechVerbs =
        Lexicon.Rows("person-verbs").Where(row => row[1] == "speech").Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Lower-case words that after a hyphen make a capitalised word a modifier ("Kremlin-backed", "Hamas-run"),
    /// not the second syllable of a hyphenated given name ("Tsai Ing-wen").
    /// </summary>
    public static readonly FrozenSet<string> CompoundModifierSuffixes = Lexicon.Set("compound-modifier-suffixes");

    /// <summary>Head words that make a capitalised name an organisation ("Washington Institute").</summary>
    public static readonly FrozenSet<string> OrganizationHeads =
        Lexicon.Rows("organisation-heads").Where(row => row[3] == "y").Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Heads after which "of" continues the name ("Government of National Accord", "House of Representatives").</summary>
    public static readonly FrozenSet<string> OfHeads = Lexicon.Set("of-heads");

    /// <summary>Lower-case words after a name that make it an armed group or organisation ("al-Bunyan al-Marsous forces").</summary>
    public static readonly FrozenSet<string> TrailingOrganizationNouns = Lexicon.Set("trailing-organisation-nouns");

    /// <summary>The trailing organisation nouns that belong to the name they follow ("Communist party", "Haqqani network").</summary>
    public static readonly FrozenSet<string> NameEndingOrganizationNouns =
        Lexicon.Rows("trailing-organisation-nouns").Where(row => row[1] == "y").Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Head words of named events ("Arab Spring", "Gulf War", "Paris Agreement").</summary>
    public static readonly FrozenSet<string> EventHeads = Lexicon.Set("event-heads");

    /// <summary>Capitalised words that open sentences or headings and are never names by themselves.</summary>
    public static readonly FrozenSet<string> FunctionWords =
        Lexicon.Rows("function-words").Where(row => row[2] == "y").Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Month and weekday names: times, never entities.</summary>
    public static readonly FrozenSet<string> CalendarWords =
        Lexicon.Rows("calendar-words").Where(row => row[2] == "y").Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Given names common in news across languages: a name starting with one is a person.</summary>
    /// <remarks><c>given-names.tsv</c>, shared with the text pipeline (which also reads its gender column).</remarks>
    public static readonly FrozenSet<string> GivenNames = Lexicon.Set("given-names");
}
