namespace Ingestion.Enrichment.Tests;

/// <summary>
/// The classes of date and quantity that issue 18's probes of unseen news found missing, each with sentences written
/// for it and guards that the rule does not over-fire. Published on Saturday 14 March 2026 unless a case says.
/// </summary>
public sealed class UnseenNewsTimeAndQuantityTests
{
    private static readonly DateTimeOffset Saturday = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private static string[] Dates(string sentence, DateTimeOffset? published = null) =>
        [.. TimeRecognizer.Recognize(sentence, published ?? Saturday).Select(t => $"{sentence.Substring(t.Start, t.Length)}={t.Value}")];

    private static string[] Quantities(string sentence) =>
        [.. QuantityRecognizer.Recognize(sentence, TimeRecognizer.Recognize(sentence, Saturday))
            .Select(q => $"{sentence.Substring(q.Start, q.Length)}={q.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {q.Unit}".TrimEnd())];

    [Theory]
    [InlineData("Shipments picked up again in mid-2024.", "mid-2024=2024")]
    [InlineData("Since mid-2023 the fleet has doubled.", "mid-2023=2023")]
    public void A_year_after_mid_and_a_hyphen_is_the_year(string sentence, string expected)
    {
        Dates(sentence).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("The census covered 2011-2021.", "2011=2011", "2021=2021")]
    [InlineData("The 2025/26 season ended early.", "2025=2025", "26=2026")]
    [InlineData("Ministers approved the 2026–27 budget.", "2026=2026", "27=2027")]
    public void A_span_of_years_gives_both_ends_and_no_quantity(string sentence, string first, string second)
    {
        Dates(sentence).ShouldBe([first, second]);
        Quantities(sentence).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Its FY2024 revenue beat forecasts.", "FY2024=2024")]
    [InlineData("The group cut its FY26 outlook.", "FY26=2026")]
    public void A_fiscal_year_code_is_its_year(string sentence, string expected)
    {
        Dates(sentence).ShouldBe([expected]);
        Quantities(sentence).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The record is dated 2019-12-31.", "2019-12-31=2019-12-31")]
    [InlineData("Readings from 2024-05 were lost.", null)]
    public void A_date_written_with_hyphens_is_no_span_of_years(string sentence, string? expected)
    {
        Dates(sentence).ShouldBe(expected is null ? [] : [expected]);
    }

    [Fact]
    public void The_weekend_follows_the_tense_and_the_publication_week()
    {
        var monday = new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero);
        Dates("Rebels regrouped over the weekend.", monday).ShouldBe(["the weekend=2026-W11-WE"]);
        Dates("The market opens next weekend.").ShouldBe(["next weekend=2026-W12-WE"]);
        Dates("Two hikers vanished last weekend.").ShouldBe(["last weekend=2026-W10-WE"]);
        Dates("The museum stays open this weekend.", monday).ShouldBe(["this weekend=2026-W12-WE"]);
        Dates("The rebels withdrew this past weekend.", monday).ShouldBe(["this past weekend=2026-W11-WE"]);
    }

    [Fact]
    public void The_weekend_of_a_date_is_that_date()
    {
        Dates("The strike is set for the weekend of March 21.").ShouldBe(["March 21=2026-03-21"]);
    }

    [Theory]
    [InlineData("November was the driest month in a decade.", "November=2025-11")]
    [InlineData("Rents climbed sharply over December, agents said.", "December=2025-12")]
    public void A_month_that_is_no_word_or_name_needs_no_cue(string sentence, string expected)
    {
        Dates(sentence).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("The October Revolution shaped the region.")]
    [InlineData("March organisers said the route was safe.")]
    [InlineData("August Weber led the choir.")]
    public void A_month_before_a_name_or_a_month_that_is_a_word_stays_without_a_cue(string sentence)
    {
        Dates(sentence).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The fort was abandoned in the sixteenth century.", "the sixteenth century=15")]
    [InlineData("Its walls date from the early twelfth century.", "the early twelfth century=11")]
    public void A_century_by_its_ordinal_word(string sentence, string expected)
    {
        Dates(sentence).ShouldBe([expected]);
    }

    [Fact]
    public void A_second_century_is_no_second_of_anything_else()
    {
        Dates("She came second in the race.").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The parade was held on the 2nd of June.", "the 2nd of June=2025-06-02")]
    [InlineData("Rebels advanced earlier in the week.", "earlier in the week=2026-W11")]
    [InlineData("Prices will fall later in the year.", "later in the year=2026")]
    [InlineData("Unions held rallies on May Day.", "May Day=2025-05-01")]
    [InlineData("Output grew in the year to June.", "June=2025-06")]
    public void Day_of_month_in_words_periods_of_the_publication_and_holidays(string sentence, string expected)
    {
        Dates(sentence).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("The ferry departs at 7 a.m. on Tuesday.", "on Tuesday=2026-03-17")]
    [InlineData("The final is on Thursday.", "on Thursday=2026-03-19")]
    [InlineData("The referendum is in February.", "February=2027-02")]
    public void A_timetable_reads_ahead_past_a_clock_time_and_after_a_present_copula(string sentence, string expected)
    {
        Dates(sentence).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("The talks ended at 3 p.m. on Friday.", "on Friday=2026-03-13")]
    [InlineData("The index was higher than in January.", "January=2026-01")]
    [InlineData("The index is higher than in January.", "January=2026-01")]
    public void A_past_clause_and_a_copula_far_from_the_date_stay_past(string sentence, string expected)
    {
        Dates(sentence).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("The fair runs from April 8 to 11.", "April 8=2026-04-08", "11=2026-04-11")]
    [InlineData("The hearings were held 9-11 February.", "9=2026-02-09", "11 February=2026-02-11")]
    public void A_range_of_days_in_one_month_gives_both_days(string sentence, string first, string second)
    {
        Dates(sentence).ShouldBe([first, second]);
        Quantities(sentence).ShouldBeEmpty();
    }

    [Fact]
    public void A_count_after_a_day_is_no_second_day()
    {
        const string sentence = "The fair opened on March 3 and 12 people were hurt.";
        Dates(sentence).ShouldBe(["March 3=2026-03-03"]);
        Quantities(sentence).ShouldBe(["12 people=12 people"]);
    }

    [Theory]
    [InlineData("The hearing lasted two and a half hours.", "two and a half hours=2.5 hour")]
    [InlineData("He spent 4 and a half years abroad.", "4 and a half years=4.5 year")]
    [InlineData("Divers recovered three dozen crates.", "three dozen crates=36 crates")]
    [InlineData("The army moved 12 000 soldiers.", "12 000 soldiers=12000 soldiers")]
    [InlineData("Each family was paid Rs5,000.", "Rs5,000=5000 INR")]
    [InlineData("The dam generates 1,200 megawatts.", "1,200 megawatts=1200 MW")]
    [InlineData("Winds reached 90 mph.", "90 mph=90 mph")]
    public void Mixed_numbers_dozens_grouped_thousands_glued_currency_and_units(string sentence, string expected)
    {
        Quantities(sentence).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("The score was two and a half.")]
    [InlineData("Dozens of homes were flooded.")]
    public void A_half_without_a_unit_and_vague_dozens_are_no_quantity(string sentence)
    {
        Quantities(sentence).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Call 020 7946 0000 for tickets.")]
    [InlineData("Ring +44 20 7946 0000 for details.")]
    [InlineData("The hotline is (212) 555-0199.")]
    [InlineData("The home side won 2-1.")]
    [InlineData("They drew 0-0 in Madrid.")]
    [InlineData("A 3-1 victory sealed the title.")]
    [InlineData("Four in 10 adults own a car.")]
    [InlineData("The Falcon 9 rocket lifted off.")]
    [InlineData("Protesters gathered outside 10 Downing Street.")]
    [InlineData("The driver, 52, was arrested.")]
    public void Phone_numbers_scores_proportions_codes_addresses_and_ages_are_no_quantity(string sentence)
    {
        Quantities(sentence).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The party won 10-15 seats.", "10=10 seats", "15 seats=15 seats")]
    [InlineData("Between 12 and 20 trucks crossed.", "12=12 trucks", "20 trucks=20 trucks")]
    public void A_range_of_things_near_a_score_word_or_after_a_capital_is_still_counted(string sentence, string first, string second)
    {
        Quantities(sentence).ShouldBe([first, second]);
    }

    [Theory]
    [InlineData("All 40 were rescued.", "40=40")]
    [InlineData("The pumps, 40 in all, failed.", "40=40")]
    [InlineData("Police said Sunday 40 had been held.", "40=40")]
    public void A_number_after_a_function_word_a_weekday_or_a_comma_still_counts(string sentence, string expected)
    {
        Quantities(sentence).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("Spain's 4-0 rout of Malta settled the group.")]
    [InlineData("Leeds were outshot 16-3 at home.")]
    [InlineData("The carrier bought the 787-9 jets in bulk.")]
    [InlineData("The Owls are 6-2-1 in their past nine games.", "nine games=9 games")]
    [InlineData("The channel NBC 5 aired the footage.")]
    [InlineData("The chip beats the GTX 1660 easily.")]
    [InlineData("Rita Alves, 38 – a nurse – was hurt.")]
    [InlineData("The skipper, 61 – a veteran – stayed aboard.")]
    public void Results_records_models_channel_numbers_and_ages_before_a_dash_are_no_quantity(string sentence, string? expected = null)
    {
        Quantities(sentence).ShouldBe(expected is null ? [] : [expected]);
    }

    [Theory]
    [InlineData("The repairs will take 2-3 hours.", "2=2 hour", "3 hours=3 hour")]
    [InlineData("Yields rose 10-15% this year.", "10=10 percent", "15%=15 percent")]
    [InlineData("Estimates run at 350–375 million.", "350=350000000", "375 million=375000000")]
    public void An_upward_range_with_a_unit_a_percent_or_a_scale_is_still_counted(string sentence, string first, string second)
    {
        Quantities(sentence).ShouldBe([first, second]);
    }

    [Theory]
    [InlineData("The deal is worth between $5 and $7 million.", "$5=5000000 USD", "$7 million=7000000 USD")]
    [InlineData("Between 20 and 30 million people were affected.", "20=20000000 people", "30 million people=30000000 people")]
    [InlineData("Losses reached 1.5 to 2 billion dollars.", "1.5=1500000000 USD", "2 billion dollars=2000000000 USD")]
    [InlineData("The scheme costs $10-15 billion.", "$10=10000000000 USD", "15 billion=15000000000 USD")]
    public void A_range_start_takes_the_scale_written_at_its_end(string sentence, string first, string second)
    {
        Quantities(sentence).ShouldBe([first, second]);
    }

    [Theory]
    [InlineData("Viewers rose from 500,000 to 2 million.", "500,000=500000", "2 million=2000000")]
    [InlineData("He gave $5 and she pledged $7 million.", "$5=5 USD", "$7 million=7000000 USD")]
    public void A_larger_start_or_two_amounts_apart_keep_their_own_values(string sentence, string first, string second)
    {
        Quantities(sentence).ShouldBe([first, second]);
    }

    [Fact]
    public void A_month_listed_with_its_own_year_keeps_it()
    {
        Dates("The probe orbited from February 2016 through May 2017.").ShouldBe(["February 2016=2016-02", "May 2017=2017-05"]);
    }

    [Theory]
    [InlineData("The union gave one year's notice.", "one year's=1 year")]
    [InlineData("Staff received two weeks' pay.", "two weeks'=2 week")]
    [InlineData("The firm sold two of its largest ships.", "two of its largest ships=2 ships")]
    [InlineData("Three of the country's biggest banks failed.", "Three of the country's biggest banks=3 banks")]
    public void A_unit_in_the_possessive_and_a_part_of_a_group_are_counted(string sentence, string expected)
    {
        Quantities(sentence).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("One of the largest banks failed.")]
    [InlineData("Two of them were arrested.")]
    [InlineData("The mayor's office denied it.")]
    public void One_of_a_group_a_pronoun_group_and_a_possessive_noun_are_no_quantity(string sentence)
    {
        Quantities(sentence).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("A fleet of 400 737 jets sat idle.", "400=400")]
    [InlineData("Crowds of 2 500 people waited.", "2 500 people=2500 people")]
    public void A_plain_space_groups_thousands_only_in_a_round_number(string sentence, string first)
    {
        Quantities(sentence)[0].ShouldBe(first);
    }
}

