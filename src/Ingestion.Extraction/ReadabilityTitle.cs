using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Ingestion.Extraction;

/// <summary>
/// Mozilla Readability's title and metadata rules (its _getArticleTitle, _getJSONLD and _getArticleMetadata),
/// so that titles agree with reader views: a site suffix such as " | Site" or " – Site" is removed from the
/// document title unless that leaves too few words.
/// </summary>
internal static partial class ReadabilityTitle
{
    private const string Separators = @"\|\-–—\\/>»";

    [GeneratedRegex(@"\s[" + Separators + @"]\s", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s[\\/>»]\s", RegexOptions.CultureInvariant)]
    private static partial Regex HierarchicalSeparator();

    [GeneratedRegex(@"^[^" + Separators + @"]*[" + Separators + @"]", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPart();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\W+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();

    private static int WordCount(string s) => Regex.Split(s, @"\s+").Length;

    /// <summary>The title as Readability derives it from the document's &lt;title&gt; and headings.</summary>
    public static string FromDocument(IDocument document, string? documentTitle)
    {
        var original = BlockText.Collapse(documentTitle ?? "");
        var current = original;
        var hadHierarchicalSeparators = false;
        var separators = Separator().Matches(current);
        if (separators.Count > 0)
        {
            hadHierarchicalSeparators = HierarchicalSeparator().IsMatch(current);
            current = original[..separators[^1].Index];
            if (WordCount(current) < 3)
            {
                current = FirstPart().Replace(original, "", 1);
            }
        }
        else if (current.Contains(": ", StringComparison.Ordinal))
        {
            var trimmed = current.Trim();
            var headingMatches = document.QuerySelectorAll("h1, h2").Any(h => h.TextContent.Trim() == trimmed);
            if (!headingMatches)
            {
                current = original[(original.LastIndexOf(':') + 1)..];
                if (WordCount(current) < 3)
                {
                    current = original[(original.IndexOf(':', StringComparison.Ordinal) + 1)..];
                }
                else if (WordCount(original[..original.IndexOf(':', StringComparison.Ordinal)]) > 5)
                {
                    current = original;
                }
            }
        }
        else if (current.Length is > 150 or < 15)
        {
            var headings = document.GetElementsByTagName("h1");
            if (headings.Length == 1)
            {
                current = BlockText.Collapse(headings[0].TextContent);
            }
        }

        current = Spaces().Replace(current.Trim(), " ");
        var words = WordCount(current);
        if (words <= 4
            && (!hadHierarchicalSeparators || words != WordCount(Separator().Replace(original, " ")) - 1))
        {
            current = original;
        }

        return current;
    }

    /// <summary>Readability's choice between a JSON-LD object's name and headline.</summary>
    public static string? FromJsonLd(JsonLdArticle article, Func<string> documentTitle)
    {
        if (article.Name is not null && article.Headline is not null && article.Name != article.Headline)
        {
            var title = documentTitle();
            var nameMatches = Similarity(article.Name, title) > 0.75;
            var headlineMatches = Similarity(article.Headline, title) > 0.75;
            return headlineMatches && !nameMatches ? article.Headline : article.Name;
        }

        return article.Name?.Trim() ?? article.Headline?.Trim();
    }

    private static double Similarity(string a, string b)
    {
        var tokensA = NonWord().Split(a.ToLowerInvariant()).Where(t => t.Length > 0).ToList();
        var tokensB = NonWord().Split(b.ToLowerInvariant()).Where(t => t.Length > 0).ToList();
        if (tokensA.Count == 0 || tokensB.Count == 0)
        {
            return 0;
        }

        var uniqueB = tokensB.Where(t => !tokensA.Contains(t)).ToList();
        var distance = (double)string.Join(' ', uniqueB).Length / string.Join(' ', tokensB).Length;
        return 1 - distance;
    }

    [GeneratedRegex(@"&(quot|amp|apos|lt|gt);", RegexOptions.CultureInvariant)]
    private static partial Regex NamedEntity();

    [GeneratedRegex(@"&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumericEntity();

    /// <summary>Decodes entities left in metadata that was escaped twice (Readability's _unescapeHtmlEntities).</summary>
    public static string? Unescape(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return s;
        }

        s = NamedEntity().Replace(s, m => m.Groups[1].Value switch
        {
            "quot" => "\"",
            "amp" => "&",
            "apos" => "'",
            "lt" => "<",
            _ => ">",
        });
        return NumericEntity().Replace(s, m =>
        {
            var number = m.Groups[1].Success
                ? int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                : int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            return number is 0 or > 0x10FFFF || number is >= 0xD800 and <= 0xDFFF ? "\uFFFD" : char.ConvertFromUtf32(number);
        });
    }
}
