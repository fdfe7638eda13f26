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
    [InlineData("A 12-year-old boy was hurt.")]
    [InlineData("The attack came in September 2017.")]
    [InlineData("The hearing starts at 1 p.m. sharp.")]
    [InlineData("Only one legal challenge remains.")]
    public void Pronouns_ordinals_ages_and_dates_are_not_quantities(string sentence)
    {
        QuantityRecognizer.Recognize(sentence, TimeRecognizer.Recognize(sentence, null)).ShouldBeEmpty();
    }
}
