using System.Text.RegularExpressions;

namespace Ingestion.Extraction;

/// <summary>
/// Finds the standfirst (dek, strapline) at the top of a body: a sentence or two under the headline that
/// sums the story up. Human-checked article bodies leave it out, while Readability keeps it when it shares
/// the article's container. It is told apart from a lede by where it sits and what it is: it is the page's
/// description set apart from the body's paragraphs (in the header, or as a heading), or an element whose
/// class names it a standfirst. The description alone proves nothing, since many sites copy the lede into it.
/// </summary>
internal static partial class Standfirst
{
    /// <summary>A standfirst comes before the body's paragraphs: this many leading blocks are looked at.</summary>
    private const int LeadWindow = 4;

    /// <summary>A block this long is a paragraph of the body; the standfirst is looked for only before it.</summary>
    private const int BodyParagraphChars = 150;

    private const int MinChars = 25;

    private const int MaxChars = 400;

    /// <summary>
    /// A standfirst known only by matching the description is a sentence or two; a longer match is a lede
    /// that the site copied into its description.
    /// </summary>
    private const int MaxDescriptionChars = 250;

    /// <summary>The next block at least this long is the body paragraph a standfirst is set apart from.</summary>
    private const int NextParagraphChars = 80;

    /// <summary>The named element may hold this much more text than the block: a wrapper of the body is no standfirst.</summary>
    private const double MaxWrapperRatio = 1.2;

    private static readonly Regex StandfirstName = ExtractionLexicon.Alternation("standfirst-class-names", @"(?:^|[-_\s])", @"(?:$|[-_\s])");

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>The index of the standfirst among <paramref name="blocks"/>, or -1.</summary>
    public static int Find(IReadOnlyList<TextBlock> blocks, IReadOnlyList<string> descriptions)
    {
        var descriptionWords = descriptions.Select(Words).Where(w => w.Length >= 5).ToList();
        // Only a body that goes on after it: the standfirst is never the whole text.
        for (var i = 0; i < Math.Min(LeadWindow, blocks.Count - 2); i++)
        {
            var block = blocks[i];
            if (block.Text.Length is >= MinChars and <= MaxChars
                && (IsNamedStandfirst(block)
                    || (block.Text.Length <= MaxDescriptionChars && IsSetApart(blocks, i) && descriptionWords.Any(d => d.AsSpan().SequenceEqual(Words(block.Text))))))
            {
                return i;
            }

            if (block.Text.Length >= BodyParagraphChars)
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>The block's element, or an ancestor holding no more text than it, is named a standfirst.</summary>
    private static bool IsNamedStandfirst(TextBlock block)
    {
        for (var element = block.Element; element is not null && element.LocalName is not ("body" or "article" or "main"); element = element.ParentElement)
        {
            if (element.TextContent.Trim().Length > block.Text.Length * MaxWrapperRatio)
            {
                return false;
            }

            var names = element.GetAttribute("class") + " " + element.Id;
            if (names.Length > 1 && StandfirstName.IsMatch(names))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Not one of the body's paragraphs: a heading, or a block in another container than the next paragraph of
    /// the body. A lede sits next to the body's other paragraphs (or is the start of the same element's text).
    /// </summary>
    private static bool IsSetApart(IReadOnlyList<TextBlock> blocks, int index)
    {
        var block = blocks[index];
        if (block.Tag is "h2" or "h3" or "h4" or "h5" or "h6")
        {
            return true;
        }

        var next = blocks.Skip(index + 1).FirstOrDefault(b => b.Text.Length >= NextParagraphChars);
        if (block.Element is not { } element || next?.Element is not { } nextElement)
        {
            return false;
        }

        return nextElement != element && nextElement.ParentElement != element.ParentElement && !element.Contains(nextElement);
    }

    private static string[] Words(string text) =>
        [.. WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant())];
}
