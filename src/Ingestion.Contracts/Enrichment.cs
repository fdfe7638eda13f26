using System.Text.Json.Serialization;

namespace Ingestion.Contracts;

/// <summary>Named-entity types, after the OntoNotes labels that downstream tools already know.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntityType>))]
public enum EntityType
{
    /// <summary>A person.</summary>
    [JsonStringEnumMemberName("PERSON")] Person,

    /// <summary>An organisation: companies, agencies, armed groups, outlets, institutions.</summary>
    [JsonStringEnumMemberName("ORG")] Organization,

    /// <summary>A geopolitical entity: country, region, city.</summary>
    [JsonStringEnumMemberName("GPE")] GeopoliticalEntity,

    /// <summary>A non-political location: regions of the world, bodies of water, deserts.</summary>
    [JsonStringEnumMemberName("LOC")] Location,

    /// <summary>A nationality, religious or political group ("Libyan", "Muslim").</summary>
    [JsonStringEnumMemberName("NORP")] Nationality,

    /// <summary>A named event ("the 2011 uprising", "World War II").</summary>
    [JsonStringEnumMemberName("EVENT")] Event,
}

/// <summary>A named entity mentioned in a claim.</summary>
public sealed record Entity
{
    /// <summary>The mention as written.</summary>
    public required string Text { get; init; }

    /// <summary>Offset of the mention in the article text, in UTF-16 code units.</summary>
    public required int Start { get; init; }

    /// <summary>Length of the mention, in UTF-16 code units.</summary>
    public required int Length { get; init; }

    /// <summary>The entity type.</summary>
    public required EntityType Type { get; init; }

    /// <summary>Canonical name: one name for all the aliases of the entity ("Islamic State" for "ISIS" and "Daesh").</summary>
    public required string Name { get; init; }
}

/// <summary>A place mention resolved against the gazetteer.</summary>
public sealed record Place
{
    /// <summary>The mention as written.</summary>
    public required string Text { get; init; }

    /// <summary>Offset of the mention in the article text, in UTF-16 code units.</summary>
    public required int Start { get; init; }

    /// <summary>Length of the mention, in UTF-16 code units.</summary>
    public required int Length { get; init; }

    /// <summary>The gazetteer's name for the place ("Bani Walid" for "Bani Waleed").</summary>
    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code, or null for places beyond one country ("North Africa").</summary>
    public string? Country { get; init; }

    /// <summary>Latitude in degrees (WGS 84); for a relative location, the estimated point.</summary>
    public double? Lat { get; init; }

    /// <summary>Longitude in degrees (WGS 84); for a relative location, the estimated point.</summary>
    public double? Lon { get; init; }

    /// <summary>GeoNames id of the place, when the gazetteer has one.</summary>
    public long? GeonameId { get; init; }

    /// <summary>For "150 miles southeast of Sirte": the offset from the reference place; otherwise null.</summary>
    public RelativeLocation? Relative { get; init; }
}

/// <summary>A location given as a distance and bearing from a reference place.</summary>
public sealed record RelativeLocation
{
    /// <summary>The reference place's gazetteer name ("Sirte").</summary>
    public required string Reference { get; init; }

    /// <summary>Distance from the reference place in kilometres, when given.</summary>
    public double? DistanceKm { get; init; }

    /// <summary>Compass bearing in degrees from north (southeast = 135), when given.</summary>
    public double? BearingDegrees { get; init; }

    /// <summary>The direction as written ("southeast", "south of").</summary>
    public string? Direction { get; init; }
}

/// <summary>A date or period mentioned in a claim, resolved against the article's publication date.</summary>
public sealed record TimeMention
{
    /// <summary>The mention as written ("September 2017", "the end of 2013", "last Tuesday").</summary>
    public required string Text { get; init; }

    /// <summary>Offset of the mention in the article text, in UTF-16 code units.</summary>
    public required int Start { get; init; }

    /// <summary>Length of the mention, in UTF-16 code units.</summary>
    public required int Length { get; init; }

    /// <summary>ISO 8601 value at the precision written: "2017", "2017-09", "2017-09-12".</summary>
    public required string Value { get; init; }
}

/// <summary>A count or measure mentioned in a claim.</summary>
public sealed record Quantity
{
    /// <summary>The mention as written ("17 ISIS militants", "150 miles").</summary>
    public required string Text { get; init; }

    /// <summary>Offset of the mention in the article text, in UTF-16 code units.</summary>
    public required int Start { get; init; }

    /// <summary>Length of the mention, in UTF-16 code units.</summary>
    public required int Length { get; init; }

    /// <summary>The numeric value (six = 6, 1.5 million = 1500000).</summary>
    public required double Value { get; init; }

    /// <summary>What is counted or measured ("militants", "mile", "USD", "percent"), or null.</summary>
    public string? Unit { get; init; }

    /// <summary>"at least", "about", "more than", "up to", ... or null when the number is given as exact.</summary>
    public string? Qualifier { get; init; }
}

/// <summary>A name seen in the article with the canonical form it stands for ("GNA" for "Government of National Accord").</summary>
public sealed record NameAlias
{
    /// <summary>The form as written in the article.</summary>
    public required string Alias { get; init; }

    /// <summary>The canonical name the form refers to.</summary>
    public required string Name { get; init; }

    /// <summary>The entity type of the canonical name.</summary>
    public required EntityType Type { get; init; }
}

/// <summary>
/// What the enricher needs to know about the whole article to enrich one claim of it: the language, the
/// publication date for relative times, and the names the article defines, so that "Almesmari" and "GNA"
/// resolve to the forms given earlier in the article.
/// </summary>
public sealed record ArticleContext
{
    /// <summary>ISO 639-1 language code of the article text, or null when undetermined.</summary>
    public string? Language { get; init; }

    /// <summary>Publication time of the article, the anchor for relative dates.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Aliases defined or implied by the article, mapped to canonical names.</summary>
    public IReadOnlyList<NameAlias> Aliases { get; init; } = [];

    /// <summary>ISO country codes of the countries the article mentions, to tell places apart.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];
}
