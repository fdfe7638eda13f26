namespace Ingestion.Enrichment.Tests;

public sealed class QuantityTests
{
    private static QuantityMatch Single(string sentence, out string text)
    {
        var found = QuantityRecognizer.Recognize(sentence, TimeRecognizer.Recognize(sentence, null));
        found.Count.ShouldBe(1, string.Join(", ", found.Select(f => sentence.Substring(f.Start, f.Length))));
        text = sentence.Substring(found[0].Start, found[0].Length);
        return found[0];
    }

    [Theory]
    [InlineData("The U.S. military launched six precision airstrikes in Libya.", "six precision airstrikes", 6, "airstrikes")]
    [InlineData("The strike killed 17 ISIS militants.", "17 ISIS militants", 17, "militants")]
    [InlineData("Three governments are fighting for legitimacy.", "Three governments", 3, "governments")]
    [InlineData("The camp lies 150 miles from the coast.", "150 miles", 150, "mile")]
    [InlineData("The wall is 3.5 km long.", "3.5 km", 3.5, "km")]
    [InlineData("Twenty-one people were injured.", "Twenty-one people", 21, "people")]
    [InlineData("The town has 12,500 residents.", "12,500 residents", 12500, "residents")]
    [InlineData("Officials seized a dozen rifles.", "a dozen rifles", 12, "rifles")]
    [InlineData("Half a million people fled.", "Half a million people", 500_000, "people")]
    [InlineData("Police seized half a dozen rifles.", "half a dozen rifles", 6, "rifles")]
    public void Counts_and_measures_read_value_and_unit(string sentence, string text, double value, string unit)
    {
        var match = Single(sentence, out var written);
        written.ShouldBe(text);
        match.Value.ShouldBe(value);
        match.Unit.ShouldBe(unit);
        match.Qualifier.ShouldBeNull();
    }

    [Theory]
    [InlineData("The project costs $5 million.", "$5 million", 5_000_000, "USD")]
    [InlineData("The fine was €2.5bn.", "€2.5bn", 2_500_000_000, "EUR")]
    [InlineData("They raised £300,000 for the hospital.", "£300,000", 300_000, "GBP")]
    [InlineData("Donors pledged 40 million dollars.", "40 million dollars", 40_000_000, "USD")]
    [InlineData("Unemployment rose to 7.2%.", "7.2%", 7.2, "percent")]
    [InlineData("Support fell to 38 percent.", "38 percent", 38, "percent")]
    [InlineData("Turnout was 61 per cent.", "61 per cent", 61, "percent")]
    [InlineData("Inflation eased to 3pc.", "3pc", 3, "percent")]
    [InlineData("The state approved 2,400 crore rupees for roads.", "2,400 crore rupees", 24_000_000_000, "INR")]
    [InlineData("The scheme costs Rs 350 crore.", "Rs 350 crore", 3_500_000_000, "INR")]
    [InlineData("Each family gets Rs. 2 lakh.", "Rs. 2 lakh", 200_000, "INR")]
    public void Money_and_percentages_have_their_units(string sentence, string text, double value, string unit)
    {
        var match = Single(sentence, out var written);
        written.ShouldBe(text);
        match.Value.ShouldBe(value);
        match.Unit.ShouldBe(unit);
    }

    [Theory]
    [InlineData("At least 40 people died.", "at least")]
    [InlineData("About 300 families fled.", "about")]
    [InlineData("Some 2,000 troops arrived.", "about")]
    [InlineData("More than 100 houses burned.", "more than")]
    [InlineData("Over 50 schools closed.", "more than")]
    [InlineData("Up to 20 boats sank.", "up to")]
    [InlineData("Nearly 90 percent voted.", "nearly")]
    [InlineData("Fewer than 10 shops opened.", "less than")]
    public void Qualifiers_before_the_number_are_normalised(string sentence, string qualifier)
    {
        Single(sentence, out _).Qualifier.ShouldBe(qualifier);
    }

