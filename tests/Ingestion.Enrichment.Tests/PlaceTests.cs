using Ingestion.Contracts;

namespace Ingestion.Enrichment.Tests;

public sealed class PlaceTests
{
    private static readonly Enricher Enricher = new();

    /// <summary>The claim's enrichment within its article (BuildContext over the article, then Enrich), as the pipeline runs it.</summary>
    internal static ClaimEnrichment EnrichArticle(string article, string claim)
    {
        var context = Enricher.BuildContext(article, null);
        var start = article.IndexOf(claim, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0);
        return Enricher.Enrich(claim, start, context);
    }

    [Fact]
    public void Tripoli_is_the_Libyan_capital_in_an_article_about_Libya()
    {
        const string Article = "Fighting resumed in Libya on Monday. Militias clashed in Tripoli overnight.";
        var place = EnrichArticle(Article, "Militias clashed in Tripoli overnight.").Places.Single();
        place.Country.ShouldBe("LY");
        place.GeonameId.ShouldBe(2210247);
    }

    [Fact]
    public void Tripoli_is_the_Lebanese_city_in_an_article_about_Lebanon()
    {
        const string Article = "Protests spread across Lebanon as the Lebanese pound fell. Thousands marched in Tripoli and Beirut.";
        var places = EnrichArticle(Article, "Thousands marched in Tripoli and Beirut.").Places;
        places.Single(p => p.Text == "Tripoli").Country.ShouldBe("LB");
        places.Single(p => p.Text == "Beirut").Country.ShouldBe("LB");
    }

    [Fact]
    public void Georgia_is_the_US_state_when_the_article_is_about_the_United_States()
    {
        const string Article = "Voters in the United States go to the polls. In Atlanta, lines were long. Georgia counted ballots all night.";
        var place = EnrichArticle(Article, "Georgia counted ballots all night.").Places.Single();
        place.Country.ShouldBe("US");
        place.Lat!.Value.ShouldBe(33, 2);
    }

    [Fact]
    public void Georgia_is_the_country_when_the_article_is_about_the_Caucasus()
    {
        const string Article = "Russia and Armenia held talks in Moscow. Georgia protested the border changes near Tbilisi.";
        var place = EnrichArticle(Article, "Georgia protested the border changes near Tbilisi.").Places.First(p => p.Text == "Georgia");
        place.Country.ShouldBe("GE");
    }

    [Fact]
    public void Jordan_alone_is_the_country_and_after_a_given_name_a_person()
    {
        const string Article = "Refugees crossed into Jordan last year. Michael Jordan said he would donate.";
        var context = Enricher.BuildContext(Article, null);
        Enricher.Enrich("Refugees crossed into Jordan last year.", 0, context).Places.Single().Country.ShouldBe("JO");
        var second = Enricher.Enrich("Michael Jordan said he would donate.", 40, context);
        second.Places.ShouldBeEmpty();
        second.Entities.Single().Type.ShouldBe(EntityType.Person);
    }

    [Theory]
    [InlineData("Lawmakers met in Washington on Monday.", "Washington", "US", 38.9)]
    [InlineData("Rents rose again in New York last year.", "New York", "US", 40.7)]
    public void A_great_city_comes_before_the_state_of_the_same_name(string claim, string mention, string country, double lat)
    {
        var place = EnrichArticle(claim, claim).Places.Single(p => p.Text == mention);
        place.Country.ShouldBe(country);
        place.Lat!.Value.ShouldBe(lat, 0.2);
    }

    [Fact]
    public void A_distance_and_direction_give_a_relative_place_with_an_estimated_point()
    {
        const string Claim = "The convoy was hit 30 km north of Mosul on Sunday.";
        var places = EnrichArticle(Claim, Claim).Places;
        var mosul = places.Single(p => p.Text == "Mosul");
        var relative = places.Single(p => p.Relative is not null);
        relative.Text.ShouldBe("30 km north of Mosul");
        relative.Relative!.Reference.ShouldBe("Mosul");
        relative.Relative.DistanceKm.ShouldBe(30);
        relative.Relative.BearingDegrees.ShouldBe(0);
        relative.Lat!.Value.ShouldBe(mosul.Lat!.Value + 0.27, 0.01);
        relative.Lon!.Value.ShouldBe(mosul.Lon!.Value, 0.01);
        relative.Country.ShouldBe("IQ");
    }

    [Fact]
    public void A_direction_without_distance_keeps_the_reference_point()
    {
        const string Claim = "Fighters gathered west of Aleppo.";
        var relative = EnrichArticle(Claim, Claim).Places.Single(p => p.Relative is not null);
        relative.Text.ShouldBe("west of Aleppo");
        relative.Relative!.DistanceKm.ShouldBeNull();
        relative.Relative.BearingDegrees.ShouldBe(270);
        relative.Relative.Direction.ShouldBe("west of");
    }

