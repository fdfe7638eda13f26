using System.Globalization;
using Ingestion.Contracts;

namespace Ingestion.Enrichment.Evaluation;

/// <summary>A count of hits out of a total; the rate is 0 for an empty total.</summary>
public readonly record struct Ratio(int Hits, int Total)
{
    public double Rate => Total == 0 ? 0 : (double)Hits / Total;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Hits}/{Total}");

    public static double F1(Ratio precision, Ratio recall) =>
        precision.Rate + recall.Rate == 0 ? 0 : 2 * precision.Rate * recall.Rate / (precision.Rate + recall.Rate);
}

/// <summary>Precision and recall of one entity type: recall over the gold entities of the type, precision over the predictions of it.</summary>
public sealed record TypeFigures(EntityType Type, Ratio Recall, Ratio Precision)
{
    public double F1 => Ratio.F1(Precision, Recall);
}

/// <summary>The figures of an enrichment set, summed over its articles.</summary>
public sealed record EnrichmentReport
{
    public int Articles { get; init; }

    /// <summary>Gold entities found among the predicted entities (the seed scorer's "entities").</summary>
    public Ratio Entities { get; init; }

    /// <summary>Gold entities found with the gold type ("entities_typed").</summary>
    public Ratio EntitiesTyped { get; init; }

    /// <summary>Predicted entities (each mention of each claim) that match some gold entity of the article.</summary>
    public Ratio EntityPrecision { get; init; }

    /// <summary>Predicted entities that match a gold entity of the same type.</summary>
    public Ratio EntityTypedPrecision { get; init; }

    public double EntityF1 => Ratio.F1(EntityPrecision, Entities);

    public double EntityTypedF1 => Ratio.F1(EntityTypedPrecision, EntitiesTyped);

    public IReadOnlyList<TypeFigures> PerType { get; init; } = [];

    /// <summary>Gold GPE/LOC entities found among the predicted places.</summary>
    public Ratio Places { get; init; }

    /// <summary>Gold places with coordinates that have a matching predicted place within 50 km.</summary>
    public Ratio Places50Km { get; init; }

    /// <summary>Gold places with a country code that have a matching predicted place in that country.</summary>
    public Ratio Country { get; init; }

    /// <summary>Gold dates whose value some predicted time of the article has.</summary>
    public Ratio Times { get; init; }

    /// <summary>Predicted times whose value is some gold date's value.</summary>
    public Ratio TimesPrecision { get; init; }

    /// <summary>Gold quantities whose value some predicted quantity of the article has.</summary>
    public Ratio Quantities { get; init; }

    /// <summary>Predicted quantities whose value is some gold quantity's value.</summary>
    public Ratio QuantitiesPrecision { get; init; }
}

/// <summary>
/// Scores enrichment against annotated articles with the rules of the seed scorer (shared/eval/score_claims_seed.py)
/// and adds precision. A predicted entity or place matches a gold entity when its text equals one of the gold
/// mentions or its name equals the gold name (whitespace-normalised, case-insensitive); a time matches by its
/// ISO value, a quantity by its numeric value. Only what is found in the body counts: the gold does not cover
/// the headline. Not thread-safe: one scorer per run.
/// </summary>
public sealed class EnrichmentScorer
{
    private const double PlaceToleranceKm = 50;

    private static readonly EntityType[] Types = Enum.GetValues<EntityType>();

    private readonly Dictionary<EntityType, int[]> _perType = Types.ToDictionary(t => t, _ => new int[4]);
    private int _articles;
    private int _entities, _entitiesFound, _entitiesTyped, _predicted, _predictedOk, _predictedTypedOk;
    private int _places, _placesFound, _geo, _geoOk, _countries, _countriesOk;
    private int _dates, _datesFound, _times, _timesOk;
    private int _quantities, _quantitiesFound, _predictedQuantities, _predictedQuantitiesOk;

