using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Ingestion.Extraction;

/// <summary>
/// Drops paragraphs that are page furniture rather than article text: comment forms, share bars,
/// subscription prompts, related-link lines, photo captions and credits, bylines and datelines, membership pitches.
/// Each rule looks only at short paragraphs (a pitch, up to a long one with several cues), so article sentences that
/// merely mention these words stay. The words and phrases are the Lexicons/ files; the anchors and lengths are here.
/// </summary>
internal static partial class Boilerplate
{
    private static readonly string MonthStems = ExtractionLexicon.MonthStems();

    /// <summary>Whole paragraphs that are labels of comment forms, share bars and subscription prompts (<c>Lexicons/furniture-lines.txt</c>).</summary>
    private static readonly PatternList FurnitureLine = ExtractionLexicon.AnyOf("furniture-lines", @"^", @"\W*$");

    /// <summary>Comment-form notices, copyright lines, credits, "Read more:" links (<c>Lexicons/furniture-phrases.txt</c>).</summary>
    private static readonly PatternList FurniturePhrase = ExtractionLexicon.AnyOf("furniture-phrases", "", "");

    // "Published 11:26 pm EST, Tuesday, November 19, 2019", "Updated: Nov. 19, 2019": a date soon after the label.
    // ("Updated: Police have confirmed ..." on a live page is news, and has no number right after the label.)
    // The labels are Lexicons/date-labels.txt.
    private static readonly Regex DateLabel = ExtractionLexicon.Alternation("date-labels", @"^", @"\b\W{0,3}(?:on\s+)?(?:\w+\.?,?\s+){0,2}\d");

    // Where a label of date-labels.txt starts inside a line, glued on or not: "Nov. 20, 2019Updated: ...".
    private static readonly Regex DateLabelStart = ExtractionLexicon.Alternation("date-labels", @"(?<![a-z])(?=", @"\b)");

