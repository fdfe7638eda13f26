using Ingestion.Analysis;

namespace Ingestion.Enrichment.Tests;

public sealed class TimeTests
{
    /// <summary>Published on Friday 15 September 2017.</summary>
    private static readonly DateTimeOffset Published = new(2017, 9, 15, 10, 0, 0, TimeSpan.Zero);

    private static (string Text, string Value) Single(string sentence, DateTimeOffset? published = null)
    {
        var found = TimeRecognizer.Recognize(sentence, published ?? Published);
        found.Count.ShouldBe(1, string.Join(", ", found.Select(f => sentence.Substring(f.Start, f.Length))));
        return (sentence.Substring(found[0].Start, found[0].Length), found[0].Value);
    }

    [Theory]
    [InlineData("The strikes began in September 2017 and continued.", "September 2017", "2017-09")]
    [InlineData("Sirte fell in December 2016, officials said.", "December 2016", "2016-12")]
    [InlineData("ISIS first moved into Libya at the end of 2013.", "the end of 2013", "2013")]
    [InlineData("It followed the 2011 uprising.", "2011", "2011")]
    [InlineData("The deal was signed on March 3, 2015 in Vienna.", "March 3, 2015", "2015-03-03")]
    [InlineData("The deal was signed on 3 March 2015 in Vienna.", "3 March 2015", "2015-03-03")]
    [InlineData("The report is dated 2016-04-30.", "2016-04-30", "2016-04-30")]
    [InlineData("Prices rose sharply in early 2019.", "early 2019", "2019")]
    [InlineData("The city grew fast in the 1990s.", "the 1990s", "199")]
    [InlineData("Talks resumed in mid-June 2014.", "mid-June 2014", "2014-06")]
    public void Absolute_dates_keep_the_precision_written(string sentence, string text, string value)
    {
        Single(sentence).ShouldBe((text, value));
    }

    [Theory]
    [InlineData("The minister resigned yesterday.", "yesterday", "2017-09-14")]
    [InlineData("The vote is due tomorrow.", "tomorrow", "2017-09-16")]
    [InlineData("Police said last Tuesday that two men were held.", "last Tuesday", "2017-09-12")]
    [InlineData("Police said on Tuesday that two men were held.", "on Tuesday", "2017-09-12")]
    [InlineData("The summit opens next Monday.", "next Monday", "2017-09-18")]
    [InlineData("Exports fell last year.", "last year", "2016")]
    [InlineData("Exports fell last month.", "last month", "2017-08")]
    [InlineData("The bridge opened three years ago.", "three years ago", "2014")]
    [InlineData("The ceasefire was agreed on August 30.", "August 30", "2017-08-30")]
    [InlineData("The offensive began in March.", "March", "2017-03")]
    [InlineData("In March the offensive began.", "March", "2017-03")]
    [InlineData("Early July brought the first floods.", "Early July", "2017-07")]
    [InlineData("Flooding hit the region three days ago.", "three days ago", "2017-09-12")]
    [InlineData("The dam was built two decades ago.", "two decades ago", "1997")]
    [InlineData("Shots were heard last night near the port.", "last night", "2017-09-14")]
    [InlineData("The minister resigned this morning.", "this morning", "2017-09-15")]
    public void Relative_dates_resolve_against_the_publication_date(string sentence, string text, string value)
    {
        Single(sentence).ShouldBe((text, value));
    }

