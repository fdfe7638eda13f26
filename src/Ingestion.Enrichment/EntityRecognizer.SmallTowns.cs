using System.Collections.Frozen;
using Ingestion.Contracts;

namespace Ingestion.Enrichment;

/// <summary>
/// Small towns, city districts and government bodies written after a country (issue 18). The gazetteer's second
/// tier (towns of 1,000 to 15,000 people) is consulted only where the text says a name is a town: its region is
/// written after it ("Stawell, Victoria", "Pomonal in Victoria"), a settlement noun names it ("the village of X"),
/// or a preposition of place puts it in the article's own country ("near Stawell" in a story on Australia). An
/// unqualified small name elsewhere stays what the other rules make of it: too many are also surnames and words.
/// </summary>
internal sealed partial class EntityRecognizer
{
    private static readonly FrozenSet<string> TownPrepositions = Lexicon.Set("town-prepositions");

    private static readonly FrozenSet<string> DistrictNouns = Lexicon.Set("district-nouns");

    private static readonly FrozenSet<string> PortfolioWords =
        Lexicon.Rows("government-body-words").Where(row => row[1] == "portfolio").Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> GovernmentBodyHeads =
        Lexicon.Rows("government-body-words").Where(row => row[1] == "head").Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A district lies within this distance of its city's point; a namesake farther away is another place.</summary>
    private const double DistrictRadiusKm = 40;

    /// <summary>A district belongs to a city of some size: "Bandra in Mumbai", not "Marsh in Tully".</summary>
    private const long DistrictCityMinPopulation = 100_000;

    /// <summary>How much farther from a state's middle than the small town a listed namesake may lie and still be meant.</summary>
    private const double ListedNamesakeMarginKm = 200;

    /// <summary>A town placed in a region from the wide table (no region codes) lies within this distance of its point.</summary>
    private const double LocalRegionRadiusKm = 400;

    /// <summary>
    /// "Stawell, Victoria", "Port Hedland (Western Australia)", "Pomonal in western Victoria", "Nanoro, Burkina Faso":
    /// a name the main table lacks in that region, followed by a state, province or country, is the small town of
    /// that name there. Not before a possessive ("Dean Marsh, Victoria's fire chief").
    /// </summary>
    private bool TrySmallTownInWrittenRegion(
        string text, List<Token> tokens, int start, int end, int offset, string spanText, List<EntityMention> mentions)
    {
        if (end - start > 3 || end + 2 >= tokens.Count || tokens[end + 1].Text is not ("," or "(" or "in")
            || AnyToken(tokens, start, end, static token => token.Kind != TokenKind.Word || !token.IsCapitalized || KnownNames.FunctionWords.Contains(token.Text))
            || RegionWrittenAfter(text, tokens, end) is not { } region)
        {
            return false;
        }

        if (SmallTownWithin(spanText, region) is not { } town)
        {
            return false;
        }

        // A city the main table holds in that region is placed by the usual rules (QualifyCitiesByRegion). The main
        // table knows no state of its towns, only their points: a listed namesake much farther from the state's middle
        // than the small town lies elsewhere ("Paris, Kentucky" is not Paris, Texas).
        if (CityWithin(gazetteer.Lookup(spanText), region) is { } listed
            && (region.Kind == PlaceKind.Country || town.Region is null
                || PlaceResolver.DistanceKm(listed.Lat, listed.Lon, region.Lat, region.Lon)
                    <= PlaceResolver.DistanceKm(town.Lat, town.Lon, region.Lat, region.Lon) + ListedNamesakeMarginKm))
        {
            return false;
        }

        AddPlace(mentions, tokens, text, start, end, offset, town);
        return true;
    }

    /// <summary>The state, province or country written right after a name and a comma, a parenthesis or "in", or null.</summary>
    private GazetteerEntry? RegionWrittenAfter(string text, List<Token> tokens, int end)
    {
        var from = end + 2;
        // "in western Victoria": a compass word may stand between.
        if (tokens[end + 1].Text == "in" && tokens[from].IsLower && DirectionWords.Contains(tokens[from].Text))
        {
            from++;
        }

        if (from >= tokens.Count || !tokens[from].IsCapitalized)
        {
            return null;
        }

        if (tokens[end + 1].Text == "," && tokens[from].Kind == TokenKind.Word && from + 1 < tokens.Count && tokens[from + 1].Text == "."
            && AbbreviatedRegion(tokens[from].Text) is { } abbreviated)
        {
            return abbreviated;
        }

        for (var last = Math.Min(tokens.Count - 1, from + 3); last >= from; last--)
        {
            if (!tokens[last].IsCapitalized || FollowedByPossessive(text, tokens[last].End))
            {
                continue;
            }

            foreach (var entry in gazetteer.Lookup(SpanText(text, tokens, from, last)))
            {
                if (entry.Kind is PlaceKind.AdminRegion or PlaceKind.Country && entry.Country is not null)
                {
                    return entry;
                }
            }
        }

        return null;
    }

