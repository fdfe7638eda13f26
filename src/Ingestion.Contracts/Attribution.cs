using System.Text.Json.Serialization;

namespace Ingestion.Contracts;

/// <summary>What kind of party a claim is attributed to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SourceType>))]
public enum SourceType
{
    /// <summary>A named person ("Robert Young Pelton").</summary>
    [JsonStringEnumMemberName("person")] Person,

    /// <summary>A named organisation that is not a news outlet ("the Libyan National Army").</summary>
    [JsonStringEnumMemberName("organization")] Organization,

    /// <summary>A news outlet ("NBC News", "The Independent").</summary>
    [JsonStringEnumMemberName("outlet")] Outlet,

    /// <summary>An unnamed collective described by the text ("German officials", "Libyan security forces").</summary>
    [JsonStringEnumMemberName("group")] Group,

    /// <summary>An anonymous source ("officials said", "a source familiar with the matter").</summary>
    [JsonStringEnumMemberName("anonymous")] Anonymous,

    /// <summary>A pronoun; <see cref="AttributionSource.Name"/> carries its antecedent when it was resolved.</summary>
    [JsonStringEnumMemberName("pronoun")] Pronoun,

    /// <summary>
    /// No source is named ("the ministry is expected to ...", "it was reported that ..."): the source's
    /// <see cref="AttributionSource.Text"/> and <see cref="AttributionSource.Name"/> are empty, its length 0 and its
    /// start the cue's. Added in version 1 (additive).
    /// </summary>
    [JsonStringEnumMemberName("none")] None,
}

/// <summary>What the cue ascribes to its source, so a subscriber can keep statements apart from beliefs or demands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CueClass>))]
public enum CueClass
{
    /// <summary>Something said or written ("said", "told", "announced", "denied", "according to", a colon).</summary>
    [JsonStringEnumMemberName("speech")] Speech,

    /// <summary>A belief or knowledge ("thinks", "believes", "knows", "doubts", "fears").</summary>
    [JsonStringEnumMemberName("belief")] Belief,

    /// <summary>An intention ("wants", "plans", "vows", "promises", "hopes", "is expected to").</summary>
    [JsonStringEnumMemberName("intent")] Intent,

    /// <summary>Support, criticism or a demand ("urged", "called for", "accused", "praised", "called X a Y").</summary>
    [JsonStringEnumMemberName("evaluation")] Evaluation,

    /// <summary>What documents, data or studies show ("polls show", "a study found", "records suggest").</summary>
    [JsonStringEnumMemberName("evidence")] Evidence,

    /// <summary>A question put by the source ("asked", "wondered", "questioned whether").</summary>
    [JsonStringEnumMemberName("question")] Question,
}

/// <summary>How much of the reported content is in the source's own words.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuoteType>))]
public enum QuoteType
{
    /// <summary>The content is a verbatim quotation.</summary>
    [JsonStringEnumMemberName("direct")] Direct,

    /// <summary>The content is paraphrased (reported speech).</summary>
    [JsonStringEnumMemberName("indirect")] Indirect,

    /// <summary>Paraphrase with quoted fragments.</summary>
    [JsonStringEnumMemberName("mixed")] Mixed,
}

/// <summary>The party a claim is attributed to.</summary>
public sealed record AttributionSource
{
    /// <summary>The source as written in the sentence ("Almesmari", "CNN", "German officials").</summary>
    public required string Text { get; init; }

    /// <summary>Offset of <see cref="Text"/> in the article text, in UTF-16 code units.</summary>
    public required int Start { get; init; }

    /// <summary>Length of <see cref="Text"/>, in UTF-16 code units.</summary>
    public required int Length { get; init; }

    /// <summary>What kind of party the source is.</summary>
    public required SourceType Type { get; init; }

    /// <summary>Canonical name: the fullest form of the source in the article ("Ahmed Almesmari" for "Almesmari").</summary>
    public required string Name { get; init; }
}

/// <summary>One level of an attribution chain: who says it, through which cue, in whose words.</summary>
public sealed record Attribution
{
    /// <summary>Who asserts the content.</summary>
    public required AttributionSource Source { get; init; }

    /// <summary>The source's role or apposition ("Terrorism analyst", "a senior commander of ..."), or null.</summary>
    public TextSpan? Role { get; init; }

    /// <summary>The outlet or audience the source spoke to ("Fox News" in "told Fox News"), or null.</summary>
    public TextSpan? Via { get; init; }

    /// <summary>The reporting cue ("said", "told", "according to", "have alleged").</summary>
    public required TextSpan Cue { get; init; }

    /// <summary>The reported words, whether quoted or paraphrased.</summary>
    public required OffsetSpan Content { get; init; }

    /// <summary>Whether the content is quoted, paraphrased, or both.</summary>
    public required QuoteType Quote { get; init; }

    /// <summary>
    /// What the cue ascribes (speech, belief, intent, evaluation, evidence, question). Added in version 1
    /// (additive): messages from before it carry no value and read as <see cref="CueClass.Speech"/>.
    /// </summary>
    public CueClass CueClass { get; init; } = CueClass.Speech;
}
