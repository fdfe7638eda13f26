using System.Text.RegularExpressions;
using Ingestion.Contracts;

namespace Ingestion.Enrichment;

/// <summary>Entities, places, times and quantities of claims. Thread-safe; one instance serves the process.</summary>
public sealed partial class Enricher
{
    private readonly Lazy<EntityRecognizer> _recognizer;

    /// <summary>The trained entity recogniser beside the rules (TrainedEntityRecognizer.cs); loaded on first use, never when off.</summary>
    private readonly EntityModelMode _entityModel;
    private readonly Lazy<TrainedEntityRecognizer> _trained;

    /// <summary>An enricher whose entity model mode is <see cref="TrainedEntityRecognizer.DefaultMode"/>.</summary>
    public Enricher() : this(TrainedEntityRecognizer.DefaultMode)
    {
    }

    public Enricher(EntityModelMode entityModel)
    {
        _recognizer = new(() => new EntityRecognizer(Gazetteer.Instance), LazyThreadSafetyMode.ExecutionAndPublication);
        _entityModel = entityModel;
        _trained = new(() => new TrainedEntityRecognizer(_recognizer.Value, Gazetteer.Instance, EntityTagger.Default), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>"Government of National Accord (GNA)": an acronym in parentheses right after a name.</summary>
    [GeneratedRegex(@"\G[ \t]*\((?<abbr>\p{Lu}[\p{Lu}\p{Ll}.&-]{1,11})\)", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisedAcronym();

    /// <summary>The article-wide pass: language, aliases the article defines, countries it mentions.</summary>
    public ArticleContext BuildContext(string articleText, DateTimeOffset? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(articleText);
        var language = LanguageDetector.Instance.Detect(articleText);
        if (!IsEnglishOrUnknown(language))
        {
            return new ArticleContext { Language = language, PublishedAt = publishedAt };
        }

        // The words a person cue marks anywhere in the article ("Hellwig said") type the names they end ("Jan Hellwig
        // runs the plant") as people in this pass, so their aliases reach the claims.
        var mentions = _recognizer.Value.Recognize(articleText, 0, _recognizer.Value.CuedPersonWords(articleText), []);
        var countryCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, NameAlias>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        // Countries named outright (or through their people) come first; then the cities, resolved with
        // those countries as context, add theirs: "Tripoli" in an article on Lebanon must not vote for Libya.
        // A city of a country not named adds it only when it is a great city, so a stray word that
        // resembles a town ("Man", Côte d'Ivoire) does not bring its country in.
        foreach (var mention in mentions)
        {
            var country = mention.Place switch
            {
                // "Georgia" may be the US state: a country name that is also another place does not count.
                { Kind: PlaceKind.Country } p when OnlyCountryOrCities(Gazetteer.Instance.Lookup(mention.Text), p) => p.Country,
                _ => mention.Type == EntityType.Nationality ? Gazetteer.Instance.CountryOfDemonym(mention.Text)?.Country : null,
            };
            if (country is not null)
            {
                countryCounts[country] = countryCounts.GetValueOrDefault(country) + 1;
            }
        }

        var named = countryCounts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Key).ToList();
        // A state or province votes for its country when its name means little else ("British Columbia", "B.C.",
        // "Texas"; not "Victoria" or "Georgia"): an article about Paris, Texas or Victoria, B.C. is about the US or
        // Canada even when it names France or Seattle.
        // A town the text places in its state or country ("Cambridge, Massachusetts") votes for that country whatever
        // its size: the article pass chose it over what the name alone would mean. In a dateline ("PARIS, Texas —",
        // at a line's start) it votes twice: the story was filed there.
        foreach (var mention in mentions)
        {
            if (mention.Place is not { Kind: PlaceKind.City or PlaceKind.AdminRegion } place)
            {
                continue;
            }

            var qualified = place.Kind == PlaceKind.City && _recognizer.Value.LookupPlace(mention.Text, []) is { } plain && plain != place;
            if ((qualified ? place : _recognizer.Value.LookupPlace(mention.Text, named) ?? place) is { Country: { } cityCountry } city
                && (qualified || (city.Kind == PlaceKind.City && city.Population >= 500_000) || named.Contains(cityCountry)
                    || IsUnmistakableRegion(Gazetteer.Instance.Lookup(mention.Text), place)))
            {
                countryCounts[cityCountry] = countryCounts.GetValueOrDefault(cityCountry) + (qualified && StartsLine(articleText, mention.Start) ? 2 : 1);
            }
        }

        foreach (var mention in mentions)
        {
            if (mention.Type == EntityType.Person)
            {
                AddPersonAliases(mention, aliases, ambiguous);
            }

            var end = mention.Start + mention.Length;
            var acronym = ParenthesisedAcronym().Match(articleText, end);
            if (acronym.Success && mention.Type != EntityType.Person && mention.Text.Contains(' ', StringComparison.Ordinal)
                && !IsDatelineAgency(articleText, mention, acronym))
            {
                aliases[acronym.Groups["abbr"].Value] = new NameAlias
                {
                    Alias = acronym.Groups["abbr"].Value,
                    Name = mention.Name,
                    Type = mention.Type,
                };
            }
        }

        foreach (var name in ambiguous)
        {
            aliases.Remove(name);
        }

        return new ArticleContext
        {
            Language = language,
            PublishedAt = publishedAt,
            Aliases = [.. aliases.Values],
            Countries = [.. countryCounts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key)],
        };
    }

    /// <summary>Enriches one claim.</summary>
    /// <param name="claimText">The claim's text.</param>
    /// <param name="claimStart">Offset of the claim in the article text; result offsets are shifted by it.</param>
    /// <param name="context">The article-wide context from <see cref="BuildContext"/>.</param>
    public ClaimEnrichment Enrich(string claimText, int claimStart, ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(claimText);
        ArgumentNullException.ThrowIfNull(context);
        var english = IsEnglishOrUnknown(context.Language);

        var timeMatches = TimeRecognizer.Recognize(claimText, english ? context.PublishedAt : null);
        if (!english)
        {
            // Other languages: only forms that do not depend on English words (ISO dates, years).
            timeMatches = [.. timeMatches.Where(t => claimText.AsSpan(t.Start, t.Length).ContainsAnyExcept("0123456789-:TZ+.") is false)];
        }

        var times = timeMatches.Select(t => new TimeMention
        {
            Text = claimText.Substring(t.Start, t.Length),
            Start = t.Start + claimStart,
            Length = t.Length,
            Value = t.Value,
        }).ToList();

        var quantityMatches = QuantityRecognizer.Recognize(claimText, timeMatches);
        if (!english)
        {
            // Other languages: digits with a currency sign or a percent sign only; words around them are not English.
            quantityMatches = [.. quantityMatches.Where(q => char.IsDigit(claimText[q.Start]) is false || claimText.AsSpan(q.Start, q.Length).Contains('%'))
                .Where(q => q.Unit is "percent" or "USD" or "EUR" or "GBP" or "JPY" or "INR" or "AUD" or "CAD")
                .Select(q => q with { Qualifier = null })];
        }

        var quantities = quantityMatches.Select(q => new Quantity
        {
            Text = claimText.Substring(q.Start, q.Length),
            Start = q.Start + claimStart,
            Length = q.Length,
            Value = q.Value,
            Unit = q.Unit,
            Qualifier = q.Qualifier,
        }).ToList();

        if (!english)
        {
            return new ClaimEnrichment { Times = times, Quantities = quantities };
        }

        var aliases = AliasMap(context);
        var mentions = _recognizer.Value.Recognize(claimText, claimStart, aliases, context.Countries);
        if (_entityModel != EntityModelMode.Off)
        {
            mentions = _trained.Value.Apply(_entityModel, claimText, claimStart, context.Countries, mentions);
        }

        var entities = mentions.Select(m => new Entity
        {
            Text = m.Text,
            Start = m.Start,
            Length = m.Length,
            Type = m.Type,
            Name = m.Name,
        }).ToList();

        var places = new List<Place>();
        foreach (var mention in mentions)
        {
            if (mention.Place is not { } entry)
            {
                // A place the gazetteer does not hold ("Washington County", "Komadugu Yobe") is still a place:
                // listed by name, without a point.
                if (mention.Type is EntityType.GeopoliticalEntity or EntityType.Location)
                {
                    places.Add(new Place { Text = mention.Text, Start = mention.Start, Length = mention.Length, Name = mention.Name, Country = mention.Country });
                }

                continue;
            }

            places.Add(new Place
            {
                Text = mention.Text,
                Start = mention.Start,
                Length = mention.Length,
                Name = entry.Name,
                Country = entry.Country,
                Lat = entry.Lat,
                Lon = entry.Lon,
                GeonameId = entry.GeonameId,
            });

            if (entry.Kind != PlaceKind.Region
                && PlaceResolver.ReadRelative(claimText, mention.Start - claimStart, entry.DisplayName) is { } relative)
            {
                var (lat, lon) = relative.Relative.DistanceKm is { } km && relative.Relative.BearingDegrees is { } bearing
                    ? PlaceResolver.Destination(entry.Lat, entry.Lon, km, bearing)
                    : (entry.Lat, entry.Lon);
                var end = mention.Start - claimStart + mention.Length;
                places.Add(new Place
                {
                    Text = claimText[relative.Start..end],
                    Start = relative.Start + claimStart,
                    Length = end - relative.Start,
                    Name = claimText[relative.Start..end],
                    Country = entry.Kind == PlaceKind.City ? entry.Country : null,
                    Lat = lat,
                    Lon = lon,
                    Relative = relative.Relative,
                });
            }
        }

        return new ClaimEnrichment { Entities = entities, Places = places, Times = times, Quantities = quantities };
    }

    /// <summary>
    /// The context's aliases by written form, the first one winning. The last context's map is kept per thread:
    /// the analyser (`ingest claims --enrich`, the evaluations) enriches an article's claims one after another
    /// with the same context object. The pipeline's enrich stage gets a deserialised context with each claim
    /// message, misses, and builds the map as before. (A weak-keyed cache across contexts cost the garbage
    /// collector a dependent handle per claim.)
    /// </summary>
    private static Dictionary<string, NameAlias> AliasMap(ArticleContext context)
    {
        if (LastAliasMap is { } last && ReferenceEquals(last.Context, context))
        {
            return last.Map;
        }

        var map = new Dictionary<string, NameAlias>(context.Aliases.Count, StringComparer.Ordinal);
        foreach (var alias in context.Aliases)
        {
            map.TryAdd(alias.Alias, alias);
        }

        LastAliasMap = new CachedAliasMap(context, map);
        return map;
    }

    /// <summary>A context's alias map. A context's properties are init-only, so the context object identifies its aliases.</summary>
    private sealed record CachedAliasMap(ArticleContext Context, Dictionary<string, NameAlias> Map);

    [ThreadStatic]
    private static CachedAliasMap? LastAliasMap;

    /// <summary>
    /// A hand-kept first-level region (a US state, a Canadian province) whose name has no other meaning but towns
    /// of under 100,000 people; also one reached through an abbreviation the gazetteer does not list ("B.C.").
    /// </summary>
    private static bool IsUnmistakableRegion(IReadOnlyList<GazetteerEntry> candidates, GazetteerEntry region)
    {
        if (region.Kind != PlaceKind.AdminRegion || region.IsLocalRegion)
        {
            return false;
        }

        foreach (var candidate in candidates)
        {
            if (candidate != region && (candidate.Kind != PlaceKind.City || candidate.Population >= 100_000))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyCountryOrCities(IReadOnlyList<GazetteerEntry> candidates, GazetteerEntry country)
    {
        foreach (var candidate in candidates)
        {
            if (candidate != country && candidate.Kind != PlaceKind.City)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Only white space stands between the line's start and <paramref name="position"/>.</summary>
    private static bool StartsLine(string text, int position)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        return text.AsSpan(lineStart, position - lineStart).IsWhiteSpace();
    }

    private static bool IsEnglishOrUnknown(string? language) => language is null or "en";

    /// <summary>
    /// "NEW YORK (Reuters) -", "SAN JUAN, Puerto Rico (AP) —": the parenthesis after a dateline's place names the
    /// agency that filed the story, not the place's abbreviation. A place followed by a known organisation in
    /// parentheses, or by a parenthesis and a dash, is such a dateline.
    /// </summary>
    private static bool IsDatelineAgency(string articleText, EntityMention mention, Match parenthesis)
    {
        if (mention.Type is not (EntityType.GeopoliticalEntity or EntityType.Location))
        {
            return false;
        }

        if (KnownNames.Entities.TryGetValue(parenthesis.Groups["abbr"].Value, out var known) && known.Type == EntityType.Organization)
        {
            return true;
        }

        var after = articleText.AsSpan(parenthesis.Index + parenthesis.Length).TrimStart(" \t");
        return !after.IsEmpty && after[0] is '-' or '—' or '–';
    }

    /// <summary>"Robert Young Pelton" also answers to "Pelton"; a surname two people share stays unresolved.</summary>
    private static void AddPersonAliases(EntityMention mention, Dictionary<string, NameAlias> aliases, HashSet<string> ambiguous)
    {
        var words = mention.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return;
        }

        var surname = words[^1];
        // A surname that is also a country or region ("Michael Jordan") would hide the place elsewhere.
        if (surname.Length < 3 || !char.IsUpper(surname[0])
            || Gazetteer.Instance.Lookup(surname).Any(p => p.Kind is PlaceKind.Country or PlaceKind.Region || (p.Kind == PlaceKind.AdminRegion && !p.IsLocalRegion)))
        {
            return;
        }

        if (aliases.TryGetValue(surname, out var existing) && existing.Name != mention.Name)
        {
            ambiguous.Add(surname);
            return;
        }

        aliases[surname] = new NameAlias { Alias = surname, Name = mention.Name, Type = EntityType.Person };
        aliases[mention.Text] = new NameAlias { Alias = mention.Text, Name = mention.Name, Type = EntityType.Person };
    }
}
