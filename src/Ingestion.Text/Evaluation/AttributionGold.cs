using System.Text.Json;
using System.Text.Json.Serialization;
using Ingestion.Contracts;

namespace Ingestion.Text.Evaluation;

/// <summary>A span of an article text: <c>[Start, End)</c> in UTF-16 code units.</summary>
public readonly record struct CharSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(CharSpan other) => Start < other.End && other.Start < End;
}

/// <summary>
/// One annotated quotation (Citron's unit): who (source), the reporting cue, and the reported words, which may
/// come in several pieces ("“We are ready,” she said. “We will fight.”" is one quotation with two contents).
/// </summary>
public sealed record AnnotatedQuote
{
    public required CharSpan Source { get; init; }
    public required CharSpan Cue { get; init; }
    public required IReadOnlyList<CharSpan> Contents { get; init; }
    public SourceType? SourceType { get; init; }
    public string? Name { get; init; }
    public QuoteType? Quote { get; init; }

    /// <summary>What the cue ascribes, when the annotation or the prediction says.</summary>
    public CueClass? CueClass { get; init; }
}

/// <summary>An article text with its annotated quotations.</summary>
public sealed record AnnotatedArticle(string Id, string Text, IReadOnlyList<AnnotatedQuote> Quotes);

/// <summary>
/// Reads an attribution set: JSON Lines, one article a line:
/// <c>{"id", "text", "attributions": [{"source": {"start","end","text"}, "cue": {...}, "contents": [{...}],
/// "sourceType": "person", "name": "...", "quote": "direct", "cueClass": "speech"}]}</c>; <c>"source": null</c> (with
/// <c>"sourceType": "none"</c>) is an attribution with no named source, read as an empty source at the cue. Each span's <c>text</c> must equal the
/// article text at its offsets, so a shifted annotation fails loudly instead of scoring wrong.
/// </summary>
public static class AttributionGoldSet
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter<SourceType>(), new JsonStringEnumConverter<QuoteType>(), new JsonStringEnumConverter<CueClass>() },
    };

    public static IReadOnlyList<AnnotatedArticle> Load(string path)
    {
        var articles = new List<AnnotatedArticle>();
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
                throw new InvalidDataException($"{path}:{lineNumber}: not a valid attribution line: {e.Message}", e);
            }

            if (gold?.Id is null || gold.Text is null)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: an article needs \"id\" and \"text\".");
            }

            var quotes = (gold.Attributions ?? []).Select((a, i) => ToQuote(a, gold.Text, $"{path}:{lineNumber} ({gold.Id}, attribution {i})")).ToList();
            articles.Add(new AnnotatedArticle(gold.Id, gold.Text, quotes));
        }

        return articles;
    }

    private static AnnotatedQuote ToQuote(GoldAttribution a, string text, string where)
    {
        if (a.Cue is null || a.Contents is not { Count: > 0 })
        {
            throw new InvalidDataException($"{where}: needs \"cue\" and at least one of \"contents\".");
        }

        if ((a.Source is null) != (a.SourceType == Contracts.SourceType.None))
        {
            throw new InvalidDataException($"{where}: \"source\": null goes with \"sourceType\": \"none\", and only with it.");
        }

        var cue = Checked(a.Cue, text, where);
        return new AnnotatedQuote
        {
            Source = a.Source is null ? new CharSpan(cue.Start, cue.Start) : Checked(a.Source, text, where),
            Cue = cue,
            Contents = a.Contents.Select(c => Checked(c, text, where)).ToList(),
            SourceType = a.SourceType,
            Name = a.Name,
            Quote = a.Quote,
            CueClass = a.CueClass,
        };
    }

    private static CharSpan Checked(GoldSpan span, string text, string where)
    {
        if (span.Start < 0 || span.End < span.Start || span.End > text.Length)
        {
            throw new InvalidDataException($"{where}: span [{span.Start}, {span.End}) is outside the text ({text.Length} characters).");
        }

        if (span.Text is not null && !string.Equals(text[span.Start..span.End], span.Text, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{where}: span [{span.Start}, {span.End}) reads \"{text[span.Start..span.End]}\", not \"{span.Text}\".");
        }

        return new CharSpan(span.Start, span.End);
    }

    private sealed record GoldLine(string? Id, string? Text, List<GoldAttribution>? Attributions);

    private sealed record GoldAttribution(GoldSpan? Source, GoldSpan? Cue, List<GoldSpan>? Contents, SourceType? SourceType, string? Name, QuoteType? Quote, CueClass? CueClass);

    private sealed record GoldSpan(int Start, int End, string? Text);
}