    private static bool FollowedByPossessive(string text, int after) =>
        after + 1 < text.Length && text[after] is '\'' or '’' && text[after + 1] == 's';

    /// <summary>Whether a place lies in a region: its country, a hand-kept state by name, a wide-table region by distance.</summary>
    private static bool InRegion(GazetteerEntry place, GazetteerEntry region) =>
        place.Country == region.Country
        && (region.Kind == PlaceKind.Country
            || (place.Region is { } name ? name == region.Name
                : region.IsLocalRegion && PlaceResolver.DistanceKm(place.Lat, place.Lon, region.Lat, region.Lon) <= LocalRegionRadiusKm));

    /// <summary>The most populous small town of the name, written as listed, in the region; or null.</summary>
    private GazetteerEntry? SmallTownWithin(string name, GazetteerEntry region)
    {
        foreach (var town in gazetteer.LookupSmallTowns(name))
        {
            if (InRegion(town, region) && SpelledAsListed(name, town))
            {
                return town;
            }
        }

        return null;
    }

    /// <summary>The most populous small town of the name, written as listed, in one of the countries; or null.</summary>
    private GazetteerEntry? SmallTownIn(string name, IReadOnlyCollection<string> countries)
    {
        if (countries.Count == 0)
        {
            return null;
        }

        foreach (var town in gazetteer.LookupSmallTowns(name))
        {
            if (town.Country is { } code && countries.Contains(code) && SpelledAsListed(name, town))
            {
                return town;
            }
        }

        return null;
    }

    /// <summary>
    /// "near Stawell", "a farmer from Stawell", "between Ararat and Stawell" in an article on Australia: after a
    /// preposition of place, or joined by "and", "or" or a comma to a place just found, a name is the small town of the
    /// article's main country when the second tier lists one there and the main table offers nothing likelier (a
    /// namesake abroad: Ararat in Armenia; a great city stays itself). Null when the context or the town is missing.
    /// </summary>
    private GazetteerEntry? SmallTownOfArticle(
        List<Token> tokens, int start, int end, int offset, string spanText, GazetteerEntry? listed,
        Dictionary<string, NameAlias> aliases, IReadOnlyCollection<string> countries, List<EntityMention> mentions)
    {
        // A word the article names a person by ("Tully said", "Ms Tully") is that person ("a letter from Tully"); an
        // apposition that is no settlement noun says what else the name is ("from Bright, a consultancy").
        if ((aliases.TryGetValue(tokens[end].Text, out var alias) && alias.Type == EntityType.Person)
            || (end + 3 < tokens.Count && tokens[end + 1].Text == "," && tokens[end + 2].Text is "a" or "an" && tokens[end + 3].IsLower))
        {
            return null;
        }

        if (MainCountry(countries) is not { } main || start == 0 || (listed is not null && (listed.Kind != PlaceKind.City || listed.Country == main))
            || (start == end && (KnownNames.GivenNames.Contains(tokens[start].Text) || NotNames.Contains(tokens[start].Text)))
            || !InPlaceContext(tokens, start, offset, mentions) || (start == end && !EndsPhrase(tokens, end)))
        {
            return null;
        }

        if (SmallTownIn(spanText, [main]) is not { } town)
        {
            return null;
        }

        return listed is null || Gazetteer.Prominence(town) + MainCountryBonus > Gazetteer.Prominence(listed) + (countries.Contains(listed.Country ?? "") ? OtherCountryBonus : 0)
            ? town : null;
    }

    // The bonuses of PlaceResolver.Choose, so that a small town of the main country weighs as a listed one would.
    private const double MainCountryBonus = 4;
    private const double OtherCountryBonus = 0.5;

    private static readonly FrozenSet<string> AuxiliaryForms = Lexicon.Set("auxiliary-forms");

