using System.Text.RegularExpressions;

namespace Ingestion.Extraction;

/// <summary>Drops paragraphs that are page furniture rather than article text.</summary>
internal static partial class Boilerplate
{
    // Whole-paragraph phrases of comment forms, share bars and subscription prompts.
    [GeneratedRegex(@"^(?:leave a (?:reply|comment)|post a comment|add a comment|comments?|\d+ comments?|share(?: this(?: article| story| post)?)?:?|share (?:on|via) \w+|like this:?|related(?: articles| posts| stories)?:?|read more:?|advertisement|advertisment|sponsored|tweet|email|print|whatsapp|facebook|twitter|linkedin|pinterest|reddit|subscribe|sign up|log ?in|loading\.*|click here to.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureLine();

    [GeneratedRegex(@"your email address will not be published|required fields are marked|this site uses akismet|learn how your comment data is processed|notify me of (?:follow-up|new) (?:comments|posts)|save my name, email|you must be logged in to post a comment|sign up for (?:our|the) \w+ newsletter|subscribe to our newsletter|get our newsletter|all rights reserved|©\s*\d{4}|copyright \d{4}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurniturePhrase();

    public static List<string> Filter(IReadOnlyList<TextBlock> blocks)
    {
        var kept = new List<string>(blocks.Count);
        foreach (var block in blocks)
        {
            if (IsFurniture(block))
            {
                continue;
            }

            kept.Add(block.Text);
        }

        return kept;
    }

    private static bool IsFurniture(TextBlock block)
    {
        var text = block.Text;
        if (text.Length < 80 && FurnitureLine().IsMatch(text))
        {
            return true;
        }

        return text.Length < 300 && FurniturePhrase().IsMatch(text);
    }
}
