namespace Ingestion.Cli.Tests;

/// <summary>The `ingest` contract: one JSON line per input in input order, errors on the input's own line, exit codes.</summary>
public sealed class CliContractTests
{
    private const string Article = """
        Harbour city votes for flood barrier

        Kingsport city council voted 31 to 9 on Thursday to build a tidal flood barrier. Council leader Margaret Osei said the decision was "the most important vote this chamber has taken in a generation."

        According to the council's estimate, the barrier will cost about £48 million. Opposition councillor Daniel Whitcombe warned that the cost could rise.
        """;

    [Fact]
    public async Task Segment_gives_sentences_whose_offsets_point_at_their_text()
    {
        const string text = "The vote was close. Osei said the barrier would be built by 2028.";
        var file = IngestProcess.TempFile(text, ".txt");

        var result = await IngestProcess.RunAsync(null, "segment", file);

        result.ExitCode.ShouldBe(0);
        var sentences = result.Lines.Single().GetProperty("sentences").EnumerateArray().ToList();
        sentences.Count.ShouldBe(2);
        foreach (var sentence in sentences)
        {
            var start = sentence.GetProperty("start").GetInt32();
            var length = sentence.GetProperty("length").GetInt32();
            text.Substring(start, length).ShouldBe(sentence.GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task A_missing_input_gets_its_own_error_line_in_order_and_exit_code_1_after_the_others()
    {
        var good = IngestProcess.TempFile("One sentence here. And another one.", ".txt");

        var result = await IngestProcess.RunAsync(null, "segment", "/no/such/file.txt", good);

        result.ExitCode.ShouldBe(1);
        result.Lines.Count.ShouldBe(2);
        result.Lines[0].GetProperty("source").GetString().ShouldBe("/no/such/file.txt");
        result.Lines[0].GetProperty("error").GetString().ShouldNotBeNullOrWhiteSpace();
        result.Lines[1].GetProperty("source").GetString().ShouldBe(good);
        result.Lines[1].TryGetProperty("error", out _).ShouldBeFalse();
        result.Lines[1].GetProperty("sentences").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Standard_input_is_read_for_a_dash()
    {
        var result = await IngestProcess.RunAsync("Read from a pipe. It works.", "segment", "-");

        result.ExitCode.ShouldBe(0);
        result.Lines.Single().GetProperty("source").GetString().ShouldBe("-");
        result.Lines.Single().GetProperty("sentences").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Claims_on_text_are_stable_attributed_and_offset_into_the_file_text()
    {
        var file = IngestProcess.TempFile(Article, ".txt");

        var first = await IngestProcess.RunAsync(null, "claims", "--text", file);
        var second = await IngestProcess.RunAsync(null, "claims", "--text", file);

        first.ExitCode.ShouldBe(0);
        var claims = first.Lines.Single().GetProperty("claims").EnumerateArray().ToList();
        claims.Count.ShouldBeGreaterThanOrEqualTo(4);
        var ids = claims.Select(c => c.GetProperty("id").GetString()).ToList();
        ids.ShouldBeUnique();
        second.Lines.Single().GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ShouldBe(ids);
        var text = first.Lines.Single().GetProperty("article").GetProperty("text").GetString()!;
        foreach (var claim in claims)
        {
            text.Substring(claim.GetProperty("start").GetInt32(), claim.GetProperty("length").GetInt32())
                .ShouldBe(claim.GetProperty("text").GetString());
            claim.TryGetProperty("entities", out _).ShouldBeFalse("enrichment fields appear only with --enrich");
        }

        var osei = claims.Single(c => c.GetProperty("text").GetString()!.Contains("Margaret Osei said"));
        var attribution = osei.GetProperty("attributions").EnumerateArray().Single();
        attribution.GetProperty("source").GetProperty("name").GetString().ShouldBe("Margaret Osei");
        attribution.GetProperty("cue").GetProperty("text").GetString().ShouldBe("said");
        attribution.GetProperty("source").GetProperty("type").GetString().ShouldBe("person");
    }

    [Fact]
    public async Task Claims_with_enrich_add_entities_places_times_and_quantities()
    {
        var file = IngestProcess.TempFile(
            "According to NBC News, the U.S. military launched six airstrikes near Sirte in September 2017.", ".txt");

        var result = await IngestProcess.RunAsync(null, "claims", "--text", "--enrich", "--published", "2018-01-15", file);

        result.ExitCode.ShouldBe(0);
        var claim = result.Lines.Single().GetProperty("claims").EnumerateArray().Single();
        claim.GetProperty("places").EnumerateArray().ShouldContain(p => p.GetProperty("name").GetString() == "Sirte");
        claim.GetProperty("times").EnumerateArray().ShouldContain(t => t.GetProperty("value").GetString() == "2017-09");
        claim.GetProperty("quantities").EnumerateArray().ShouldContain(q => q.GetProperty("value").GetDouble() == 6);
        claim.GetProperty("entities").GetArrayLength().ShouldBeGreaterThan(0);
        result.Lines.Single().GetProperty("article").GetProperty("publishedAt").GetString().ShouldBe("2018-01-15T00:00:00Z");
    }

    [Fact]
    public async Task Claims_read_today_in_the_offset_of_published_and_still_write_utc()
    {
        var file = IngestProcess.TempFile(
            "The county closed the lake ferry today after ice built up on both landing ramps.", ".txt");

        // 23:30 at UTC-5 is already 2 March in UTC; the text's "today" is 1 March.
        var result = await IngestProcess.RunAsync(null, "claims", "--text", "--enrich", "--published", "2026-03-01T23:30:00-05:00", file);

        result.ExitCode.ShouldBe(0);
        var claim = result.Lines.Single().GetProperty("claims").EnumerateArray().Single();
        claim.GetProperty("times").EnumerateArray().ShouldContain(t => t.GetProperty("value").GetString() == "2026-03-01");
        result.Lines.Single().GetProperty("article").GetProperty("publishedAt").GetString().ShouldBe("2026-03-02T04:30:00Z");
    }

    [Fact]
    public async Task Claims_on_the_sample_page_keep_the_body_and_drop_the_boilerplate()
    {
        var result = await IngestProcess.RunAsync(null, "claims", "samples/pages/harbour-flood-barrier.html");

        result.ExitCode.ShouldBe(0);
        var output = result.Lines.Single();
        output.GetProperty("article").GetProperty("title").GetString().ShouldBe("Council approves £48 million flood barrier for Kingsport harbour");
        var texts = output.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToList();
        texts.ShouldContain(t => t.StartsWith("Kingsport city council voted 31 to 9", StringComparison.Ordinal));
        texts.ShouldNotContain(t => t.Contains("Leave a Reply") || t.Contains("Share this article") || t.Contains("Related stories"));
    }

    [Fact]
    public async Task Feed_parses_the_sample_rss_and_atom_feeds()
    {
        var result = await IngestProcess.RunAsync(null, "feed", "samples/feeds/world-news.rss.xml", "samples/feeds/analysis.atom.xml");

        result.ExitCode.ShouldBe(0);
        result.Lines[0].GetProperty("format").GetString().ShouldBe("rss2.0");
        result.Lines[0].GetProperty("entries").GetArrayLength().ShouldBe(2);
        result.Lines[1].GetProperty("format").GetString().ShouldBe("atom1.0");
        result.Lines[1].GetProperty("entries")[1].GetProperty("published").GetString().ShouldBe("2025-08-22T06:00:00Z");
    }

    [Fact]
    public async Task Contradictory_options_are_a_usage_error()
    {
        var file = IngestProcess.TempFile("A sentence.", ".txt");

        var result = await IngestProcess.RunAsync(null, "claims", "--html", "--text", file);

        result.ExitCode.ShouldBe(2);
        result.Lines.ShouldBeEmpty();
        result.StandardError.ShouldContain("--html and --text");
    }
}
