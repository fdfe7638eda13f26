using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;

namespace Ingestion.Enrichment;

/// <summary>What kind of place a gazetteer entry is.</summary>
internal enum PlaceKind
{
    Country,
    Region,
    /// <summary>A first-level division: a US state, a Canadian province, England.</summary>
    AdminRegion,
    City,
}

/// <summary>One place of the gazetteer.</summary>
internal sealed record GazetteerEntry(
    PlaceKind Kind,
    long? GeonameId,
    string Name,
    string? Country,
    double Lat,
    double Lon,
    long Population,
    string FeatureCode,
    string DisplayName,
    string? Region = null)
{
    /// <summary>A town of the second tier (1,000 to 15,000 people): a place only where the text says it is a town.</summary>
    public bool IsSmallTown => FeatureCode == Gazetteer.SmallTownFeature;

    /// <summary>
    /// A first-level region from the wide table (every country beyond the hand-kept US, CA, AU and UK ones):
    /// often a local name ("Dimashq", "Delta"), so a place only in an article about its country or after a
    /// locative word, and never a reason to call a surname a place.
    /// </summary>
    public bool IsLocalRegion => Kind == PlaceKind.AdminRegion && FeatureCode == "ADMD";
}

/// <summary>
/// Countries, first-level regions (hand-kept ADM1 for US/CA/AU/UK, ADMD from SimpleMaps elsewhere), world regions and cities of 15,000 people or more, from the embedded
/// file that tools/gazetteer/build.mjs writes; towns of 1,000 to 15,000 in a second tier of their own
/// (<see cref="LookupSmallTowns"/>). Immutable after loading, so it is safe to share.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The feature code given to the second tier's towns (not a GeoNames code).</summary>
    internal const string SmallTownFeature = "TOWN";

    private readonly Dictionary<string, GazetteerEntry[]> _byKey;
    private readonly FrozenDictionary<string, GazetteerEntry> _countryByDemonym;
    private readonly FrozenDictionary<string, GazetteerEntry> _countryByCode;

    /// <summary>
    /// The second tier, loaded on first use: most articles never ask for a small town, and it holds nearly three
    /// times as many places as the main table.
    /// </summary>
    private readonly Lazy<Dictionary<string, GazetteerEntry[]>> _smallTowns;

    private Gazetteer(
        Dictionary<string, GazetteerEntry[]> byKey,
        FrozenDictionary<string, GazetteerEntry> countryByDemonym,
        FrozenDictionary<string, GazetteerEntry> countryByCode,
        int count,
        Func<Stream?>? openSmallTowns)
    {
        _byKey = byKey;
        _countryByDemonym = countryByDemonym;
        _countryByCode = countryByCode;
        Count = count;
        _smallTowns = new(() => openSmallTowns?.Invoke() is { } stream ? LoadSmallTowns(stream) : new(StringComparer.Ordinal),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The process-wide instance, loaded on first use.</summary>
    public static Gazetteer Instance => Shared.Value;

    /// <summary>Number of places loaded.</summary>
    public int Count { get; }

    /// <summary>
    /// Results by name as written: the recogniser asks about the same few hundred names in every claim, and
    /// folding a name (diacritics, articles, spelling rules) costs more than the lookup. Cleared when it grows
    /// past <see cref="LookupCacheLimit"/> names, so that a long-running worker's memory stays bounded.
    /// </summary>
    private readonly ConcurrentDictionary<string, IReadOnlyList<GazetteerEntry>> _lookupCache = new(StringComparer.Ordinal);

    internal const int LookupCacheLimit = 50_000;

    /// <summary>Names whose lookup is cached (for the test that the cache stays bounded).</summary>
    internal int CachedLookups => _lookupCache.Count;

    /// <summary>The places a name may stand for, any spelling the folding rules reach; empty when none.</summary>
    public IReadOnlyList<GazetteerEntry> Lookup(string name) =>
        _lookupCache.TryGetValue(name, out var cached) ? cached : Remember(_lookupCache, name, LookupUncached(name));

    /// <summary>Keeps a name's value in its cache, emptying the cache first when it is full; returns the value.</summary>
    private static T Remember<T>(ConcurrentDictionary<string, T> cache, string name, T value)
    {
        if (cache.Count >= LookupCacheLimit)
        {
            cache.Clear();
        }

        cache.TryAdd(name, value);
        return value;
    }

    private IReadOnlyList<GazetteerEntry> LookupUncached(string name)
    {
        var key = TextFolding.PlaceKey(name);
        if (key.Length == 0)
        {
            return [];
        }

        if (_byKey.TryGetValue(key, out var found))
        {
            return found;
        }

        var bare = TextFolding.WithoutArticle(key);
        return bare is not null && _byKey.TryGetValue(bare, out found) ? found : [];
    }

    /// <summary>
    /// The towns of 1,000 to 15,000 people a name may stand for (the second tier), most populous first; empty when
    /// none. Not part of <see cref="Lookup"/>: unqualified, such names are as often surnames and words ("Marsh",
    /// "Tully"), so callers ask only where the text says the name is a town.
    /// </summary>
    public IReadOnlyList<GazetteerEntry> LookupSmallTowns(string name)
    {
        var key = TextFolding.PlaceKey(name);
        if (key.Length == 0)
        {
            return [];
        }

        var towns = _smallTowns.Value;
        if (towns.TryGetValue(key, out var found))
        {
            return found;
        }

        var bare = TextFolding.WithoutArticle(key);
        return bare is not null && towns.TryGetValue(bare, out found) ? found : [];
    }

    /// <summary>Number of small towns loaded (loads the tier).</summary>
    internal int SmallTownCount => _smallTowns.Value.Values.Sum(static towns => towns.Length);

    /// <summary>
    /// Reads the second tier: name, ASCII form, country, first-level region (hand-kept regions only), lat, lon,
    /// population, tab-separated (tools/gazetteer/build.mjs).
    /// </summary>
    internal static Dictionary<string, GazetteerEntry[]> LoadSmallTowns(Stream tsv)
    {
        var byKey = new Dictionary<string, List<GazetteerEntry>>(100_000, StringComparer.Ordinal);
        // Countries and regions repeat on every line: one string each.
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = new StreamReader(tsv);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length < 7)
            {
                continue;
            }

            var entry = new GazetteerEntry(
                PlaceKind.City,
                null,
                fields[0],
                Shared(fields[2]),
                double.Parse(fields[4], CultureInfo.InvariantCulture),
                double.Parse(fields[5], CultureInfo.InvariantCulture),
                long.Parse(fields[6], CultureInfo.InvariantCulture),
                SmallTownFeature,
                fields[1].Length > 0 ? fields[1] : fields[0],
                fields[3].Length > 0 ? Shared(fields[3]) : null);
            AddKey(byKey, entry.Name, entry);
            if (fields[1].Length > 0)
            {
                AddKey(byKey, fields[1], entry);
            }
        }

        var towns = new Dictionary<string, GazetteerEntry[]>(byKey.Count, StringComparer.Ordinal);
        foreach (var (key, entries) in byKey)
        {
            towns[key] = entries.Count == 1 ? [entries[0]] : [.. entries.OrderByDescending(static e => e.Population)];
        }

        return towns;

        string Shared(string value)
        {
            if (!shared.TryGetValue(value, out var one))
            {
                shared[value] = one = value;
            }

            return one;
        }
    }

    /// <summary>The country whose people a word names ("Libyan" -> Libya), or null.</summary>
    public GazetteerEntry? CountryOfDemonym(string word) =>
        _demonymCache.TryGetValue(word, out var cached) ? cached
            : Remember(_demonymCache, word, _countryByDemonym.GetValueOrDefault(TextFolding.PlaceKey(word)));

    /// <summary>Demonym results by word as written, for the same reason as <see cref="_lookupCache"/>.</summary>
    private readonly ConcurrentDictionary<string, GazetteerEntry?> _demonymCache = new(StringComparer.Ordinal);

    /// <summary>The country with an ISO 3166-1 alpha-2 code, or null.</summary>
    public GazetteerEntry? Country(string code) => _countryByCode.GetValueOrDefault(code);

    /// <summary>
    /// Reads the gazetteer from a stream of the tab-separated format the build script writes; the small-town tier,
    /// when given, is opened and read on its first use.
    /// </summary>
    public static Gazetteer Load(Stream tsv, Func<Stream?>? openSmallTowns = null)
    {
        var byKey = new Dictionary<string, List<GazetteerEntry>>(60_000, StringComparer.Ordinal);
        var demonyms = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var countries = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var count = 0;
        using var reader = new StreamReader(tsv);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length < 9)
            {
                continue;
            }

            var kind = fields[0] switch
            {
                "C" => PlaceKind.Country,
                "A" => PlaceKind.AdminRegion,
                "R" => PlaceKind.Region,
                _ => PlaceKind.City,
            };
            var id = long.Parse(fields[1], CultureInfo.InvariantCulture);
            var entry = new GazetteerEntry(
                kind,
                id == 0 ? null : id,
                fields[2],
                fields[3].Length == 0 ? null : fields[3],
                double.Parse(fields[4], CultureInfo.InvariantCulture),
                double.Parse(fields[5], CultureInfo.InvariantCulture),
                long.Parse(fields[6], CultureInfo.InvariantCulture),
                fields[7],
                fields.Length > 9 && fields[9].Length > 0 ? fields[9] : fields[2]);
            count++;
            if (kind == PlaceKind.Country && entry.Country is not null)
            {
                countries[entry.Country] = entry;
            }

            AddKey(byKey, entry.Name, entry);
            foreach (var alias in fields[8].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                if (alias[0] == '@')
                {
                    demonyms.TryAdd(TextFolding.PlaceKey(alias[1..]), entry);
                }
                else
                {
                    AddKey(byKey, alias, entry);
                }
            }
        }

        // A plain dictionary, never written after this point, reads safely from many threads and builds
        // several times faster than a frozen one for these 60,000 keys (load time matters more here).
        var frozen = new Dictionary<string, GazetteerEntry[]>(byKey.Count, StringComparer.Ordinal);
        foreach (var (key, entries) in byKey)
        {
            frozen[key] = entries.Count == 1 ? [entries[0]] : [.. entries.OrderByDescending(Prominence)];
        }
        return new Gazetteer(
            frozen,
            demonyms.ToFrozenDictionary(StringComparer.Ordinal),
            countries.ToFrozenDictionary(StringComparer.Ordinal),
            count,
            openSmallTowns);
    }

    /// <summary>How likely a bare mention of the name means this place, before any context.</summary>
    internal static double Prominence(GazetteerEntry entry) => entry.Kind switch
    {
        PlaceKind.Country => 10,
        PlaceKind.Region => 9,
        // Below the largest cities of the same name: "New York" and "Washington" are cities first.
        // A local region ranks with a town of 30,000: the article's country (a large bonus) lifts it.
        PlaceKind.AdminRegion => entry.FeatureCode == "ADMD" ? 4.5 : 6.5,
        _ => Math.Log10(entry.Population + 10) + entry.FeatureCode switch
        {
            "PPLC" => 1.5,
            "PPLA" => 0.5,
            "PPLA2" => 0.3,
            _ => 0,
        },
    };

    private static void AddKey(Dictionary<string, List<GazetteerEntry>> byKey, string name, GazetteerEntry entry)
    {
        var key = TextFolding.PlaceKey(name);
        if (key.Length == 0)
        {
            return;
        }

        Add(key);
        if (TextFolding.WithoutArticle(key) is { } bare)
        {
            Add(bare);
        }

        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            Add(key[4..]);
        }

        void Add(string k)
        {
            if (!byKey.TryGetValue(k, out var list))
            {
                byKey[k] = list = [];
            }

            if (!list.Contains(entry))
            {
                list.Add(entry);
            }
        }
    }

    /// <summary>A new instance from the embedded file (the shared one is <see cref="Instance"/>); for load measurements.</summary>
    internal static Gazetteer LoadEmbedded()
    {
        using var resource = typeof(Gazetteer).Assembly.GetManifestResourceStream("Ingestion.Enrichment.gazetteer.tsv.gz")
            ?? throw new InvalidOperationException("The embedded gazetteer is missing from the assembly.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        return Load(gzip, OpenSmallTowns);
    }

    /// <summary>The embedded small-town tier, decompressing; the reader disposes it.</summary>
    internal static Stream OpenSmallTowns() =>
        new GZipStream(
            typeof(Gazetteer).Assembly.GetManifestResourceStream("Ingestion.Enrichment.small-towns.tsv.gz")
                ?? throw new InvalidOperationException("The embedded small-town tier is missing from the assembly."),
            CompressionMode.Decompress);
}
