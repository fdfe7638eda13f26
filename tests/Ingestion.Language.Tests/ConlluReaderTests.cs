namespace Ingestion.Language.Tests;

public sealed class ConlluReaderTests
{
    [Fact]
    public void Multiword_tokens_and_empty_nodes_are_skipped_so_heads_index_the_basic_tree()
    {
        const string Text = """
            # sent_id = s1
            # text = I won't go.
            1	I	I	PRON	PRP	_	4	nsubj	_	_
            2-3	won't	_	_	_	_	_	_	_	_
            2	wo	will	AUX	MD	_	4	aux	_	_
            3	n't	not	PART	RB	_	4	advmod	_	_
            3.1	go	go	VERB	VB	_	_	_	_	_
            4	go	go	VERB	VB	_	0	root	_	_
            5	.	.	PUNCT	.	_	4	punct	_	_

            # sent_id = s2
            1	Yes	yes	INTJ	UH	_	0	root	_	_

            """;

        var sentences = ConlluReader.Read(new StringReader(Text)).ToList();

        sentences.Count.ShouldBe(2);
        sentences[0].SentenceId.ShouldBe("s1");
        sentences[0].Text.ShouldBe("I won't go.");
        sentences[0].Tokens.Select(t => t.Form).ShouldBe(["I", "wo", "n't", "go", "."]);
        sentences[0].Tokens[0].Head.ShouldBe(4);
        sentences[0].Tokens[3].Deprel.ShouldBe("root");
        sentences[1].Tokens.Single().Upos.ShouldBe("INTJ");
    }

    [Fact]
    public void A_line_with_too_few_columns_is_an_error_naming_the_line()
    {
        var e = Should.Throw<InvalidDataException>(() => ConlluReader.Read(new StringReader("1\tI\tI\n"), "x.conllu").ToList());
        e.Message.ShouldStartWith("x.conllu:1:");
    }
}
