using System.Collections.Frozen;
using WordLists = Ingestion.Language.Lexicon;

namespace Ingestion.Text;

/// <summary>Word lists that decide whether a period ends a sentence (English).</summary>
internal static class Abbreviations
{
    /// <summary>
    /// Titles written before a name ("Mr. Smith", "Gen. Haftar", "Mt. Fuji"): a period after them never ends a
    /// sentence, whatever follows. "St." is left out on purpose: it is also "street", which can end one.
    /// </summary>
    public static readonly FrozenSet<string> Prepositive =
        WordLists.Set("prepositive-abbreviations", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Abbreviations that usually do not end a sentence but can ("&amp; Co. It closed"): a period after them ends a
    /// sentence only when a typical sentence starter follows. Abbreviations that are also ordinary words ("ill",
    /// "miss", "art", "no", "in") are left out: as words they often end sentences before a name.
    /// </summary>
    public static readonly FrozenSet<string> Common = WordLists.Set("abbreviations", StringComparer.OrdinalIgnoreCase);

    /// <summary>Time-of-day abbreviations, compared without their periods ("a.m." as "am").</summary>
    public static readonly FrozenSet<string> TimeOfDay = FrozenSet.ToFrozenSet(["am", "pm"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that typically open a sentence. After an abbreviation ("U.S.", "Co.", "I.") a capitalised word
    /// opens a new sentence only when it is one of these; a name ("U.S. Government", "Albert I. Jones") does not.
    /// </summary>
    public static readonly FrozenSet<string> SentenceStarters = WordLists.Set("sentence-starters");
}
