using System.Text;
using System.Text.RegularExpressions;

namespace Ingestion.Feeds.Parsing;

/// <summary>The document as text, and whether its bytes disagreed with what it said about its encoding.</summary>
internal sealed record DecodedText(string Text, bool EncodingTrouble);

/// <summary>
/// Turns a feed's bytes into text. Evidence, strongest first: a byte-order mark; UTF-16 without a mark (seen
/// from the "&lt;?" bytes); bytes that are valid UTF-8; the HTTP charset (RFC 3023 lets it override the
/// document); the XML declaration. Bytes that fit none of these are read as Windows-1252 (the usual truth
/// behind "ISO-8859-1" and undeclared legacy feeds), and the document is flagged.
/// </summary>
internal static partial class FeedTextDecoder
{
    private static readonly Encoding Windows1252;

    static FeedTextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var (bomEncoding, bomLength) = DetectBom(bytes);
        if (bomEncoding is not null)
        {
            return TryDecode(bomEncoding, bytes[bomLength..], out var text)
                ? new DecodedText(text, false)
                : new DecodedText(Lossy(bomEncoding, bytes[bomLength..]), true);
        }

        var sniffedUtf16 = SniffUtf16(bytes);
        if (sniffedUtf16 is not null)
        {
            return TryDecode(sniffedUtf16, bytes, out var text)
                ? new DecodedText(text, false)
                : new DecodedText(Lossy(sniffedUtf16, bytes), true);
        }

        // Valid UTF-8 wins over a legacy label: servers and templates call UTF-8 "ISO-8859-1" far more often than
        // the reverse, and legacy text with any byte above 0x7F is almost never valid UTF-8 by accident.
        if (TryDecode(new UTF8Encoding(false, true), bytes, out var utf8))
        {
            return new DecodedText(utf8, false);
        }

        var declared = ResolveEncoding(CharsetOf(contentType)) ?? ResolveEncoding(XmlDeclaredEncoding(bytes));
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage && TryDecode(declared, bytes, out var declaredText))
        {
            return new DecodedText(declaredText, false);
        }

        // Undeclared or wrongly declared: Windows-1252, flagged. It leaves five byte values undefined; those fall
        // back to Latin-1 control characters rather than fail.
        return TryDecode(Windows1252, bytes, out var legacy)
            ? new DecodedText(legacy, true)
            : new DecodedText(Encoding.Latin1.GetString(bytes), true);
    }

    private static (Encoding? Encoding, int Length) DetectBom(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false, true), 3);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(false, false, true), 4);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(true, false, true), 4);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(false, false, true), 2);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(true, false, true), 2);
        }

        return (null, 0);
    }

    private static Encoding? SniffUtf16(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 4 && b[0] == 0x3C && b[1] == 0 && b[2] != 0 && b[3] == 0)
        {
            return new UnicodeEncoding(false, false, true);
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0x3C && b[2] == 0 && b[3] != 0)
        {
            return new UnicodeEncoding(true, false, true);
        }

        return null;
    }

    private static string? CharsetOf(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var m = CharsetParameter().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string? XmlDeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        // The declaration is ASCII in every encoding this path can meet (UTF-16 was handled before).
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 512)]);
        var m = XmlDeclarationEncoding().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static Encoding? ResolveEncoding(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var normalized = name.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (normalized)
        {
            // Declared ISO-8859-1 or ASCII is, in practice, Windows-1252 (browsers and feed readers agree).
            case "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252":
                return Windows1252;
            case "utf-8" or "utf8":
                return new UTF8Encoding(false, true);
            // A single-byte document that claims UTF-16 is lying: there was no BOM and no zero bytes.
            case "utf-16" or "utf-16le" or "utf-16be" or "ucs-2" or "utf-32":
                return null;
        }

        try
        {
            return Encoding.GetEncoding(normalized, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            var strict = encoding.DecoderFallback is DecoderExceptionFallback
                ? encoding
                : Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            text = strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static string Lossy(Encoding encoding, ReadOnlySpan<byte> bytes) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback).GetString(bytes);

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"^\s*<\?xml[^>]*?encoding\s*=\s*[""']([A-Za-z0-9._:\-]+)[""']", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclarationEncoding();
}
