using System.Text;

namespace Ingestion.Analysis;

/// <summary>Plain-text inputs (not HTML, whose charset the extractor detects): UTF-8, a byte-order mark honoured and dropped.</summary>
public static class TextDecoding
{
    public static string Decode(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
