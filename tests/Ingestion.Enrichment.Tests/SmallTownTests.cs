using Ingestion.Contracts;

namespace Ingestion.Enrichment.Tests;

/// <summary>
/// Issue 18: towns under the main table's 15,000 people (the gazetteer's second tier), districts named with their
/// city, and government bodies written after a country. Original examples.
/// </summary>
public sealed class SmallTownTests
{
    private static Place PlaceOf(string article, string claim, string text) =>
        PlaceTests.EnrichArticle(article, claim).Places.Single(p => p.Text == text);

    [Fact]
    public void The_second_tier_is_apart_from_the_main_table()
    {
        // Unqualified lookups never reach a small town: "Moab" alone is no place.
        Gazetteer.Instance.Lookup("Moab").ShouldBeEmpty();
        var moab = Gazetteer.Instance.LookupSmallTowns("Moab").Single(t => t.Country == "US");
        moab.Region.ShouldBe("Utah");
        moab.IsSmallTown.ShouldBeTrue();
        Gazetteer.Instance.SmallTownCount.ShouldBeGreaterThan(80_000);
    }

    [Fact]
    public void A_small_town_reads_from_the_tiers_format()
    {
        const string Tsv = "Ṭūbās\tTubas\tPS\t\t32.32\t35.37\t16000\n" + "Kyneton\t\tAU\tVictoria\t-37.24\t144.45\t6904\n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Tsv));
        var towns = Gazetteer.LoadSmallTowns(stream);
        towns[TextFolding.PlaceKey("Tubas")].Single().DisplayName.ShouldBe("Tubas");
        var kyneton = towns[TextFolding.PlaceKey("Kyneton")].Single();
        (kyneton.Region, kyneton.Population, kyneton.Lat).ShouldBe(("Victoria", 6904L, -37.24));
    }

    [Theory]
    [InlineData("Floodwater closed the main street of Moab, Utah, on Sunday.", "Moab", "US", 38.57, -109.55)]
    [InlineData("Snow fell early in Marfa, Texas, where the lights draw visitors.", "Marfa", "US", 30.31, -104.02)]
    [InlineData("Volunteers cleared the river bank at Bright in eastern Victoria.", "Bright", "AU", -36.73, 146.96)]
    [InlineData("The bakery in Cooma (New South Wales) reopened on Friday.", "Cooma", "AU", -36.24, 149.12)]
    public void A_small_town_written_with_its_region_is_that_town(string sentence, string town, string country, double lat, double lon)
    {
        var place = PlaceOf(sentence, sentence, town);
        place.Country.ShouldBe(country);
        place.Lat!.Value.ShouldBe(lat, 0.05);
        place.Lon!.Value.ShouldBe(lon, 0.05);
    }

    [Fact]
    public void A_small_town_of_the_same_name_in_two_countries_follows_the_article()
    {
        const string Scottish = "Ferries to the Hebrides were cancelled across Britain. The harbour at the village of Tobermory stayed shut.";
        var scottish = PlaceOf(Scottish, "The harbour at the village of Tobermory stayed shut.", "Tobermory");
        (scottish.Country, scottish.Lat).ShouldBe(("GB", 56.62));
        const string Canadian = "Storms crossed Canada overnight. Boats stayed in port in the town of Tobermory.";
        var canadian = PlaceOf(Canadian, "Boats stayed in port in the town of Tobermory.", "Tobermory");
        (canadian.Country, canadian.Lat).ShouldBe(("CA", 45.25));
    }

    [Fact]
    public void After_a_preposition_of_place_a_small_town_of_the_article_country_is_meant()
    {
        const string Article = "Drought tightened its grip on Australia this winter. Farmers near Mudgee sold stock early.";
        var place = PlaceOf(Article, "Farmers near Mudgee sold stock early.", "Mudgee");
        place.Country.ShouldBe("AU");
        place.Lat!.Value.ShouldBe(-32.59, 0.05);
    }

