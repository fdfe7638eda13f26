namespace Ingestion.Language.Tests;

/// <summary>
/// The rules of <c>Lexicons/README.md</c>, checked on every embedded file: rows sorted by ordinal order of the
/// first column, no first column twice, each row as many columns as the header names; and no word in two lists
/// that contradict each other (<c>contradictions.tsv</c>) unless <c>overlaps.tsv</c> allows it with a reason.
/// The checks run on text, so that they are shown to fail on crafted bad files too.
/// </summary>
public sealed class LexiconTests
{
    public static TheoryData<string> Names() => [.. Lexicon.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_lexicon_is_sorted_without_duplicates_and_with_full_rows(string name) =>
        LexiconCheck.FileProblems(name, Lexicon.Text(name)).ShouldBeEmpty();

    [Fact]
    public void The_lexicons_the_text_and_enrichment_read_are_embedded() =>
        Lexicon.Names.ShouldContain("organisations");

    [Fact]
    public void No_word_is_in_two_contradicting_lists()
    {
        var lists = Lexicon.Names.ToDictionary(name => name, name => (IReadOnlyList<string>)Lexicon.Words(name));
        LexiconCheck.Contradictions(lists, Lexicon.Rows("contradictions"), Lexicon.Rows("overlaps")).ShouldBeEmpty();
    }

    [Fact]
    public void Every_contradicting_pair_and_allowed_overlap_names_lists_that_exist()
    {
        var names = Lexicon.Names.ToHashSet(StringComparer.Ordinal);
        var unknown = Lexicon.Rows("contradictions").SelectMany(row => row[1].Split('|').Prepend(row[0]))
            .Concat(Lexicon.Rows("overlaps").SelectMany(row => row[1].Split('|')))
            .Where(list => !names.Contains(list))
            .ToList();
        unknown.ShouldBeEmpty();
    }

    [Fact]
    public void Every_allowed_overlap_is_a_real_overlap_with_a_reason()
    {
        var lists = Lexicon.Names.ToDictionary(name => name, name => Lexicon.Words(name).ToHashSet(StringComparer.OrdinalIgnoreCase));
        var stale = Lexicon.Rows("overlaps")
            .Where(row => row.Length < 3 || row[2].Trim().Length == 0 || row[1].Split('|').Count(list => lists[list].Contains(row[0])) < 2)
            .Select(row => row[0])
            .ToList();
        stale.ShouldBeEmpty();
    }

    [Fact]
    public void A_good_file_passes() =>
        LexiconCheck.FileProblems("good", "# word\tclass\n# a comment\nAlpha\tx\nBeta\ty\nalpha\tz\n").ShouldBeEmpty();

    [Theory]
    [InlineData("# word\nBeta\nAlpha\n", "not sorted")]
    [InlineData("# word\nAlpha\nAlpha\n", "twice")]
    [InlineData("# word\tclass\nAlpha\tx\nBeta\n", "columns")]
    [InlineData("# word\tclass\nAlpha\tx\tz\n", "columns")]
    [InlineData("Alpha\nBeta\n", "header")]
    [InlineData("# word\n\nAlpha\n", "empty line")]
    [InlineData("# word\nAlpha \n", "space")]
    public void A_bad_file_fails(string text, string problem) =>
        LexiconCheck.FileProblems("bad", text).ShouldContain(p => p.Contains(problem, StringComparison.Ordinal));

    [Fact]
    public void A_word_in_two_contradicting_lists_fails_unless_allowed()
    {
        var lists = new Dictionary<string, IReadOnlyList<string>>
        {
            ["given-names"] = ["Grace", "John"],
            ["function-words"] = ["and", "grace", "john"],
            ["titles"] = ["John"],
        };
        string[][] pairs = [["given-names", "function-words|titles"]];

        LexiconCheck.Contradictions(lists, pairs, []).ShouldBe(
        [
            "'Grace' is in given-names and function-words",
            "'John' is in given-names and function-words",
            "'John' is in given-names and titles",
        ], ignoreOrder: true);
        string[][] allowed = [["John", "given-names|function-words|titles", "a crafted reason"]];
        LexiconCheck.Contradictions(lists, pairs, allowed).ShouldBe(["'Grace' is in given-names and function-words"]);
    }
}

/// <summary>The checks behind <see cref="LexiconTests"/>, on text and word lists rather than on the embedded files.</summary>
internal static class LexiconCheck
{
    /// <summary>What breaks the file rules in <paramref name="text"/>, one message a problem.</summary>
    public static List<string> FileProblems(string name, string text)
    {
        var problems = new List<string>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        if (lines.Length == 0 || !lines[0].StartsWith('#'))
        {
            problems.Add($"{name}: the first line must be the header ('# column<TAB>column ...')");
            return problems;
        }

        var columns = lines[0][1..].Trim().Split('\t').Length;
        string? previous = null;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            var at = $"{name} line {i + 1}";
            if (line.Length == 0)
            {
                problems.Add($"{at}: empty line");
                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != columns)
            {
                problems.Add($"{at}: {cells.Length} columns, the header names {columns}");
            }

            if (cells.Any(cell => cell.Length == 0 || cell != cell.Trim()))
            {
                problems.Add($"{at}: an empty cell or a space at the start or end of one ('{line}')");
            }

            var key = cells[0];
            if (previous is not null)
            {
                var order = string.CompareOrdinal(previous, key);
                if (order == 0)
                {
                    problems.Add($"{at}: '{key}' twice");
                }
                else if (order > 0)
                {
                    problems.Add($"{at}: not sorted, '{key}' comes after '{previous}'");
                }
            }

            previous = key;
        }

        return problems;
    }

    /// <summary>
    /// Words (first columns, compared without case) in two lists that <paramref name="pairs"/> says contradict
    /// (rows: list, then the lists it contradicts separated by <c>|</c>), except those <paramref name="allowed"/>
    /// lists (rows: word, the lists it may share separated by <c>|</c>, the reason).
    /// </summary>
    public static List<string> Contradictions(
        IReadOnlyDictionary<string, IReadOnlyList<string>> lists,
        IEnumerable<string[]> pairs,
        IEnumerable<string[]> allowed)
    {
        var allowedLists = allowed.ToDictionary(
            row => row[0],
            row => row[1].Split('|').ToHashSet(StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var row in pairs)
        {
            var first = lists[row[0]].ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var other in row[1].Split('|'))
            {
                foreach (var word in lists[other].Where(first.Contains).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    var shared = first.TryGetValue(word, out var inFirst) ? inFirst : word;
                    if (!(allowedLists.TryGetValue(word, out var may) && may.Contains(row[0]) && may.Contains(other)))
                    {
                        problems.Add($"'{shared}' is in {row[0]} and {other}");
                    }
                }
            }
        }

        return problems;
    }
}
