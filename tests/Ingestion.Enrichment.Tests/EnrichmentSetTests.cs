using Ingestion.Contracts;
using Ingestion.Enrichment.Evaluation;
using Ingestion.Analysis;

namespace Ingestion.Enrichment.Tests;

/// <summary>
/// The scorer on small hand-made cases, the set's loader on bad input, and floors on the original enrichment set
/// (Fixtures/enrichment): the real claim extraction and enrichment over dev, check and fresh must not fall below the
/// figures measured when the set was written, less a small margin.
/// </summary>
public sealed class EnrichmentSetTests
{
    private const string Headline = "Headline Words Here\n\n";

    private static EnrichmentGoldArticle Article(string body, IReadOnlyList<GoldEntity>? entities = null,
        IReadOnlyList<GoldDate>? dates = null, IReadOnlyList<GoldQuantity>? quantities = null) => new()
    {
        Id = "a1",
        Published = new DateTimeOffset(2018, 1, 15, 0, 0, 0, TimeSpan.Zero),
        Text = Headline + body,
        Entities = entities ?? [],
        Dates = dates ?? [],
        Quantities = quantities ?? [],
    };

    private static Entity Predicted(string text, EntityType type, string? name = null, int start = 100) =>
        new() { Text = text, Start = start, Length = text.Length, Type = type, Name = name ?? text };

    private static Place PredictedPlace(string text, double lat, double lon, string country) =>
        new() { Text = text, Start = 100, Length = text.Length, Name = text, Lat = lat, Lon = lon, Country = country };

    private static GoldEntity Gold(string name, EntityType type, params string[] mentions) => new() { Name = name, Type = type, Mentions = mentions };

    private static (EnrichmentReport Report, IReadOnlyList<string> Failures) Score(EnrichmentGoldArticle article, params ClaimEnrichment[] claims)
    {
        var scorer = new EnrichmentScorer();
        var failures = scorer.Add(article, claims);
        return (scorer.Report(), failures);
    }

    [Fact]
    public void A_surname_matches_a_gold_mention()
    {
        var article = Article("Ahmed Almesmari spoke. Almesmari said more.", [Gold("Ahmed Almesmari", EntityType.Person, "Ahmed Almesmari", "Almesmari")]);
        var (report, failures) = Score(article, new ClaimEnrichment { Entities = [Predicted("Almesmari", EntityType.Person)] });

        report.Entities.ShouldBe(new Ratio(1, 1));
        report.EntitiesTyped.ShouldBe(new Ratio(1, 1));
        report.EntityPrecision.ShouldBe(new Ratio(1, 1));
        failures.ShouldBeEmpty();
    }

    [Fact]
    public void An_alias_matches_by_its_canonical_name()
    {
        var article = Article("IS fighters moved south.", [Gold("Islamic State", EntityType.Organization, "ISIS", "Islamic State")]);
        var (report, _) = Score(article, new ClaimEnrichment { Entities = [Predicted("IS", EntityType.Organization, "islamic state")] });

        report.Entities.ShouldBe(new Ratio(1, 1));
        report.EntityPrecision.ShouldBe(new Ratio(1, 1));
    }

    [Fact]
    public void A_wrong_type_is_found_but_not_typed()
    {
        var article = Article("Kurdish fighters advanced.", [Gold("Kurdish", EntityType.Nationality)]);
        var (report, failures) = Score(article, new ClaimEnrichment { Entities = [Predicted("Kurdish", EntityType.Organization)] });

        report.Entities.ShouldBe(new Ratio(1, 1));
        report.EntitiesTyped.ShouldBe(new Ratio(0, 1));
        report.EntityPrecision.ShouldBe(new Ratio(1, 1));
        report.EntityTypedPrecision.ShouldBe(new Ratio(0, 1));
        failures.ShouldContain("a1: entity type: Kurdish gold NORP, got ORG");
    }

    [Fact]
    public void A_spurious_entity_lowers_precision_but_not_recall()
    {
        var article = Article("Libya and Oyu Tolgoi.", [Gold("Libya", EntityType.GeopoliticalEntity)]);
        var (report, failures) = Score(article, new ClaimEnrichment
        {
            Entities = [Predicted("Libya", EntityType.GeopoliticalEntity), Predicted("Oyu Tolgoi", EntityType.Person)],
        });

        report.Entities.ShouldBe(new Ratio(1, 1));
        report.EntityPrecision.ShouldBe(new Ratio(1, 2));
        report.EntityF1.ShouldBe(2 * 0.5 * 1 / 1.5, 1e-9);
        failures.ShouldContain("a1: spurious entity: 'Oyu Tolgoi' (PERSON, name 'Oyu Tolgoi')");
    }

