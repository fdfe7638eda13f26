using System.Text.RegularExpressions;

namespace Ingestion.Extraction;

/// <summary>
/// Trims what sits at the edges of a body once the title and authors are known: a first paragraph that repeats
/// the headline, a closing author bio ("Jane Doe is a reporter ...", "Follow her on ..."), and a press
/// release's "About Company" section with its boilerplate description.
/// </summary>
internal static partial class ArticleEdges
{
    /// <summary>Bios are the last paragraphs of a body; this many from the end are looked at.</summary>
    private const int BioWindow = 3;

    private const int MaxBioChars = 500;

    /// <summary>"About Acme Corp": a short title of a few capitalised words, no sentence.</summary>
    [GeneratedRegex(@"^About\s+(?<name>(?:the\s+)?[\p{Lu}\d][\p{L}\d&.,'’\-]*(?:\s+(?:[\p{Lu}\d&][\p{L}\d&.,'’\-]*|of|and|for|the|de)){0,6})\s*:?$", RegexOptions.CultureInvariant)]
    private static partial Regex AboutTitle();

    // What follows an author's name in a bio: a role, a book, a follow prompt.
    [GeneratedRegex(@"^(?:\s+is\s+(?:an?|the|a\s+\w+)\b|\s+has\s+(?:been|written|covered|reported)\b|\s+(?:covers|writes|reports)\b|['’]s\s+(?:latest\s+|new\s+|first\s+)?book\b|\s*,\s+(?:an?|the)\s+\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex BioContinuation();

    public static IReadOnlyList<string> Trim(IReadOnlyList<string> paragraphs, string? title, IReadOnlyList<string> authors)
    {
        if (paragraphs.Count < 2)
        {
            return paragraphs;
        }

        var kept = new List<string>(paragraphs);
        if (title is { Length: > 0 } && RepeatsTitle(kept[0], title))
        {
            kept.RemoveAt(0);
        }

        DropAboutSections(kept);
        DropAuthorBios(kept, authors);
        return kept;
    }

    /// <summary>
    /// The same words as the title, or the title with the site's name after it ("Headline | Site"): a
    /// paragraph at least a few words long that the title starts with.
    /// </summary>
    private static bool RepeatsTitle(string paragraph, string title)
    {
        var words = Words(paragraph);
        var titleWords = Words(title);
        return words.Length >= 3 && words.Length <= titleWords.Length && titleWords.AsSpan(0, words.Length).SequenceEqual(words);
    }

    private static string[] Words(string text) =>
        [.. WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant())];

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>
    /// "About Acme Corp" followed by paragraphs that name the company: the description a press release ends
    /// with. Only from the second half of the body, and only when the next paragraph does name it.
    /// </summary>
    private static void DropAboutSections(List<string> paragraphs)
    {
        for (var i = Math.Max(1, paragraphs.Count / 2); i < paragraphs.Count - 1; i++)
        {
            var match = AboutTitle().Match(paragraphs[i]);
            if (!match.Success)
            {
                continue;
            }

            var name = match.Groups["name"].Value;
            var firstWord = Words(name).FirstOrDefault(w => w != "the");
            if (firstWord is null || !Words(paragraphs[i + 1]).Take(3).Contains(firstWord))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraphs.Count && (end == i + 1 || !AboutTitle().IsMatch(paragraphs[end])) && Words(paragraphs[end]).Contains(firstWord))
            {
                end++;
            }

            paragraphs.RemoveRange(i, end - i);
            i--;
        }
    }

    /// <summary>A closing paragraph that opens with an author's name and goes on as a bio does.</summary>
    private static void DropAuthorBios(List<string> paragraphs, IReadOnlyList<string> authors)
    {
        if (authors.Count == 0)
        {
            return;
        }

        for (var i = paragraphs.Count - 1; i >= Math.Max(1, paragraphs.Count - BioWindow); i--)
        {
            var paragraph = paragraphs[i];
            if (paragraph.Length <= MaxBioChars && authors.Any(author => IsBioOf(paragraph, author)))
            {
                paragraphs.RemoveAt(i);
            }
        }
    }

    private static bool IsBioOf(string paragraph, string author)
    {
        var first = author.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        foreach (var name in new[] { author, first })
        {
            if (name is { Length: > 1 } && paragraph.StartsWith(name, StringComparison.Ordinal)
                && BioContinuation().IsMatch(paragraph[name.Length..]))
            {
                return true;
            }
        }

        return false;
    }
}