    [Theory]
    [InlineData("One of the men escaped.")]
    [InlineData("He was the first to arrive on the 2nd floor.")]
    [InlineData("The attack came in September 2017.")]
    [InlineData("The hearing starts at 1 p.m. sharp.")]
    [InlineData("Only one legal challenge remains.")]
    public void Pronouns_ordinals_ages_and_dates_are_not_quantities(string sentence)
    {
        QuantityRecognizer.Recognize(sentence, TimeRecognizer.Recognize(sentence, null)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The merger was valued at $34.2 billion.", 34_200_000_000d)]
    [InlineData("The bank set aside £1.15bn for claims.", 1_150_000_000d)]
    [InlineData("Exports reached 2.3 million tonnes.", 2_300_000d)]
    [InlineData("The fund lent $0.7 million.", 700_000d)]
    public void Scaled_decimals_are_exact(string sentence, double value)
    {
        Single(sentence, out _).Value.ShouldBe(value);
    }

    [Fact]
    public void Digits_too_long_for_any_amount_are_not_a_quantity_and_do_not_throw()
    {
        var sentence = "The code 99999999999999999999999999999999 trillion appeared.";
        QuantityRecognizer.Recognize(sentence, TimeRecognizer.Recognize(sentence, null)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Control of the 150-seat assembly is at stake.", "150-seat", 150, "seats")]
    [InlineData("She beat a four-term mayor.", "four-term", 4, "terms")]
    [InlineData("A 2,000-strong crowd gathered.", "2,000-strong", 2000, null)]
    [InlineData("Firefighters cut a 40-foot gap.", "40-foot", 40, "foot")]
    [InlineData("The six-party talks stalled.", "six-party", 6, "parties")]
    [InlineData("He unveiled a 10-point plan.", "10-point", 10, "points")]
    public void Compounds_that_count_things_are_quantities(string sentence, string text, double value, string? unit)
    {
        var match = Single(sentence, out var written);
        written.ShouldBe(text);
        match.Value.ShouldBe(value);
        match.Unit.ShouldBe(unit);
    }

    [Theory]
    [InlineData("Two-thirds of voters agreed.")]
    [InlineData("It was a one-off payment.")]
    [InlineData("It was a two-way race.")]
    [InlineData("Diplomats backed a two-state solution.")]
    [InlineData("Teams of two-three people searched.")]
    [InlineData("COVID-19 spread fast.")]
    [InlineData("The team was aged 9 to 11.")]
    [InlineData("\"We will stay,\" said Layla Haddad, 52.")]
    [InlineData("Omar Saleh, 29, a driver, was held.")]
    [InlineData("They took a three-pronged approach.")]
    [InlineData("The jacket costs $16-something online.")]
    public void Bare_ages_fractions_idioms_and_codes_are_not_counted(string sentence)
    {
        QuantityRecognizer.Recognize(sentence, TimeRecognizer.Recognize(sentence, null)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Temperatures rose above 48C in the valley.", "48C", 48, "celsius")]
    [InlineData("It was 104°F in the shade.", "104°F", 104, "fahrenheit")]
    [InlineData("The lake is falling by about a metre a year.", "a metre", 1, "m")]
    [InlineData("The trail runs for nearly a mile.", "a mile", 1, "mile")]
    [InlineData("The storm dropped more than an inch of rain.", "an inch", 1, "inch")]
    [InlineData("Wages got a 4-percent rise.", "4-percent", 4, "percent")]
    [InlineData("Three other ships were hit.", "Three other ships", 3, "ships")]
    public void Temperatures_single_measures_and_other_things_are_read(string sentence, string text, double value, string unit)
    {
        var match = Single(sentence, out var written);
        written.ShouldBe(text);
        match.Value.ShouldBe(value);
        match.Unit.ShouldBe(unit);
    }

    [Theory]
    [InlineData("Oil traded at $80 a barrel.")]
    [InlineData("The shop is a mile away.")]
    public void A_rate_or_a_bare_article_is_not_a_single_measure(string sentence)
    {
        QuantityRecognizer.Recognize(sentence, TimeRecognizer.Recognize(sentence, null))
            .ShouldAllBe(q => q.Value != 1);
    }

    [Theory]
    [InlineData("Two of the four engines failed.", 2, 4, "engines")]
    [InlineData("Between 300 and 400 fighters joined.", 300, 400, "fighters")]
    [InlineData("Prices rose 3 to 5 percent.", 3, 5, "percent")]
    [InlineData("Two or three boats capsized.", 2, 3, "boats")]
    public void A_part_or_a_range_gives_both_numbers_the_unit_named_after_them(string sentence, double first, double second, string unit)
    {
        var found = QuantityRecognizer.Recognize(sentence, TimeRecognizer.Recognize(sentence, null));
        found.Select(f => (f.Value, f.Unit)).ShouldBe([(first, unit), (second, unit)]);
    }

    /// <summary>A part of a group counts the group's things, as the set's gold counts "two of its largest vessels";
    /// "one of" stays a pronoun.</summary>
    [Fact]
    public void A_number_word_before_a_group_counts_its_things_but_one_of_them_does_not()
    {
        const string sentence = "Two of the men and one of the women left.";
        QuantityRecognizer.Recognize(sentence, TimeRecognizer.Recognize(sentence, null)).Select(q => (q.Value, q.Unit)).ShouldBe([(2d, "men")]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("an")]
    [InlineData("half a")]
    [InlineData("5-")]
    [InlineData("Rs")]
    [InlineData("Rs.")]
    [InlineData("$")]
    [InlineData("51C")]
    [InlineData("aged")]
    [InlineData("Haddad, 34")]
    [InlineData("five of the")]
    [InlineData("3 to")]
    public void Fragments_and_edges_of_text_do_not_throw(string text)
    {
        Should.NotThrow(() => QuantityRecognizer.Recognize(text, TimeRecognizer.Recognize(text, null)));
    }

    [Theory]
    [InlineData("The ferry crossing took eight hours in the swell.", "eight hours", 8, "hour")]
    [InlineData("Passengers waited 15 minutes on the platform.", "15 minutes", 15, "minute")]
    [InlineData("The market stayed shut for three days.", "three days", 3, "day")]
    [InlineData("The orchard has been dry for four decades.", "four decades", 4, "decade")]
    [InlineData("A 55-year-old baker was rescued from the roof.", "55-year-old", 55, "year")]
    [InlineData("The council approved a 90-minute curfew.", "90-minute", 90, "minute")]
    [InlineData("Growers signed a six-year lease.", "six-year", 6, "year")]
    [InlineData("The strike ended after nearly 11 weeks.", "11 weeks", 11, "week")]
    public void Durations_and_ages_in_a_time_unit_are_quantities_in_that_unit(string sentence, string text, double value, string unit)
    {
        var match = Single(sentence, out var written);
        written.ShouldBe(text);
        match.Value.ShouldBe(value);
        match.Unit.ShouldBe(unit);
    }

    [Theory]
    [InlineData("The dig could take 6 to 9 months.", 6, 9, "month")]
    [InlineData("Infants aged 4 to 10 months were enrolled.", 4, 10, "month")]
    public void A_range_of_durations_gives_both_ends_the_time_unit(string sentence, double first, double second, string unit)
    {
        var found = QuantityRecognizer.Recognize(sentence, TimeRecognizer.Recognize(sentence, null));
        found.Select(f => (f.Value, f.Unit)).ShouldBe([(first, unit), (second, unit)]);
    }

    [Fact]
    public void A_duration_that_is_part_of_a_date_is_left_to_the_date()
    {
        const string sentence = "The quarry closed five years ago.";
        var times = TimeRecognizer.Recognize(sentence, new DateTimeOffset(2021, 3, 1, 0, 0, 0, TimeSpan.Zero));
        times.ShouldHaveSingleItem();
        QuantityRecognizer.Recognize(sentence, times).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Officials counted a million or more Bolivians in the survey.", "a million or more Bolivians", 1_000_000, "bolivians", "at least")]
    [InlineData("Rescuers found 20 or so fishing boats.", "20 or so fishing boats", 20, "boats", "about")]
    [InlineData("The camp held 3,000 or more Afghans.", "3,000 or more Afghans", 3000, "afghans", "at least")]
    public void A_qualifier_written_after_the_number_keeps_the_count(string sentence, string text, double value, string unit, string qualifier)
    {
        var match = Single(sentence, out var written);
        written.ShouldBe(text);
        match.Value.ShouldBe(value);
        match.Unit.ShouldBe(unit);
        match.Qualifier.ShouldBe(qualifier);
    }

    [Fact]
    public void A_duration_beside_a_count_is_counted_too()
    {
        const string sentence = "The convoy carried 40 tonnes of food in three days.";
        var found = QuantityRecognizer.Recognize(sentence, TimeRecognizer.Recognize(sentence, null));
        found.Select(f => (sentence.Substring(f.Start, f.Length), f.Unit)).ShouldBe([("40 tonnes", "tonne"), ("three days", "day")]);
    }
}
