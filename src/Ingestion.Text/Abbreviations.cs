using System.Collections.Frozen;

namespace Ingestion.Text;

/// <summary>Word lists that decide whether a period ends a sentence (English).</summary>
internal static class Abbreviations
{
    /// <summary>
    /// Titles written before a name ("Mr. Smith", "Gen. Haftar", "Mt. Fuji"): a period after them never ends a
    /// sentence, whatever follows. "St." is left out on purpose: it is also "street", which can end one.
    /// </summary>
    public static readonly FrozenSet<string> Prepositive = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "drs", "prof", "profs", "rev", "revd", "fr",
        "gen", "gens", "col", "lt", "maj", "capt", "cpt", "cmdr", "cdr", "comdr", "adm", "brig", "sgt", "cpl",
        "pvt", "pfc", "gov", "govs", "sen", "sens", "rep", "reps", "pres", "supt", "insp", "det", "hon", "mt",
        "msgr", "atty", "attys", "amb", "treas", "rt", "sra", "srta",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Abbreviations that usually do not end a sentence but can ("&amp; Co. It closed"): a period after them ends a
    /// sentence only when a typical sentence starter follows. Abbreviations that are also ordinary words ("ill",
    /// "miss", "art", "no", "in") are left out: as words they often end sentences before a name.
    /// </summary>
    public static readonly FrozenSet<string> Common = FrozenSet.ToFrozenSet(
    [
        // companies and organisations
        "co", "corp", "inc", "ltd", "llc", "plc", "bros", "assn", "assoc", "dept", "depts", "univ", "inst", "intl",
        "natl", "govt", "cos", "mfg", "div",
        // names and people
        "jr", "sr", "esq", "st", "ste", "al", "mssrs",
        // months and days
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "thu", "thur", "thurs", "fri",
        // references and numbers
        "nos", "nr", "vol", "vols", "p", "pp", "para", "paras", "fig", "figs", "arts", "ch", "chap",
        "eds", "ext", "cf", "ibid", "approx", "ca", "avg", "tel", "ref", "sec", "secs", "ss", "cl", "pt", "pts",
        // Latin and usage
        "etc", "vs", "v", "viz", "eg", "ie", "et", "resp",
        // places and addresses
        "ave", "blvd", "rd", "hwy", "ft", "mts", "pl", "sq", "apt", "bldg", "ctr", "fwy", "pkwy", "cty", "twp",
        "ala", "ariz", "calif", "colo", "conn", "fla", "kan", "kans", "ky", "md", "mich", "minn", "mont", "neb",
        "nev", "okla", "penn", "tenn", "tex", "vt", "wis", "wyo",
        // units and measures
        "oz", "lb", "lbs", "yd", "yds", "mi", "hr", "hrs", "cu", "dia", "deg",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Time-of-day abbreviations, compared without their periods ("a.m." as "am").</summary>
    public static readonly FrozenSet<string> TimeOfDay = FrozenSet.ToFrozenSet(["am", "pm"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that typically open a sentence. After an abbreviation ("U.S.", "Co.", "I.") a capitalised word
    /// opens a new sentence only when it is one of these; a name ("U.S. Government", "Albert I. Jones") does not.
    /// </summary>
    public static readonly FrozenSet<string> SentenceStarters = FrozenSet.ToFrozenSet(
    [
        "A", "An", "After", "Also", "Although", "And", "As", "At", "Because", "Before", "Being", "Both", "But",
        "By", "Did", "Do", "Does", "During", "Each", "Even", "Every", "For", "From", "He", "Her", "Here", "His",
        "How", "However", "I", "If", "In", "Is", "It", "Its", "It's", "Many", "Meanwhile", "Millions", "More",
        "Most", "My", "No", "Nor", "Not", "Now", "On", "Once", "One", "Only", "Or", "Our", "She",
        "Since", "So", "Some", "Still", "That", "The", "Their", "Then", "There", "These", "They", "This", "Those",
        "Thus", "To", "Two", "Under", "Was", "We", "Were", "What", "When", "Where", "Whether", "Which", "While",
        "Who", "Why", "With", "Yet", "You", "Your",
    ], StringComparer.Ordinal);
}
