using System.Text.RegularExpressions;

namespace Ingestion.Text;

/// <summary>What a line of a plain-text article copy is.</summary>
internal enum LineRole
{
    Body,
    Section,
    Title,
    Byline,
    BylineRole,
    Dateline,
    Heading,
    Boilerplate,
}

/// <summary>A line of an article text, with its paragraph (blank-line separated block) index.</summary>
internal sealed record ArticleLine(int Start, int Length, int Paragraph, string Text)
{
    public LineRole Role { get; set; } = LineRole.Body;

    public int End => Start + Length;
}

/// <summary>
/// Reads the layout of a plain-text article copy: the header lines above the body (section, title, byline),
/// subheadings, and boilerplate (comment forms, share prompts, photo credits, subscription prompts).
/// </summary>
internal static partial class ArticleLayout
{
    public static IReadOnlyList<ArticleLine> Read(string text)
    {
        var lines = SplitLines(text);
        MarkHeader(lines);
        MarkTrailer(lines);
        foreach (var line in lines.Where(l => l.Role == LineRole.Body))
        {
            if (IsBoilerplate(line.Text))
            {
                line.Role = LineRole.Boilerplate;
            }
            else if (!IsProse(line.Text))
            {
                line.Role = LineRole.Heading;
            }
        }

        return lines;
    }

    /// <summary>Lines that carry text, each with the index of its paragraph.</summary>
    private static List<ArticleLine> SplitLines(string text)
    {
        var lines = new List<ArticleLine>();
        var paragraph = -1;
        var previousBlank = true;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                if (previousBlank)
                {
                    paragraph++;
                }

                lines.Add(new ArticleLine(s, e - s, paragraph, text[s..e]));
                previousBlank = false;
            }
            else
            {
                previousBlank = true;
            }

