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
        if (string.IsNullOrWhiteSpace(claim.ClaimId))
        {
            problems.Add("no claim id");
        }

        if (string.IsNullOrWhiteSpace(claim.ArticleId))
        {
            problems.Add("no article id");
        }

        if (string.IsNullOrWhiteSpace(claim.Text))
        {
            problems.Add("no text");
        }

        if (claim.Start < 0 || claim.Length < 0)
        {
            problems.Add($"negative offsets ({claim.Start}, {claim.Length})");
        }

        if (problems.Count > 0)
        {
            throw new InvalidMessageException($"claim '{claim.ClaimId}' of article '{claim.ArticleId}' is invalid: {string.Join(", ", problems)}");
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
