namespace Ingestion.Language.Tests;

public sealed class ConlluEntitiesTests
{
    // A sentence written for this test in GUM's bracket format: a two-word person nested in a longer mention,
    // a one-word place whose mention opens and closes on the same word, and an identity with a hyphen.
    private const string Sentence = """
        # sent_id = t1
        # text = The ferry captain Mara Oyelaran sailed to Vennick-upon-Tay.
        1	The	the	DET	DT	_	3	det	_	Entity=(5-person-new-nnnnn-cf1-3-coref
        2	ferry	ferry	NOUN	NN	_	3	compound	_	_
        3	captain	captain	NOUN	NN	_	6	nsubj	_	_
        4	Mara	Mara	PROPN	NNP	_	3	appos	_	Entity=(7-person-giv:act-snnnn-cf2-1,2-appos-Mara_Oyelaran
        5	Oyelaran	Oyelaran	PROPN	NNP	_	4	flat	_	Entity=7)5)
        6	sailed	sail	VERB	VBD	_	0	root	_	_
        7	to	to	ADP	IN	_	8	case	_	_
        8	Vennick-upon-Tay	Vennick-upon-Tay	PROPN	NNP	_	6	obl	_	Entity=(9-place-new-nnnnn-cf3-1-sgl-Vennick-upon-Tay)|SpaceAfter=No
        9	.	.	PUNCT	.	_	6	punct	_	_

        """;

    [Fact]
    public void Brackets_give_nested_mentions_with_types_heads_and_identities()
    {
        var sentence = ConlluReader.Read(new StringReader(Sentence)).Single();
        var mentions = ConlluEntities.Read(sentence);

        mentions.Select(m => (m.Start, m.End, m.Type)).ShouldBe([(0, 4, "person"), (3, 4, "person"), (7, 7, "place")]);
        mentions[0].Heads.ShouldBe([2]);
        mentions[1].Heads.ShouldBe([3, 4]);
        mentions[1].Identity.ShouldBe("Mara_Oyelaran");
        mentions[2].Identity.ShouldBe("Vennick-upon-Tay");
        mentions[0].Identity.ShouldBeNull();
    }

    [Fact]
    public void The_misc_column_is_kept_and_a_mention_left_open_is_dropped()
    {
        const string Text = """
            1	Kell	Kell	PROPN	NNP	_	0	root	_	Entity=(3-organization-new-nnnnn-cf1-1-sgl|SpaceAfter=No
            2	.	.	PUNCT	.	_	1	punct	_	_

            """;
        var sentence = ConlluReader.Read(new StringReader(Text)).Single();

        sentence.Tokens[0].Misc.ShouldBe("Entity=(3-organization-new-nnnnn-cf1-1-sgl|SpaceAfter=No");
        sentence.Tokens[1].Misc.ShouldBe("_");
        ConlluEntities.Read(sentence).ShouldBeEmpty();
    }
}
