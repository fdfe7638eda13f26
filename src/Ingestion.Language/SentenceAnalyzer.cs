namespace Ingestion.Language;

/// <summary>
/// Reads one sentence: UD words (<see cref="Tokenizer.Words"/>), their tags (<see cref="PosTagger"/>), lemmas
/// (<see cref="Lemmatizer"/>) and dependency tree (<see cref="DependencyParser"/>). The models are loaded once
/// per process, on first use; an instance is safe to share between threads.
/// </summary>
public sealed class SentenceAnalyzer(PosTagger tagger, DependencyParser parser, Lemmatizer lemmatizer)
{
    private static readonly Lazy<SentenceAnalyzer> DefaultAnalyzer =
        new(() => new SentenceAnalyzer(PosTagger.Default, DependencyParser.Default, Lemmatizer.Default));

    /// <summary>The analyser over the embedded models.</summary>
    public static SentenceAnalyzer Default => DefaultAnalyzer.Value;

    /// <summary>Sentences longer than this many words are cut into pieces of it for the parser (each piece its own tree), so a run-on list cannot make parsing slow.</summary>
    public const int MaxParsedWords = 150;

    /// <summary>The analysis of <paramref name="text"/>; word offsets are into it plus <paramref name="offset"/>.</summary>
    public SentenceAnalysis Analyze(string text, int offset = 0) => Analyze(text, offset, parseIf: null)!;

    /// <summary>
    /// The analysis of <paramref name="text"/>, or null when <paramref name="parseIf"/>, shown the tags and lemmas,
    /// says the sentence is not worth parsing: the tagger costs a tenth of the parser, so a caller that only wants
    /// sentences with certain words skips the parse of the others.
    /// </summary>
    public SentenceAnalysis? Analyze(string text, int offset, Func<string[], string[], bool>? parseIf)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Analyze(Tokenizer.Words(text, offset), parseIf);
    }

    /// <summary>The analysis of words the caller has already split off (<see cref="Tokenizer.Words"/>); see the overload above.</summary>
    public SentenceAnalysis? Analyze(IReadOnlyList<Word> words, Func<string[], string[], bool>? parseIf)
    {
        ArgumentNullException.ThrowIfNull(words);
        var forms = new string[words.Count];
        for (var i = 0; i < forms.Length; i++)
        {
            forms[i] = Normalised(words[i].Text);
        }

        var upos = tagger.Tag(forms);
        var lemmas = new string[forms.Length];
        for (var i = 0; i < forms.Length; i++)
        {
            lemmas[i] = lemmatizer.Lemma(forms[i], upos[i]);
        }

        if (parseIf is not null && !parseIf(upos, lemmas))
        {
            return null;
        }

        var heads = new int[forms.Length];
        var relations = new string[forms.Length];
        for (var start = 0; start < forms.Length; start += MaxParsedWords)
        {
            var length = Math.Min(MaxParsedWords, forms.Length - start);
            var parse = parser.Parse(new ArraySegment<string>(forms, start, length), new ArraySegment<string>(upos, start, length));
            for (var i = 0; i < length; i++)
            {
                heads[start + i] = parse.Heads[i] == 0 ? 0 : parse.Heads[i] + start;
                relations[start + i] = parse.Relations[i];
            }
        }

        return new SentenceAnalysis(words, upos, lemmas, heads, relations);
    }

    /// <summary>Curly quotes as the treebank writes them mostly (straight), so “ and " are one word to the models.</summary>
    private static string Normalised(string word) => word switch
    {
        "“" or "”" or "„" or "''" or "``" => "\"",
        "‘" or "’" => "'",
        _ => word.Contains('’') ? word.Replace('’', '\'') : word,
    };
}