    [Fact]
    public void Relative_dates_need_a_publication_date()
    {
        TimeRecognizer.Recognize("The minister resigned yesterday, last Tuesday.", null).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("More than 1500 troops were deployed.")]
    [InlineData("The fund holds $2000 per family.")]
    [InlineData("They may leave soon.")]
    [InlineData("Turnout was 2017.5 votes per precinct.")]
    public void Numbers_and_words_that_look_like_dates_are_not_times(string sentence)
    {
        TimeRecognizer.Recognize(sentence, Published).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The ferry is due to dock on Monday.", "on Monday", "2017-09-18")]
    [InlineData("The fire could reach the town by Sunday.", "by Sunday", "2017-09-17")]
    [InlineData("Crews were told to finish the dam by noon on Wednesday.", "on Wednesday", "2017-09-20")]
    [InlineData("The board will meet on Friday to approve it.", "on Friday", "2017-09-15")]
    [InlineData("Officials said on Wednesday that the talks will resume.", "on Wednesday", "2017-09-13")]
    [InlineData("Members will vote on the offer in March.", "March", "2018-03")]
    [InlineData("The minister said the court would rule in October.", "October", "2017-10")]
    [InlineData("The election is expected in November.", "November", "2017-11")]
    [InlineData("Sales fell in August, the agency said.", "August", "2017-08")]
    [InlineData("Hotel bookings for October are already up.", "October", "2017-10")]
    [InlineData("Sales for August were weak.", "August", "2017-08")]
    [InlineData("The runoff will be held on October 2.", "October 2", "2017-10-02")]
    [InlineData("The runoff will be held on September 10.", "September 10", "2018-09-10")]
    [InlineData("The runoff was held on September 10.", "September 10", "2017-09-10")]
    [InlineData("Shares fell more than expected on Tuesday.", "on Tuesday", "2017-09-12")]
    [InlineData("Shares fell as expected on Tuesday.", "on Tuesday", "2017-09-12")]
    [InlineData("A man was stabbed next to the station on Tuesday.", "on Tuesday", "2017-09-12")]
    [InlineData("The factory reopened this March.", "March", "2017-03")]
    [InlineData("Engineers carried out planned repairs in October.", "October", "2016-10")]
    [InlineData("He was due to be freed in November after serving his term.", "November", "2016-11")]
    [InlineData("The talks are scheduled to resume in November.", "November", "2017-11")]
    [InlineData("He broke his promise that the mine would reopen on September 1.", "September 1", "2017-09-01")]
    [InlineData("She said the ministers would meet on Monday.", "on Monday", "2017-09-18")]
    [InlineData("She said the ministers would meet on Wednesday.", "on Wednesday", "2017-09-13")]
    [InlineData("He said the plant would close in April.", "April", "2017-04")]
    [InlineData("On Tuesday, the union will walk out again.", "On Tuesday", "2017-09-19")]
    [InlineData("In November the council will set its budget.", "November", "2017-11")]
    [InlineData("On Tuesday, police said the man will appear in court.", "On Tuesday", "2017-09-12")]
    [InlineData("On Tuesday, a few dozen people marched.", "On Tuesday", "2017-09-12")]
    [InlineData("The ministry said on Tuesday it will cut fuel prices.", "on Tuesday", "2017-09-12")]
    public void Plans_and_deadlines_resolve_to_the_next_weekday_or_month(string sentence, string text, string value)
    {
        Single(sentence).ShouldBe((text, value));
    }

    [Fact]
    public void Every_weekday_of_a_plan_looks_ahead()
    {
        var found = TimeRecognizer.Recognize("Further strikes are planned for Tuesday and Thursday.", Published);
        found.Select(f => f.Value).ShouldBe(["2017-09-19", "2017-09-21"]);
    }

    [Fact]
    public void A_comma_between_listed_days_keeps_the_plan()
    {
        var found = TimeRecognizer.Recognize("Strikes will hit on Monday, Wednesday and Friday.", new DateTimeOffset(2017, 9, 16, 0, 0, 0, TimeSpan.Zero));
        found.Select(f => f.Value).ShouldBe(["2017-09-18", "2017-09-20", "2017-09-22"]);
    }

    [Fact]
    public void A_comma_before_a_new_clause_ends_the_plan()
    {
        var found = TimeRecognizer.Recognize("Talks will resume, officials who met on Monday said.", Published);
        found.Select(f => f.Value).ShouldBe(["2017-09-11"]);
    }

    [Fact]
    public void A_month_in_december_plans_is_next_year()
    {
        var found = TimeRecognizer.Recognize("Bookings for January are down, and staff would vote in February.", new DateTimeOffset(2019, 12, 20, 0, 0, 0, TimeSpan.Zero));
        found.Select(f => f.Value).ShouldBe(["2020-01", "2020-02"]);
    }

    [Theory]
    [InlineData("Sales rose 4 percent in the first nine months of the year.", "the first nine months of the year", "2017")]
    [InlineData("The plant should open by the end of the year.", "the end of the year", "2017")]
    [InlineData("Demand will stay weak for the rest of the year.", "the rest of the year", "2017")]
    [InlineData("It kept its outlook for the full year.", "the full year", "2017")]
    [InlineData("Profit was lower than a year earlier.", "a year earlier", "2016")]
    [InlineData("Prices have doubled since mid-August.", "mid-August", "2017-08")]
    [InlineData("Traffic fell in the first two weeks of September.", "the first two weeks of September", "2017-09")]
    [InlineData("Rents rose at the end of the month.", "the end of the month", "2017-09")]
    [InlineData("Rail traffic will stay light for the rest of the week.", "the rest of the week", "2017-W37")]
    [InlineData("Output was up from a month earlier.", "a month earlier", "2017-08")]
    [InlineData("Profits doubled from the previous year.", "the previous year", "2016")]
    [InlineData("The bank collapsed ten years ago today.", "ten years ago today", "2007-09-15")]
    [InlineData("The law passed exactly a year ago.", "exactly a year ago", "2016-09-15")]
    public void Periods_named_without_numbers_take_the_year_or_month_they_fall_in(string sentence, string text, string value)
    {
        Single(sentence).ShouldBe((text, value));
    }

    [Theory]
    [InlineData("Output fell in the first quarter.", "the first quarter", "2017-Q1")]
    [InlineData("Revenue rose in the fourth quarter.", "the fourth quarter", "2016-Q4")]
    [InlineData("The company will report a loss for the fourth quarter.", "the fourth quarter", "2017-Q4")]
    [InlineData("Profit fell in the second quarter of 2015.", "the second quarter of 2015", "2015-Q2")]
    [InlineData("Sales grew last quarter.", "last quarter", "2017-Q2")]
    [InlineData("Sales grew in Q3 2016.", "Q3 2016", "2016-Q3")]
    public void Quarters_have_the_year_and_quarter_number(string sentence, string text, string value)
    {
        Single(sentence).ShouldBe((text, value));
    }

    [Theory]
    [InlineData("A quarter of the homes were destroyed.")]
    [InlineData("Qatar scored in the first quarter of the match.")]
    [InlineData("It is one of the hottest months of the year.")]
    [InlineData("Shoppers queued for Black Friday deals.")]
    [InlineData("She won most states on Super Tuesday.")]
    public void Fractions_and_generic_periods_are_not_times(string sentence)
    {
        TimeRecognizer.Recognize(sentence, Published).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("Q4")]
    [InlineData("exactly a year ago")]
    [InlineData("ten years ago today")]
    [InlineData("On Friday")]
    [InlineData("by")]
    [InlineData("Black Friday")]
    [InlineData("the first quarter")]
    [InlineData("In May,")]
    [InlineData("Thursday, Saturday, and")]
    public void Fragments_and_edges_of_text_do_not_throw(string text)
    {
        Should.NotThrow(() => TimeRecognizer.Recognize(text, Published));
        Should.NotThrow(() => TimeRecognizer.Recognize(text, null));
    }

    [Theory]
    [InlineData("The harbour reopened today.", "2017-09-14")]
    [InlineData("The harbour reopened yesterday.", "2017-09-13")]
    [InlineData("The harbour reopens tomorrow.", "2017-09-15")]
    public void Deictic_days_are_read_in_the_publication_s_own_offset(string sentence, string value)
    {
        // 22:45 on Thursday 14 September at UTC-5 is already Friday 15 September in UTC.
        var eveningInChicago = new DateTimeOffset(2017, 9, 14, 22, 45, 0, TimeSpan.FromHours(-5));
        Single(sentence, eveningInChicago).Value.ShouldBe(value);
    }

    [Fact]
    public void An_article_published_after_midnight_east_of_greenwich_keeps_its_local_day()
    {
        var earlyInTokyo = new DateTimeOffset(2017, 9, 16, 1, 30, 0, TimeSpan.FromHours(9));
        Single("The vote was held today.", earlyInTokyo).Value.ShouldBe("2017-09-16");
    }

    [Theory]
    [InlineData("The mill stopped hiring in Oct. after orders fell.", "Oct.", "2016-10")]
    [InlineData("The quarry shut on Nov. and never reopened.", "Nov.", "2016-11")]
    [InlineData("The new bridge will open in Jan. if the weather holds.", "Jan.", "2018-01")]
    [InlineData("The lease was renewed in Sept. for two years.", "Sept.", "2017-09")]
    [InlineData("Auditors finished their review on August.", "August", "2017-08")]
    public void A_bare_abbreviated_or_on_month_takes_its_year_from_the_publication_and_tense(string sentence, string text, string value)
    {
        Single(sentence).ShouldBe((text, value));
    }

    [Fact]
    public void Today_on_a_page_published_late_in_the_evening_west_of_greenwich_is_the_page_s_own_day()
    {
        // 23:30 on 1 March at UTC-5 is 04:30 on 2 March in UTC: extraction must hand the enricher the page's
        // offset, not the UTC instant alone.
        const string page = """
            <html><head><title>Ice closes the lake ferry</title>
            <meta property="article:published_time" content="2026-03-01T23:30:00-05:00"></head>
            <body><article><h1>Ice closes the lake ferry</h1>
            <p>The county suspended the evening ferry across Lake Winnow today after ice built up on both landing ramps, a spokeswoman for the transport department said.</p>
            <p>Crews will inspect the ramps at first light, and the department expects to publish a new timetable once the ice has been cleared from the crossing.</p>
            <p>Commuters who rely on the crossing were told to use the shuttle bus that runs around the northern shore of the lake every forty minutes.</p>
            </article></body></html>
            """;

        var analysis = new ArticleAnalyzer().Analyze(
            new ArticleSource { RawHtml = System.Text.Encoding.UTF8.GetBytes(page), IsHtml = true }, enrich: true);

        analysis.Article.PublishedAt.ShouldBe(new DateTimeOffset(2026, 3, 2, 4, 30, 0, TimeSpan.Zero));
        analysis.Claims.SelectMany(c => c.Enrichment!.Times).ShouldContain(t => t.Text == "today" && t.Value == "2026-03-01");
    }

    [Theory]
    [InlineData("The new ferry service starts in early January.", "early January", "2018-01")]
    [InlineData("The toll road opens in March.", "March", "2018-03")]
    [InlineData("The season begins in June.", "June", "2018-06")]
    [InlineData("The lease expires in August.", "August", "2018-08")]
    [InlineData("The new rule takes effect on July 1.", "July 1", "2018-07-01")]
    [InlineData("The festival kicks off on Saturday.", "on Saturday", "2017-09-16")]
    [InlineData("The peace talks begin in March.", "March", "2018-03")]
    [InlineData("Hearings resume in February, the court clerk said.", "February", "2018-02")]
    [InlineData("The new tariffs take effect in January.", "January", "2018-01")]
    [InlineData("Both bridges reopen in May after the repairs.", "May", "2018-05")]
    public void A_timetable_in_the_present_tense_points_ahead(string sentence, string text, string value)
    {
        Single(sentence).ShouldBe((text, value));
    }

    [Theory]
    [InlineData("The festival started in August.", "August", "2017-08")]
    [InlineData("The ferry service began in June.", "June", "2017-06")]
    [InlineData("The campaign got off to a slow start in January.", "January", "2017-01")]
    [InlineData("He said the two plants could reopen in April.", "April", "2017-04")]
    [InlineData("Residents sent an open letter in May.", "May", "2017-05")]
    public void The_past_tense_of_the_same_verbs_points_back(string sentence, string text, string value)
    {
        Single(sentence).ShouldBe((text, value));
    }

    [Theory]
    [InlineData("Rainfall was low in July and August.", "August", "2017-08")]
    [InlineData("Ticket sales climbed from April to June.", "June", "2017-06")]
    public void A_month_listed_after_another_needs_no_cue_of_its_own(string sentence, string text, string value)
    {
        var found = TimeRecognizer.Recognize(sentence, Published);
        found.Count.ShouldBe(2);
        (sentence.Substring(found[1].Start, found[1].Length), found[1].Value).ShouldBe((text, value));
    }

    [Fact]
    public void A_listed_month_continues_the_year_of_the_month_before_it()
    {
        const string sentence = "The dry spell ran from December to February.";
        TimeRecognizer.Recognize(sentence, Published).Select(t => (sentence.Substring(t.Start, t.Length), t.Value))
            .ShouldBe([("December", "2016-12"), ("February", "2017-02")]);
    }

    [Theory]
    [InlineData("The abbey dates from the 1300s.", "the 1300s", "13")]
    [InlineData("Trade boomed in the early 1800s.", "the early 1800s", "18")]
    [InlineData("The canal was dug in the 18th century.", "the 18th century", "17")]
    [InlineData("Housing prices peaked in the 2000s.", "the 2000s", "200")]
    public void Centuries_are_iso_centuries_and_the_2000s_stay_a_decade(string sentence, string text, string value)
    {
        Single(sentence).ShouldBe((text, value));
    }

    [Theory]
    [InlineData("Shops will close on Christmas Day.", "Christmas Day", "2017-12-25")]
    [InlineData("The family fled on New Year's Eve.", "New Year's Eve", "2016-12-31")]
    [InlineData("The parade will be held on Independence Day.", "Independence Day", "2018-07-04")]
    [InlineData("The mayor will pardon a turkey at Thanksgiving.", "Thanksgiving", "2017-11-23")]
    [InlineData("Pilgrims gathered in the square on Good Friday.", "Good Friday", "2017-04-14")]
    [InlineData("The bridge was closed at Easter 2015.", "Easter 2015", "2015-04-05")]
    [InlineData("Crowds thinned after Memorial Day.", "Memorial Day", "2017-05-29")]
    [InlineData("The strike will end by Labor Day.", "Labor Day", "2018-09-03")]
    public void Common_holidays_are_days_in_the_direction_of_the_tense(string sentence, string text, string value)
    {
        Single(sentence).ShouldBe((text, value));
    }

    [Fact]
    public void A_holiday_without_a_year_needs_a_publication_date()
    {
        TimeRecognizer.Recognize("Shops closed on Boxing Day.", null).ShouldBeEmpty();
        TimeRecognizer.Recognize("Shops closed on Boxing Day 2019.", null).Select(t => t.Value).ShouldBe(["2019-12-26"]);
    }

    // Issue 18: a day without a year takes the year the tense points to, not the nearest one (published 15 September
    // 2017, so the nearest 28 December is the coming one).
    [Theory]
    [InlineData("The ferry service was cut on Dec. 20 after the storm.", "2016-12-20")]
    [InlineData("The county adopted its budget on Jan. 9.", "2017-01-09")]
    [InlineData("Shareholders met on Dec. 28 to approve the merger.", "2016-12-28")]
    [InlineData("On Dec. 28, the club sold its stadium.", "2016-12-28")]
    [InlineData("The new tariff takes effect on June 1.", "2018-06-01")]
    [InlineData("The tribunal will rule on June 1.", "2018-06-01")]
    [InlineData("The mayoral race is headed for a second round on Dec. 28.", "2017-12-28")]
    public void A_day_without_a_year_follows_the_tense_of_its_clause(string sentence, string value)
    {
        Single(sentence).Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("Tickets for the Dec. 28 match", "2017-12-28")]
    [InlineData("Tickets for the Sept. 1 match", "2017-09-01")]
    public void A_day_without_a_year_and_without_a_tense_is_the_nearest_one(string heading, string value)
    {
        Single(heading).Value.ShouldBe(value);
    }
}
