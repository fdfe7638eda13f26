namespace Ingestion.Extraction.Tests;

/// <summary>
/// The byline opening words and month names come from Lexicons/ (byline-openers, byline-credit-words,
/// month-names); these pin what the rules built from them do.
/// </summary>
public sealed class BylineLexiconTests
{
    [Theory]
    [InlineData("von Greta Lindqvist", new[] { "Greta Lindqvist" })]
    [InlineData("par Odile Ferrand et Paul Sorel", new[] { "Odile Ferrand", "Paul Sorel" })]
    [InlineData("Reported by: Tomas Ekberg", new[] { "Tomas Ekberg" })]
    [InlineData("By Ilse van Rooij, Sept. 3, 2024", new[] { "Ilse van Rooij" })]
    [InlineData("By Ilse van RooijSeptember 3, 2024", new[] { "Ilse van Rooij" })]
    [InlineData("Karl von Aschen", new[] { "Karl von Aschen" })]
    public void Opening_words_and_dates_are_cut_off_the_names(string byline, string[] expected)
    {
        AuthorNames.Parse(byline).ShouldBe(expected);
    }

    private const string Prose = "The ferry company added a second evening crossing to the island in June, after summer bookings ran a third above last year's.";

    private static IReadOnlyList<string> Around(string line) =>
        new ArticleExtractor().Extract($"<html><body><article><p>{Prose}</p><p>{Prose} Again.</p><p>{line}</p><p>{Prose} Once more.</p></article></body></html>").Paragraphs;

    [Theory]
    [InlineData("BY TOMAS EKBERG")]
    [InlineData("Von Greta Lindqvist")]
    [InlineData("par Odile Ferrand")]
    [InlineData("Tuesday, 3rd of September 2024")]
    [InlineData("Sept. 3, 2024, 10:15 AM")]
    public void Byline_and_date_lines_are_dropped(string line)
    {
        Around(line).Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("By the end of the season the company expects to have carried 90,000 passengers.")]
    [InlineData("Maybe 3,000 more people will cross in August.")]
    public void Sentences_that_open_like_bylines_or_dates_stay(string line)
    {
        Around(line).Count.ShouldBe(4);
    }
}
