using System.Collections.Frozen;
using Ingestion.Contracts;

namespace Ingestion.Enrichment;

/// <summary>
/// Names no list knows, typed by the slot they stand in (issue 18): an organisation noun beside the name ("the
/// consultancy Kpler", "a Xyz spokeswoman", "shares of Xyz"), a lower-case feature noun after it ("the Pilbara
/// region", "the Komadugu Yobe river"), or a plural place noun opening the list it is in ("the districts of Thane and
/// Raigad"). On unseen news these names were most of the missed organisations and locations: the lists and the
/// gazetteer cannot hold every consultancy, river and district, but the words around them say what they are.
/// The slots are read only after the other rules found nothing (or, before a feature noun, only a company's name:
/// "the Amazon basin"), so they never overrule a listed name, a place or a person cue.
/// </summary>
internal sealed partial class EntityRecognizer
{
    // The slots split once at load: the lookup runs for every unknown name.
    private static readonly FrozenDictionary<string, string[]> OrganisationSlotNouns = Lexicon.Map("organisation-slot-nouns")
        .ToFrozenDictionary(entry => entry.Key, entry => entry.Value.Split('|'), StringComparer.Ordinal);

    private static readonly FrozenSet<string> FeatureNouns = Lexicon.Set("feature-nouns");

    private static readonly FrozenSet<string> PlaceListNouns = Lexicon.Set("place-list-nouns");

    /// <summary>Nouns of people after a place's name ("Nanaimo residents"), and whether a name the gazetteer lacks counts.</summary>
    private static readonly FrozenDictionary<string, bool> ResidentNouns = Lexicon.Map("resident-nouns")
        .ToFrozenDictionary(entry => entry.Key, entry => entry.Value == "y", StringComparer.Ordinal);

    /// <summary>Words beside an unknown name that make it a people ("ethnic Fulani", "the Tebu tribe"), by slot.</summary>
    private static readonly FrozenDictionary<string, string> PeopleSlotNouns = Lexicon.Map("people-slot-nouns");

    /// <summary>Prepositions of extent that before "the" and one unknown name make it a region ("across the Riverina").</summary>
    private static readonly FrozenSet<string> ExtentPrepositions = FrozenSet.ToFrozenSet(
        ["across", "throughout", "around"], StringComparer.Ordinal);

