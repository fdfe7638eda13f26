namespace Ingestion.Text;

/// <summary>A sentence of a text, located by UTF-16 offsets into that text.</summary>
public sealed record Sentence(string Text, int Start, int Length);