    /// <summary>
    /// Whether a one-word name ends its phrase: punctuation or the end after it, or a function word, an auxiliary or a
    /// preposition, or a past verb ("near Stawell was", "from Stawell on", "near Mudgee sold"). A capitalised common word
    /// before a noun ("next to Home page") is a label, not a town.
    /// </summary>
    private static bool EndsPhrase(List<Token> tokens, int end)
    {
        if (end + 1 >= tokens.Count || tokens[end + 1].Kind == TokenKind.Punctuation)
        {
            return true;
        }

        var next = tokens[end + 1];
        // "in Pellowby, Painswick and Minchinhampton": "and" or "or" before the list's next name ends the member.
        if (next.Text is "and" or "or" && end + 2 < tokens.Count && tokens[end + 2].IsCapitalized && tokens[end + 2].Kind == TokenKind.Word)
        {
            return true;
        }

        return next.IsLower && (AuxiliaryForms.Contains(next.Text) || TownPrepositions.Contains(next.Text)
            || TimeRecognizer.IsPastForm(next.Text)
            || KnownNames.FunctionWords.Contains(string.Concat(char.ToUpperInvariant(next.Text[0]).ToString(), next.Text.AsSpan(1))));
    }

    /// <summary>A preposition of place before the name, or "and", "or" or a comma after a place mention ending right there.</summary>
    private static bool InPlaceContext(List<Token> tokens, int start, int offset, List<EntityMention> mentions)
    {
        var before = tokens[start - 1];
        if ((before.IsLower && TownPrepositions.Contains(before.Text))
            || (before.Kind == TokenKind.Word && IsSentenceStart(tokens, start - 1) && TownPrepositions.Contains(before.Text.ToLowerInvariant())))
        {
            return true;
        }

        if (before.Text is not ("and" or "or" or ",") || start < 2)
        {
            return false;
        }

        return (mentions.Count > 0 && mentions[^1] is { Type: EntityType.GeopoliticalEntity } previous
                && previous.Start + previous.Length == tokens[start - 2].End + offset)
            || ListOpenedByTownPreposition(tokens, start - 1);
    }

