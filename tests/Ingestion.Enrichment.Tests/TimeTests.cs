namespace Ingestion.Enrichment.Tests;

public sealed class TimeTests
{
    /// <summary>Published on Friday 15 September 2017.</summary>
    private static readonly DateTimeOffset Published = new(2017, 9, 15, 10, 0, 0, TimeSpan.Zero);

    private static (string Text, string Value) Single(string sentence, DateTimeOffset? published = null)
    {
        var found = TimeRecognizer.Recognize(sentence, published ?? Published);
        found.Count.ShouldBe(1, string.Join(", ", found.Select(f => sentence.Substring(f.Start, f.Length))));
        return (sentence.Substring(found[0].Start, found[0].Length), found[0].Value);
    }

    [Theory]
    [InlineData("The strikes began in September 2017 and continued.", "September 2017", "2017-09")]
    [InlineData("Sirte fell in December 2016, officials said.", "December 2016", "2016-12")]
    [InlineData("ISIS first moved into Libya at the end of 2013.", "the end of 2013", "2013")]
    [InlineData("It followed the 2011 uprising.", "2011", "2011")]
    [InlineData("The deal was signed on March 3, 2015 in Vienna.", "March 3, 2015", "2015-03-03")]
    [InlineData("The deal was signed on 3 March 2015 in Vienna.", "3 March 2015", "2015-03-03")]
    [InlineData("The report is dated 2016-04-30.", "2016-04-30", "2016-04-30")]
    [InlineData("Prices rose sharply in early 2019.", "early 2019", "2019")]
    [InlineData("The city grew fast in the 1990s.", "the 1990s", "199")]
    [InlineData("Talks resumed in mid-June 2014.", "mid-June 2014", "2014-06")]
    public void Absolute_dates_keep_the_precision_written(string sentence, string text, string value)
    {
        Single(sentence).ShouldBe((text, value));
    }

    [Theory]
    [InlineData("The minister resigned yesterday.", "yesterday", "2017-09-14")]
    [InlineData("The vote is due tomorrow.", "tomorrow", "2017-09-16")]
    [InlineData("Police said last Tuesday that two men were held.", "last Tuesday", "2017-09-12")]
    [InlineData("Police said on Tuesday that two men were held.", "on Tuesday", "2017-09-12")]
    [InlineData("The summit opens next Monday.", "next Monday", "2017-09-18")]
    [InlineData("Exports fell last year.", "last year", "2016")]
    [InlineData("Exports fell last month.", "last month", "2017-08")]
    [InlineData("The bridge opened three years ago.", "three years ago", "2014")]
    [InlineData("The ceasefire was agreed on August 30.", "August 30", "2017-08-30")]
    [InlineData("The offensive began in March.", "in March", "2017-03")]
    [InlineData("The election is expected in November.", "in November", "2016-11")]
    public void Relative_dates_resolve_against_the_publication_date(string sentence, string text, string value)
    {
        Single(sentence).ShouldBe((text, value));
    }

    [Fact]
    public void Relative_dates_need_a_publication_date()
    {
        TimeRecognizer.Recognize("The minister resigned yesterday, last Tuesday.", null).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("More than 1500 troops were deployed.")]
    [InlineData("The fund holds $2000 per family.")]
    [InlineData("They may leave soon.")]
    [InlineData("Turnout was 2017.5 votes per precinct.")]
    public void Numbers_and_words_that_look_like_dates_are_not_times(string sentence)
    {
        TimeRecognizer.Recognize(sentence, Published).ShouldBeEmpty();
    }
}
