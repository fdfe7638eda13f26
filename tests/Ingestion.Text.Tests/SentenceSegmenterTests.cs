namespace Ingestion.Text.Tests;

/// <summary>
/// One case per kind of "Golden Rule" of sentence boundary detection, in sentences written for this project.
/// </summary>
public sealed class SentenceSegmenterTests
{
    private readonly SentenceSegmenter segmenter = new();

    public static TheoryData<string, string[]> Rules() => new()
    {
        // plain terminal punctuation
        { "The court adjourned. Lawyers left the building.", ["The court adjourned.", "Lawyers left the building."] },
        { "Did the vote pass? Nobody knows yet.", ["Did the vote pass?", "Nobody knows yet."] },
        { "Stop! The bridge is out.", ["Stop!", "The bridge is out."] },
        { "Wait!! Come back.", ["Wait!!", "Come back."] },
        { "Really?! That is news.", ["Really?!", "That is news."] },
        { "Seriously?? Nobody told me.", ["Seriously??", "Nobody told me."] },
        // initials and single letters
        { "The letter was signed by Mary K. Lewis on Friday.", ["The letter was signed by Mary K. Lewis on Friday."] },
        { "It was just you and I. Did anyone notice?", ["It was just you and I.", "Did anyone notice?"] },
        { "We met Henry I. Kane there.", ["We met Henry I. Kane there."] },
        { "See p. 12 for details.", ["See p. 12 for details."] },
        // abbreviations
        { "She met Jones and co. at the hotel.", ["She met Jones and co. at the hotel."] },
        { "We invited Smith and co. They declined.", ["We invited Smith and co.", "They declined."] },
        { "He sold it to Acme Co. It paid cash.", ["He sold it to Acme Co.", "It paid cash."] },
        { "Shares of Acme Holdings Co. rose sharply.", ["Shares of Acme Holdings Co. rose sharply."] },
        { "Tourists crowded Mt. Rushmore today.", ["Tourists crowded Mt. Rushmore today."] },
        { "Dr. Lee met Mr. Brown and Mrs. Green.", ["Dr. Lee met Mr. Brown and Mrs. Green."] },
        { "The parade passed St. Patrick's Cathedral on Fifth Ave. near noon.", ["The parade passed St. Patrick's Cathedral on Fifth Ave. near noon."] },
        { "It was Martin Luther King Jr.'s speech.", ["It was Martin Luther King Jr.'s speech."] },
        { "Bring fruit, e.g. apples, and bread, i.e. rye.", ["Bring fruit, e.g. apples, and bread, i.e. rye."] },
        { "Sales rose on Jan. 5 and fell in Feb. after that.", ["Sales rose on Jan. 5 and fell in Feb. after that."] },
        { "He lives at No. 10 Downing Street.", ["He lives at No. 10 Downing Street."] },
        // multi-period abbreviations
        { "The firm moved to the U.K. last spring.", ["The firm moved to the U.K. last spring."] },
        { "She studied in the U.K. What did you study?", ["She studied in the U.K.", "What did you study?"] },
        { "Troops from the U.S. Army arrived.", ["Troops from the U.S. Army arrived."] },
        { "Flights to the U.S.A. were cancelled.", ["Flights to the U.S.A. were cancelled."] },
        { "The ceasefire began at 6 a.m. Residents returned home.", ["The ceasefire began at 6 a.m.", "Residents returned home."] },
        { "By 9 p.m. Mr. Lee had left.", ["By 9 p.m. Mr. Lee had left."] },
        // numbers
        { "The ticket costs $12.50 online.", ["The ticket costs $12.50 online."] },
        { "The ticket costs $12.50. It sold out.", ["The ticket costs $12.50.", "It sold out."] },
        { "Inflation hit 3.2 percent in May.", ["Inflation hit 3.2 percent in May."] },
        { "The code is No. 44.31.2. That is final.", ["The code is No. 44.31.2.", "That is final."] },
        // parentheses and quotations
        { "The council (It met twice in May.) approved the plan.", ["The council (It met twice in May.) approved the plan."] },
        { "The plan passed. (Two members abstained.) The vote was close.", ["The plan passed.", "(Two members abstained.)", "The vote was close."] },
        { "He shouted, 'We won!' and ran off.", ["He shouted, 'We won!' and ran off."] },
        { "He said, \"We won.\" The crowd cheered.", ["He said, \"We won.\"", "The crowd cheered."] },
        { "\"It is over,\" she said. \"Go home.\"", ["\"It is over,\" she said.", "\"Go home.\""] },
        { "She wrote “It ends now.” Then she left.", ["She wrote “It ends now.”", "Then she left."] },
        { "He tried Jeopardy! on a whim.", ["He tried Jeopardy! on a whim."] },
        // e-mail and web addresses
        { "Write to press.office@example.org. Replies take a day.", ["Write to press.office@example.org.", "Replies take a day."] },
        { "Details are at http://news.example.org/a/b.html. Read them.", ["Details are at http://news.example.org/a/b.html.", "Read them."] },
        { "Visit www.Example.com/News for more.", ["Visit www.Example.com/News for more."] },
        // lists
        { "1.) Buy milk 2.) Buy bread", ["1.) Buy milk", "2.) Buy bread"] },
        { "1.) Buy milk. 2.) Buy bread.", ["1.) Buy milk.", "2.) Buy bread."] },
        { "1) Call home 2) Pack bags", ["1) Call home", "2) Pack bags"] },
        { "1. Call home. 2. Pack bags.", ["1. Call home.", "2. Pack bags."] },
        { "• 3. Alpha task • 4. Beta task", ["• 3. Alpha task", "• 4. Beta task"] },
        { "⁃5. Gamma task ⁃6. Delta task", ["⁃5. Gamma task", "⁃6. Delta task"] },
        { "a. Apples b. Pears c. Plums", ["a. Apples", "b. Pears", "c. Plums"] },
        // line breaks
        { "The storm hit the \ncoast overnight.", ["The storm hit the coast overnight."] },
        { "The report was\npublished on Monday.", ["The report was published on Monday."] },
        { "home\nworld news\nsports\n", ["home", "world news", "sports"] },
        { "Storm Hits Coast\n\nThe storm hit the coast overnight.", ["Storm Hits Coast", "The storm hit the coast overnight."] },
        { "By Jane Doe\nStaff Writer", ["By Jane Doe", "Staff Writer"] },
        // ellipses
        { "\"The rules [...] were clear [...]\" (Doe 12).", ["\"The rules [...] were clear [...]\" (Doe 12)."] },
        { "I waited.... Nobody came.", ["I waited....", "Nobody came."] },
        { "Well ... maybe...later . . . we will see . . . I hope so.", ["Well ... maybe...later . . . we will see . . . I hope so."] },
        { "The road was long . . . . Night fell.", ["The road was long . . . .", "Night fell."] },
        { "The old custom faded . . . in time. . . . Few remember it. . . .", ["The old custom faded . . . in time.", ". . . Few remember it. . . ."] },
        { "He said it would all “work out in the end. . . .”", ["He said it would all “work out in the end. . . .”"] },
        { "I waited… Nobody came.", ["I waited…", "Nobody came."] },
        // no space between sentences
        { "It rained.Then it stopped.", ["It rained.", "Then it stopped."] },
        { "Buy 2,000.Then sell.", ["Buy 2,000.", "Then sell."] },
        // a stray period in a name does not split it
        { "Officials praised Major John. K. Rivers, the commander.", ["Officials praised Major John. K. Rivers, the commander."] },
        // a non-breaking space after a title
        { "Mr.\u00A0Smith arrived.", ["Mr.\u00A0Smith arrived."] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Splits_like_the_golden_rules(string text, string[] expected) =>
        segmenter.Segment(text).Select(s => s.Text).ToArray().ShouldBe(expected);

    [Theory]
    [MemberData(nameof(Rules))]
    public void Offsets_cover_each_sentence_exactly(string text, string[] expected)
    {
        var sentences = segmenter.Segment(text);
        sentences.Count.ShouldBe(expected.Length);
        foreach (var s in sentences)
        {
            var raw = text.Substring(s.Start, s.Length);
            raw.ShouldBe(raw.Trim());
            if (!raw.Contains('\n', StringComparison.Ordinal))
            {
                s.Text.ShouldBe(raw);
            }
        }
    }

    [Fact]
    public void A_wrapped_line_reads_as_one_space_but_keeps_its_raw_offsets()
    {
        const string text = "Intro.\n\nThe storm hit the \n  coast overnight.";
        var sentence = segmenter.Segment(text)[1];

        sentence.Text.ShouldBe("The storm hit the coast overnight.");
        text.Substring(sentence.Start, sentence.Length).ShouldBe("The storm hit the \n  coast overnight.");
    }

    [Fact]
    public void Paragraphs_never_share_a_sentence()
    {
        var sentences = segmenter.Segment("The talks ended without a deal\n\nDelegates went home");
        sentences.Select(s => s.Text).ShouldBe(["The talks ended without a deal", "Delegates went home"]);
    }

    [Fact]
    public void Empty_and_blank_texts_have_no_sentences()
    {
        segmenter.Segment("").ShouldBeEmpty();
        segmenter.Segment(" \n\n\t ").ShouldBeEmpty();
    }

    [Fact]
    public void Segments_the_seed_article_into_its_lines_and_sentences()
    {
        var text = Fixtures.SeedArticle;
        var sentences = segmenter.Segment(text).Select(s => s.Text).ToList();

        sentences[0].ShouldBe("International News2018Middle East");
        sentences.ShouldContain("These troubling developments have led military commanders, such as General Thomas. D. Waldhauser, the head of the US Africa Command, to state to CNN that “the instability in Libya and North Africa may be the most significant near-term threat to U.S. and allies’ interests on the continent.”");
        sentences.ShouldContain("Your email address will not be published.");
        sentences[^1].ShouldBe("Share This");
    }
}
