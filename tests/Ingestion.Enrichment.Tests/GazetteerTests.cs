namespace Ingestion.Enrichment.Tests;

public sealed class GazetteerTests
{
    [Fact]
    public void Cached_lookups_give_the_same_places_and_the_cache_stays_bounded()
    {
        var gazetteer = Gazetteer.LoadEmbedded();
        var first = gazetteer.Lookup("Sirte");
        gazetteer.Lookup("Sirte").ShouldBe(first);
        first.ShouldContain(e => e.Country == "LY");
        for (var k = 0; k <= Gazetteer.LookupCacheLimit + 10; k++)
        {
            gazetteer.Lookup("Nowhere" + k.ToString(System.Globalization.CultureInfo.InvariantCulture)).ShouldBeEmpty();
        }

        gazetteer.CachedLookups.ShouldBeLessThanOrEqualTo(Gazetteer.LookupCacheLimit);
        gazetteer.Lookup("Sirte").ShouldContain(e => e.Country == "LY");
    }

    [Fact]
    public void The_embedded_gazetteer_loads_countries_regions_and_cities()
    {
        var gazetteer = Gazetteer.Instance;
        gazetteer.Count.ShouldBeGreaterThan(20_000);
        gazetteer.Country("LY")!.Name.ShouldBe("Libya");
        gazetteer.Lookup("North Africa").ShouldContain(e => e.Kind == PlaceKind.Region && e.Country == null);
        gazetteer.Lookup("Texas").ShouldContain(e => e.Kind == PlaceKind.AdminRegion && e.Country == "US");
    }

    [Theory]
    [InlineData("Misrata", "LY", 2214846)] // exonym table
    [InlineData("Misurata", "LY", 2214846)] // exonym table
    [InlineData("Mişrātah", "LY", 2214846)] // the GeoNames name itself
    [InlineData("Raqqa", "SY", 172955)] // "Ar Raqqah": article dropped, -ah folded
    [InlineData("al-Raqqa", "SY", 172955)] // a different article spelling
    [InlineData("Bani Waleed", "LY", 2218840)] // ee = i
    [InlineData("Fallujah", "IQ", 0)]
    [InlineData("Cologne", "DE", 2886242)]
    [InlineData("Koln", "DE", 2886242)]
    public void Spellings_of_the_press_reach_the_gazetteer(string mention, string country, long geonameId)
    {
        var found = Gazetteer.Instance.Lookup(mention);
        found.ShouldNotBeEmpty(mention);
        found[0].Country.ShouldBe(country);
        if (geonameId != 0)
        {
            found[0].GeonameId.ShouldBe(geonameId);
        }
    }

    [Theory]
    [InlineData("Ar Raqqah", "raqa")]
    [InlineData("Mişrātah", "misrata")]
    [InlineData("Bani Waleed", "bani walid")]
    [InlineData("Ta‘izz", "taiz")]
    [InlineData("Deir ez-Zor", "deir ez zor")]
    public void Place_keys_fold_transliteration_variants(string name, string expectedKey)
    {
        var key = TextFolding.PlaceKey(name);
        (TextFolding.WithoutArticle(key) ?? key).ShouldBe(expectedKey);
    }

    [Fact]
    public void Demonyms_name_their_country()
    {
        Gazetteer.Instance.CountryOfDemonym("Libyan")!.Country.ShouldBe("LY");
        Gazetteer.Instance.CountryOfDemonym("German")!.Country.ShouldBe("DE");
        Gazetteer.Instance.CountryOfDemonym("Table").ShouldBeNull();
    }

    [Fact]
    public void A_gazetteer_reads_the_build_scripts_format()
    {
        const string Tsv = "C\t0\tLibya\tLY\t25.0000\t17.0000\t0\tPCL\tState of Libya|@Libyan\n"
            + "P\t2214846\tMişrātah\tLY\t32.3753\t15.0925\t386120\tPPLA\tMisrata|Misurata\tMisrata\n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Tsv));
        var gazetteer = Gazetteer.Load(stream);
        gazetteer.Count.ShouldBe(2);
        gazetteer.Lookup("State of Libya").Single().Name.ShouldBe("Libya");
        var city = gazetteer.Lookup("Misurata").Single();
        city.DisplayName.ShouldBe("Misrata");
        city.Population.ShouldBe(386120);
        gazetteer.CountryOfDemonym("Libyan")!.Name.ShouldBe("Libya");
    }

    [Theory]
    [InlineData("Lockerbie", "GB", 55.12, -3.36)]
    [InlineData("Davos", "CH", 46.80, 9.84)]
    [InlineData("Sturgis", "US", 44.41, -103.51)]
    [InlineData("Fordow", "IR", 34.88, 50.99)]
    public void Small_towns_the_news_names_often_are_in_the_gazetteer(string name, string country, double lat, double lon)
    {
        var place = Gazetteer.Instance.Lookup(name).Single(e => e.Country == country && e.Kind == PlaceKind.City);
        place.Lat.ShouldBe(lat, 0.05);
        place.Lon.ShouldBe(lon, 0.05);
    }

    [Fact]
    public void A_small_notable_town_is_a_place_after_a_locative()
    {
        const string Sentence = "Inspectors returned to the enrichment site near Fordow on Monday.";
        var place = PlaceTests.EnrichArticle(Sentence, Sentence).Places.Single();
        place.Name.ShouldBe("Fordow");
        place.Country.ShouldBe("IR");
    }
}