    /// <summary>
    /// "churches in Bisley, Painswick and Minchinhampton": the list whose separator stands at <paramref name="separator"/>
    /// opens with a preposition of place, across at most four earlier members of one to three capitalised words each,
    /// so a member the lists lack does not cut the towns after it off from the preposition.
    /// </summary>
    private static bool ListOpenedByTownPreposition(List<Token> tokens, int separator)
    {
        var k = separator;
        for (var member = 0; member < 4; member++)
        {
            var words = 0;
            k--;
            while (k >= 0 && words < 3 && tokens[k].Kind == TokenKind.Word && tokens[k].IsCapitalized && !tokens[k].IsAcronym)
            {
                k--;
                words++;
            }

            if (words == 0 || k < 0)
            {
                return false;
            }

            if (tokens[k].IsLower && TownPrepositions.Contains(tokens[k].Text))
            {
                return true;
            }

            if (tokens[k].Text is not ("," or "and" or "or"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A district of a city the text names with it: "Andheri, a suburb of Mumbai", "the Kurla district of Mumbai",
    /// "the Mumbai suburb of Bandra", "near Bandra in Mumbai" (a preposition of place before, "in" and a city after).
    /// The district's own point when the second tier lists it near the city, else the city's point under the
    /// district's name; null when the text does not say so.
    /// </summary>
    private GazetteerEntry? DistrictOfCity(string text, List<Token> tokens, int start, int end, string spanText, IReadOnlyCollection<string> countries)
    {
        if (end - start > 2 || AnyToken(tokens, start, end, static token => !IsNameShaped(token)))
        {
            return null;
        }

        var city = CityOfDistrictAfter(text, tokens, end, countries);
        // "the Mumbai suburb of Bandra": the city, the noun and "of" before the name.
        if (city is null && start >= 3 && tokens[start - 1].Text == "of" && DistrictNouns.Contains(tokens[start - 2].Text)
            && tokens[start - 3].IsCapitalized && LookupPlace(tokens[start - 3].Text, countries) is { Kind: PlaceKind.City } before)
        {
            city = before;
        }

        // "near Bandra in Mumbai": a preposition of place before, "in" and the city after.
        if (city is null && start > 0 && tokens[start - 1].IsLower && PlacePrepositions.Contains(tokens[start - 1].Text)
            && end + 2 < tokens.Count && tokens[end + 1].Text == "in")
        {
            city = CityNamedAt(text, tokens, end + 2, countries);
        }

        if (city is not { Kind: PlaceKind.City, Population: >= DistrictCityMinPopulation } || SpelledAsListed(spanText, city))
        {
            return null;
        }

        foreach (var town in gazetteer.LookupSmallTowns(spanText))
        {
            if (town.Country == city.Country && SpelledAsListed(spanText, town)
                && PlaceResolver.DistanceKm(town.Lat, town.Lon, city.Lat, city.Lon) <= DistrictRadiusKm)
            {
                return town;
            }
        }

        var name = CanonicalSpanText(spanText);
        return city with { Name = name, DisplayName = name, GeonameId = null, Population = 0, FeatureCode = "PPLX", Region = null };
    }

    /// <summary>The city after a district noun: "Andheri, a (western) suburb of Mumbai", "Kurla district in Mumbai".</summary>
    private GazetteerEntry? CityOfDistrictAfter(string text, List<Token> tokens, int end, IReadOnlyCollection<string> countries)
    {
        var k = end + 1;
        if (k + 1 < tokens.Count && tokens[k].Text == "," && tokens[k + 1].Text is "a" or "an" or "the")
        {
            k += 2;
            // Lower-case modifiers before the noun ("a densely populated suburb").
            while (k < tokens.Count && k <= end + 7 && tokens[k].IsLower && !DistrictNouns.Contains(tokens[k].Text))
            {
                k++;
            }
        }

        if (k + 2 >= tokens.Count || !DistrictNouns.Contains(tokens[k].Text) || tokens[k + 1].Text is not ("of" or "in"))
        {
            return null;
        }

        return CityNamedAt(text, tokens, k + 2, countries);
    }

    /// <summary>The listed city whose name (one to three capitalised words) starts at a token, or null.</summary>
    private GazetteerEntry? CityNamedAt(string text, List<Token> tokens, int from, IReadOnlyCollection<string> countries)
    {
        for (var last = Math.Min(tokens.Count - 1, from + 2); last >= from; last--)
        {
            if (AnyToken(tokens, from, last, static token => token.Kind != TokenKind.Word || !token.IsCapitalized))
            {
                continue;
            }

            var name = SpanText(text, tokens, from, last);
            if (LookupPlace(name, countries) is { Kind: PlaceKind.City } city && SpelledAsListed(name, city))
            {
                return city;
            }
        }

        return null;
    }

    /// <summary>
    /// "the U.S. State Department", "the British Foreign Office", "Russian Defence Ministry": a country, its
    /// abbreviation or its demonym before a body's generic name (portfolio words and a head,
    /// government-body-words.tsv). The body is the organisation and the country stands apart, as the project's
    /// annotation has it ("U.S." a place, "State Department" the organisation). A name with any other word ("Kenya
    /// Meteorological Department", "Georgia Emergency Management Agency") is one organisation and is left alone.
    /// </summary>
    private bool TryCountryBeforeGovernmentBody(
        string text, List<Token> tokens, int start, int end, int offset,
        Dictionary<string, NameAlias> aliases, IReadOnlyCollection<string> countries, List<EntityMention> mentions)
    {
        if (end - start < 2 || !GovernmentBodyHeads.Contains(tokens[end].Text))
        {
            return false;
        }

        // The body: portfolio words ("and" between them) back from the head, at least one.
        var bodyStart = end;
        while (bodyStart - 1 > start && (PortfolioWords.Contains(tokens[bodyStart - 1].Text) || (tokens[bodyStart - 1].Text == "and" && bodyStart - 2 > start)))
        {
            bodyStart--;
        }

        if (tokens[bodyStart].Text == "and")
        {
            bodyStart++;
        }

        if (bodyStart == end || bodyStart - start > 3)
        {
            return false;
        }

        var prefix = SpanText(text, tokens, start, bodyStart - 1);
        // "British", "France", or a curated form of a country ("U.S.", "UK").
        var country = KnownNames.Entities.TryGetValue(prefix, out var known) && known.Type == EntityType.GeopoliticalEntity ? known.Name : prefix;
        var isCountry = DemonymOf(prefix) is not null
            || (gazetteer.Lookup(country).Any(static e => e.Kind == PlaceKind.Country) && LookupPlace(country, countries) is { Kind: PlaceKind.Country });
        if (!isCountry)
        {
            return false;
        }

        ClassifySpan(text, tokens, start, bodyStart - 1, offset, aliases, countries, mentions);
        Add(mentions, tokens, text, bodyStart, end, offset, EntityType.Organization, CanonicalSpanText(SpanText(text, tokens, bodyStart, end)), null);
        return true;
    }
}
