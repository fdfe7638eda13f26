namespace Ingestion.Language.Tests;

/// <summary>
/// The shipped models on sentences written for these tests. The models are statistical, so the tests pin what
/// attribution relies on (a reporting verb's subject and complement, tags of plain sentences) rather than
/// every arc; accuracy itself is measured on the UD test file by the training tool (docs/benchmarks.md).
/// </summary>
public sealed class SentenceAnalyzerTests
{
    private static readonly SentenceAnalyzer Analyzer = SentenceAnalyzer.Default;

    private static int Find(SentenceAnalysis analysis, string word) =>
        analysis.Words.Select((w, i) => (w, i)).First(p => p.w.Text == word).i;

    [Fact]
    public void A_plain_report_has_the_speaker_as_subject_of_the_verb_and_the_clause_as_its_complement()
    {
        var analysis = Analyzer.Analyze("The mayor said that the bridge would reopen in March.");
        var said = Find(analysis, "said");
        analysis.Upos[said].ShouldBe("VERB");
        analysis.Lemmas[said].ShouldBe("say");
        analysis.Relations[said].ShouldBe("root");
        var mayor = Find(analysis, "mayor");
        analysis.HeadIndex(mayor).ShouldBe(said);
        analysis.Relations[mayor].ShouldBe("nsubj");
        var reopen = Find(analysis, "reopen");
        analysis.HeadIndex(reopen).ShouldBe(said);
        analysis.Relations[reopen].ShouldBe("ccomp");
    }

    [Fact]
    public void Every_word_has_one_head_and_the_tree_has_one_root_and_no_cycle()
    {
        var analysis = Analyzer.Analyze("Officials, who spoke on condition of anonymity, told reporters on Tuesday that talks had stalled, adding that a deal was unlikely.");
        analysis.Heads.Count(h => h == 0).ShouldBe(1);
        for (var w = 0; w < analysis.Count; w++)
        {
            var seen = new HashSet<int>();
            for (var a = w; a >= 0; a = analysis.HeadIndex(a))
            {
                seen.Add(a).ShouldBeTrue($"cycle through word {a}");
            }
        }

        analysis.Words.Count.ShouldBe(analysis.Upos.Length);
        analysis.Lemmas[Find(analysis, "adding")].ShouldBe("add");
        analysis.Lemmas[Find(analysis, "told")].ShouldBe("tell");
    }

    [Theory]
    [InlineData("She thinks the plan will fail.", "thinks", "VERB")]
    [InlineData("The report was published on Monday.", "report", "NOUN")]
    [InlineData("Robert Pelton spoke to Fox News.", "Robert", "PROPN")]
    [InlineData("The minister has said little.", "has", "AUX")]
    [InlineData("Seventeen militants were killed.", "Seventeen", "NUM")]
    public void Plain_sentences_get_their_obvious_tags(string sentence, string word, string tag) =>
        Analyzer.Analyze(sentence).Upos[Find(Analyzer.Analyze(sentence), word)].ShouldBe(tag);

    [Theory]
    [InlineData("noted", "VERB", "note")]
    [InlineData("saying", "VERB", "say")]
    [InlineData("described", "VERB", "describe")]
    [InlineData("urged", "VERB", "urge")]
    [InlineData("is", "AUX", "be")]
    [InlineData("officials", "NOUN", "official")]
    [InlineData("Libya", "PROPN", "Libya")]
    [InlineData("stopped", "VERB", "stop")]
    public void Lemmas_undo_inflection(string word, string upos, string lemma) =>
        Lemmatizer.Default.Lemma(word, upos).ShouldBe(lemma);

    [Fact]
    public void Offsets_are_shifted_by_the_sentence_offset()
    {
        const string Article = "Intro. Ms. Lee said no.";
        var analysis = Analyzer.Analyze(Article[7..], offset: 7);
        foreach (var word in analysis.Words)
        {
            Article[word.Start..word.End].ShouldBe(word.Text);
        }
    }

    [Fact]
    public void A_run_on_list_longer_than_the_parse_limit_still_gets_a_head_for_every_word()
    {
        var text = string.Join(", ", Enumerable.Range(0, 200).Select(i => $"item{i}")) + ".";
        var analysis = Analyzer.Analyze(text);
        analysis.Count.ShouldBeGreaterThan(SentenceAnalyzer.MaxParsedWords);
        analysis.Heads.All(h => h >= 0 && h <= analysis.Count).ShouldBeTrue();
        analysis.Relations.ShouldAllBe(r => !string.IsNullOrEmpty(r));
    }

    [Fact]
    public void An_empty_sentence_has_no_words() => Analyzer.Analyze("   ").Count.ShouldBe(0);

    [Fact]
    public void The_models_load_once_per_process() =>
        ReferenceEquals(SentenceAnalyzer.Default, SentenceAnalyzer.Default).ShouldBeTrue();
}
