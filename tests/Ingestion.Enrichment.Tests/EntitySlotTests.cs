using Ingestion.Contracts;

namespace Ingestion.Enrichment.Tests;

/// <summary>
/// Issue 18's slot classes: a name no list knows is typed by the words around it. An organisation noun before it
/// ("the consultancy Veltrane") or after it ("a Korvanta spokeswoman"); a lower-case feature noun after it ("the
/// Ombala river"); a plural place noun opening a list of names ("the districts of Sarnoda and Kelvar"). Every
/// example is written for these tests; the names are invented so that no list can know them.
/// </summary>
public sealed class EntitySlotTests
{
    private static ClaimEnrichment Enrich(string sentence) => PlaceTests.EnrichArticle(sentence, sentence);

    [Theory]
    [InlineData("Tanker bookings halved, according to data from the consultancy Veltrane.", "Veltrane")]
    [InlineData("The ministry signed a contract with the Danish shipping company Orvikko to build two ferries.", "Orvikko")]
    [InlineData("The trade body Plastora warned that a third of its members could close.", "Plastora")]
    [InlineData("The results were published on Tuesday in the journal Lumenica.", "Lumenica")]
    [InlineData("Exports fell for a third month, said consultancy Brandvik in a note.", "Brandvik")]
    public void An_unknown_name_after_an_organisation_noun_is_an_organisation(string sentence, string name)
    {
        var entity = Enrich(sentence).Entities.Single(e => e.Text == name);
        entity.Type.ShouldBe(EntityType.Organization);
    }

    [Theory]
    [InlineData("A Korvanta spokeswoman declined to comment on the recall.", "Korvanta")]
    [InlineData("Traders said shares of Brelix fell 4 percent after the warning.", "Brelix")]
    [InlineData("The pension fund bought a stake in Duvenor last year.", "Duvenor")]
    public void An_unknown_name_beside_a_noun_of_companies_is_an_organisation(string sentence, string name)
    {
        Enrich(sentence).Entities.Single(e => e.Text == name).Type.ShouldBe(EntityType.Organization);
    }

    [Fact]
    public void A_surname_the_article_gave_a_person_stays_a_person_before_a_spokeswoman()
    {
        // "a Xyz spokeswoman" reads as a company only for a name the article has not already given a person.
        const string first = "Opposition leader Ivana Trelkovic was moved to a prison in the north, her allies said.";
        const string second = "A Trelkovic spokeswoman said the lawyers had not been told of the transfer.";
        var entities = PlaceTests.EnrichArticle(first + "\n\n" + second, second).Entities;
        entities.Single(e => e.Text == "Trelkovic").Type.ShouldBe(EntityType.Person);
    }

    [Fact]
    public void A_person_after_an_organisation_noun_stays_a_person()
    {
        var entities = Enrich("The company chief executive Maria Lindholm resigned on Friday.").Entities;
        entities.Single(e => e.Text.Contains("Lindholm", StringComparison.Ordinal)).Type.ShouldBe(EntityType.Person);
    }

    [Theory]
    [InlineData("Heavy rain was forecast along the Varosha coast until Thursday.", "Varosha")]
    [InlineData("Thousands fled after the Ombala river burst its banks.", "Ombala")]
    [InlineData("Herders crossed the Tessali Ruvo plateau in search of grass.", "Tessali Ruvo")]
    public void A_name_before_a_lower_case_feature_noun_is_a_location(string sentence, string name)
    {
        var enrichment = Enrich(sentence);
        enrichment.Entities.Single(e => e.Text == name).Type.ShouldBe(EntityType.Location);
        // A river or a coast may cross borders: without a place written after it, no country is guessed.
        enrichment.Places.Single(p => p.Text == name).Country.ShouldBeNull();
    }

    [Fact]
    public void A_feature_noun_then_of_and_a_place_gives_the_feature_that_place_s_country()
    {
        var places = Enrich("The miner shipped less ore from the Kessari region of Western Australia this quarter.").Places;
        places.Single(p => p.Text == "Kessari").Country.ShouldBe("AU");
    }

    [Fact]
    public void A_company_name_before_a_feature_noun_names_the_feature()
    {
        // "Amazon" alone is the company; "the Amazon basin" is the region.
        var entities = Enrich("Fires spread across the Amazon basin in August.").Entities;
        entities.Single(e => e.Text == "Amazon").Type.ShouldBe(EntityType.Location);
    }

    [Fact]
    public void A_gazetteer_place_before_a_feature_noun_keeps_its_point()
    {
        var place = Enrich("Shelling hit villages in the Kherson region overnight.").Places.Single(p => p.Text == "Kherson");
        place.Lat.ShouldNotBeNull();
        place.Country.ShouldBe("UA");
    }

    [Theory]
    [InlineData("Schools closed in the neighbouring districts of Sarnoda and Kelvar.", "Sarnoda", "Kelvar")]
    [InlineData("Flood water stood in low-lying areas such as Pemvali and Odrahn.", "Pemvali", "Odrahn")]
    public void Names_listed_after_a_plural_place_noun_are_places(string sentence, string first, string second)
    {
        var entities = Enrich(sentence).Entities;
        entities.Single(e => e.Text == first).Type.ShouldBe(EntityType.GeopoliticalEntity);
        entities.Single(e => e.Text == second).Type.ShouldBe(EntityType.GeopoliticalEntity);
    }

    [Fact]
    public void A_listed_name_beside_a_known_place_lies_in_that_place_s_country()
    {
        var places = Enrich("Observers reported irregularities in several provinces, including Nakhon Ratchasima and Dorvanthi.").Places;
        places.Single(p => p.Text == "Dorvanthi").Country.ShouldBe("TH");
    }

    [Fact]
    public void A_plural_office_noun_before_of_is_not_a_list_of_places()
    {
        Enrich("The merger joined the ministries of Finance and Planning.").Entities
            .ShouldNotContain(e => e.Type == EntityType.GeopoliticalEntity);
    }

    [Fact]
    public void A_feature_the_gazetteer_lists_with_its_noun_gets_the_listed_point()
    {
        var place = Enrich("Cattle ranching drove most of the clearing in the Amazon rainforest last year.").Places.Single(p => p.Text == "Amazon");
        place.Lat.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("Snow closed highways across the Prairies on Sunday.", "Prairies", "CA")]
    [InlineData("Sheep farmers in the Outback have waited three years for rain.", "Outback", "AU")]
    public void A_region_of_one_country_named_after_the_lies_in_that_country(string sentence, string name, string country)
    {
        var enrichment = Enrich(sentence);
        enrichment.Entities.Single(e => e.Text == name).Type.ShouldBe(EntityType.Location);
        enrichment.Places.Single(p => p.Text == name).Country.ShouldBe(country);
    }

    [Fact]
    public void A_division_named_for_a_region_across_borders_lies_in_the_article_s_country()
    {
        var place = Enrich("Iraqi officials said flights to the Kurdistan Region would resume next week.").Places
            .Single(p => p.Text == "Kurdistan Region");
        place.Country.ShouldBe("IQ");
    }
}