    [Fact]
    public void A_small_town_of_the_article_country_wins_over_a_namesake_abroad()
    {
        const string Article = "Bushfires burned across Australia on Saturday. Trucks waited on the road between Horsham and Kyneton.";
        var places = PlaceTests.EnrichArticle(Article, "Trucks waited on the road between Horsham and Kyneton.").Places;
        places.Single(p => p.Text == "Horsham").Country.ShouldBe("AU");
        places.Single(p => p.Text == "Kyneton").Country.ShouldBe("AU");
    }

    [Fact]
    public void An_unqualified_small_name_elsewhere_is_no_place()
    {
        // "Tully" is a Queensland town and a surname; "Mudgee" in a story about France names no French town.
        const string Australian = "Cyclone warnings were issued across Australia. Tully said the crews were ready.";
        PlaceTests.EnrichArticle(Australian, "Tully said the crews were ready.").Places.ShouldBeEmpty();
        const string French = "Wine exports from France rose in May. Growers near Mudgee were not asked.";
        PlaceTests.EnrichArticle(French, "Growers near Mudgee were not asked.").Places
            .ShouldNotContain(p => p.Text == "Mudgee" && p.Lat != null);
        // A person the article names, and a name an apposition calls something else, are no towns.
        const string Named = "Crews worked across Queensland overnight, Captain Ana Tully said. A message from Tully was read out. Advice came from Bright, a consultancy.";
        PlaceTests.EnrichArticle(Named, "A message from Tully was read out.").Places.ShouldBeEmpty();
        PlaceTests.EnrichArticle(Named, "Advice came from Bright, a consultancy.").Places.ShouldBeEmpty();
        // "Home" is a small town of Washington State; before a noun it is a label.
        const string American = "Voters across the United States can check their polling place online. Go to Home screen and tap the map.";
        PlaceTests.EnrichArticle(American, "Go to Home screen and tap the map.").Places.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Water rose in Gulshan, a neighbourhood of Dhaka, after the storm.", "Gulshan")]
    [InlineData("Shops shut in the Dhaka district of Gulshan on Monday.", "Gulshan")]
    [InlineData("Traffic stopped near Motijheel in Dhaka for an hour.", "Motijheel")]
    public void A_district_named_with_its_city_gets_at_least_the_city_point(string sentence, string district)
    {
        var place = PlaceOf(sentence, sentence, district);
        place.Name.ShouldBe(district);
        place.Country.ShouldBe("BD");
        place.Lat!.Value.ShouldBe(23.7, 0.2);
        place.Lon!.Value.ShouldBe(90.4, 0.2);
    }

    [Fact]
    public void A_person_in_a_city_is_no_district()
    {
        const string Sentence = "Karen Wanjiru in Nairobi said the market had reopened.";
        PlaceTests.EnrichArticle(Sentence, Sentence).Places.ShouldNotContain(p => p.Text.Contains("Karen", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_before_a_generic_government_body_stands_apart()
    {
        const string Sentence = "The Japanese Foreign Ministry and the U.S. Commerce Department issued statements, and Canada's Justice Department declined to comment.";
        var entities = PlaceTests.EnrichArticle(Sentence, Sentence).Entities;
        entities.ShouldContain(e => e.Text == "Japanese" && e.Type == EntityType.Nationality);
        entities.ShouldContain(e => e.Text == "Foreign Ministry" && e.Type == EntityType.Organization);
        entities.ShouldContain(e => e.Text == "U.S." && e.Type == EntityType.GeopoliticalEntity);
        entities.ShouldContain(e => e.Text == "Commerce Department" && e.Type == EntityType.Organization);
        entities.ShouldContain(e => e.Text == "Justice Department" && e.Type == EntityType.Organization);
        entities.ShouldNotContain(e => e.Text.Contains("U.S. Commerce", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_with_a_proper_name_keeps_its_country()
    {
        const string Sentence = "The Kenya Meteorological Department warned of heavy rain.";
        PlaceTests.EnrichArticle(Sentence, Sentence).Entities
            .ShouldContain(e => e.Text == "Kenya Meteorological Department" && e.Type == EntityType.Organization);
    }
}
