namespace Ingestion.Language;

/// <summary>
/// One syntactic word of a CoNLL-U sentence (multiword-token ranges and empty nodes are not kept): its 1-based
/// <c>Id</c>, and the <c>Head</c> it depends on by that id (0 for the root). <c>Misc</c> is the tenth column as
/// written ("_" when empty): GUM keeps its entity brackets there (<see cref="ConlluEntities"/>).
/// </summary>
public sealed record ConlluToken(int Id, string Form, string Lemma, string Upos, string Xpos, int Head, string Deprel, string Misc = "_");

/// <summary>A sentence of a CoNLL-U file: its <c># sent_id</c>, its <c># text</c> and its words.</summary>
public sealed record ConlluSentence(string? SentenceId, string? Text, IReadOnlyList<ConlluToken> Tokens);

/// <summary>
/// Reads the CoNLL-U format (https://universaldependencies.org/format.html): ten tab-separated columns a word,
/// comment lines, a blank line after each sentence. Lines whose id is a range ("3-4", a multiword token) or a
/// decimal ("5.1", an empty node of the enhanced graph) are skipped, so ids and heads index the basic tree.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        using var reader = File.OpenText(path);
        foreach (var sentence in Read(reader, path))
        {
            yield return sentence;
        }
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string source = "input")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var tokens = new List<ConlluToken>();
        string? sentenceId = null;
        string? text = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (tokens.Count > 0)
                {
                    yield return new ConlluSentence(sentenceId, text, tokens);
                    tokens = [];
                }

                sentenceId = null;
                text = null;
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
                {
                    sentenceId = line["# sent_id = ".Length..];
                }
                else if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    text = line["# text = ".Length..];
                }

                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new InvalidDataException($"{source}:{lineNumber}: a CoNLL-U word line has 10 columns, this one {columns.Length}.");
            }

            if (columns[0].Contains('-') || columns[0].Contains('.'))
            {
                continue;
            }

            if (!int.TryParse(columns[0], out var id) || !int.TryParse(columns[6], out var head))
            {
                throw new InvalidDataException($"{source}:{lineNumber}: the id or head is not a number.");
            }

            tokens.Add(new ConlluToken(id, columns[1], columns[2], columns[3], columns[4], head, columns[7], columns[9]));
        }

        if (tokens.Count > 0)
        {
            yield return new ConlluSentence(sentenceId, text, tokens);
        }
    }
}
