namespace Ingestion.Text;

/// <summary>A quotation in a text.</summary>
/// <param name="Start">The offset of the opening mark.</param>
/// <param name="End">The offset just after the closing mark (or the paragraph's end).</param>
/// <param name="Closed">False when the paragraph ended first (news style reopens a long quote in the next paragraph).</param>
internal sealed record QuoteSpan(int Start, int End, bool Closed)
{
    public bool Contains(int position) => position >= Start && position < End;
}

/// <summary>Finds quotations in one paragraph: curly and straight double quotes, doubled single quotes (''...''), and single quotes used as quotes
/// (not apostrophes: "Libya’s", "ISIS’ loss").</summary>
internal static class QuoteScanner
{
    public static List<QuoteSpan> Scan(string text, int start, int end)
    {
        var spans = new List<QuoteSpan>();
        var open = -1;
        var openKind = ' ';
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var prev = i > start ? text[i - 1] : ' ';
            var next = i + 1 < end ? text[i + 1] : ' ';
            if (open < 0)
            {
                // ''NYT style'' and ``typeset'' quotations: two marks open and two close.
                if (((c == '\'' && next == '\'') || (c == '`' && next == '`')) && i + 2 < end && OpensHere(prev, text[i + 2]))
                {
                    open = i;
                    openKind = 'D';
                    i++;
                    continue;
                }

                if (c == '“' || c == '«' || (c == '"' && OpensHere(prev, next)))
                {
                    open = i;
                    openKind = c;
                }
                else if ((c == '‘' || c == '\'') && OpensHere(prev, next) && char.IsLetterOrDigit(next))
                {
                    open = i;
                    openKind = c;
                }

                continue;
            }

            if (openKind == 'D')
            {
                if (c == '\'' && next == '\'')
                {
                    spans.Add(new QuoteSpan(open, i + 2, true));
                    open = -1;
                    i++;
                }

                continue;
            }

            var closes = openKind switch
            {
                '“' => c == '”' || (c == '"' && !char.IsLetterOrDigit(next)),
                '«' => c == '»',
                '"' => c == '"' || c == '”',
                '‘' or '\'' => (c == '’' || c == '\'') && !char.IsLetterOrDigit(next) && !char.IsWhiteSpace(prev),
                _ => false,
            };

            if (closes)
            {
                spans.Add(new QuoteSpan(open, i + 1, true));
                open = -1;
            }
        }

        if (open >= 0 && openKind is '“' or '"' or '«' or 'D')
        {
            spans.Add(new QuoteSpan(open, end, false));
        }

        return spans;
    }

    private static bool OpensHere(char prev, char next) =>
        (char.IsWhiteSpace(prev) || prev is '(' or '[' or ':' or '—' or '–' or '-' or ',') && !char.IsWhiteSpace(next);

    public static bool IsQuoted(IReadOnlyList<QuoteSpan> spans, int position)
    {
        foreach (var s in spans)
        {
            if (s.Contains(position))
            {
                return true;
            }
        }

        return false;
    }
}
