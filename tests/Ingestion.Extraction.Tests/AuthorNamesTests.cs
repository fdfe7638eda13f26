namespace Ingestion.Extraction.Tests;

public sealed class AuthorNamesTests
{
    [Theory]
    [InlineData("By Catherine Doolan / Staff Writer", new[] { "Catherine Doolan" })]
    [InlineData("By Catherine Doolan\nStaff Writer", new[] { "Catherine Doolan" })]
    [InlineData("By Jane Doe and John Roe | Staff Writers", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Jane Doe, John Roe & Ana Lima", new[] { "Jane Doe", "John Roe", "Ana Lima" })]
    [InlineData("Written by Jane Doe, 12 May 2019", new[] { "Jane Doe" })]
    [InlineData("Analysis by Chris Example, CNN Editor-at-large", new[] { "Chris Example" })]
    [InlineData("by Jane Doe22 Dec 2016651", new[] { "Jane Doe" })]
    [InlineData("By JANE DOE and JOHN ROEAssociated Press", new[] { "JANE DOE", "JOHN ROE" })]
    [InlineData("Marie Dupont (avec Luc Martin et Anne Petit)", new[] { "Marie Dupont", "Luc Martin", "Anne Petit" })]
    [InlineData("Text: Anna Petrova", new[] { "Anna Petrova" })]
    [InlineData("John C. Welch", new[] { "John C. Welch" })]
    [InlineData("Mark Di Stefano", new[] { "Mark Di Stefano" })]
    [InlineData("Reuters", new string[0])]
    [InlineData("Associated Press", new string[0])]
    [InlineData("AFP", new string[0])]
    [InlineData("BBC News", new string[0])]
    [InlineData("", new string[0])]
    public void Parses_person_names_out_of_bylines(string byline, string[] expected)
    {
        AuthorNames.Parse(byline).ShouldBe(expected);
    }
}