    [Fact]
    public void A_place_60_km_off_is_found_in_its_country_but_not_within_50_km()
    {
        var sirte = new GoldEntity { Name = "Sirte", Type = EntityType.GeopoliticalEntity, Lat = 31.21, Lon = 16.59, Country = "LY" };
        var article = Article("Fighting near Sirte.", [sirte]);

        // 0.54 degrees of latitude is about 60 km.
        var (far, failures) = Score(article, new ClaimEnrichment { Places = [PredictedPlace("Sirte", 31.75, 16.59, "LY")] });
        var (near, _) = Score(article, new ClaimEnrichment { Places = [PredictedPlace("Sirte", 31.50, 16.59, "LY")] });

        far.Places.ShouldBe(new Ratio(1, 1));
        far.Places50Km.ShouldBe(new Ratio(0, 1));
        far.Country.ShouldBe(new Ratio(1, 1));
        failures.ShouldContain(f => f.Contains("place Sirte: 60 km from gold", StringComparison.Ordinal));
        near.Places50Km.ShouldBe(new Ratio(1, 1));
    }

    [Fact]
    public void A_place_in_the_wrong_country_fails_the_country_figure()
    {
        var cambridge = new GoldEntity { Name = "Cambridge", Type = EntityType.GeopoliticalEntity, Lat = 42.37, Lon = -71.11, Country = "US" };
        var (report, _) = Score(Article("A team in Cambridge.", [cambridge]), new ClaimEnrichment { Places = [PredictedPlace("Cambridge", 52.2, 0.12, "GB")] });

        report.Places.ShouldBe(new Ratio(1, 1));
        report.Places50Km.ShouldBe(new Ratio(0, 1));
        report.Country.ShouldBe(new Ratio(0, 1));
    }

    [Fact]
    public void A_time_needs_the_same_value()
    {
        var article = Article("It happened in September 2017.", dates: [new GoldDate("September 2017", "2017-09")]);
        var wrong = new TimeMention { Text = "September 2017", Start = 40, Length = 14, Value = "2017" };
        var right = wrong with { Value = "2017-09" };

        var (missed, failures) = Score(article, new ClaimEnrichment { Times = [wrong] });
        var (found, _) = Score(article, new ClaimEnrichment { Times = [right] });

        missed.Times.ShouldBe(new Ratio(0, 1));
        missed.TimesPrecision.ShouldBe(new Ratio(0, 1));
        failures.ShouldContain("a1: time not found: 'September 2017' = 2017-09 (got 'September 2017' = 2017)");
        found.Times.ShouldBe(new Ratio(1, 1));
        found.TimesPrecision.ShouldBe(new Ratio(1, 1));
    }

    [Fact]
    public void A_quantity_needs_the_same_number_and_an_extra_one_lowers_precision()
    {
        var article = Article("At least 23 people died in 2011.", quantities: [new GoldQuantity("At least 23 people", 23, "people")]);
        var (report, failures) = Score(article, new ClaimEnrichment
        {
            Quantities =
            [
                new Quantity { Text = "At least 23 people", Start = 21, Length = 18, Value = 23, Unit = "people", Qualifier = "at least" },
                new Quantity { Text = "2011", Start = 48, Length = 4, Value = 2011 },
            ],
        });

        report.Quantities.ShouldBe(new Ratio(1, 1));
        report.QuantitiesPrecision.ShouldBe(new Ratio(1, 2));
        failures.ShouldContain(f => f.Contains("spurious quantity: '2011'", StringComparison.Ordinal));
    }

    [Fact]
    public void What_is_found_in_the_headline_is_neither_credited_nor_spurious()
    {
        var article = Article("Libya votes.", [Gold("Libya", EntityType.GeopoliticalEntity)]);
        var (report, _) = Score(article, new ClaimEnrichment
        {
            Entities = [Predicted("Headline", EntityType.Person, start: 0), Predicted("Libya", EntityType.GeopoliticalEntity, start: 2)],
        });

        report.Entities.ShouldBe(new Ratio(0, 1));
        report.EntityPrecision.ShouldBe(new Ratio(0, 0));
    }

