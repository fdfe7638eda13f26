using System.Text.Json;
using Ingestion.Contracts;
using Ingestion.Enrichment.Evaluation;

namespace Ingestion.Enrichment.Tests;

/// <summary>
/// The seed article as an anchor: BuildContext over the article, then Enrich per body sentence, compared
/// with the hand annotation copied into Fixtures/seed-expected.json.
/// </summary>
public sealed class SeedArticleTests
{
    private static readonly Enricher Enricher = new();

    private static readonly string ArticleText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed-article.txt"));

    private static readonly JsonElement Expected =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed-expected.json"))).RootElement;

    private static readonly Lazy<List<ClaimEnrichment>> Results = new(() =>
    {
        var context = Enricher.BuildContext(ArticleText, new DateTimeOffset(2018, 1, 15, 0, 0, 0, TimeSpan.Zero));
        var results = new List<ClaimEnrichment>();
        var from = 0;
        foreach (var sentence in Expected.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()!))
        {
            var start = ArticleText.IndexOf(sentence, from, StringComparison.Ordinal);
            start.ShouldBeGreaterThanOrEqualTo(0, sentence);
            results.Add(Enricher.Enrich(sentence, start, context));
            from = start + sentence.Length;
        }

        return results;
    });

    private static string Body => string.Join(' ', Expected.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()));

    private static IEnumerable<JsonElement> BodyEntities => Expected.GetProperty("entities").EnumerateArray()
        .Where(e => Mentions(e).Any(m => System.Text.RegularExpressions.Regex.IsMatch(Body, $@"(?<!\w){System.Text.RegularExpressions.Regex.Escape(m)}(?!\w)")));

    private static List<string> Mentions(JsonElement entity) =>
        entity.TryGetProperty("mentions", out var mentions)
            ? [.. mentions.EnumerateArray().Select(m => m.GetString()!)]
            : [entity.GetProperty("name").GetString()!];

    private static bool Matches(string text, string name, JsonElement gold) =>
        Mentions(gold).Any(m => string.Equals(m, text, StringComparison.OrdinalIgnoreCase))
        || string.Equals(name, gold.GetProperty("name").GetString(), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void At_least_nine_in_ten_entities_are_found_with_the_right_type()
    {
        var entities = Results.Value.SelectMany(r => r.Entities).ToList();
        var gold = BodyEntities.ToList();
        var missed = gold.Where(g => !entities.Any(e => Matches(e.Text, e.Name, g) && EnrichmentScorer.Label(e.Type) == g.GetProperty("type").GetString()))
            .Select(g => g.GetProperty("name").GetString()).ToList();

        gold.Count.ShouldBeGreaterThan(35);
        (gold.Count - missed.Count).ShouldBeGreaterThanOrEqualTo((int)Math.Ceiling(gold.Count * 0.9), "missed: " + string.Join(", ", missed));
    }

    [Fact]
    public void Every_place_with_coordinates_is_within_50_km_and_in_the_right_country()
    {
        var places = Results.Value.SelectMany(r => r.Places).ToList();
        foreach (var gold in BodyEntities.Where(e => e.TryGetProperty("lat", out _)))
        {
            var name = gold.GetProperty("name").GetString();
            var hits = places.Where(p => Matches(p.Text, p.Name, gold) && p.Relative is null).ToList();
            hits.ShouldNotBeEmpty($"{name} not found");
            hits.Min(p => PlaceResolver.DistanceKm(p.Lat!.Value, p.Lon!.Value, gold.GetProperty("lat").GetDouble(), gold.GetProperty("lon").GetDouble()))
                .ShouldBeLessThanOrEqualTo(50, name);
            hits.ShouldAllBe(p => p.Country == gold.GetProperty("country").GetString(), name);
        }
    }

    [Fact]
    public void Countries_and_regions_are_places_with_their_codes()
    {
        var places = Results.Value.SelectMany(r => r.Places).ToList();
        foreach (var gold in BodyEntities.Where(e => e.GetProperty("type").GetString() is "GPE" or "LOC" && !e.TryGetProperty("lat", out _)))
        {
            var hits = places.Where(p => Matches(p.Text, p.Name, gold)).ToList();
            hits.ShouldNotBeEmpty(gold.GetProperty("name").GetString());
            var country = gold.TryGetProperty("country", out var code) ? code.GetString() : null;
            hits.ShouldAllBe(p => p.Country == country);
        }
    }

    [Fact]
    public void Every_date_is_resolved()
    {
        var values = Results.Value.SelectMany(r => r.Times).Select(t => t.Value).ToHashSet();
        foreach (var date in Expected.GetProperty("dates").EnumerateArray())
        {
            values.ShouldContain(date.GetProperty("value").GetString()!, date.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void Every_quantity_is_read_with_its_value_and_unit()
    {
        var quantities = Results.Value.SelectMany(r => r.Quantities).ToList();
        foreach (var gold in Expected.GetProperty("quantities").EnumerateArray())
        {
            var text = gold.GetProperty("text").GetString();
            var match = quantities.SingleOrDefault(q => q.Text == text);
            match.ShouldNotBeNull(text);
            match.Value.ShouldBe(gold.GetProperty("value").GetDouble());
            match.Unit.ShouldBe(gold.GetProperty("unit").GetString());
        }
    }

    [Fact]
    public void Offsets_point_into_the_article_text()
    {
        var results = Results.Value;
        foreach (var entity in results.SelectMany(r => r.Entities))
        {
            ArticleText.Substring(entity.Start, entity.Length).ShouldBe(entity.Text);
        }

        foreach (var place in results.SelectMany(r => r.Places))
        {
            ArticleText.Substring(place.Start, place.Length).ShouldBe(place.Text);
        }

        foreach (var time in results.SelectMany(r => r.Times))
        {
            ArticleText.Substring(time.Start, time.Length).ShouldBe(time.Text);
        }

        foreach (var quantity in results.SelectMany(r => r.Quantities))
        {
            ArticleText.Substring(quantity.Start, quantity.Length).ShouldBe(quantity.Text);
        }
    }

    [Fact]
    public void The_relative_location_southeast_of_Sirte_is_estimated()
    {
        var relative = Results.Value.SelectMany(r => r.Places).Single(p => p.Text == "150 miles southeast of Sirte");
        relative.Relative.ShouldNotBeNull();
        relative.Relative.Reference.ShouldBe("Sirte");
        relative.Relative.DistanceKm!.Value.ShouldBe(241.4, 0.1);
        relative.Relative.BearingDegrees.ShouldBe(135);
        // 150 miles southeast of Sirte (31.21 N, 16.59 E) lies in the desert near 29.7 N, 18.4 E.
        PlaceResolver.DistanceKm(relative.Lat!.Value, relative.Lon!.Value, 31.21, 16.59).ShouldBe(241.4, 1);
        relative.Lat.Value.ShouldBeLessThan(31.21);
        relative.Lon!.Value.ShouldBeGreaterThan(16.59);
    }

    [Fact]
    public void The_context_knows_the_article_language_aliases_and_countries()
    {
        var context = Enricher.BuildContext(ArticleText, null);
        context.Language.ShouldBe("en");
        context.Aliases.ShouldContain(a => a.Alias == "GNA" && a.Name == "Government of National Accord" && a.Type == EntityType.Organization);
        context.Aliases.ShouldContain(a => a.Alias == "Almesmari" && a.Name == "Ahmed Almesmari" && a.Type == EntityType.Person);
        context.Countries[0].ShouldBe("LY");
        context.Countries.ShouldContain("SY");
    }
}
