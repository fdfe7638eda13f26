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

    /// <summary>"About Acme Corp", "ABOUT ACME CORP", "About the company": a short title of a few capitalised words, no sentence.</summary>
    [GeneratedRegex(@"^(?:About|ABOUT)\s+(?<name>(?:the\s+|THE\s+)?[\p{Lu}\d][\p{L}\d&.,'’\-]*(?:\s+(?:[\p{Lu}\d&][\p{L}\d&.,'’\-]*|of|and|for|the|de|OF|AND|FOR|THE|DE)){0,6})\s*:?$", RegexOptions.CultureInvariant)]
    private static partial Regex AboutTitle();

    /// <summary>"About the company", "About us" (<c>Lexicons/about-generic-subjects.txt</c>): a heading that does not name the company.</summary>
    private static readonly Regex AboutGenericTitle = new(
        @"^about\s+(?:" + ExtractionLexicon.WordChoice("about-generic-subjects") + @")\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // How a company's boilerplate description opens: "Acme is a ...", "Founded in 1962, ...".
    [GeneratedRegex(@"^(?:[^.]{0,80}?\b(?:is|are)\s+(?:an?|the|one of)\b|(?:founded|established|headquartered|based)\s+in\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyDescription();

    /// <summary>Contacts, sources and notices that close a press release (<c>Lexicons/press-release-trailers.txt</c>).</summary>
    private static readonly Regex PressReleaseTrailer = ExtractionLexicon.Alternation("press-release-trailers", "", "");

    /// <summary>The company's name is looked for among this many words at the start of its description.</summary>
    private const int AboutNameWindow = 12;

    // A writer's role (Lexicons/writer-roles.txt): with it, a closing bio needs no author named by the page.
    private static readonly Regex WriterRole = ExtractionLexicon.Alternation("writer-roles", @"\b", @"\b");

    // The name a bio opens with when the page names no author: two or three capitalised words.
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,2}", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningName();

    /// <summary>A writer's bio found by its role alone is shorter than this.</summary>
    private const int MaxUnattributedBioChars = 300;

    // What follows an author's name in a bio (Lexicons/bio-continuations.txt), after a "(@handle)" if any.
    private static readonly Regex BioContinuation = new(
        @"^(?:\s*\(@\w+\))?(?:" + string.Join("|", ExtractionLexicon.Lines("bio-continuations").Select(line => "(?:" + line + ")")) + ")",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static IReadOnlyList<string> Trim(IReadOnlyList<string> paragraphs, string? title, IReadOnlyList<string> authors)
    {
        if (paragraphs.Count < 2)
        {
            return paragraphs;
        }

        var kept = new List<string>(paragraphs);
        if (title is { Length: > 0 } && (RepeatsTitle(kept[0], title) || RepeatsTitleWithSiteName(kept[0], title) || RepeatsTitleAfterKicker(kept[0], title)))
        {
            kept.RemoveAt(0);
        }

        DropAboutSections(kept);
        DropAuthorNameLines(kept, authors);
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
        if (words.Length >= 3 && words.Length <= titleWords.Length && titleWords.AsSpan(0, words.Length).SequenceEqual(words))
        {
            return true;
        }

        // Scripts written without spaces (Chinese, Japanese) make a long headline one or two "words": compare the
        // letters and digits instead, when there are enough of them to be a headline.
        var letters = LettersAndDigits(paragraph);
        return words.Length < 3 && letters.Length >= MinTitleLetters && LettersAndDigits(title).StartsWith(letters, StringComparison.Ordinal);
    }

    private const int MinTitleLetters = 12;

    // A kicker before a headline: "EXCLUSIVE: ", "Watch: ", "Analysis: ".
    [GeneratedRegex(@"^[\p{L}' ]{1,20}:\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Kicker();

    /// <summary>"EXCLUSIVE: Headline": the title after a short label, the label being no part of the story.</summary>
    private static bool RepeatsTitleAfterKicker(string paragraph, string title)
    {
        var kicker = Kicker().Match(paragraph);
        if (!kicker.Success)
        {
            return false;
        }

        var headline = Words(paragraph[kicker.Length..]);
        return headline.Length >= 3 && headline.AsSpan().SequenceEqual(Words(title));
    }

    /// <summary>A site's name after a repeated title is this many words at most ("Headline - Port Ellery Observer").</summary>
    private const int MaxSiteNameWords = 6;

    // The separators a page title puts between the headline and the site's name.
    [GeneratedRegex(@"\s+[|\-–—·•]\s+", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex TitleSeparator();

    /// <summary>
    /// The whole title, then a separator and a few words that end no sentence: the page's title bar ("Headline |
    /// Site"), copied into the body. The part before the last separator must hold every word of the title, so a
    /// first sentence that opens with the headline's words and goes on is kept.
    /// </summary>
    private static bool RepeatsTitleWithSiteName(string paragraph, string title)
    {
        var separator = TitleSeparator().Match(paragraph);
        if (!separator.Success)
        {
            return false;
        }

        var site = paragraph[(separator.Index + separator.Length)..];
        var siteWords = Words(site);
        if (siteWords.Length is 0 or > MaxSiteNameWords || site.TrimEnd()[^1] is '.' or '!' or '?')
        {
            return false;
        }

        var headline = Words(paragraph[..separator.Index]);
        return headline.Length >= 3 && headline.AsSpan().SequenceEqual(Words(title));
    }

    private static string LettersAndDigits(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static string[] Words(string text) =>
        [.. WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant())];

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>
    /// "About Acme Corp" followed by paragraphs that name the company: the description a press release ends
    /// with, and the contacts and notices after it. Only when the next paragraph names the company near its start
    /// (or, after "About the company", reads as a description), and only from the second half of the body, unless
    /// the section and its trailers run to the body's end: a short release's footer can outweigh the news.
    /// </summary>
    private static void DropAboutSections(List<string> paragraphs)
    {
        var secondHalf = Math.Max(1, paragraphs.Count / 2);
        for (var i = 1; i < paragraphs.Count - 1; i++)
        {
            var generic = AboutGenericTitle.IsMatch(paragraphs[i]);
            var match = AboutTitle().Match(paragraphs[i]);
            if (!generic && !match.Success)
            {
                continue;
            }

            var firstWord = generic ? null : Words(match.Groups["name"].Value).FirstOrDefault(w => w != "the");
            bool Describes(string paragraph) => firstWord is null ? CompanyDescription().IsMatch(paragraph) : Words(paragraph).Contains(firstWord);
            if (generic ? !CompanyDescription().IsMatch(paragraphs[i + 1]) : firstWord is null || !Words(paragraphs[i + 1]).Take(AboutNameWindow).Contains(firstWord))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraphs.Count && (end == i + 1 || !IsAboutTitle(paragraphs[end])) && (end == i + 1 || Describes(paragraphs[end]) || PressReleaseTrailer.IsMatch(paragraphs[end]) || FollowsTrailer(paragraphs, end)))
            {
                end++;
            }

            if (i < secondHalf && end < paragraphs.Count)
            {
                continue;
            }

            paragraphs.RemoveRange(i, end - i);
            i--;
        }
    }

    /// <summary>A trailer's title line or contact block is this short.</summary>
    private const int MaxTrailerLineChars = 80;

    /// <summary>
    /// What a trailer carries after it: the notice under a title line ("Forward-Looking Statements", then the
    /// legal text), or the short lines of a contact block ("Media Contact:", then a name and a phone number).
    /// </summary>
    private static bool FollowsTrailer(List<string> paragraphs, int index)
    {
        var previous = paragraphs[index - 1];
        if (PressReleaseTrailer.IsMatch(previous) && IsTrailerLine(previous))
        {
            return true;
        }

        var inContactBlock = PressReleaseTrailer.IsMatch(previous) || (index >= 2 && PressReleaseTrailer.IsMatch(paragraphs[index - 2]) && IsTrailerLine(previous));
        return inContactBlock && IsTrailerLine(paragraphs[index]);
    }

    private static bool IsTrailerLine(string paragraph) =>
        paragraph.Length < MaxTrailerLineChars && paragraph[^1] is not ('.' or '!' or '?' or '"' or '”');

    private static bool IsAboutTitle(string paragraph) => AboutTitle().IsMatch(paragraph) || AboutGenericTitle.IsMatch(paragraph);

    /// <summary>Bylines sit above the story: this many paragraphs from the top are looked at.</summary>
    private const int BylineWindow = 3;

    /// <summary>
    /// A paragraph near the top that is nothing but an author's name ("JANE DOE"): the byline, left in the body.
    /// (At the end, a lone name is the writer signing off, which the body keeps.)
    /// </summary>
    private static void DropAuthorNameLines(List<string> paragraphs, IReadOnlyList<string> authors)
    {
        for (var i = Math.Min(BylineWindow, paragraphs.Count) - 1; i >= 0; i--)
        {
            var line = paragraphs[i].Trim(' ', '.', ',', '|', '-', '–', '—');
            if (authors.Any(author => string.Equals(line, author, StringComparison.OrdinalIgnoreCase)))
            {
                paragraphs.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// A closing paragraph that opens with an author's name and goes on as a bio does; or, whoever the page names
    /// as author, the last paragraph before any closing notes that opens with a name, goes on as a bio and gives a
    /// writer's role.
    /// </summary>
    private static void DropAuthorBios(List<string> paragraphs, IReadOnlyList<string> authors)
    {
        for (var i = paragraphs.Count - 1; i >= Math.Max(1, paragraphs.Count - BioWindow); i--)
        {
            var paragraph = WithoutLeadingDash(paragraphs[i]);
            if (paragraph.Length <= MaxBioChars && authors.Any(author => IsBioOf(paragraph, author)))
            {
                paragraphs.RemoveAt(i);
            }
        }

        // A labelled note ("Correction: ...", "Editor's note: ...") may follow the bio; story text after it may not.
        var end = paragraphs.Count;
        while (end > 1 && LabelledNote().IsMatch(paragraphs[end - 1]))
        {
            end--;
        }

        if (end > 1 && IsWritersBio(WithoutLeadingDash(paragraphs[end - 1])))
        {
            paragraphs.RemoveAt(end - 1);
        }
    }

    // "Correction: ...", "Editor's note: ...": a note that says what it is by a short label.
    [GeneratedRegex(@"^[\p{L}'’ ]{1,24}:\s", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledNote();

    /// <summary>Closing bios are often set off by a dash ("— Jane Doe is a reporter ..."); the dash is no part of the name.</summary>
    private static string WithoutLeadingDash(string paragraph) => paragraph.TrimStart('—', '–', '-', ' ');

    private static bool IsWritersBio(string paragraph)
    {
        if (paragraph.Length > MaxUnattributedBioChars || OpeningName().Match(paragraph) is not { Success: true } name)
        {
            return false;
        }

        var rest = paragraph[name.Length..];
        return BioContinuation.IsMatch(rest) && WriterRole.IsMatch(rest);
    }

    private static bool IsBioOf(string paragraph, string author)
    {
        var first = author.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        foreach (var name in new[] { author, first })
        {
            if (name is { Length: > 1 } && paragraph.StartsWith(name, StringComparison.Ordinal)
                && BioContinuation.IsMatch(paragraph[name.Length..]))
            {
                return true;
            }
        }

        return false;
    }
}
