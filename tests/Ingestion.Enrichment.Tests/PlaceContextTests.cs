using Ingestion.Contracts;

namespace Ingestion.Enrichment.Tests;

/// <summary>
/// Issue 18's place classes: the country an article is about follows its states, provinces and towns placed in
/// their region; features named with "of"; towns the text calls towns; groups of states; local features in the
/// article's country. Every example is written for these tests.
/// </summary>
public sealed class PlaceContextTests
{
    private static readonly Enricher Enricher = new();

    private static ClaimEnrichment EnrichArticle(string article, string claim) => PlaceTests.EnrichArticle(article, claim);

    [Fact]
    public void Provinces_make_the_article_Canadian_so_an_ambiguous_city_is_the_Canadian_one()
    {
        // Seattle and San Francisco are great US cities; British Columbia and Alberta say the story is Canadian.
        const string Article = "Wildfire smoke closed schools across British Columbia and Alberta on Monday. "
            + "Flights from Seattle and San Francisco were diverted. Crews in Richmond sandbagged the dikes.";
        var context = Enricher.BuildContext(Article, null);
        context.Countries[0].ShouldBe("CA");
        var richmond = EnrichArticle(Article, "Crews in Richmond sandbagged the dikes.").Places.Single();
        richmond.Country.ShouldBe("CA");
        richmond.Lat!.Value.ShouldBe(49.17, 0.1);
    }

    [Fact]
    public void A_state_whose_name_is_also_a_country_or_a_large_city_does_not_vote()
    {
        // "Georgia" is also a country: it does not make the article American.
        const string Article = "Georgia held talks with Armenia in Yerevan on Monday. Tbilisi said the border would reopen.";
        Enricher.BuildContext(Article, null).Countries.ShouldNotContain("US");
    }

    [Fact]
    public void A_town_placed_in_its_state_by_the_dateline_makes_the_article_about_that_country()
    {
        const string Article = "ROME, Ga. — Floyd County commissioners approved a new jail on Tuesday.\n\n"
            + "A sister-city delegation from Italy attended the vote.";
        var context = Enricher.BuildContext(Article, null);
        context.Countries[0].ShouldBe("US");
        var county = EnrichArticle(Article, "ROME, Ga. — Floyd County commissioners approved a new jail on Tuesday.")
            .Places.Single(p => p.Text == "Floyd County");
        county.Country.ShouldBe("US");
    }

    [Theory]
    [InlineData("KELOWNA, B.C. — Lake levels fell again on Friday.", "B.C.", "British Columbia")]
    [InlineData("GUELPH, Ont. — The plant will close in June.", "Ont.", "Ontario")]
    public void A_Canadian_province_abbreviation_after_a_town_is_the_province(string sentence, string written, string province)
    {
        var enrichment = EnrichArticle(sentence, sentence);
        var place = enrichment.Places.Single(p => p.Text == written);
        place.Name.ShouldBe(province);
        place.Country.ShouldBe("CA");
        enrichment.Entities.Single(e => e.Text == written).Type.ShouldBe(EntityType.GeopoliticalEntity);
    }

    [Fact]
    public void A_feature_named_with_of_is_one_location_even_after_a_sentence_opening_The()
    {
        const string Sentence = "The Horn of Africa famine deepened in March, aid groups said.";
        var enrichment = EnrichArticle(Sentence, Sentence);
        var place = enrichment.Places.Single();
        place.Text.ShouldBe("Horn of Africa");
        place.Lat.ShouldNotBeNull();
        enrichment.Entities.ShouldNotContain(e => e.Text == "Africa");
    }

    [Fact]
    public void A_feature_named_with_of_that_the_gazetteer_lacks_is_a_location_without_a_point()
    {
        const string Sentence = "Lobster boats sheltered in the Bay of Fundy as the storm passed, the coast guard said.";
        var enrichment = EnrichArticle(Sentence, Sentence);
        enrichment.Entities.Single(e => e.Text == "Bay of Fundy").Type.ShouldBe(EntityType.Location);
        var place = enrichment.Places.Single(p => p.Text == "Bay of Fundy");
        place.Lat.ShouldBeNull();
        place.Country.ShouldBeNull();
    }

