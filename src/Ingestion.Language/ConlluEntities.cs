namespace Ingestion.Language;

/// <summary>
/// One entity mention of a sentence as GUM marks it in the MISC column: the words <see cref="Start"/> to
/// <see cref="End"/> (0-based, inclusive) of the sentence, the entity's coreference group, its type ("person",
/// "place", ...), the indices of its minimal head words (0-based, into the sentence) and its Wikipedia identity
/// ("Jared_Padalecki"), if any.
/// </summary>
public sealed record ConlluMention(int Start, int End, string Group, string Type, IReadOnlyList<int> Heads, string? Identity);

/// <summary>
/// Reads GUM's entity brackets (the CoNLL 2012 bracketing in <c>Entity=</c> of the MISC column): "(12-person-new-
/// ...-1,2-coref-Jane_Doe" opens a mention on a word, "12)" closes it, "(12-person-...)" is a one-word mention;
/// mentions nest. The fields of an opening follow <c># global.Entity = GRP-etype-infstat-salience-centering-
/// minspan-link-identity</c> (some documents lack salience), so the minimal span is found as the first field
/// after the type that is a list of numbers, and what follows the link type is the identity (which may itself
/// hold hyphens). A mention left open at the end of the sentence is dropped: GUM closes every mention within its
/// sentence.
/// </summary>
public static class ConlluEntities
{
    public static List<ConlluMention> Read(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var mentions = new List<ConlluMention>();
        var open = new List<(string Group, int Start, string Fields)>();
        for (var w = 0; w < sentence.Tokens.Count; w++)
        {
            var value = EntityValue(sentence.Tokens[w].Misc);
            var at = 0;
            while (at < value.Length)
            {
                if (value[at] == '(')
                {
                    var close = value.IndexOfAny(['(', ')'], at + 1);
                    var fields = close < 0 ? value[(at + 1)..] : value[(at + 1)..close];
                    var group = fields.Split('-', 2)[0];
                    if (close >= 0 && value[close] == ')')
                    {
                        mentions.Add(Mention(fields, w, w));
                        at = close + 1;
                    }
                    else
                    {
                        open.Add((group, w, fields));
                        at = close < 0 ? value.Length : close;
                    }
                }
                else
                {
                    var close = value.IndexOf(')', at);
                    if (close < 0)
                    {
                        break;
                    }

                    var group = value[at..close];
                    // Close the innermost open mention of the group: a group may be open twice when a mention nests in another of the same entity.
                    var index = open.FindLastIndex(o => o.Group == group);
                    if (index >= 0)
                    {
                        mentions.Add(Mention(open[index].Fields, open[index].Start, w));
                        open.RemoveAt(index);
                    }

                    at = close + 1;
                }
            }
        }

        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return mentions;
    }

    private static string EntityValue(string misc)
    {
        foreach (var part in misc.Split('|'))
        {
            if (part.StartsWith("Entity=", StringComparison.Ordinal))
            {
                return part["Entity=".Length..];
            }
        }

        return "";
    }

    private static ConlluMention Mention(string fields, int start, int end)
    {
        var parts = fields.Split('-');
        var group = parts[0];
        var type = parts.Length > 1 ? parts[1] : "";
        var heads = new List<int>();
        string? identity = null;
        for (var k = 2; k < parts.Length; k++)
        {
            if (parts[k].Length > 0 && parts[k].All(c => char.IsAsciiDigit(c) || c == ','))
            {
                foreach (var number in parts[k].Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    var head = start + int.Parse(number, System.Globalization.CultureInfo.InvariantCulture) - 1;
                    if (head <= end)
                    {
                        heads.Add(head);
                    }
                }

                // After the minimal span: the link type, then the identity, whose own hyphens are kept.
                if (k + 2 < parts.Length)
                {
                    identity = string.Join('-', parts[(k + 2)..]);
                }

                break;
            }
        }

        return new ConlluMention(start, end, group, type, heads, identity);
    }
}
