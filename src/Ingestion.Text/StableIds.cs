using System.Security.Cryptography;
using System.Text;

namespace Ingestion.Text;

/// <summary>
/// Content-derived ids. Delivery is at-least-once, so effects are made exactly-once by deriving every id from
/// content and upserting by it: the same article and sentence always give the same claim id.
/// </summary>
public static class StableIds
{
    /// <summary>An article id from its canonical link, GUID or (for local text) its content.</summary>
    public static string ForArticle(string key) => Hash("article\n" + key.Trim());

    /// <summary>
    /// A claim id from the article id, the claim text (whitespace-normalised) and which occurrence of that text
    /// in the article it is, so that an article edited elsewhere keeps the ids of its unchanged sentences.
    /// </summary>
    public static string ForClaim(string articleId, string claimText, int occurrence) =>
        Hash($"claim\n{articleId}\n{NormaliseWhitespace(claimText)}\n{occurrence}");

    /// <summary>SHA-256 of a text, as lower-case hex: the content hash of an article version.</summary>
    public static string ContentHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..32];

    private static string NormaliseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