    /// <summary>Words that may stand between a determiner and an organisation noun's name ("the Danish shipping company").</summary>
    private static readonly FrozenSet<string> SlotDeterminers = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "its", "their", "his", "her", "our", "rival", "fellow"], StringComparer.Ordinal);

    /// <summary>
    /// Types the span <paramref name="spanStart"/>..<paramref name="end"/> by its slot when the other rules added
    /// nothing for it since <paramref name="mentionsBefore"/>.
    /// </summary>
    private void ClassifyBySlot(
        string text, List<Token> tokens, int spanStart, int end, int mentionsBefore, int offset,
        Dictionary<string, NameAlias> aliases, IReadOnlyCollection<string> countries, List<EntityMention> mentions)
    {
        var start = spanStart;
        while (start <= end && (KnownNames.FunctionWords.Contains(tokens[start].Text) || tokens[start].Kind == TokenKind.Punctuation))
        {
            start++;
        }

        if (start > end || end - start > 3)
        {
            return;
        }

        var added = mentions.Count - mentionsBefore;
        if (TryFeatureBeforeNoun(text, tokens, spanStart, start, end, added, offset, countries, mentions) || added > 0)
        {
            return;
        }

        // The words themselves must look like a name no rule has claimed: no given name opening a person, no surname
        // the article cues as a person's, no title, date or common noun written with a capital.
        if (KnownNames.GivenNames.Contains(tokens[start].Text)
            || (aliases.TryGetValue(tokens[end].Text, out var alias) && alias.Type == EntityType.Person)
            || AnyToken(tokens, start, end, static token => !IsSlotNameWord(token)))
        {
            return;
        }

        var spanText = SpanText(text, tokens, start, end);
        if (IsOrganisationSlot(tokens, start, end))
        {
            Add(mentions, tokens, text, start, end, offset, EntityType.Organization, CanonicalSpanText(spanText), null);
            return;
        }

        if (start == end && IsPeopleSlot(tokens, start))
        {
            Add(mentions, tokens, text, start, end, offset, EntityType.Nationality, spanText, null);
            return;
        }

        if (TryResidentPlace(text, tokens, start, end, offset, spanText, countries, mentions)
            || TryRegionAfterPreposition(text, tokens, start, end, offset, spanText, countries, mentions))
        {
            return;
        }

        if (start == end && TownListCountry(tokens, start, offset, mentions) is { } townCountry)
        {
            Add(mentions, tokens, text, start, end, offset, EntityType.GeopoliticalEntity, CanonicalSpanText(spanText), null, townCountry);
            return;
        }

        if (PlaceListCountry(text, tokens, start, end, offset, countries, mentions, out var listCountry))
        {
            var country = listCountry ?? MainCountry(countries);
            if (country is not null && SmallTownIn(spanText, [country]) is { } town)
            {
                AddPlace(mentions, tokens, text, start, end, offset, town);
            }
            else
            {
                Add(mentions, tokens, text, start, end, offset, EntityType.GeopoliticalEntity, CanonicalSpanText(spanText), null, country);
            }
        }
    }

    private static bool IsSlotNameWord(Token token) =>
        token.Kind == TokenKind.Word && token.IsCapitalized && !token.Text.Any(char.IsDigit)
        && !KnownNames.FunctionWords.Contains(token.Text) && !KnownNames.CalendarWords.Contains(token.Text)
        && !KnownNames.Titles.Contains(token.Text) && !NotNames.Contains(token.Text) && !KnownNames.OrganizationHeads.Contains(token.Text);

    /// <summary>"the consultancy Kpler", "said consultancy Kpler", "shares of Xyz", "a Xyz spokeswoman".</summary>
    private static bool IsOrganisationSlot(List<Token> tokens, int start, int end)
    {
        if (start >= 2 && tokens[start - 1].IsLower && HasSlot(tokens[start - 1].Text, "before"))
        {
            // A lower-case word or a demonym before the noun ("the French company Meridiam"), not a name ending at
            // the noun's start ("Apple company Beats" does not occur; "Mumbai company Xyz" reads as the company).
            var before = tokens[start - 2];
            return before.IsLower || SlotDeterminers.Contains(before.Text) || (before.IsCapitalized && before.Kind == TokenKind.Word);
        }

        if (start >= 2 && tokens[start - 1].Text is "of" or "in"
            && ((start >= 3 && tokens[start - 2].IsLower && HasSlot(tokens[start - 2].Text, "of"))
                // "Shares of Kpler rose": the noun opens the sentence with its capital.
                || (IsSentenceStart(tokens, start - 2) && tokens[start - 2].IsCapitalized
                    && HasSlot(tokens[start - 2].Text.ToLowerInvariant(), "of"))))
        {
            return true;
        }

        // After the name: only a lone word, and not a sentence's first word unless an article opens the sentence.
        return end + 1 < tokens.Count && tokens[end + 1].IsLower && HasSlot(tokens[end + 1].Text, "after")
            && start == end && start > 0 && !IsSentenceStart(tokens, start)
            && (tokens[start - 1].Text is "a" or "an" or "A" or "An" || tokens[start - 1].IsLower);
    }

    /// <summary>
    /// "Nanaimo residents", "a Stroud man", "two Bisley women": one or two capitalised words right before a noun of
    /// people (resident-nouns.tsv) name where the people live. A town the gazetteer or the small-town list holds is
    /// that town; a name neither holds counts only before nouns that say nothing but where people live
    /// ("Walhachin residents", not "a Smith man"), inside a sentence and not shaped like an adjective ("Indigenous
    /// residents", "Rural villagers").
    /// </summary>
    private bool TryResidentPlace(
        string text, List<Token> tokens, int start, int end, int offset, string spanText,
        IReadOnlyCollection<string> countries, List<EntityMention> mentions)
    {
        if (end - start > 1 || end + 1 >= tokens.Count || !tokens[end + 1].IsLower
            || !ResidentNouns.TryGetValue(tokens[end + 1].Text, out var unknownCounts))
        {
            return false;
        }

        if (LookupPlace(spanText, countries) is { Kind: PlaceKind.City or PlaceKind.AdminRegion } listed)
        {
            AddPlace(mentions, tokens, text, start, end, offset, listed);
            return true;
        }

        if (SmallTownIn(spanText, countries) is { } town)
        {
            AddPlace(mentions, tokens, text, start, end, offset, town);
            return true;
        }

        if (!unknownCounts || IsSentenceStart(tokens, start) || AnyToken(tokens, start, end, static token => HasAdjectiveEnding(token.Text)))
        {
            return false;
        }

        Add(mentions, tokens, text, start, end, offset, EntityType.GeopoliticalEntity, CanonicalSpanText(spanText), null, MainCountry(countries));
        return true;
    }

    /// <summary>
    /// "across the Riverina", "throughout the Karoo": one unknown name after a preposition of extent and "the" is a
    /// region of the article's country. A possessive, a capitalised word or a noun of a feature or of people after
    /// it makes it something else ("around the Raptors' bench").
    /// </summary>
    private bool TryRegionAfterPreposition(
        string text, List<Token> tokens, int start, int end, int offset, string spanText,
        IReadOnlyCollection<string> countries, List<EntityMention> mentions)
    {
        if (start != end || start < 2 || tokens[start - 1].Text != "the" || tokens[start].Text.Length < 4
            || (end + 1 < tokens.Count && (tokens[end + 1].IsCapitalized || tokens[end + 1].Text is "'" or "'s" or "’" or "’s"
                || (tokens[end + 1].IsLower && (FeatureNouns.Contains(tokens[end + 1].Text) || ResidentNouns.ContainsKey(tokens[end + 1].Text))))))
        {
            return false;
        }

        // Not after "in": "a vote in the Commons", "support in the Nationals" name houses and parties.
        var word = tokens[start].Text;
        if (!ExtentPrepositions.Contains(tokens[start - 2].Text))
        {
            return false;
        }

        if (HasAdjectiveEnding(word) || DemonymOf(word) is not null || (word.EndsWith('s') && DemonymOf(word[..^1]) is not null))
        {
            return false;
        }

        Add(mentions, tokens, text, start, end, offset, EntityType.Location, CanonicalSpanText(spanText), null, MainCountry(countries));
        return true;
    }

    /// <summary>"mostly ethnic Fulani", "the Tebu tribe": one unknown word right after "ethnic" or right before a noun of kin groups.</summary>
    private static bool IsPeopleSlot(List<Token> tokens, int at) =>
        (at > 0 && tokens[at - 1].IsLower && PeopleSlotNouns.TryGetValue(tokens[at - 1].Text, out var before) && before == "before")
        || (at + 1 < tokens.Count && tokens[at + 1].IsLower && PeopleSlotNouns.TryGetValue(tokens[at + 1].Text, out var after) && after == "after"
            && at > 0 && tokens[at - 1].Text is "the" or "The" or "a" or "an");

    /// <summary>
    /// "villages around Hola and Garsen": one unknown word joined by "and", "or" or a comma to a town found right
    /// before it, in a list a preposition of place opens, is a town of that town's country; the country, or null.
    /// Not before a verb of people ("in Hola and Morgan said").
    /// </summary>
    private static string? TownListCountry(List<Token> tokens, int at, int offset, List<EntityMention> mentions)
    {
        if (at < 2 || tokens[at - 1].Text is not ("and" or "or" or ",") || mentions.Count == 0
            || mentions[^1] is not { Type: EntityType.GeopoliticalEntity } previous
            || previous.Start + previous.Length != tokens[at - 2].End + offset
            || (previous.Place is { } place ? place.Kind != PlaceKind.City : previous.Country is null)
            || KnownNames.GivenNames.Contains(tokens[at].Text) || HasAdjectiveEnding(tokens[at].Text)
            || !EndsPhrase(tokens, at) || (at + 1 < tokens.Count && KnownNames.PersonVerbs.Contains(tokens[at + 1].Text))
            || !ListOpenedByTownPreposition(tokens, at - 1))
        {
            return null;
        }

        return previous.Place?.Country ?? previous.Country;
    }

    /// <summary>Endings of English adjectives written with a capital ("Indigenous", "Rural", "Aboriginal", "Hispanic").</summary>
    private static bool HasAdjectiveEnding(string word) =>
        word.EndsWith("ous", StringComparison.Ordinal) || word.EndsWith("al", StringComparison.Ordinal)
        || word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal)
        || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
        || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal)
        || word.EndsWith("ive", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal);

    private static bool HasSlot(string noun, string slot) =>
        OrganisationSlotNouns.TryGetValue(noun, out var slots) && slots.Contains(slot);

    /// <summary>
    /// "the Pilbara region (of Western Australia)", "the Ombala river": a name after "the" and before a lower-case
    /// feature noun is a location, named without the noun; a company's name there names the feature ("the Amazon
    /// basin"). A name the gazetteer places keeps what the other rules made of it ("the Kherson region").
    /// </summary>
    private bool TryFeatureBeforeNoun(
        string text, List<Token> tokens, int spanStart, int start, int end, int added, int offset,
        IReadOnlyCollection<string> countries, List<EntityMention> mentions)
    {
        var noun = end + 1;
        if (noun >= tokens.Count || !tokens[noun].IsLower || !FeatureNouns.Contains(tokens[noun].Text)
            || !(start > 0 && tokens[start - 1].Text is "the" or "The") || (spanStart < start && tokens[spanStart].Text != "The" && start - spanStart > 1))
        {
            return false;
        }

        if (added > 1 || (added == 1 && !(mentions[^1].Type == EntityType.Organization && !tokens[start].IsAcronym
            && mentions[^1].Start == tokens[start].Start + offset && mentions[^1].Length == tokens[end].End - tokens[start].Start)))
        {
            return false;
        }

        // Not a people ("the Kurdish region") or a compass word ("the Northern region"), which name no feature.
        if (AnyToken(tokens, start, end, static token => !IsNameShaped(token) && !(token.Kind == TokenKind.Word && token.IsCapitalized))
            || DirectionWords.Contains(tokens[start].Text.ToLowerInvariant()) || (start == end && DemonymOf(tokens[start].Text) is not null)
            || KnownNames.GivenNames.Contains(tokens[start].Text) && start < end)
        {
            return false;
        }

        if (added == 1)
        {
            mentions.RemoveAt(mentions.Count - 1);
        }

        var spanText = SpanText(text, tokens, start, end);
        // The gazetteer may list the feature with its noun ("Amazon rainforest", "Congo Basin"): then it has a point.
        if (gazetteer.Lookup(spanText + " " + tokens[noun].Text).FirstOrDefault(static e => e.Kind == PlaceKind.Region) is { } listed)
        {
            Add(mentions, tokens, text, start, end, offset, EntityType.Location, listed.DisplayName, listed);
            return true;
        }

        Add(mentions, tokens, text, start, end, offset, EntityType.Location, CanonicalSpanText(spanText), null,
            CountryWrittenAfter(text, tokens, noun + 1, countries));
        return true;
    }

    /// <summary>"... region of Western Australia", "... coast, Maharashtra": the country of the place written at <paramref name="at"/>.</summary>
    private string? CountryWrittenAfter(string text, List<Token> tokens, int at, IReadOnlyCollection<string> countries)
    {
        if (at + 1 >= tokens.Count || tokens[at].Text is not ("of" or "in" or ",") || !tokens[at + 1].IsCapitalized)
        {
            return null;
        }

        var placeEnd = ExtendSpan(text, tokens, at + 1);
        return LookupPlace(SpanText(text, tokens, at + 1, placeEnd), countries) is { Kind: not PlaceKind.Region } place ? place.Country : null;
    }

    /// <summary>
    /// Whether the span is a member of a list a plural place noun opens ("the districts of Thane and Raigad", "areas
    /// such as Andheri and Kurla", "regions, including Adjara and Kakheti"); <paramref name="country"/> is the
    /// country of the places before the span in that list, or of the name right after it, when they have one.
    /// </summary>
    private bool PlaceListCountry(
        string text, List<Token> tokens, int start, int end, int offset, IReadOnlyCollection<string> countries, List<EntityMention> mentions, out string? country)
    {
        country = null;
        var k = start - 1;
        var listStart = start;
        // Back over earlier members: "X, Y and" before the span.
        while (k >= 1 && tokens[k].Text is "and" or "or" or ",")
        {
            var member = k - 1;
            if (!tokens[member].IsCapitalized)
            {
                break;
            }

            while (member > 0 && tokens[member - 1].IsCapitalized && tokens[member - 1].Kind == TokenKind.Word)
            {
                member--;
            }

            listStart = member;
            k = member - 1;
        }

        // The opener: "of", "like", "including", "such as", after the plural noun (and a comma before "including").
        var opener = k;
        if (opener < 1)
        {
            return false;
        }

        int nounAt;
        if (tokens[opener].Text is "of" or "like" or "including")
        {
            nounAt = opener - 1;
            if (tokens[opener].Text == "including" && nounAt >= 1 && tokens[nounAt].Text == ",")
            {
                nounAt--;
            }
        }
        else if (tokens[opener].Text == "as" && opener >= 2 && tokens[opener - 1].Text == "such")
        {
            nounAt = opener - 2;
        }
        else
        {
            return false;
        }

        if (nounAt < 0 || !PlaceListNouns.Contains(tokens[nounAt].Text))
        {
            return false;
        }

        // The list's places already typed before the span give its country; else a place right after it ("Kinmen and Matsu" read backwards).
        foreach (var mention in mentions)
        {
            if (mention.Start - offset >= tokens[listStart].Start && mention.Start - offset < tokens[start].Start
                && (mention.Place?.Country ?? mention.Country) is { } listed)
            {
                country = listed;
            }
        }

        if (country is null && end + 2 < tokens.Count && tokens[end + 1].Text is "and" or "or" or "," && tokens[end + 2].IsCapitalized)
        {
            var nextEnd = ExtendSpan(text, tokens, end + 2);
            country = LookupPlace(SpanText(text, tokens, end + 2, nextEnd), countries) is { Kind: PlaceKind.City or PlaceKind.AdminRegion } next
                ? next.Country : null;
        }

        return true;
    }
}
