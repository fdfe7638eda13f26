using System.Globalization;
using System.Text.Json;
using Ingestion.Contracts;

namespace Ingestion.Enrichment.Evaluation;

/// <summary>
/// A gold entity in the seed gold's shape: canonical name, type, the forms it is written in (the name itself
/// when none are given), and for places the country code and, for places smaller than a region, coordinates.
/// </summary>
public sealed record GoldEntity
{
    public required string Name { get; init; }
    public required EntityType Type { get; init; }
    public IReadOnlyList<string> Mentions { get; init; } = [];
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public string? Country { get; init; }

    /// <summary>The written forms, or the name alone when the annotation lists none (the seed gold's rule).</summary>
    public IReadOnlyList<string> Forms => Mentions.Count > 0 ? Mentions : [Name];

    public bool IsPlace => Type is EntityType.GeopoliticalEntity or EntityType.Location;
}

/// <summary>A gold date: the words and the ISO value they resolve to against the publication date.</summary>
public sealed record GoldDate(string Text, string Value);

/// <summary>A gold quantity: the words, the numeric value and what is counted or measured.</summary>
public sealed record GoldQuantity(string Text, double Value, string? Unit);

/// <summary>One annotated article: its text (headline first line), publication date and gold annotations.</summary>
public sealed record EnrichmentGoldArticle
{
    public required string Id { get; init; }
    public required DateTimeOffset Published { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<GoldEntity> Entities { get; init; } = [];
    public IReadOnlyList<GoldDate> Dates { get; init; } = [];
    public IReadOnlyList<GoldQuantity> Quantities { get; init; } = [];

    /// <summary>
    /// Where the body starts: after the headline (the first line) and the blank line under it. The gold covers
    /// the body only, so what is found in the headline is neither credited nor counted as spurious.
    /// </summary>
    public int BodyStart
    {
        get
        {
            var end = Text.IndexOf('\n', StringComparison.Ordinal);
            if (end < 0)
            {
                return 0;
            }

            while (end < Text.Length && char.IsWhiteSpace(Text[end]))
            {
                end++;
            }

            return end;
        }
    }
}

/// <summary>
/// Reads an enrichment set: JSON Lines, one article a line, <c>{"id", "published", "text", "entities": [{"name",
/// "type", "mentions", "lat", "lon", "country"}], "dates": [{"text", "value"}], "quantities": [{"text", "value",
/// "unit"}]}</c>, the entity, date and quantity objects in the seed gold's shape. A line that does not parse, or an
/// annotation whose words are not in the text, fails loudly with its line number.
/// </summary>
public static class EnrichmentGoldSet
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<EnrichmentGoldArticle> Load(string path)
    {
        var articles = new List<EnrichmentGoldArticle>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            GoldLine? gold;
            try
            {
                gold = JsonSerializer.Deserialize<GoldLine>(line, Options);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not a valid enrichment line: {e.Message}", e);
            }

            articles.Add(ToArticle(gold, $"{path}:{lineNumber}"));
        }

        return articles;
    }

    private static EnrichmentGoldArticle ToArticle(GoldLine? gold, string where)
    {
        if (gold?.Id is null || gold.Text is null || gold.Published is null)
        {
            throw new InvalidDataException($"{where}: an article needs \"id\", \"published\" and \"text\".");
        }

        if (!DateTimeOffset.TryParse(gold.Published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var published))
        {
            throw new InvalidDataException($"{where} ({gold.Id}): \"published\" is not an ISO date: \"{gold.Published}\".");
        }

        where = $"{where} ({gold.Id})";
        var text = gold.Text;
        return new EnrichmentGoldArticle
        {
            Id = gold.Id,
            Published = published,
            Text = text,
            Entities = (gold.Entities ?? []).Select(e => ToEntity(e, text, where)).ToList(),
            Dates = (gold.Dates ?? []).Select(d => d.Text is not null && d.Value is not null && text.Contains(d.Text, StringComparison.Ordinal)
                ? new GoldDate(d.Text, d.Value)
                : throw new InvalidDataException($"{where}: a date needs \"text\" (found in the article) and \"value\": \"{d.Text}\".")).ToList(),
            Quantities = (gold.Quantities ?? []).Select(q => q.Text is not null && q.Value is not null && text.Contains(q.Text, StringComparison.Ordinal)
                ? new GoldQuantity(q.Text, q.Value.Value, q.Unit)
                : throw new InvalidDataException($"{where}: a quantity needs \"text\" (found in the article) and a numeric \"value\": \"{q.Text}\".")).ToList(),
        };
    }

    private static GoldEntity ToEntity(GoldEntityLine e, string text, string where)
    {
        if (string.IsNullOrWhiteSpace(e.Name) || e.Type is null)
        {
            throw new InvalidDataException($"{where}: an entity needs \"name\" and \"type\".");
        }

        var type = e.Type switch
        {
            "PERSON" => EntityType.Person,
            "ORG" => EntityType.Organization,
            "GPE" => EntityType.GeopoliticalEntity,
            "LOC" => EntityType.Location,
            "NORP" => EntityType.Nationality,
            "EVENT" => EntityType.Event,
            _ => throw new InvalidDataException($"{where}: entity \"{e.Name}\" has an unknown type \"{e.Type}\" (PERSON, ORG, GPE, LOC, NORP or EVENT)."),
        };
        if ((e.Lat is null) != (e.Lon is null))
        {
            throw new InvalidDataException($"{where}: entity \"{e.Name}\" needs both \"lat\" and \"lon\", or neither.");
        }

        var entity = new GoldEntity { Name = e.Name, Type = type, Mentions = e.Mentions ?? [], Lat = e.Lat, Lon = e.Lon, Country = e.Country };
        var missing = entity.Forms.FirstOrDefault(m => !text.Contains(m, StringComparison.Ordinal));
        if (missing is not null)
        {
            throw new InvalidDataException($"{where}: entity \"{e.Name}\": the mention \"{missing}\" is not in the text.");
        }

        return entity;
    }

    private sealed record GoldLine(string? Id, string? Published, string? Text, List<GoldEntityLine>? Entities, List<GoldDateLine>? Dates, List<GoldQuantityLine>? Quantities);

    private sealed record GoldEntityLine(string? Name, string? Type, List<string>? Mentions, double? Lat, double? Lon, string? Country);

    private sealed record GoldDateLine(string? Text, string? Value);

    private sealed record GoldQuantityLine(string? Text, double? Value, string? Unit);
}