    /// <summary>Scores one article; returns its failures (missed gold items, wrong types and places, spurious predictions), each prefixed with the article id.</summary>
    public IReadOnlyList<string> Add(EnrichmentGoldArticle article, IReadOnlyList<ClaimEnrichment> claims)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(claims);
        var bodyStart = article.BodyStart;
        var entities = claims.SelectMany(c => c.Entities).Where(e => e.Start >= bodyStart).ToList();
        var places = claims.SelectMany(c => c.Places).Where(p => p.Start >= bodyStart).ToList();
        var times = claims.SelectMany(c => c.Times).Where(t => t.Start >= bodyStart).ToList();
        var quantities = claims.SelectMany(c => c.Quantities).Where(q => q.Start >= bodyStart).ToList();
        var failures = new List<string>();
        _articles++;

        ScoreEntities(article.Entities, entities, failures);
        ScorePlaces(article.Entities.Where(e => e.IsPlace).ToList(), places, failures);
        ScoreTimes(article.Dates, times, failures);
        ScoreQuantities(article.Quantities, quantities, failures);
        return failures.Select(f => $"{article.Id}: {f}").ToList();
    }

    public EnrichmentReport Report() => new()
    {
        Articles = _articles,
        Entities = new(_entitiesFound, _entities),
        EntitiesTyped = new(_entitiesTyped, _entities),
        EntityPrecision = new(_predictedOk, _predicted),
        EntityTypedPrecision = new(_predictedTypedOk, _predicted),
        PerType = Types.Select(t => new TypeFigures(t, new(_perType[t][1], _perType[t][0]), new(_perType[t][3], _perType[t][2]))).ToList(),
        Places = new(_placesFound, _places),
        Places50Km = new(_geoOk, _geo),
        Country = new(_countriesOk, _countries),
        Times = new(_datesFound, _dates),
        TimesPrecision = new(_timesOk, _times),
        Quantities = new(_quantitiesFound, _quantities),
        QuantitiesPrecision = new(_predictedQuantitiesOk, _predictedQuantities),
    };

    /// <summary>The seed scorer's match: the text equals a gold mention, or the name equals the gold name.</summary>
    public static bool Matches(string text, string name, GoldEntity gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var t = NormalizeWhitespace(text);
        return gold.Forms.Any(m => string.Equals(NormalizeWhitespace(m), t, StringComparison.OrdinalIgnoreCase))
            || string.Equals(NormalizeWhitespace(name), NormalizeWhitespace(gold.Name), StringComparison.OrdinalIgnoreCase);
    }

    private void ScoreEntities(IReadOnlyList<GoldEntity> gold, List<Entity> predicted, List<string> failures)
    {
        foreach (var g in gold)
        {
            var hits = predicted.Where(p => Matches(p.Text, p.Name, g)).ToList();
            var typed = hits.Any(p => p.Type == g.Type);
            _entities++;
            _entitiesFound += hits.Count > 0 ? 1 : 0;
            _entitiesTyped += typed ? 1 : 0;
            _perType[g.Type][0]++;
            _perType[g.Type][1] += typed ? 1 : 0;
            if (hits.Count == 0)
            {
                failures.Add($"entity not found: {g.Name} ({Label(g.Type)})");
            }
            else if (!typed)
            {
                failures.Add($"entity type: {g.Name} gold {Label(g.Type)}, got {string.Join("/", hits.Select(p => Label(p.Type)).Distinct())}");
            }
        }

        var spurious = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in predicted)
        {
            var matching = gold.Where(g => Matches(p.Text, p.Name, g)).ToList();
            var typed = matching.Any(g => g.Type == p.Type);
            _predicted++;
            _predictedOk += matching.Count > 0 ? 1 : 0;
            _predictedTypedOk += typed ? 1 : 0;
            _perType[p.Type][2]++;
            _perType[p.Type][3] += typed ? 1 : 0;
            if (matching.Count == 0 && spurious.Add($"{p.Text}|{p.Type}"))
            {
                failures.Add($"spurious entity: '{p.Text}' ({Label(p.Type)}, name '{p.Name}')");
            }
        }
    }

    private void ScorePlaces(IReadOnlyList<GoldEntity> gold, List<Place> predicted, List<string> failures)
    {
        foreach (var g in gold)
        {
            var hits = predicted.Where(p => Matches(p.Text, p.Name, g)).ToList();
            _places++;
            _placesFound += hits.Count > 0 ? 1 : 0;
            if (hits.Count == 0)
            {
                failures.Add($"place not found: {g.Name}");
            }

            if (g is { Lat: { } lat, Lon: { } lon })
            {
                _geo++;
                var distances = hits.Where(p => p.Lat is not null && p.Lon is not null)
                    .Select(p => PlaceResolver.DistanceKm(lat, lon, p.Lat!.Value, p.Lon!.Value)).ToList();
                var nearest = distances.Count > 0 ? distances.Min() : (double?)null;
                _geoOk += nearest <= PlaceToleranceKm ? 1 : 0;
                if (hits.Count > 0 && !(nearest <= PlaceToleranceKm))
                {
                    var got = hits[0];
                    failures.Add(nearest is null
                        ? $"place {g.Name}: no lat/lon"
                        : string.Create(CultureInfo.InvariantCulture, $"place {g.Name}: {nearest:0} km from gold (got {got.Name}, {got.Country})"));
                }
            }

            if (!string.IsNullOrEmpty(g.Country))
            {
                _countries++;
                var ok = hits.Any(p => string.Equals(NormalizeWhitespace(p.Country), g.Country, StringComparison.OrdinalIgnoreCase));
                _countriesOk += ok ? 1 : 0;
                if (hits.Count > 0 && !ok)
                {
                    failures.Add($"place {g.Name}: country {string.Join("/", hits.Select(p => p.Country ?? "none").Distinct())}, gold {g.Country}");
                }
            }
        }
    }

    private void ScoreTimes(IReadOnlyList<GoldDate> gold, List<TimeMention> predicted, List<string> failures)
    {
        var values = predicted.Select(t => t.Value.Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (var d in gold)
        {
            var ok = values.Contains(d.Value);
            _dates++;
            _datesFound += ok ? 1 : 0;
            if (!ok)
            {
                var sameWords = predicted.Where(t => t.Text.Contains(d.Text, StringComparison.OrdinalIgnoreCase) || d.Text.Contains(t.Text, StringComparison.OrdinalIgnoreCase)).ToList();
                failures.Add($"time not found: '{d.Text}' = {d.Value}" + (sameWords.Count > 0 ? $" (got '{sameWords[0].Text}' = {sameWords[0].Value})" : ""));
            }
        }

        var goldValues = gold.Select(d => d.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var t in predicted)
        {
            var ok = goldValues.Contains(t.Value.Trim());
            _times++;
            _timesOk += ok ? 1 : 0;
            if (!ok)
            {
                failures.Add($"spurious time: '{t.Text}' = {t.Value}");
            }
        }
    }

    private void ScoreQuantities(IReadOnlyList<GoldQuantity> gold, List<Quantity> predicted, List<string> failures)
    {
        foreach (var q in gold)
        {
            var ok = predicted.Any(p => SameValue(p.Value, q.Value));
            _quantities++;
            _quantitiesFound += ok ? 1 : 0;
            if (!ok)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"quantity not found: '{q.Text}' = {q.Value}"));
            }
        }

        foreach (var p in predicted)
        {
            var ok = gold.Any(q => SameValue(p.Value, q.Value));
            _predictedQuantities++;
            _predictedQuantitiesOk += ok ? 1 : 0;
            if (!ok)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"spurious quantity: '{p.Text}' = {p.Value} {p.Unit}"));
            }
        }
    }

    private static bool SameValue(double a, double b) => Math.Abs(a - b) < 1e-9;

    private static string NormalizeWhitespace(string? s) =>
        s is null ? "" : TextFolding.CollapseWhitespace(s);

    /// <summary>The contract's label of a type (PERSON, ORG, GPE, LOC, NORP, EVENT).</summary>
    public static string Label(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORG",
        EntityType.GeopoliticalEntity => "GPE",
        EntityType.Location => "LOC",
        EntityType.Nationality => "NORP",
        _ => "EVENT",
    };
}
