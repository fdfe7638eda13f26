namespace Ingestion.Text;

/// <summary>Splits plain text into sentences with exact offsets.</summary>
public sealed class SentenceSegmenter
{
    public IReadOnlyList<Sentence> Segment(string text) => throw new NotImplementedException();
}