    [Fact]
    public void A_malformed_line_names_its_line_number()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, [
                """{"id":"ok","published":"2020-01-01","text":"H\n\nLibya.","entities":[{"name":"Libya","type":"GPE"}]}""",
                """{"id":"bad","published":"2020-01-01","text":"H\n\nLibya.","entities":[{"name":"Libya","type":"COUNTRY"}]}""",
            ]);
            Should.Throw<InvalidDataException>(() => EnrichmentGoldSet.Load(path)).Message.ShouldContain(":2 (bad)");

            File.WriteAllText(path, "{not json");
            Should.Throw<InvalidDataException>(() => EnrichmentGoldSet.Load(path)).Message.ShouldContain(":1: not a valid enrichment line");

            File.WriteAllText(path, """{"id":"x","published":"2020-01-01","text":"H\n\nLibya.","entities":[{"name":"Tunisia","type":"GPE"}]}""");
            Should.Throw<InvalidDataException>(() => EnrichmentGoldSet.Load(path)).Message.ShouldContain("the mention \"Tunisia\" is not in the text");
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static TheoryData<string, double[]> Floors => new()
    {
        // entities, entities_typed, entity_p, places, places_50km, country, times, times_p, quantities, quantities_p:
        // the figures measured after the tuning of 2026-11-24 (dev 0.953 0.932 0.980 0.941 0.895 0.924 0.992
        // 1.000 1.000 0.929; check 0.876 0.826 0.955 0.838 0.688 0.755 0.930 0.932 0.989 0.916), less 0.03;
        // quantities_p since durations stopped being quantities (2026-11-24: dev 0.994, check 0.977), less 0.03.
        // Durations and ages in a time unit are quantities again since 2026-12-07, in the gold as in the code: then
        // quantities dev 1.000 / 0.994, check 0.979 / 0.979, and times check 0.944 / 0.933; the floors still hold.
        { "dev.jsonl", [0.92, 0.90, 0.95, 0.91, 0.86, 0.89, 0.96, 0.97, 0.97, 0.96] },
        { "check.jsonl", [0.84, 0.79, 0.92, 0.80, 0.65, 0.72, 0.90, 0.90, 0.95, 0.94] },
        // The fresh held-out split (2026-12-07, issue 18): 0.871 0.860 0.951 0.875 0.762 0.823 0.925 0.949 0.985 0.930
        // before the unseen-news classes, 0.938 0.933 0.969 0.925 0.833 0.886 0.925 0.949 0.985 0.930 after; floors
        // are the after figures less 0.03, so the gains on text nobody tuned on do not quietly erode.
        { "fresh.jsonl", [0.90, 0.90, 0.93, 0.89, 0.80, 0.85, 0.89, 0.91, 0.95, 0.90] },
    };

    [Theory]
    [MemberData(nameof(Floors))]
    public void The_enrichment_set_does_not_fall_below_its_floors(string split, double[] floors)
    {
        var articles = EnrichmentGoldSet.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "enrichment", split));
        articles.Count.ShouldBeGreaterThanOrEqualTo(11);
        // Through the analysis the pipeline and `ingest-eval enrichment` run: BuildContext once, Enrich per claim.
        var analyzer = new ArticleAnalyzer();
        var scorer = new EnrichmentScorer();
        var failures = new List<string>();
        foreach (var article in articles)
        {
            var analysis = analyzer.Analyze(new ArticleSource { Content = article.Text, IsHtml = false, PublishedAt = article.Published }, enrich: true);
            failures.AddRange(scorer.Add(article, [.. analysis.Claims.Select(claim => claim.Enrichment!)]));
        }

        var r = scorer.Report();
        var figures = new (string Name, Ratio Value)[]
        {
            ("entities", r.Entities), ("entities_typed", r.EntitiesTyped), ("entity_p", r.EntityPrecision), ("places", r.Places),
            ("places_50km", r.Places50Km), ("country", r.Country), ("times", r.Times), ("times_p", r.TimesPrecision),
            ("quantities", r.Quantities), ("quantities_p", r.QuantitiesPrecision),
        };
        var below = figures.Zip(floors).Where(f => f.First.Value.Rate < f.Second)
            .Select(f => $"{f.First.Name} {f.First.Value} = {f.First.Value.Rate:0.000} < {f.Second}").ToList();
        below.ShouldBeEmpty(string.Join("\n", below.Concat(failures.Take(40))));
    }
}
