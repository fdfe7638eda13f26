using Ingestion.Contracts;

namespace Ingestion.Pipeline;

/// <summary>
/// Checks a claim before it enters enrichment, the first per-message stage after extraction: a malformed claim
/// faults there, alone, instead of taking a whole store batch with it.
/// </summary>
public static class ClaimValidation
{
    public static void Validate(ClaimExtracted claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(claim.ArticleId))
        {
            problems.Add("no article id");
        }

        AddProblems(problems, claim.ClaimId, claim.Text, claim.Start, claim.Length);
        if (problems.Count > 0)
        {
            throw new InvalidMessageException($"claim '{claim.ClaimId}' of article '{claim.ArticleId}' is invalid: {string.Join(", ", problems)}");
        }
    }

    /// <summary>An article's claims: every problem of every claim is named, so one look at the fault says them all.</summary>
    public static void Validate(ArticleClaimsExtracted article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(article.ArticleId))
        {
            problems.Add("no article id");
        }

        for (var i = 0; i < article.Claims.Count; i++)
        {
            var claim = article.Claims[i];
            var claimProblems = new List<string>();
            AddProblems(claimProblems, claim.ClaimId, claim.Text, claim.Start, claim.Length);
            if (claimProblems.Count > 0)
            {
                problems.Add($"claim {i} ('{claim.ClaimId}'): {string.Join(", ", claimProblems)}");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidMessageException($"the claims of article '{article.ArticleId}' are invalid: {string.Join("; ", problems)}");
        }
    }

    private static void AddProblems(List<string> problems, string claimId, string text, int start, int length)
    {
        if (string.IsNullOrWhiteSpace(claimId))
        {
            problems.Add("no claim id");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add("no text");
        }

        if (start < 0 || length < 0)
        {
            problems.Add($"negative offsets ({start}, {length})");
        }
    }
}

/// <summary>A message that can never be processed as it is. Permanent: it faults at once, with this reason.</summary>
public sealed class InvalidMessageException : Exception
{
    public InvalidMessageException() { }
    public InvalidMessageException(string message) : base(message) { }
    public InvalidMessageException(string message, Exception inner) : base(message, inner) { }
}
