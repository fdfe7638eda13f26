using System.Text.RegularExpressions;

namespace Ingestion.Extraction.Tests;

/// <summary>
/// The phrase lists asked through several non-backtracking automata answer exactly as one backtracking alternation
/// of the whole list would, and none of their parts falls back to the slow engine.
/// </summary>
public class LexiconPatternTests
{
    public static TheoryData<string, string, string> Lists() => new()
    {
        { "furniture-lines", "^", @"\W*$" },
        { "furniture-phrases", "", "" },
        { "prompt-phrases", "", "" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_part_of_a_long_list_runs_without_backtracking(string name, string prefix, string suffix)
    {
        var list = ExtractionLexicon.AnyOf(name, prefix, suffix);

        list.Patterns.Length.ShouldBeGreaterThan(1);
        list.Patterns.ShouldAllBe(pattern => (pattern.Options & RegexOptions.NonBacktracking) != 0);
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void The_split_list_answers_as_the_whole_alternation(string name, string prefix, string suffix)
    {
        var whole = new Regex(
            prefix + "(?:" + string.Join("|", ExtractionLexicon.Lines(name).Select(line => "(?:" + line + ")")) + ")" + suffix,
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var split = ExtractionLexicon.AnyOf(name, prefix, suffix);
        string[] texts =
        [
            "Your email address will not be published. Required fields are marked *",
            "Sign up for our morning newsletter",
            "Share this:",
            "Leave a Reply",
            "Download our app for the latest headlines",
            "All rights reserved.",
            "The council voted on Tuesday to close the harbour road for repairs.",
            "She said the newsletter of the parish had been printed since 1952.",
            "",
        ];

        foreach (var text in texts)
        {
            split.IsMatch(text).ShouldBe(whole.IsMatch(text), text);
        }

        texts.Count(split.IsMatch).ShouldBeGreaterThan(0);
        texts.Count(text => !split.IsMatch(text)).ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("furniture-phrases")]
    [InlineData("prompt-phrases")]
    public void Entries_anchored_at_the_start_share_no_automaton_with_unanchored_ones(string name)
    {
        var list = ExtractionLexicon.AnyOf(name, "", "");

        // Each automaton holds only anchored entries ("^subscribe now") or only unanchored ones.
        foreach (var pattern in list.Patterns)
        {
            var entries = ExtractionLexicon.Lines(name).Where(line => pattern.ToString().Contains("(?:" + line + ")", StringComparison.Ordinal)).ToList();
            var anchored = entries.Count(line => line.StartsWith('^'));

            entries.ShouldNotBeEmpty();
            (anchored == 0 || anchored == entries.Count).ShouldBeTrue(pattern.ToString());
        }
    }

    [Fact]
    public void An_anchored_entry_still_matches_only_at_the_start()
    {
        var prompts = ExtractionLexicon.AnyOf("prompt-phrases", "", "");

        prompts.IsMatch("Subscribe now for the full tide tables").ShouldBeTrue();
        prompts.IsMatch("The harbour master asked readers to subscribe now and then to the ferry bulletin, she said, though few did.").ShouldBeFalse();
    }
}
