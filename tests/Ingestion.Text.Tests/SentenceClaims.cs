namespace Ingestion.Text.Tests;

/// <summary>One test sentence read as the body of a short article under a headline, as the extractor reads articles.</summary>
internal static class SentenceClaims
{
    /// <summary>The article's text (attribution offsets count from it) and the claim of <paramref name="sentence"/>.</summary>
    public static (string Text, ExtractedClaim Claim) Of(string sentence, string headline = "Harbour inquiry")
    {
        var text = headline + "\n\n" + sentence;
        return (text, new ClaimExtractor().Extract(text).Single(c => c.Text == sentence));
    }
}