    [Fact]
    public void Miles_are_converted_and_the_bearing_follows_the_compass()
    {
        var point = PlaceResolver.Destination(0, 0, 111.195, 90);
        point.Lat.ShouldBe(0, 0.001);
        point.Lon.ShouldBe(1, 0.001);
        var relative = PlaceResolver.ReadRelative("about 10 miles south-west of ", 29, "X");
        relative.ShouldNotBeNull();
        relative.Value.Relative.DistanceKm.ShouldBe(16.1);
        relative.Value.Relative.BearingDegrees.ShouldBe(225);
    }

    [Fact]
    public void World_regions_are_locations_without_a_country()
    {
        const string Claim = "Drought has spread across the Sahel and East Africa.";
        var result = EnrichArticle(Claim, Claim);
        result.Places.Select(p => p.Name).ShouldBe(["Sahel", "East Africa"]);
        result.Places.ShouldAllBe(p => p.Country == null);
        result.Entities.ShouldAllBe(e => e.Type == EntityType.Location);
    }

    [Theory]
    [InlineData("Aid convoys reached Kafr Haddur before dawn.", "Kafr Haddur", EntityType.GeopoliticalEntity)]
    [InlineData("Water rose fastest in the Lower Maddox Ward of the city.", "Lower Maddox Ward", EntityType.GeopoliticalEntity)]
    [InlineData("Shelling was heard in Tamsin Grove overnight.", "Tamsin Grove", EntityType.GeopoliticalEntity)]
    [InlineData("Tensions have grown across South Varegia this year.", "South Varegia", EntityType.Location)]
    public void Unknown_names_that_read_as_places_are_places_not_people(string sentence, string name, EntityType type)
    {
        var enrichment = EnrichArticle(sentence, sentence);
        enrichment.Entities.Single(e => e.Text == name).Type.ShouldBe(type);
        enrichment.Places.ShouldContain(p => p.Text == name);
    }

    [Theory]
    [InlineData("The plan was backed by Kentucky GOP Gov. Ann Whitlow and her cabinet.", "Kentucky", "Ann Whitlow")]
    [InlineData("Ohio Republican Sen. Ray Dunmore voted against the bill.", "Ohio", "Ray Dunmore")]
    [InlineData("Texas Gov. Lyle Harmon signed the order at noon.", "Texas", "Lyle Harmon")]
    [InlineData("The bill was written by New York Democratic Rep. Nora Kessling last spring.", "New York", "Nora Kessling")]
    public void A_place_before_a_title_is_a_place_and_the_name_after_it_a_person(string sentence, string place, string person)
    {
        var enrichment = EnrichArticle(sentence, sentence);
        enrichment.Entities.Single(e => e.Text == place).Type.ShouldBe(EntityType.GeopoliticalEntity);
        enrichment.Places.Single(p => p.Text == place).Country.ShouldBe("US");
        enrichment.Entities.Single(e => e.Text == person).Type.ShouldBe(EntityType.Person);
    }

    [Fact]
    public void A_compound_of_two_cities_joins_the_notable_ones_even_in_an_article_about_another_country()
    {
        // Texas and an American make this a US story, where Moscow (Idaho) and Paris (Texas) are small towns.
        const string Claim = "She flew the Moscow-Paris route for a decade before the sanctions.";
        const string Article = "An American pilot from Texas retired on Friday. " + Claim;
        var enrichment = EnrichArticle(Article, Claim);
        enrichment.Places.Single(p => p.Text == "Moscow").Country.ShouldBe("RU");
        enrichment.Places.Single(p => p.Text == "Paris").Country.ShouldBe("FR");
        enrichment.Entities.ShouldNotContain(e => e.Text == "Moscow-Paris");
    }

    [Theory]
    [InlineData("New York Democrat Len Marsh said the budget talks had stalled.", "New York", "Democrat", "Len Marsh")]
    [InlineData("The amendment came from Florida Republican Ana Ruiz on Thursday.", "Florida", "Republican", "Ana Ruiz")]
    [InlineData("Ohio Democrat Mary Ellen Sorba voted against the measure.", "Ohio", "Democrat", "Mary Ellen Sorba")]
    public void A_party_member_between_a_place_and_a_name_splits_them(string sentence, string place, string party, string person)
    {
        var enrichment = EnrichArticle(sentence, sentence);
        enrichment.Entities.Single(e => e.Text == place).Type.ShouldBe(EntityType.GeopoliticalEntity);
        enrichment.Places.Single(p => p.Text == place).Country.ShouldBe("US");
        enrichment.Entities.Single(e => e.Text == party).Type.ShouldBe(EntityType.Nationality);
        enrichment.Entities.Single(e => e.Text == person).Type.ShouldBe(EntityType.Person);
        enrichment.Entities.ShouldNotContain(e => e.Text.Contains(party) && e.Text != party);
    }

