using System.Text.Json.Serialization;

namespace Ingestion.Contracts;

/// <summary>A piece of the article text, located by UTF-16 offsets into the article's extracted text.</summary>
public sealed record TextSpan
{
    /// <summary>The covered text, exactly as it stands in the article text.</summary>
    public required string Text { get; init; }

    /// <summary>Offset of the first character in the article text, in UTF-16 code units.</summary>
    public required int Start { get; init; }

    /// <summary>Number of UTF-16 code units covered.</summary>
    public required int Length { get; init; }
}

/// <summary>A region of the article text without its text repeated (used where the text would be long).</summary>
public sealed record OffsetSpan
{
    /// <summary>Offset of the first character in the article text, in UTF-16 code units.</summary>
    public required int Start { get; init; }

    /// <summary>Number of UTF-16 code units covered.</summary>
    public required int Length { get; init; }
}

/// <summary>What a claim sentence does.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClaimKind>))]
public enum ClaimKind
{
    /// <summary>Asserts something as a fact, by the author or by an attributed source.</summary>
    [JsonStringEnumMemberName("claim")] Claim,

    /// <summary>Expresses a judgement or evaluation rather than a checkable fact.</summary>
    [JsonStringEnumMemberName("opinion")] Opinion,

    /// <summary>Says what someone must or should do ("UN forces must seek to resolve ...").</summary>
    [JsonStringEnumMemberName("prescriptive")] Prescriptive,

    /// <summary>Asks rather than asserts.</summary>
    [JsonStringEnumMemberName("question")] Question,
}
