using System.Collections.Frozen;
using WordLists = Ingestion.Language.Lexicon;

namespace Ingestion.Text;

/// <summary>The grammatical gender a person's name or title suggests, for "he" and "she".</summary>
internal enum Gender
{
    Unknown,
    Female,
    Male,
}

/// <summary>
/// Common given names from many naming traditions, and gendered titles, so that "she" goes to the last woman
/// named rather than the last person, and so that an unknown single name ("Irina, a teacher, said") reads as a
/// person rather than an organisation. The names are <c>given-names.tsv</c> and the titles <c>titles.tsv</c>, both
/// shared with enrichment; a name or title whose gender column is <c>u</c>, or one not listed, is <see cref="Gender.Unknown"/>.
/// </summary>
internal static class Forenames
{
    private static readonly FrozenSet<string> Female = Names("given-names", "f");

    private static readonly FrozenSet<string> Male = Names("given-names", "m");

    /// <summary>Every given name, those that tell no gender included.</summary>
    private static readonly FrozenSet<string> All = WordLists.Set("given-names", StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FemaleTitles = Names("titles", "f");

    private static readonly FrozenSet<string> MaleTitles = Names("titles", "m");

    /// <summary>The words of <paramref name="lexicon"/> (given names or titles) whose gender column is <paramref name="gender"/>.</summary>
    private static FrozenSet<string> Names(string lexicon, string gender) =>
        WordLists.Rows(lexicon).Where(row => row[1] == gender).Select(row => row[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> is a given name we know.</summary>
    public static bool IsForename(string word) => All.Contains(word);

    /// <summary>The gender a name ("Linda Park", "Mr Reid") or a title before it suggests.</summary>
    public static Gender Of(IEnumerable<string> nameTokens)
    {
        foreach (var raw in nameTokens)
        {
            var word = raw.TrimEnd('.', ',');
            if (FemaleTitles.Contains(word))
            {
                return Gender.Female;
            }

            if (MaleTitles.Contains(word))
            {
                return Gender.Male;
            }

            var female = Female.Contains(word);
            var male = Male.Contains(word);
            if (female != male)
            {
                return female ? Gender.Female : Gender.Male;
            }

            if (!Lexicon.IsTitle(word))
            {
                return Gender.Unknown; // only the first name (after titles) tells
            }
        }

        return Gender.Unknown;
    }

    /// <summary>The gender a pronoun asks for.</summary>
    public static Gender OfPronoun(string pronoun) => pronoun switch
    {
        "she" or "She" or "her" or "Her" => Gender.Female,
        "he" or "He" or "him" or "Him" or "his" or "His" => Gender.Male,
        _ => Gender.Unknown,
    };
}
