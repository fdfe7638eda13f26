using System.Text;

namespace Ingestion.Extraction.Tests;

public sealed class CharsetTests
{
    private const string Sentence = "Le ministre a déclaré que la réforme entrerait en vigueur « dès l'été » prochain, malgré l'opposition des syndicats.";

    static CharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Page(string head, string paragraph) =>
        $"<html><head>{head}<title>Réforme</title></head><body><article>" +
        string.Concat(Enumerable.Repeat($"<p>{paragraph}</p>", 5)) + "</article></body></html>";

    [Fact]
    public void Honours_a_meta_charset()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Page("<meta charset=\"windows-1252\">", Sentence));

        new ArticleExtractor().Extract(bytes, null, null).Paragraphs[0].ShouldBe(Sentence);
    }

    [Fact]
    public void Honours_a_meta_http_equiv_content_type()
    {
        var bytes = Encoding.GetEncoding("iso-8859-1").GetBytes(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", Sentence));

        new ArticleExtractor().Extract(bytes, null, null).Paragraphs[0].ShouldBe(Sentence);
    }

    [Fact]
    public void The_http_header_overrides_the_meta_tag()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Page("<meta charset=\"utf-8\">", Sentence));

        new ArticleExtractor().Extract(bytes, "text/html; charset=windows-1252", null).Paragraphs[0].ShouldBe(Sentence);
    }

    [Fact]
    public void A_byte_order_mark_wins()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Page("<meta charset=\"windows-1252\">", Sentence))).ToArray();

        new ArticleExtractor().Extract(bytes, "text/html; charset=iso-8859-1", null).Paragraphs[0].ShouldBe(Sentence);
    }

    [Fact]
    public void Defaults_to_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("", Sentence));

        new ArticleExtractor().Extract(bytes, null, null).Paragraphs[0].ShouldBe(Sentence);
    }

    [Fact]
    public void Falls_back_to_windows_1252_when_the_bytes_are_not_utf8()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Page("", Sentence));

        new ArticleExtractor().Extract(bytes, null, null).Paragraphs[0].ShouldBe(Sentence);
    }

    [Fact]
    public void Reads_legacy_cjk_encodings()
    {
        const string chinese = "国家统计局周一公布的数据显示，今年第三季度国内生产总值同比增长百分之四点九，略高于市场预期。";
        var bytes = Encoding.GetEncoding("gb18030").GetBytes(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", chinese));

        new ArticleExtractor().Extract(bytes, null, null).Paragraphs[0].ShouldBe(chinese);
    }

    [Fact]
    public void Valid_utf8_wins_over_a_stale_legacy_meta_charset()
    {
        const string chinese = "国家统计局周一公布的数据显示，今年第三季度国内生产总值同比增长百分之四点九，略高于市场预期。";
        var bytes = Encoding.UTF8.GetBytes(Page("<meta charset=\"gb2312\">", chinese));

        new ArticleExtractor().Extract(bytes, null, null).Paragraphs[0].ShouldBe(chinese);
    }
}
