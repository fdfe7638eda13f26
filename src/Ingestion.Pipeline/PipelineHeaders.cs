namespace Ingestion.Pipeline;

/// <summary>Message headers the pipeline's own stages exchange (not part of the public contracts).</summary>
public static class PipelineHeaders
{
    /// <summary>
    /// Set on an <c>ArticleDiscovered</c> for an entry announced before and edited since: when the article's text
    /// turns out unchanged and its version was already published, there is nothing to publish again.
    /// </summary>
    public const string Reannounced = "Ingestion-Reannounced";
}
