using Ingestion.Contracts;

namespace Ingestion.Enrichment;

/// <summary>What enrichment found in one claim; offsets are into the article text.</summary>
public sealed record ClaimEnrichment
{
    public IReadOnlyList<Entity> Entities { get; init; } = [];
    public IReadOnlyList<Place> Places { get; init; } = [];
    public IReadOnlyList<TimeMention> Times { get; init; } = [];
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];
}
