namespace Ingestion.Language.Tests;

public sealed class WordTokenizerTests
{
    private static string[] Words(string text) => [.. Tokenizer.Words(text).Select(w => w.Text)];

    [Theory]
    [InlineData("I don't know.", new[] { "I", "do", "n't", "know", "." })]
    [InlineData("They can't go", new[] { "They", "ca", "n't", "go" })]
    [InlineData("Libya's army", new[] { "Libya", "'s", "army" })]
    [InlineData("it’s over", new[] { "it", "’s", "over" })]
    [InlineData("I'm sure they're right", new[] { "I", "'m", "sure", "they", "'re", "right" })]
    public void Clitics_are_words_of_their_own_as_in_the_treebank(string text, string[] expected) =>
        Words(text).ShouldBe(expected);

    [Theory]
    [InlineData("Gov. Ann Lee spoke", new[] { "Gov.", "Ann", "Lee", "spoke" })]
    [InlineData("Ms. Moore said", new[] { "Ms.", "Moore", "said" })]
    [InlineData("the U.S. military", new[] { "the", "U.S.", "military" })]
    [InlineData("F.B.I. officials", new[] { "F.B.I.", "officials" })]
    [InlineData("at 9 a.m. today", new[] { "at", "9", "a.m.", "today" })]
    [InlineData("Acme Inc. said", new[] { "Acme", "Inc.", "said" })]
    public void Abbreviations_keep_their_period(string text, string[] expected) => Words(text).ShouldBe(expected);

    [Theory]
    [InlineData("in the 1990s", new[] { "in", "the", "1990s" })]
    [InlineData("Wait... no -- yes", new[] { "Wait", "...", "no", "--", "yes" })]
    [InlineData("He said ''no''", new[] { "He", "said", "''", "no", "''" })]
    public void Runs_and_number_suffixes_are_one_word(string text, string[] expected) => Words(text).ShouldBe(expected);

    [Fact]
    public void Offsets_point_at_each_word_in_the_text_plus_the_offset()
    {
        const string Text = "Ms. Moore didn't say.";
        var words = Tokenizer.Words(Text, offset: 100);
        foreach (var word in words)
        {
            Text[(word.Start - 100)..(word.End - 100)].ShouldBe(word.Text);
        }

        words.Select(w => w.Text).ShouldBe(["Ms.", "Moore", "did", "n't", "say", "."]);
    }

    [Fact]
    public void A_sentence_ending_period_after_an_ordinary_word_stays_apart() =>
        Words("He left the city.").ShouldBe(["He", "left", "the", "city", "."]);
}