    // A dateline on its own: "Nov. 20, 2019, 9:28 AM UTC", "20 November 2019", "2019-11-20 07:50". Months are
    // Lexicons/month-names.txt.
    private static readonly Regex DateOnlyLine = new(
        @"^[\s|,.\-–:]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + MonthStems + @")[a-z]*\.?,?\s+\d{4}|(?:" + MonthStems + @")[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})(?:[\s,|at\-–]*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4}|[+-]\d{2}:?\d{2})?)?[\s|,.]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A dateline of another language: "sexta-feira, 22 de outubro de 2010 às 20:13", "Mittwoch, 5. März 2025,
    // 14:30 Uhr", "jeudi 6 mars 2025 à 9h15" (Lexicons/month-names-other-languages.txt, weekday-names-other-languages.txt,
    // date-connectors.txt).
    private static readonly string DateConnector = @"(?:(?:" + ExtractionLexicon.WordChoice("date-connectors") + @")\s+)?";

    private static readonly Regex OtherLanguageDateLine = new(
        @"^[\s|,.\-–:]*(?:(?:" + ExtractionLexicon.WordChoice("weekday-names-other-languages") + @")\.?,?\s*)?" + DateConnector
        + @"\d{1,2}(?:\.|er|º|°)?\s+" + DateConnector + @"(?:" + ExtractionLexicon.WordChoice("month-names-other-languages") + @")\.?,?\s+" + DateConnector + @"\d{4}"
        + @"(?:[\s,|\-–]*" + DateConnector + @"\d{1,2}(?:[:.]\d{2}|h\d{2}|h)(?:[:.]\d{2})?\s*(?:uhr|h)?)?[\s|,.]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A short "By Jane Doe" line (not a sentence that starts with "By the end of ..."). The opening words are
    // Lexicons/byline-openers.txt, written lower case, capitalised or in capitals; the name must be capitalised.
    private static readonly Regex BylineLine = new(
        @"^(?:" + ExtractionLexicon.WordChoice(ExtractionLexicon.Lines("byline-openers").SelectMany(CaseForms).Distinct(StringComparer.Ordinal)) + @")\s+[\p{Lu}\p{Lo}][^.!?]{0,60}$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Reader prompts (subscribe, newsletter, app, donation, podcast, paywall, sign-in), from <c>Lexicons/prompt-phrases.txt</c>.</summary>
    private static readonly PatternList PromptPhrase = ExtractionLexicon.AnyOf("prompt-phrases", "", "");

    /// <summary>Phrases of membership and donation pitches (<c>Lexicons/pitch-phrases.txt</c>), counted: a pitch has several.</summary>
    private static readonly Regex PitchPhrase = ExtractionLexicon.Alternation("pitch-phrases", "", "");

    private const int MaxPitchChars = 1200;

    private const int MinPitchPhrases = 2;

    // An unlabelled credit line: agencies (Lexicons/photo-agencies.txt) and photographers' names joined by '/' or
    // '|', at least one part an agency: "AFP/Jane Doe", "Jane Doe/Reuters", "(AP Photo/Jane Doe)", "Shutterstock".
    // Agencies as the list writes them or in capitals ("REUTERS"), so that an abbreviation in a sentence ("(ePA)") is none.
    private static readonly string AgencyName =
        @"(?:" + ExtractionLexicon.WordChoice(ExtractionLexicon.Lines("photo-agencies").SelectMany(name => new[] { name, name.ToUpperInvariant() }).Distinct(StringComparer.Ordinal)) + @")(?:\s+(?i:photos?|images|pictures|wire|file|pool|handout))?";

    private const string CreditName = @"[\p{Lu}][\p{L}'’.\-]*(?:\s+(?:[\p{Lu}][\p{L}'’.\-]*|van|von|de|da|der|la|le|di|del))*";

    private static readonly Regex AgencyCredit = new(
        @"^[(\[]?\s*(?:(?:" + AgencyName + "|" + CreditName + @")\s*[/|]\s*)*(?:" + AgencyName + @")(?:\s*[/|]\s*(?:" + AgencyName + "|" + CreditName + @"))*(?:\s+(?i:via|vía|for)\s+" + AgencyName + @")?\s*[)\]]?\W*$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private const int MaxCreditChars = 80;

    // A caption that ends by crediting an agency: "Lanterns on the river at dusk (AFP)", "... in Lisbon. (Reuters/Pool)".
    private static readonly Regex AgencyCreditedCaption = new(
        @"\((?:" + AgencyName + @")(?:\s*/\s*(?:" + AgencyName + "|" + CreditName + @"))*\)\W*$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private const int MaxCreditedCaptionChars = 200;

    // A byline with the date and time after it: "By Jane Doe, John Roe on Monday, March 3rd, 2025 at 9:40 a.m.".
    // The date part is read by the dateline rule, so the time's dots do not hide the byline.
    private static readonly Regex BylineDateSplit = new(@"\s+on\s+|\s*[,|•·–—]\s*", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A date label glued to the name before it, the two elements' texts run together: "By Jane DoeUpdated Oct. 14,
    // 2026". The label is capitalised right after a lower-case letter, which no sentence writes.
    private static readonly Regex GluedDateLabel = new(
        @"(?<=\p{Ll})(?=(?:" + ExtractionLexicon.WordChoice(ExtractionLexicon.Lines("date-labels").SelectMany(label => CaseForms(label).Skip(1)).Distinct(StringComparer.Ordinal)) + @")\b)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A line that ends by saying who said it ("Subscribe to what the water tells you, her grandfather used to say.")
    // is a sentence of the story, though it opens like a prompt. The verbs are Lexicons/speech-verbs.txt.
    private static readonly Regex ReportedSpeechEnd = new(
        @",[""”’]?\s+(?:[\p{L}'’.\-]+\s+){1,5}(?:" + ExtractionLexicon.WordChoice("speech-verbs") + @")(?:\s+[\p{L}'’\-]+){0,3}[.!?""”’]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Captions under pictures are this short; a paragraph of the story is longer or ends as a sentence.</summary>
    private const int MaxImageCaptionChars = 120;

    public static List<string> Filter(IReadOnlyList<TextBlock> blocks, string? byline)
    {
        var normalisedByline = byline is null ? null : BlockText.Collapse(byline);
        var teasers = TeaserListBlocks(blocks);
        teasers.UnionWith(PartlyLinkedListBlocks(blocks));
        var kept = new List<string>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (IsFurniture(block) || IsImageCaption(block) || teasers.Contains(i) || IsInLinkList(blocks, i) || (normalisedByline is { Length: > 0 } && string.Equals(block.Text, normalisedByline, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            kept.Add(block.Text);
        }

        return kept;
    }

    private static bool IsFurniture(TextBlock block)
    {
        // Leading separators left over from a header row ("| Updated: ...") do not make a line prose.
        var text = block.Text.TrimStart('|', '/', '-', '–', '—', '•', '·', ' ');
        if (text.Length == 0)
        {
            return true;
        }

        // A line that is one shouted link is a promoted story ("STAR CLEARED TO PERFORM AT AWARDS: REPORT").
        if (block.LinkDensity > 0.9 && IsShouted(text))
        {
            return true;
        }

        if (text.Length < 150 && IsLabelledLink(block, text))
        {
            return true;
        }

        if (text.Length < 150 && DateLabel.IsMatch(text))
        {
            return true;
        }

        if (text.Length < 150 && IsDateRun(text))
        {
            return true;
        }

        if (text.Length < 80 && (DateOnlyLine.IsMatch(text) || OtherLanguageDateLine.IsMatch(text) || BylineLine.IsMatch(text)))
        {
            return true;
        }

        if (text.Length < 80 && FurnitureLine.IsMatch(text) && !ReportedSpeechEnd.IsMatch(text))
        {
            return true;
        }

        if ((text.Length < MaxCreditChars && AgencyCredit.IsMatch(text)) || (text.Length < MaxCreditedCaptionChars && AgencyCreditedCaption.IsMatch(text)))
        {
            return true;
        }

        if (text.Length < 150 && IsBylineWithDate(text))
        {
            return true;
        }

        if (text.Length < 300 && (FurniturePhrase.IsMatch(text) || PromptPhrase.IsMatch(text)) && !ReportedSpeechEnd.IsMatch(text))
        {
            return true;
        }

        return text.Length < MaxPitchChars && IsPitch(text);
    }

    private static bool IsPitch(string text)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in PitchPhrase.Matches(text))
        {
            if (found.Add(match.Value) && found.Count >= MinPitchPhrases)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A byline line whose tail, after "on" or a separator, is a dateline.</summary>
    private static bool IsBylineWithDate(string text)
    {
        foreach (Match separator in BylineDateSplit.Matches(text))
        {
            var names = text[..separator.Index];
            var date = text[(separator.Index + separator.Length)..];
            if (names.Length > 3 && BylineLine.IsMatch(names) && DateOnlyLine.IsMatch(date))
            {
                return true;
            }
        }

        var glued = GluedDateLabel.Match(text);
        return glued.Success && BylineLine.IsMatch(text[..glued.Index]) && DateLabel.IsMatch(text[glued.Index..]);
    }

    /// <summary>
    /// A caption with no caption markup: a short line that is no sentence and no heading, right under a picture
    /// (the element before it holds only an image) or after a picture in the same small element. Galleries and
    /// older templates write captions this way ("&lt;p&gt;&lt;img&gt;&lt;/p&gt;&lt;p&gt;&lt;em&gt;The hall at dusk&lt;/em&gt;&lt;/p&gt;").
    /// The line must be all of its element's text: lines split by breaks under a poster are a title block, not a
    /// caption. Icons and avatars (small images) carry no captions. A labelled line ("Artist: ...") is left to the
    /// label rules of the lexicons.
    /// </summary>
    private static bool IsImageCaption(TextBlock block)
    {
        var text = block.Text;
        if (block.Element is not { } element || text.Length > MaxImageCaptionChars || text[^1] is '.' or '!' or '?' or ':' or ';' or '"' or '”' or '…'
            || block.Tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "dt" or "dd" or "td" or "th" or "tr" or "table" or "caption" or "pre" or "blockquote"
            || element.LocalName is "body" or "html" or "article" or "main" or "section"
            || BlockText.Collapse(element.TextContent) != text
            || LabelledLine().IsMatch(text))
        {
            return false;
        }

        if (ImageComesFirst(element))
        {
            return true;
        }

        var previous = element.PreviousElementSibling;
        return previous is not null && string.IsNullOrWhiteSpace(previous.TextContent) && PictureIn(previous) is not null;
    }

    // "(Artist: Jane Doe)", "Source: City archive": a labelled line says what it is; the label lexicons decide it.
    [GeneratedRegex(@"^[(\[]?[\p{L} ]{1,24}:\s", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledLine();

    /// <summary>The element opens with a picture, before any of its text.</summary>
    private static bool ImageComesFirst(IElement element)
    {
        var picture = PictureIn(element);
        if (picture is null)
        {
            return false;
        }

        for (INode? node = element.FirstChild; node is not null && node != picture; node = NextInOrder(node, element))
        {
            if (node is IText textNode && !string.IsNullOrWhiteSpace(textNode.Data))
            {
                return false;
            }
        }

        return true;
    }

    private static INode? NextInOrder(INode node, INode root)
    {
        if (node.FirstChild is { } child)
        {
            return child;
        }

        for (var current = node; current is not null && current != root; current = current.Parent)
        {
            if (current.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>Pictures this small (by their width or height attribute) are icons and avatars.</summary>
    private const int MinPictureSide = 100;

    private static IElement? PictureIn(IElement element)
    {
        IEnumerable<IElement> candidates = element.LocalName is "img" or "picture" ? [element] : element.QuerySelectorAll("img, picture");
        return candidates.FirstOrDefault(image => !IsSmall(image.GetAttribute("width")) && !IsSmall(image.GetAttribute("height")));

        static bool IsSmall(string? side) =>
            int.TryParse(side, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var pixels) && pixels < MinPictureSide;
    }

    /// <summary>
    /// Dates and labelled dates in a row, whose elements' text was glued together: "Nov. 20, 2019Updated: Nov. 20,
    /// 2019 1:35 a.m.", "October 14, 2024 Updated 3:45 PM". Every piece must be a date, so a sentence never is.
    /// </summary>
    private static bool IsDateRun(string text)
    {
        var parts = DateLabelStart.Split(text);
        return parts.Length >= 2
            && parts.All(part => part.Trim() is var piece && (piece.Length == 0 || DateOnlyLine.IsMatch(piece) || DateLabel.IsMatch(piece)));
    }

    /// <summary>
    /// A teaser list: linked headlines each followed by a one-paragraph summary, at least two pairs in a row
    /// ("Headline / summary / Headline / summary"). Each headline alone is one link among prose, so the
    /// link-list rule misses them; the alternation is what marks the list. A short title line right before
    /// the first headline ("More on this") goes with it.
    /// </summary>
    private static HashSet<int> TeaserListBlocks(IReadOnlyList<TextBlock> blocks)
    {
        var doomed = new HashSet<int>();
        var i = 0;
        while (i < blocks.Count)
        {
            var pairs = 0;
            var unfinished = 0;
            var j = i;
            while (j + 1 < blocks.Count && IsTeaserPair(blocks[j], blocks[j + 1]))
            {
                pairs++;
                unfinished += IsTeaserSummary(blocks[j + 1]) ? 0 : 1;
                j += 2;
            }

            if (pairs >= (unfinished == 0 ? 2 : MinUnfinishedTeaserPairs))
            {
                for (var k = i; k < j; k++)
                {
                    doomed.Add(k);
                }

                if (i > 0 && IsListTitle(blocks[i - 1]))
                {
                    doomed.Add(i - 1);
                }

                i = j;
            }
            else
            {
                i++;
            }
        }

        return doomed;
    }

    /// <summary>
    /// A related list whose items are only partly linked ("Cider makers say <u>the glut is good news</u>"): three or
    /// more short list items in a row, each with a link over a good part of its text, after which the body has
    /// only furniture left. Each item is too little link for the link-list rule. A list inside the story (a
    /// blog's list of changes, a list of reasons) has more story after it, so it is kept. The list's title line
    /// ("More from the Courier") goes with it.
    /// </summary>
    private static HashSet<int> PartlyLinkedListBlocks(IReadOnlyList<TextBlock> blocks)
    {
        var doomed = new HashSet<int>();
        var i = 0;
        while (i < blocks.Count)
        {
            var j = i;
            while (j < blocks.Count && IsPartlyLinkedItem(blocks[j]))
            {
                j++;
            }

            if (j - i >= MinPartlyLinkedItems && EndsBody(blocks, j))
            {
                var titled = i > 0 && IsListTitle(blocks[i - 1]);
                for (var k = titled ? i - 1 : i; k < j; k++)
                {
                    doomed.Add(k);
                }
            }

            i = Math.Max(j, i + 1);
        }

        return doomed;
    }

    private const int MinPartlyLinkedItems = 3;

    private static bool EndsBody(IReadOnlyList<TextBlock> blocks, int from)
    {
        for (var k = from; k < blocks.Count; k++)
        {
            if (!IsFurniture(blocks[k]) && !IsLinkLine(blocks[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPartlyLinkedItem(TextBlock block) =>
        block.Tag == "li" && block.LinkDensity >= 0.25 && block.Text.Length < 150;

    // A headline has a few words ("Next", "Learn more" between product blurbs are buttons) and is no address
    // (a list of sources alternates links and titles).
    private static bool IsTeaserHeadline(TextBlock block) =>
        block.LinkDensity > 0.8 && block.Text.Length is >= 20 and < 150 && block.Text.Count(c => c == ' ') >= 3
        && !block.Text.StartsWith("http", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A headline and its summary. In a card (the summary inside the headline's element, or both alone in a small
    /// element) any summary goes. Set in the story's own flow, a pair looks like the inline links many pages put
    /// between paragraphs ("SEE ALSO: ...", then the story goes on), so there the summary must be short and no
    /// quote, and the linked line no labelled link of its own.
    /// </summary>
    private static bool IsTeaserPair(TextBlock headline, TextBlock summary)
    {
        if (!IsTeaserHeadline(headline) || !(IsTeaserSummary(summary) || IsUnfinishedTeaserSummary(summary)))
        {
            return false;
        }

        return IsCard(headline, summary)
            || (summary.Text.Length < MaxFlowTeaserSummaryChars && summary.Text[0] is not ('"' or '“' or '‘' or '\'' or '«') && !LabelledLink().IsMatch(headline.Text));
    }

    /// <summary>A teaser summary set among the story's paragraphs is a line of a deck; story paragraphs run longer.</summary>
    private const int MaxFlowTeaserSummaryChars = 160;

    /// <summary>A card holds a headline, its summary and perhaps a picture and a date.</summary>
    private const int MaxCardChildren = 4;

    private static bool IsCard(TextBlock headline, TextBlock summary)
    {
        if (headline.Element is not { } head || summary.Element is not { } body)
        {
            return false;
        }

        if (head != body && head.Contains(body))
        {
            return true;
        }

        return head.ParentElement is { } parent && parent == body.ParentElement && parent.ChildElementCount <= MaxCardChildren
            && parent.LocalName is not ("body" or "article" or "main");
    }

    /// <summary>
    /// "SEE ALSO: Toll chief resigns", "» Lawmakers call for hearing": a label, then nothing but a link. Between story
    /// paragraphs it points to another story; a single linked line without a label is left to the link-list rules.
    /// </summary>
    private static bool IsLabelledLink(TextBlock block, string text)
    {
        if (block.LinkChars == 0 || LabelledLink().Match(text) is not { Success: true } label)
        {
            return false;
        }

        // The link is a headline: a few words, opening with a capital, no exclamation or full stop after it (a
        // handle, a file name or "Get more ideas here!" after a label is the story's own text).
        var rest = text[label.Length..].Trim();
        return rest.Length >= 12 && block.LinkChars >= rest.Length * 0.9 && char.IsUpper(rest[0])
            && rest.Count(c => c == ' ') >= MinLabelledHeadlineWords - 1 && rest[^1] is not ('!' or '.');
    }

    private const int MinLabelledHeadlineWords = 4;

    // "SEE ALSO: ...", "More: ...", "» ...": a link the story points to on its own line.
    [GeneratedRegex(@"^(?:[\p{L}' ]{1,20}:\s|[»›→▶►>]\s?)", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledLink();

    // A summary is a sentence or two.
    private static bool IsTeaserSummary(TextBlock block) =>
        block.LinkDensity < 0.5 && block.Text.Length is >= 40 and < 300 && block.Text[^1] is '.' or '!' or '?' or '…' or '"' or '”';

    /// <summary>
    /// Cards often give the summary as a strapline without a full stop ("Shallow water is only part of the story").
    /// Such a line could as well be a subheading, so a list made with them needs one pair more.
    /// </summary>
    private const int MinUnfinishedTeaserPairs = 3;

    // A strapline: a few words of prose, capitalised, no heading, no label, no link.
    private static bool IsUnfinishedTeaserSummary(TextBlock block) =>
        block.LinkDensity < 0.5 && block.Text.Length is >= 25 and < 200 && block.Text.Count(c => c == ' ') >= 3
        && char.IsUpper(block.Text[0]) && block.Tag is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6")
        && block.Text[^1] is not (':' or ';' or ',');

    private static bool IsListTitle(TextBlock block) =>
        block.Text.Length < 60 && block.Text[^1] is not ('.' or '!' or '?' or '"' or '”' or ':');

    /// <summary>A word as bylines write it: "by", "By", "BY".</summary>
    private static IEnumerable<string> CaseForms(string word) =>
        [word, char.ToUpperInvariant(word[0]) + word[1..], word.ToUpperInvariant()];

    private static bool IsShouted(string text)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters >= 12 && upper >= letters * 0.9;
    }

    /// <summary>
    /// Two or more consecutive short lines that are all link text form a list of links (navigation, related
    /// stories); a single linked line among prose ("Get it on Amazon for $39") is part of the article.
    /// </summary>
    private static bool IsInLinkList(IReadOnlyList<TextBlock> blocks, int index)
    {
        if (!IsLinkLine(blocks[index]))
        {
            return false;
        }

        return (index > 0 && IsLinkLine(blocks[index - 1])) || (index + 1 < blocks.Count && IsLinkLine(blocks[index + 1]));
    }

    private static bool IsLinkLine(TextBlock block) =>
        block.LinkDensity > 0.8 && block.Text.Length < 150 && block.Tag is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "pre");
}
