namespace Ingestion.Text.Tests;

/// <summary>Header, headings and boilerplate of plain-text page copies.</summary>
public sealed class ArticleLayoutTests
{
    private const string PageCopy = """
        Home » World » Africa

        Floods Displace Thousands Across Northern Region

        By Jane Doe and John Roe, Reuters

        Published: March 3, 2024

        Heavy rains have displaced more than 12,000 people in the north, the regional governor said on Sunday.

        Photo: AP

        Rescue teams worked through the night.

        Related: Earlier floods hit the south in 2022

        Roads and Bridges

        Several roads were washed away. Engineers began repairs on Monday.

        Share this:

        Subscribe to our newsletter

        Copyright 2024 Example Media. All rights reserved.
        """;

    [Fact]
    public void Reads_metadata_from_the_header()
    {
        var meta = PlainTextArticle.Read(PageCopy);
        meta.Title.ShouldBe("Floods Displace Thousands Across Northern Region");
        meta.Authors.ShouldBe(["Jane Doe", "John Roe"]);
        meta.Byline.ShouldBe("Jane Doe, John Roe");
        meta.Section.ShouldBe("Home / World / Africa");
    }

    [Fact]
    public void Only_body_sentences_become_claims()
    {
        var claims = new ClaimExtractor().Extract(PageCopy);
        claims.Select(c => c.Text).ShouldBe(
        [
            "Heavy rains have displaced more than 12,000 people in the north, the regional governor said on Sunday.",
            "Rescue teams worked through the night.",
            "Several roads were washed away.",
            "Engineers began repairs on Monday.",
        ]);
    }

    [Fact]
    public void Paragraph_index_counts_the_texts_blocks()
    {
        var claims = new ClaimExtractor().Extract(PageCopy);
        claims.Select(c => c.Paragraph).ShouldBe([4, 6, 9, 9]);
    }

    [Fact]
    public void Extracted_body_text_has_no_header_to_drop()
    {
        const string body = "The storm reached the coast at dawn.\n\nThousands lost power.";
        PlainTextArticle.Read(body).Title.ShouldBeNull();
        new ClaimExtractor().Extract(body).Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("Leave a Reply")]
    [InlineData("Your email address will not be published. Required fields are marked *")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("(Photo by Jane Smith/Getty Images)")]
    [InlineData("READ MORE: Floods in the south")]
    [InlineData("We use cookies to improve your experience.")]
    public void Boilerplate_between_paragraphs_is_dropped(string line)
    {
        var claims = new ClaimExtractor().Extract($"The storm reached the coast at dawn.\n\n{line}\n\nThousands lost power.");
        claims.Select(c => c.Text).ShouldBe(["The storm reached the coast at dawn.", "Thousands lost power."]);
    }

    [Fact]
    public void Short_sentences_in_the_body_are_claims()
    {
        var claims = new ClaimExtractor().Extract("The talks collapsed on Friday.\n\nHe declined.\n\nNobody came.");
        claims.Select(c => c.Text).ShouldBe(["The talks collapsed on Friday.", "He declined.", "Nobody came."]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("Leave a Reply\n\nShare This\n")]
    public void Texts_without_body_have_no_claims(string text) =>
        new ClaimExtractor().Extract(text).ShouldBeEmpty();
}
