using System.Text.Json.Serialization;
using Ingestion.Contracts;

namespace Ingestion.Cli;

// The output lines of shared/design/cli-contract.md. Scripts depend on these names: add fields freely,
// never rename or remove one.

internal abstract record Output
{
    [JsonPropertyOrder(-1)]
    public required string Source { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyOrder(100)]
    public string? Error { get; init; }
}

internal sealed record AuthorOutput(string? Name, string? Email, string? Uri);

internal sealed record FeedInfoOutput(
    string? Title, string? Link, string? Description, string? Language, DateTimeOffset? Updated,
    IReadOnlyList<AuthorOutput> Authors);

internal sealed record EntryOutput(
    string? Id, string? Title, string? Link, DateTimeOffset? Published, DateTimeOffset? Updated,
    IReadOnlyList<AuthorOutput> Authors, string? Summary, string? Content, IReadOnlyList<string> Categories);

internal sealed record FeedOutput : Output
{
    public string? Format { get; init; }
    public bool WellFormed { get; init; }
    public FeedInfoOutput? Feed { get; init; }
    public IReadOnlyList<EntryOutput> Entries { get; init; } = [];
}

internal sealed record ArticleOutput(
    string? Url, string? Title, string? Byline, IReadOnlyList<string> Authors, DateTimeOffset? PublishedAt,
    string? Language, string? SiteName, string? Section, string Text, IReadOnlyList<string> Paragraphs);

internal sealed record ExtractOutput : Output
{
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Byline { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public DateTimeOffset? PublishedAt { get; init; }
    public string? Language { get; init; }
    public string? SiteName { get; init; }
    public string? Section { get; init; }
    public string Text { get; init; } = "";
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
}

internal sealed record SentenceOutput(string Text, int Start, int Length);

internal sealed record SegmentOutput : Output
{
    public IReadOnlyList<SentenceOutput> Sentences { get; init; } = [];
}

internal sealed record ClaimOutput
{
    public required string Id { get; init; }
    public required int Ordinal { get; init; }
    public required int Paragraph { get; init; }
    public required string Text { get; init; }
    public required int Start { get; init; }
    public required int Length { get; init; }
    public required ClaimKind Kind { get; init; }
    public required bool Hedged { get; init; }
    public required IReadOnlyList<Attribution> Attributions { get; init; }

    // Present only with --enrich, as the contract says.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Entity>? Entities { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Place>? Places { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<TimeMention>? Times { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Quantity>? Quantities { get; init; }
}

internal sealed record ClaimsOutput : Output
{
    public ArticleOutput? Article { get; init; }
    public IReadOnlyList<ClaimOutput> Claims { get; init; } = [];
}