    [Fact]
    public void An_isle_named_with_of_lies_in_the_article_s_country()
    {
        const string Article = "Scotland's ferries were cancelled again. Islanders on the Isle of Mull ran short of bread.";
        var place = EnrichArticle(Article, "Islanders on the Isle of Mull ran short of bread.").Places.Single(p => p.Text == "Isle of Mull");
        place.Country.ShouldBe("GB");
    }

    [Fact]
    public void A_given_name_called_a_town_in_apposition_is_a_town()
    {
        const string Article = "Floods hit Alabama on Monday. Water reached homes near Dora, a farming town on the river, officials said.";
        var enrichment = EnrichArticle(Article, "Water reached homes near Dora, a farming town on the river, officials said.");
        enrichment.Entities.Single(e => e.Text == "Dora").Type.ShouldBe(EntityType.GeopoliticalEntity);
        enrichment.Places.Single(p => p.Text == "Dora").Country.ShouldBe("US");
    }

    [Fact]
    public void A_town_of_the_gazetteer_called_a_city_in_apposition_is_found_at_a_sentence_start()
    {
        const string Article = "Kelowna lies in British Columbia. Kamloops, the region's second city, lost power for hours.";
        var place = EnrichArticle(Article, "Kamloops, the region's second city, lost power for hours.").Places.Single();
        place.Country.ShouldBe("CA");
        place.Lat.ShouldNotBeNull();
    }

    [Fact]
    public void The_village_of_a_name_is_a_town_of_the_article_s_country()
    {
        const string Article = "Fires burned across Portugal on Sunday. Residents fled the village of Ervedosa overnight.";
        var place = EnrichArticle(Article, "Residents fled the village of Ervedosa overnight.").Places.Single(p => p.Text == "Ervedosa");
        place.Country.ShouldBe("PT");
    }

    [Theory]
    [InlineData("Maria Tanaka, a city councillor, said the budget would pass.", "Maria Tanaka")]
    [InlineData("Omar Haddad, the town's longtime clerk, said the budget would pass.", "Omar Haddad")]
    public void A_person_whose_apposition_only_begins_with_a_settlement_noun_stays_a_person(string sentence, string person)
    {
        var enrichment = EnrichArticle(sentence, sentence);
        enrichment.Entities.Single(e => e.Text == person).Type.ShouldBe(EntityType.Person);
        enrichment.Places.ShouldBeEmpty();
    }

    [Fact]
    public void A_group_of_states_after_the_is_a_region()
    {
        const string Sentence = "The cold front reached the Dakotas on Tuesday, forecasters said.";
        var enrichment = EnrichArticle(Sentence, Sentence);
        enrichment.Entities.Single(e => e.Text == "Dakotas").Type.ShouldBe(EntityType.Location);
        enrichment.Places.Single().Name.ShouldBe("the Dakotas");
    }

    [Theory]
    [InlineData("Crews cleared debris from the Tallapoosa River on Monday.", "Tallapoosa River")]
    [InlineData("Kayakers were rescued near Sapelo Island on Monday.", "Sapelo Island")]
    public void A_river_or_island_the_gazetteer_lacks_lies_in_the_article_s_country(string claim, string feature)
    {
        var article = "Storms battered Georgia and Alabama in the United States this week. " + claim;
        var place = EnrichArticle(article, claim).Places.Single(p => p.Text == feature);
        place.Country.ShouldBe("US");
    }

    [Fact]
    public void A_city_written_with_ciudad_is_the_city_the_gazetteer_lists_without_it()
    {
        const string Article = "Shelters in El Paso, Texas, filled up. Families waited in Ciudad Juárez for a second night.";
        var place = EnrichArticle(Article, "Families waited in Ciudad Juárez for a second night.").Places.Single();
        place.Country.ShouldBe("MX");
        place.Lat!.Value.ShouldBe(31.7, 0.1);
    }
}
