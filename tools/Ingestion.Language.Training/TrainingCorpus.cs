namespace Ingestion.Language.Training;

/// <summary>
/// The treebanks the models learn from, as they lie in the project's shared data folder (<c>ud/</c>):
/// UD English-EWT (CC BY-SA 4.0), whose train split is rebuilt from its per-document sources in the order of
/// <c>not-to-release/file-lists/files.train</c>, and the CC BY genres of GUM (every document in
/// <c>gum/not-to-release/sources</c>). The EWT dev and test files are the held-out sets for the reported scores.
/// </summary>
internal sealed class TrainingCorpus(string udFolder)
{
    public string UdFolder { get; } = Path.GetFullPath(udFolder);

    private string Ewt => Path.Combine(UdFolder, "ewt");

    public IEnumerable<ConlluSentence> EwtTrain()
    {
        var sources = Path.Combine(Ewt, "not-to-release", "sources");
        var list = Path.Combine(Ewt, "not-to-release", "file-lists", "files.train");
        foreach (var relative in File.ReadLines(list).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            foreach (var sentence in ConlluReader.ReadFile(Path.Combine(sources, relative)))
            {
                yield return sentence;
            }
        }
    }

    public IEnumerable<ConlluSentence> Gum() =>
        Directory.EnumerateFiles(Path.Combine(UdFolder, "gum", "not-to-release", "sources"), "GUM_*.conllu")
            .Order(StringComparer.Ordinal)
            .SelectMany(ConlluReader.ReadFile);

    /// <summary>Everything the models train on: EWT train, then GUM.</summary>
    public IEnumerable<ConlluSentence> Train() => EwtTrain().Concat(Gum());

    public IEnumerable<ConlluSentence> EwtDev() => ConlluReader.ReadFile(Path.Combine(Ewt, "en_ewt-ud-dev.conllu"));

    public IEnumerable<ConlluSentence> EwtTest() => ConlluReader.ReadFile(Path.Combine(Ewt, "en_ewt-ud-test.conllu"));

    /// <summary>The default data folder: <c>../shared/ud</c> beside the repository.</summary>
    public static string DefaultUdFolder(string repositoryRoot) => Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "ud"));
}
