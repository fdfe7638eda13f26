using Ingestion.Contracts;

namespace Ingestion.TestSupport;

/// <summary>Builds valid contract messages for tests, varied by a few arguments.</summary>
public static class Claims
{
    public static ClaimExtracted Extracted(string claimId, string articleId = "article-1", string text = "The council approved the barrier.", int ordinal = 0) => new()
    {
        ClaimId = claimId,
        ArticleId = articleId,
        ArticleUrl = "https://news.example/a",
        ArticleTitle = "A title",
        Outlet = "News Example",
        PublishedAt = new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero),
        ContentHash = "hash-1",
        Ordinal = ordinal,
        ClaimCount = 1,
        Paragraph = 0,
        Text = text,
        Start = 0,
        Length = text.Length,
        Kind = ClaimKind.Claim,
        Hedged = false,
        Attributions =
        [
            new Attribution
            {
                Source = new AttributionSource { Text = "Osei", Start = 0, Length = 4, Type = SourceType.Person, Name = "Margaret Osei" },
                Cue = new TextSpan { Text = "said", Start = 5, Length = 4 },
                Content = new OffsetSpan { Start = 10, Length = 10 },
                Quote = QuoteType.Indirect,
            },
        ],
    };

    public static ClaimEnriched Enriched(string claimId, string articleId = "article-1", string text = "The council approved the barrier.", int ordinal = 0) => new()
    {
        Claim = Extracted(claimId, articleId, text, ordinal),
        Entities = [new Entity { Text = "Kingsport", Start = 0, Length = 9, Type = EntityType.GeopoliticalEntity, Name = "Kingsport" }],
        Places = [new Place { Text = "Sirte", Start = 0, Length = 5, Name = "Sirte", Country = "LY", Lat = 31.2, Lon = 16.6, GeonameId = 2210554 }],
        Times = [new TimeMention { Text = "September 2017", Start = 0, Length = 14, Value = "2017-09" }],
        Quantities = [new Quantity { Text = "17 militants", Start = 0, Length = 12, Value = 17, Unit = "militants" }],
        EnrichedAt = new DateTimeOffset(2025, 3, 14, 10, 0, 0, TimeSpan.Zero),
    };
}