    [Theory]
    [InlineData("The Republican National Committee met in Denver.", "Republican National Committee")]
    [InlineData("A Democrat Party spokesman declined to comment.", "Democrat Party")]
    public void A_party_noun_inside_an_organisations_name_does_not_split_it(string sentence, string organisation)
    {
        var enrichment = EnrichArticle(sentence, sentence);
        enrichment.Entities.ShouldNotContain(e => e.Type == EntityType.Person);
        enrichment.Entities.ShouldContain(e => e.Text == organisation && e.Type == EntityType.Organization);
    }

    [Fact]
    public void The_West_is_a_region_without_a_point()
    {
        const string Sentence = "Moscow has sought closer ties with Beijing as relations with the West have soured.";
        var enrichment = EnrichArticle(Sentence, Sentence);
        var west = enrichment.Entities.Single(e => e.Text == "West");
        west.Type.ShouldBe(EntityType.Location);
        west.Name.ShouldBe("the West");
        var place = enrichment.Places.Single(p => p.Text == "West");
        place.Lat.ShouldBeNull();
        place.Country.ShouldBeNull();
    }

    [Fact]
    public void West_inside_a_longer_name_is_not_the_West()
    {
        const string Sentence = "Settlers moved deeper into the West Bank while the West Virginia delegation watched.";
        var enrichment = EnrichArticle(Sentence, Sentence);
        enrichment.Entities.ShouldNotContain(e => e.Name == "the West");
    }
}


public sealed class RegionTests
{
    private static readonly Enricher Enricher = new();

    private static ClaimEnrichment Enrich(string article)
    {
        var context = Enricher.BuildContext(article, null);
        return Enricher.Enrich(article, 0, context);
    }

    [Fact]
    public void First_level_regions_beyond_the_hand_kept_countries_are_places_in_an_article_about_their_country()
    {
        var enrichment = Enrich("India's farmers burn stubble every autumn. Officials in New Delhi said farmers in Punjab had cut the burning by half.");
        var punjab = enrichment.Places.Single(p => p.Text == "Punjab");
        punjab.Country.ShouldBe("IN");
        PlaceResolver.DistanceKm(punjab.Lat ?? 0, punjab.Lon ?? 0, 30.8, 75.5).ShouldBeLessThan(150);
    }

    [Fact]
    public void A_local_region_needs_its_country_or_a_locative_word()
    {
        // "Delta" is a Nigerian state; without Nigeria in the article and without "in", it is the airline.
        Enrich("Delta said on Monday that its pilots had voted to strike.").Places.ShouldNotContain(p => p.Text == "Delta");
        Enrich("Flooding in Bavaria closed roads on Monday.").Places.ShouldContain(p => p.Text == "Bavaria" && p.Country == "DE");
    }

    [Fact]
    public void A_region_named_like_a_city_of_its_country_stays_the_city()
    {
        var idlib = Enrich("Airstrikes hit Idlib in Syria on Tuesday.").Places.Single(p => p.Text == "Idlib");
        idlib.GeonameId.ShouldNotBeNull(); // cities carry a GeoNames id; regions from the wide table do not
    }

    [Fact]
    public void A_hyphenated_compound_of_two_places_names_both()
    {
        const string Article = "Flights on the Cairo-Amman route were cancelled on Monday.";
        var places = PlaceTests.EnrichArticle(Article, Article).Places;
        places.Single(p => p.Text == "Cairo").Country.ShouldBe("EG");
        places.Single(p => p.Text == "Amman").Country.ShouldBe("JO");
    }

    [Fact]
    public void A_listed_hyphenated_region_is_one_place()
    {
        const string Article = "Shipments to the Asia-Pacific market fell by a fifth, the exporters said.";
        var entities = PlaceTests.EnrichArticle(Article, Article).Entities;
        var region = entities.Single(e => e.Text == "Asia-Pacific");
        region.Type.ShouldBe(EntityType.Location);
    }

    [Fact]
    public void A_place_the_press_names_in_English_is_found_by_that_name()
    {
        const string Article = "Archaeologists returned to Palmyra after the fighting ended.";
        var place = PlaceTests.EnrichArticle(Article, Article).Places.Single();
        place.Text.ShouldBe("Palmyra");
        place.GeonameId.ShouldBe(163808); // GeoNames' Tadmur
        place.Country.ShouldBe("SY");
    }
}
