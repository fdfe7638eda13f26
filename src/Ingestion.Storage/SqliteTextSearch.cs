using System.Text;

namespace Ingestion.Storage;

/// <summary>
/// What people type into <c>GET /claims?q=</c>, as an FTS5 query over SQLite's claim index (the
/// ClaimTextSearch migration). It reads the same forms as PostgreSQL's <c>websearch_to_tsquery</c>: words, all of
/// which must occur, <c>"quoted phrases"</c>, whose words must occur in that order, and <c>-word</c> or
/// <c>-"a phrase"</c>, which must not occur. Each term becomes an FTS5 string, so no input is FTS5 syntax: quotes,
/// stars, colons, AND/OR/NOT and parentheses in the text are only text.
/// </summary>
public static class SqliteTextSearch
{
    /// <summary>
    /// The MATCH expression for the text, or null when it has no word to look for (only punctuation), which
    /// matches no claim, as in PostgreSQL. A text of excluded terms only gives the claims that match none of them
    /// (<see cref="SqliteMatch.Negated"/>): FTS5 cannot say NOT alone.
    /// </summary>
    public static SqliteMatch? MatchExpression(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var included = new List<string>();
        var excluded = new List<string>();
        foreach (var (term, exclude) in Terms(text))
        {
            if (!term.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            (exclude ? excluded : included).Add("\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        }

        if (included.Count == 0)
        {
            return excluded.Count == 0 ? null : new SqliteMatch(string.Join(" OR ", excluded), Negated: true);
        }

        // FTS5's NOT is binary: "a" AND "b" NOT "c" NOT "d" keeps what has a and b and neither c nor d.
        var expression = new StringBuilder(string.Join(" AND ", included));
        foreach (var term in excluded)
        {
            expression.Append(" NOT ").Append(term);
        }

        return new SqliteMatch(expression.ToString(), Negated: false);
    }

    /// <summary>The terms of the text: words split at white space, and quoted phrases; a '-' before one excludes it.</summary>
    private static IEnumerable<(string Term, bool Exclude)> Terms(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var exclude = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (exclude)
            {
                i++;
            }

            if (text[i] == '"')
            {
                // A phrase runs to the next quote, or to the end when the quote is never closed.
                var close = text.IndexOf('"', i + 1);
                var end = close < 0 ? text.Length : close;
                yield return (text[(i + 1)..end], exclude);
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }

            yield return (text[start..i], exclude);
        }
    }
}

/// <summary>An FTS5 MATCH expression; <see cref="Negated"/>: the search wants the claims it does not match.</summary>
public sealed record SqliteMatch(string Expression, bool Negated);