            start = end + 1;
        }

        return lines;
    }

    /// <summary>
    /// Header lines come before the first line of prose: breadcrumbs and section names, the title, the byline
    /// and the writer's role, dates. A text that starts with prose (an extracted article body) has no header.
    /// </summary>
    private static void MarkHeader(List<ArticleLine> lines)
    {
        var firstProse = lines.FindIndex(l => IsProse(l.Text) && !IsBoilerplate(l.Text) && !BylineLine().IsMatch(l.Text));
        if (firstProse <= 0)
        {
            return;
        }

        var titleFound = false;
        for (var i = 0; i < firstProse; i++)
        {
            var line = lines[i];
            line.Role = Classify(line.Text);
            if (line.Role == LineRole.Title)
            {
                if (titleFound)
                {
                    line.Role = LineRole.Heading;
                }

                titleFound = true;
            }
        }
    }

    private static LineRole Classify(string line)
    {
        if (BylineLine().IsMatch(line))
        {
            return LineRole.Byline;
        }

        if (BylineRoleLine().IsMatch(line))
        {
            return LineRole.BylineRole;
        }

        if (DateLine().IsMatch(line))
        {
            return LineRole.Dateline;
        }

        if (IsBoilerplate(line))
        {
            return LineRole.Boilerplate;
        }

        return IsSectionLine(line) ? LineRole.Section : LineRole.Title;
    }

    /// <summary>Comment forms, share and subscription prompts after the last paragraph of prose.</summary>
    private static void MarkTrailer(List<ArticleLine> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (line.Role != LineRole.Body)
            {
                break;
            }

            if (IsBoilerplate(line.Text) || (!IsProse(line.Text) && WordCount(line.Text) <= 8))
            {
                line.Role = LineRole.Boilerplate;
                continue;
            }

            break;
        }
    }

    /// <summary>A line that reads as running text: it ends like a sentence, or is too long for a heading.</summary>
    internal static bool IsProse(string line)
    {
        var words = WordCount(line);
        var last = line.Length - 1;
        while (last >= 0 && (Chars.IsCloser(line[last]) || char.IsWhiteSpace(line[last])))
        {
            last--;
        }

        var endsLikeSentence = last >= 0 && (Chars.IsTerminal(line[last]) || line[last] is ':' or ';')
                               || (last < line.Length - 1 && line.TrimEnd()[^1] is '”' or '"');
        if (endsLikeSentence)
        {
            return words >= 2;
        }

        return words >= 25 || (words >= 12 && !IsTitleCase(line));
    }

    internal static bool IsBoilerplate(string line)
    {
        var words = WordCount(line);
        return (words <= 12 && BoilerplateLine().IsMatch(line))
               || line.StartsWith('©') || line.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase)
               || BoilerplatePhrase().IsMatch(line) || BoilerplateStart().IsMatch(line)
               || (words <= 30 && (PhotoCreditStart().IsMatch(line) || PhotoAgency().IsMatch(line)));
    }

    internal static bool IsSectionLine(string line) =>
        WordCount(line) <= 10 && !Chars.IsTerminal(line[^1])
                              && (BreadcrumbSeparator().IsMatch(line) || GluedWords().IsMatch(line) || SectionWords().IsMatch(line));

    /// <summary>Most words capitalised, as in headlines ("ISIS Seeks to Regroup in Libya").</summary>
    internal static bool IsTitleCase(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var content = words.Where(w => w.Length > 3 && char.IsLetter(w[0])).ToList();
        return content.Count > 0 && content.Count(w => char.IsUpper(w[0])) >= 0.75 * content.Count;
    }

    internal static int WordCount(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^(?:By|BY|by)\s+\p{Lu}[\p{L}'’.\-]*(?:(?:\s+|\s*,\s*|\s*&\s*|\s*\|\s*)[\p{L}'’.\-]+){0,9}\s*$", RegexOptions.CultureInvariant)]
    internal static partial Regex BylineLine();

    [GeneratedRegex(@"^(?:(?:Senior|Chief|Staff|Contributing|Special|Foreign|Political|Guest|Freelance|Associate|Managing|Deputy|News|Investigative|National|International|Business|Sports|Science|Health|Security|Defen[cs]e|Middle\s+East|White\s+House|Washington|Executive|Digital)\s+)*(?:Writer|Reporter|Correspondent|Contributor|Editor|Columnist|Journalist|Producer|Staff|Intern)s?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BylineRoleLine();

    [GeneratedRegex(@"^(?:(?:Published|Updated|Posted|Last\s+updated|Modified)\b.{0,60}|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.{0,30}|\d{4}-\d{2}-\d{2}.{0,30}|\d+\s+(?:min(?:ute)?s?|hours?)\s+(?:read|ago))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex DateLine();

    /// <summary>Whole short lines of page furniture: comment forms, share and subscription prompts, link lists.</summary>
    [GeneratedRegex(@"^(?:leave a (?:reply|comment)|post a comment|add a comment|\d*\s*comments?|share(?: this(?: article| story)?)?(?: on \w+)?:?|share via.*|like this:?|related(?: (?:articles|stories|posts|coverage|content))?:?.*|read (?:more|next|also)\b.*|more from\b.*|tags?:.*|filed under:?.*|posted in\b.*|categories:.*|advertisement|sponsored(?: content)?|print|email|tweet|follow us\b.*|sign up\b.*|subscribe\b.*|newsletter\b.*|click here\b.*|cancel reply|you may also like:?|recommended(?: for you)?:?|trending:?|most (?:read|popular):?|previous (?:article|post|story).*|next (?:article|post|story).*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex BoilerplateLine();

    /// <summary>Phrases that only page furniture uses, anywhere in a line.</summary>
    [GeneratedRegex(@"your email address will not be published|required fields are marked|this site uses akismet|learn how your comment data is processed|save my name, email|notify me of (?:follow-up comments|new posts)|all rights reserved|(?:sign up|subscribe) (?:for|to) (?:our|the) (?:free )?(?:daily |weekly )?newsletter|we use cookies|by continuing to (?:use|browse) (?:this|our) (?:site|website)|accept (?:all )?cookies|(?:enable|turn on) javascript|contributed (?:reporting )?to this (?:report|story|article)|trust principles", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex BoilerplatePhrase();

    /// <summary>Credits and notes that open a line: "Reporting by ...; Editing by ...", "Follow X on Twitter".</summary>
    [GeneratedRegex(@"\G(?:(?:additional )?(?:reporting|writing|editing|research)(?: by\b| and (?:writing|editing) by\b)|this (?:story|article) (?:has been|was) (?:updated|corrected)|follow (?:[\w.]+\s+){1,3}on (?:twitter|x|facebook|instagram))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex BoilerplateStart();

    /// <summary>Photo credits: "Photo: AP", "(Image credit: ...)", "... /Getty Images".</summary>
    [GeneratedRegex(@"\G\(?\s*(?:(?:photo|image|picture|file photo|pictured|video|credit|graphic)s?(?:\s+(?:by|credit|courtesy))?\s*[:(|/]|(?:photo|image|picture)\s+(?:by|courtesy)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex PhotoCreditStart();

    [GeneratedRegex(@"getty images|afp via getty|ap photo|reuters/|shutterstock|istock", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex PhotoAgency();

    [GeneratedRegex(@"\s[»›>|/]\s|\s[»›]|[»›]\s", RegexOptions.CultureInvariant)]
    private static partial Regex BreadcrumbSeparator();

    /// <summary>Menu items run together when a page's text is copied: "International News2018Middle East".</summary>
    [GeneratedRegex(@"\p{Ll}\d{4}|\d{4}\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex GluedWords();

    [GeneratedRegex(@"^(?:(?:home|news|world|international|national|local|politics|business|economy|markets|tech(?:nology)?|science|health|sports?|opinion|analysis|culture|arts|entertainment|lifestyle|travel|middle east|africa|europe|asia|americas|us|uk|u\.s\.|latest|breaking news|features?)(?:\s*[,&|/»›>-]\s*|\s+))+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SectionWords();
}
