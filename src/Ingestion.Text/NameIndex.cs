using System.Collections.Frozen;
using System.Text.RegularExpressions;
using WordLists = Ingestion.Language.Lexicon;

namespace Ingestion.Text;

/// <summary>
/// The person names of one article, so that a later short mention ("Almesmari") gets the fullest form the
/// article uses ("Ahmed Almesmari"), and a pronoun can fall back to the last person named before it.
/// </summary>
internal sealed partial class NameIndex
{
    private readonly Dictionary<string, string> fullestBySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Gender> genderByName = new(StringComparer.Ordinal);
    private readonly List<(int Position, string Name)> mentions = [];

    public static NameIndex Build(string text)
    {
        var index = new NameIndex();
        var runs = CapitalisedRuns(text, 0, text.Length);
        var singles = new List<(List<Token> Tokens, int Skip)>();
        foreach (var run in runs)
        {
            var tokens = run.Tokens;
            var skip = 0;
            while (skip < tokens.Count && (Lexicon.IsTitle(tokens[skip].Text) || Lexicon.IsCapitalisedFunctionWord(tokens[skip].Text)))
            {
                skip++;
            }

            var nameTokens = tokens.Skip(skip).ToList();
            if ((nameTokens.Count < 2 || !LooksLikePersonName(nameTokens.Select(t => t.Text).ToList())) && PersonNameStart(nameTokens) is var k and > 0)
            {
                nameTokens = nameTokens.Skip(k).ToList();
            }

            if (nameTokens.Count == 1)
            {
                singles.Add((tokens, skip));
                continue;
            }

            if (nameTokens.Count < 2 || !LooksLikePersonName(nameTokens.Select(t => t.Text).ToList()))
            {
                continue;
            }

            var name = Canonical(nameTokens.Select(t => t.Text));
            var surname = StripPossessive(nameTokens[^1].Text.TrimEnd('.'));
            if (!index.fullestBySurname.TryGetValue(surname, out var known) || known.Length < name.Length)
            {
                index.fullestBySurname[surname] = name;
            }

            index.NoteGender(name, Forenames.Of(tokens.Select(t => t.Text)));
            index.mentions.Add((nameTokens[0].Start, name));
        }

        // A later surname on its own ("Lopez said", "Mr Reid") is a mention of the person named in full.
        foreach (var (tokens, skip) in singles)
        {
            if (index.FullName(tokens[skip].Text) is { } full)
            {
                index.NoteGender(full, Forenames.Of(tokens.Select(t => t.Text)));
                index.mentions.Add((tokens[skip].Start, full));
            }
        }

        index.mentions.Sort((a, b) => a.Position.CompareTo(b.Position));
        return index;
    }

    private void NoteGender(string name, Gender gender)
    {
        if (gender != Gender.Unknown || !genderByName.ContainsKey(name))
        {
            genderByName[name] = gender;
        }
    }

    /// <summary>The gender the article's mentions of <paramref name="name"/> suggest.</summary>
    public Gender GenderOf(string name) =>
        genderByName.TryGetValue(name, out var g) ? g : Forenames.Of(name.Split(' '));

    /// <summary>The fullest person name in the article whose surname is <paramref name="surname"/>.</summary>
    public string? FullName(string surname) =>
        fullestBySurname.TryGetValue(StripPossessive(surname.TrimEnd('.')), out var name) ? name : null;

    public string? LastPersonBefore(int position) => LastPersonBefore(position, Gender.Unknown, exact: false)?.Name;

    /// <summary>
    /// The last person mentioned before <paramref name="position"/> whose gender is <paramref name="gender"/>
    /// (or, unless <paramref name="exact"/>, not known).
    /// </summary>
    public (int Position, string Name)? LastPersonBefore(int position, Gender gender, bool exact)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var (p, name) = mentions[i];
            if (p >= position)
            {
                continue;
            }

