using System.Text.RegularExpressions;

namespace Ingestion.Feeds.Parsing;

/// <summary>Reads the one-string author forms of RSS: "Name (email)", "email (Name)", "Name &lt;email&gt;", a bare address or a bare name.</summary>
internal static partial class FeedAuthors
{
    public static FeedAuthor? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = FeedMarkup.CollapseWhitespace(text);
        var m = Email().Match(value);
        if (!m.Success)
        {
            return new FeedAuthor(value, null, null);
        }

        var email = m.Groups[1].Value;
        var rest = value.Remove(m.Index, m.Length)
            .Replace("()", string.Empty, StringComparison.Ordinal)
            .Replace("<>", string.Empty, StringComparison.Ordinal)
            .Replace("[]", string.Empty, StringComparison.Ordinal)
            .Trim();
        rest = Wrapped().Match(rest) is { Success: true } wrapped ? wrapped.Groups[1].Value.Trim() : rest;
        rest = rest.Trim(' ', ',', ';', '-', '"', '\'');
        return new FeedAuthor(rest.Length == 0 ? null : rest, email, null);
    }

    [GeneratedRegex(@"(?:mailto:)?([\w.!#$%&'*+/=?^`{|}~\-]+@(?:[\w\-]+\.)+[A-Za-z]{2,}|[\w.+\-]+@\[\d{1,3}(?:\.\d{1,3}){3}\])", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"^[(\[<""](.*)[)\]>""]$", RegexOptions.CultureInvariant)]
    private static partial Regex Wrapped();
}
