using Ingestion.Contracts;

namespace Ingestion.Text;

/// <summary>A claim found in an article text; offsets are into that text.</summary>
public sealed record ExtractedClaim
{
    public required int Ordinal { get; init; }
    public required int Paragraph { get; init; }
    public required string Text { get; init; }
    public required int Start { get; init; }
    public required int Length { get; init; }
    public required ClaimKind Kind { get; init; }
    public required bool Hedged { get; init; }
    public IReadOnlyList<Attribution> Attributions { get; init; } = [];
}