            var g = GenderOf(name);
            if (gender == Gender.Unknown || g == gender || (!exact && g == Gender.Unknown))
            {
                return (p, name);
            }
        }

        return null;
    }

    /// <summary>"Thomas. D. Waldhauser" gives "Thomas D. Waldhauser": a stray period after a whole word goes.</summary>
    public static string Canonical(IEnumerable<string> tokens) =>
        string.Join(' ', tokens.Select(t =>
        {
            var word = StripPossessive(t);
            return word.Length > 2 && word.EndsWith('.') && !Abbreviations.Common.Contains(word[..^1]) ? word[..^1] : word;
        }));

    public static string StripPossessive(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith('’') || word.EndsWith('\'') ? word[..^1] : word;

    /// <summary>
    /// Where a person's name starts inside a longer run ("House Speaker Tom Bradley", "Senate Majority Leader
    /// Ruth Alvarez"): the last two or more words that read as a name, after a title or from a known given
    /// name; -1 when there is none.
    /// </summary>
    public static int PersonNameStart(IReadOnlyList<Token> tokens)
    {
        for (var k = 1; k <= tokens.Count - 2; k++)
        {
            if ((Lexicon.IsTitle(tokens[k - 1].Text) || Forenames.IsForename(tokens[k].Text))
                && LooksLikePersonName(tokens.Skip(k).Select(t => t.Text).ToList()))
            {
                return k;
            }
        }

        return -1;
    }

    public static bool LooksLikePersonName(IReadOnlyList<string> tokens)
    {
        if (tokens.Count is < 1 or > 5)
        {
            return false;
        }

        foreach (var raw in tokens)
        {
            var t = StripPossessive(raw).TrimEnd('.');
            if (t.Length >= 2 && t.All(c => char.IsUpper(c) || !char.IsLetter(c)))
            {
                return false; // an acronym: ISIS, GNA
            }

            if (Lexicon.IsOrganisationWord(t) || Lexicon.IsPlaceWord(t) || Lexicon.IsCapitalisedFunctionWord(t) || Lexicon.IsMonthOrDay(t))
            {
                return false;
            }
        }

        return !Outlets.IsOutlet(string.Join(' ', tokens));
    }

    internal sealed record Token(string Text, int Start, int End);

    internal sealed record Run(List<Token> Tokens)
    {
        public int Start => Tokens[0].Start;

        public int End => Tokens[^1].End;
    }

    /// <summary>
    /// Runs of capitalised words separated only by spaces ("Colonel Ahmed Almesmari", "Thomas. D. Waldhauser"),
    /// with name particles ("al-Baghdadi", "bin", "van"). A word with a period ends the run unless an initial follows.
    /// </summary>
    public static List<Run> CapitalisedRuns(string text, int start, int end)
    {
        var runs = new List<Run>();
        List<Token>? current = null;
        var previousEnd = -1;
        var previousEndsRun = false;
        foreach (var m in Word().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var s = start + m.Index;
            var span = text.AsSpan(s, m.Length);
            var isName = char.IsUpper(span[0]) || (span.Length <= 6 && NameParticle().IsMatch(span)) || (span.Length > 3 && span[2] == '-' && NameParticle().IsMatch(span)) || (span.Length > 4 && span[3] == '-' && NameParticle().IsMatch(span));
            if (!isName && current is null)
            {
                previousEndsRun = false;
                previousEnd = s + m.Length;
                continue;
            }

            var word = span.ToString();
            var gapIsSpace = current is not null && s > previousEnd && text.AsSpan(previousEnd, s - previousEnd).Trim().IsEmpty;
            if (isName && current is not null && gapIsSpace && !previousEndsRun)
            {
                current.Add(new Token(word, s, s + m.Length));
            }
            else
            {
                if (current is { Count: > 0 })
                {
                    runs.Add(new Run(current));
                }

                current = isName ? [new Token(word, s, s + m.Length)] : null;
            }

            // "Thomas. D. Waldhauser": a whole word with a period goes on only before an initial.
            previousEndsRun = word.Length > 2 && word.EndsWith('.') && !IsInitialAt(text, s + m.Length, end)
                              && !Abbreviations.Prepositive.Contains(word[..^1]) && !Lexicon.IsTitle(word);
            previousEnd = s + m.Length;
        }

        if (current is { Count: > 0 })
        {
            runs.Add(new Run(current));
        }

        return runs;
    }

    private static bool IsInitialAt(string text, int at, int end)
    {
        var p = at;
        while (p < end && text[p] == ' ')
        {
            p++;
        }

        return p + 1 < end && char.IsUpper(text[p]) && text[p + 1] == '.';
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}\p{Nd}’'\-]*\.?", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:(?:al|el|ad|as|ash|an|abu)-\p{Lu}.*|bin|ibn|de|da|di|du|van|von|der|den|dos|das|del|della)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameParticle();
}

/// <summary>Closed word lists used to read noun phrases.</summary>
internal static class Lexicon
{
    /// <summary>Words before a name that are not part of it (<c>titles.tsv</c>, shared with enrichment).</summary>
    private static readonly FrozenSet<string> Titles = WordLists.Set("titles", StringComparer.OrdinalIgnoreCase);

    /// <summary>The words of <c>function-words.tsv</c> (shared with enrichment) that the text pipeline trims off capitalised runs.</summary>
    private static readonly FrozenSet<string> FunctionWords =
        WordLists.Rows("function-words").Where(row => row[1] == "y").Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OrganisationWords =
        WordLists.Rows("organisation-heads").Where(row => row[2] == "y").Select(row => row[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PlaceWords =
        WordLists.Set("place-words", StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> MonthsAndDays =
        WordLists.Rows("calendar-words").Where(row => row[1] == "y").Select(row => row[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Unnamed sources: "officials said", "a source familiar with the matter".</summary>
    private static readonly FrozenSet<string> AnonymousNouns =
        WordLists.Set("anonymous-source-nouns", StringComparer.OrdinalIgnoreCase);

    /// <summary>Common nouns that name an institution or a document rather than people.</summary>
    private static readonly FrozenSet<string> OrganisationNouns =
        WordLists.Set("organisation-nouns", StringComparer.OrdinalIgnoreCase);

    /// <summary>Plural and collective nouns for people that report things ("Witnesses said", "Residents say").</summary>
    private static readonly FrozenSet<string> GroupNouns =
        WordLists.Set("group-source-nouns", StringComparer.OrdinalIgnoreCase);

    public static bool IsCommonSourceNoun(string word) =>
        GroupNouns.Contains(word) || AnonymousNouns.Contains(word) || OrganisationNouns.Contains(word);

    public static bool IsTitle(string word) => Titles.Contains(word.TrimEnd('.'));

    public static bool IsCapitalisedFunctionWord(string word) => FunctionWords.Contains(word.TrimEnd('.', ','));

    public static bool IsOrganisationWord(string word) => OrganisationWords.Contains(word);

    public static bool IsPlaceWord(string word) => PlaceWords.Contains(word);

    public static bool IsMonthOrDay(string word) => MonthsAndDays.Contains(word);

    public static bool IsAnonymousNoun(string word) => AnonymousNouns.Contains(word);

    public static bool IsOrganisationNoun(string word) => OrganisationNouns.Contains(word);
}
