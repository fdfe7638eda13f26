using Ingestion.Contracts;

namespace Ingestion.Enrichment.Tests;

/// <summary>How places are named in news copy: datelines, "City, State", divisions, natural features, press names.</summary>
public sealed class PlaceNamingTests
{
    private static ClaimEnrichment EnrichArticle(string article, string claim) => PlaceTests.EnrichArticle(article, claim);

    private static ClaimEnrichment Enrich(string sentence) => PlaceTests.EnrichArticle(sentence, sentence);

    [Fact]
    public void A_city_followed_by_its_state_is_the_city_in_that_state()
    {
        var places = Enrich("Researchers in Cambridge, Massachusetts, and Troy, Michigan, published the results.").Places;
        var cambridge = places.Single(p => p.Text == "Cambridge");
        cambridge.Country.ShouldBe("US");
        PlaceResolver.DistanceKm(cambridge.Lat!.Value, cambridge.Lon!.Value, 42.37, -71.11).ShouldBeLessThan(20);
        var troy = places.Single(p => p.Text == "Troy");
        PlaceResolver.DistanceKm(troy.Lat!.Value, troy.Lon!.Value, 42.61, -83.15).ShouldBeLessThan(20);
    }

    [Fact]
    public void A_bare_city_keeps_its_most_prominent_meaning()
    {
        Enrich("Researchers in Cambridge published the results.").Places.Single().Country.ShouldBe("GB");
    }

    [Fact]
    public void A_wire_dateline_in_capitals_names_the_city_and_an_AP_state_abbreviation_the_state()
    {
        const string Article = "HARRISBURG, Pa. — Voters lined up before dawn on Tuesday.";
        var enrichment = Enrich(Article);
        var city = enrichment.Places.Single(p => p.Text == "HARRISBURG");
        city.Name.ShouldBe("Harrisburg");
        city.Country.ShouldBe("US");
        enrichment.Entities.Single(e => e.Text == "Pa.").Name.ShouldBe("Pennsylvania");
    }

    [Fact]
    public void Capitals_at_a_line_start_that_name_no_place_are_not_a_dateline()
    {
        Enrich("UPDATED, the council voted on Tuesday.").Places.ShouldBeEmpty();
    }

    [Fact]
    public void A_division_named_with_its_generic_word_is_a_place()
    {
        var enrichment = Enrich("Cholera spread in Borno State and in Chester County last month.");
        enrichment.Entities.Where(e => e.Type == EntityType.GeopoliticalEntity).Select(e => e.Text)
            .ShouldBe(["Borno State", "Chester County"], ignoreOrder: true);
        enrichment.Places.Single(p => p.Text == "Borno State").Country.ShouldBe("NG");
        // Not in the gazetteer: still a place, named, without a point.
        var county = enrichment.Places.Single(p => p.Text == "Chester County");
        county.Lat.ShouldBeNull();
        county.Name.ShouldBe("Chester County");
    }

    [Fact]
    public void Seas_straits_and_rivers_are_locations_with_a_point()
    {
        var enrichment = Enrich("Tankers avoided the Red Sea and the Strait of Hormuz while barges sat idle on the Danube.");
        enrichment.Entities.Select(e => (e.Text, e.Type)).ShouldBe(
            [("Red Sea", EntityType.Location), ("Strait of Hormuz", EntityType.Location), ("Danube", EntityType.Location)]);
        enrichment.Places.Select(p => p.Text).ShouldBe(["Red Sea", "Strait of Hormuz", "Danube"]);
        enrichment.Places.ShouldAllBe(p => p.Lat != null);
    }

    [Fact]
    public void The_press_names_of_countries_and_short_names_of_large_cities_are_found()
    {
        var places = Enrich("Ministers from Turkey met bankers in Frankfurt.").Places;
        places.Single(p => p.Text == "Turkey").Country.ShouldBe("TR");
        places.Single(p => p.Text == "Frankfurt").Country.ShouldBe("DE");
    }

    [Fact]
    public void A_region_whose_name_starts_with_a_people_is_one_place()
    {
        var enrichment = Enrich("Iron ore output in Western Australia rose.");
        enrichment.Entities.Single().Text.ShouldBe("Western Australia");
        enrichment.Places.Single().Country.ShouldBe("AU");
    }

    [Fact]
    public void A_company_with_its_legal_form_is_an_organisation()
    {
        Enrich("Shares of Siemens AG rose.").Entities.Single().Type.ShouldBe(EntityType.Organization);
    }

    [Fact]
    public void A_division_the_gazetteer_lacks_lies_in_the_country_the_article_is_about()
    {
        const string Article = "Voters in the United States went to the polls. Turnout in Chester County was high.";
        var county = EnrichArticle(Article, "Turnout in Chester County was high.").Places.Single();
        county.Country.ShouldBe("US");
        county.Lat.ShouldBeNull();
    }

    [Fact]
    public void A_city_qualified_in_parentheses_is_the_city_in_that_division()
    {
        var places = Enrich("Residents of Hamilton (Ontario) were told to leave.").Places;
        places.Single(p => p.Text == "Hamilton").Country.ShouldBe("CA");
    }

    [Fact]
    public void Sub_Saharan_Africa_is_one_region()
    {
        var enrichment = Enrich("Malaria kills most children in sub-Saharan Africa.");
        enrichment.Entities.Single().Text.ShouldBe("sub-Saharan Africa");
        enrichment.Entities.Single().Type.ShouldBe(EntityType.Location);
    }

    [Fact]
    public void Named_storms_are_events_and_port_towns_are_places()
    {
        var entities = Enrich("Cyclone Zelia forced the closure of Port Hedland for three days.").Entities;
        entities.Single(e => e.Text == "Cyclone Zelia").Type.ShouldBe(EntityType.Event);
        entities.Single(e => e.Text == "Port Hedland").Type.ShouldBe(EntityType.GeopoliticalEntity);
    }

    [Fact]
    public void A_name_ending_in_an_industry_is_an_organisation()
    {
        Enrich("The deal values Altair Engineering at $10 billion.").Entities.Single().Type.ShouldBe(EntityType.Organization);
    }
}
