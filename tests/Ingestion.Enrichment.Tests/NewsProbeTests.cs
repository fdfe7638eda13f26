using System.Globalization;

namespace Ingestion.Enrichment.Tests;

/// <summary>
/// The probe sentences of issue 18 (<c>Fixtures/probes/news-probes.tsv</c>): one sentence per line with the dates
/// and quantities the annotation conventions expect, over every class the owner named for unseen news (relative
/// days, periods, ranges, times of day, bare months, timetables, centuries, holidays, "today" in the publication's
/// offset, money, percentages, counts, units, durations and ages) and the numbers that are no quantity (ordinals,
/// years, vague amounts, phone numbers, addresses, codes, scores).
/// </summary>
public sealed class NewsProbeTests
{
    public sealed record Probe(string Class, string Published, string Sentence, string Dates, string Quantities, string Status)
    {
        public override string ToString() => $"{Class}: {Sentence}";
    }

    private static readonly Probe[] Probes = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "probes", "news-probes.tsv"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('\t'))
        .Select(cells => new Probe(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]))
        .ToArray();

    public static TheoryData<Probe> Passing() => [.. Probes.Where(probe => probe.Status == "pass")];

    public static TheoryData<Probe> Open() => [.. Probes.Where(probe => probe.Status == "open")];

    [Fact]
    public void The_probe_set_covers_every_class_with_a_hundred_sentences_or_more()
    {
        Probes.Length.ShouldBeGreaterThanOrEqualTo(100);
        Probes.Select(probe => probe.Class).Distinct().Count().ShouldBeGreaterThanOrEqualTo(15);
        Probes.ShouldAllBe(probe => probe.Status == "pass" || probe.Status == "open");
    }

    [Theory]
    [MemberData(nameof(Passing))]
    public void Probe_gives_the_dates_and_quantities_the_conventions_expect(Probe probe)
    {
        var (dates, quantities) = Run(probe);
        dates.ShouldBe(ExpectedDates(probe.Dates), probe.Sentence);
        quantities.ShouldBe(ExpectedQuantities(probe.Quantities), probe.Sentence);
    }

    /// <summary>A probe known to fail: when it passes, move it to <c>pass</c> so that it is pinned.</summary>
    [Theory]
    [MemberData(nameof(Open))]
    public void Open_probe_still_differs_from_the_conventions(Probe probe)
    {
        var (dates, quantities) = Run(probe);
        (dates.SequenceEqual(ExpectedDates(probe.Dates)) && quantities.SequenceEqual(ExpectedQuantities(probe.Quantities)))
            .ShouldBeFalse(probe.Sentence);
    }

    /// <summary>The values found, as "value" for dates and "value unit" (unit lower case) for quantities, sorted.</summary>
    private static (string[] Dates, string[] Quantities) Run(Probe probe)
    {
        var published = DateTimeOffset.Parse(probe.Published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var times = TimeRecognizer.Recognize(probe.Sentence, published);
        var quantities = QuantityRecognizer.Recognize(probe.Sentence, times);
        return (
            [.. times.Select(time => time.Value).Order(StringComparer.Ordinal)],
            [.. quantities.Select(q => Format(q.Value, q.Unit)).Order(StringComparer.Ordinal)]);
    }

    private static string Format(double value, string? unit) =>
        (value.ToString("R", CultureInfo.InvariantCulture) + " " + (unit ?? string.Empty).ToLowerInvariant()).TrimEnd();

    /// <summary>The values of a cell's items ("text=value; text=value"), sorted as <see cref="Run"/> sorts them.</summary>
    private static string[] Values(string cell) =>
        cell == "-" ? [] : [.. cell.Split("; ").Select(item => item[(item.LastIndexOf('=') + 1)..])];

    private static string[] ExpectedDates(string cell) => [.. Values(cell).Order(StringComparer.Ordinal)];

    /// <summary>"value unit" items with the number as <see cref="Format"/> writes it.</summary>
    private static string[] ExpectedQuantities(string cell) =>
        [.. Values(cell)
            .Select(value => value.Split(' ', 2))
            .Select(parts => Format(double.Parse(parts[0], CultureInfo.InvariantCulture), parts.Length > 1 ? parts[1] : null))
            .Order(StringComparer.Ordinal)];
}
