using Ingestion.Contracts;

namespace Ingestion.Enrichment.Tests;

public sealed class KnownOrganizationsTests
{
    /// <summary>
    /// Ordinary English words, many of them also company or brand names. A case-sensitive form equal to one of
    /// them (once lower-cased) would match the word wherever it opens a sentence or a heading.
    /// </summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "apple", "amazon", "shell", "total", "orange", "target", "meta", "visa", "alphabet", "oracle", "science",
        "nature", "ford", "mercedes", "delta", "united", "continental", "puma", "jaguar", "subway", "gap", "next",
        "sky", "three", "one", "first", "square", "block", "snap", "zoom", "stripe", "signal", "telegram", "canon",
        "sharp", "mars", "dove", "tide", "caterpillar", "adobe", "micron", "vertex", "progressive", "prudential",
        "vanguard", "fidelity", "citadel", "tether", "unite", "unison", "solidarity", "paramount", "mosaic", "boots",
        "sage", "persimmon", "admiral", "wise", "grab", "sea", "sun", "mirror", "express", "independent", "guardian",
        "times", "post", "observer", "hill", "atlantic", "fortune", "time", "wired", "slate", "salon", "punch",
        "dawn", "nation", "standard", "spectator", "metro", "star", "mail", "herald", "tribune", "globe", "world",
        "capital", "citizens", "discovery", "universal", "liberty", "pioneer", "genesis", "eclipse", "corona",
        "crown", "arm", "vale", "fiat", "cell", "lancet", "olympus", "pandora", "emirates", "lego", "suez", "sputnik",
        "state", "street", "bank", "group", "company", "national", "international", "general", "american",
        "british", "royal", "global", "energy", "power", "motors", "airlines", "news", "agency", "union", "league",
        "institute", "foundation", "university", "college", "school", "council", "centre", "center", "house",
        "press", "daily", "review", "journal", "monitor", "focus", "insider", "intercept", "trust", "reform",
        "change", "progress", "future", "vision", "alliance", "harmony", "unity", "hope", "freedom", "victory",
        "eagle", "falcon", "phoenix", "lion", "tiger", "fox", "dragon", "sprint", "swift", "rapid", "quest",
        "summit", "pinnacle", "horizon", "frontier", "compass", "anchor", "beacon", "bridge", "gateway", "harbor",
        "harbour", "island", "mountain", "river", "valley", "ocean", "bay", "field", "forest", "garden", "park",
        "green", "blue", "red", "white", "black", "gold", "silver", "diamond", "crystal", "pearl", "ruby", "amber",
        "coral", "ivory", "jade", "ever", "always", "open", "smart", "bright", "clear", "pure", "fresh", "prime",
        "select", "choice", "premier", "elite", "noble", "crest", "shield", "sword", "arrow", "spark", "flash",
        "bolt", "thunder", "storm", "wave", "ripple", "current", "stream", "spring", "summer", "winter", "autumn",
        "fall", "twilight", "dusk", "noon", "night", "day", "week", "year", "fed", "chase", "wells", "lloyd", "friends",
        "ice", "sap", "ups", "rand", "nice", "anthem", "apex", "bet", "pew", "intel", "rally", "liberation",
        "resistance", "justice", "labour", "labor",
    };

    /// <summary>Acronyms the press uses as common nouns or product lines, never as an organisation's name.</summary>
    private static readonly HashSet<string> CommonNounAcronyms = new(StringComparer.Ordinal)
    {
        "CCTV", "GDP", "GNP", "CEO", "CFO", "COO", "CTO", "DNA", "RNA", "GPS", "USB", "LED", "LCD", "SUV", "ATM",
        "COVID", "HIV", "AIDS", "PCR", "MRI", "ICU", "IVF", "VPN", "AI", "TV", "PC", "IT", "HR", "PR", "IPO", "ETF",
        "VAT", "GST", "LNG", "LPG", "EV", "EVs", "RTX", "GTX", "iPhone", "iPad", "SMS", "PDF", "URL", "API", "CPU",
        "GPU", "RAM", "SSD", "OS", "UFO", "VIP", "NGO", "NGOs", "MP", "MPs", "PM", "GMT", "UTC", "BST", "EST",
    };

    private static IEnumerable<(string Canonical, string Form)> MatchableForms()
    {
        foreach (var (name, aliases) in KnownOrganizations.All)
        {
            yield return (name, name);
            foreach (var alias in aliases)
            {
                yield return (name, alias);
            }
        }

        foreach (var (name, forms) in KnownOrganizations.OnlyWithQualifier)
        {
            foreach (var form in forms)
            {
                yield return (name, form);
            }
        }
    }

    [Fact]
    public void Every_form_is_non_empty_and_trimmed()
    {
        var bad = MatchableForms()
            .Where(pair => string.IsNullOrWhiteSpace(pair.Form) || pair.Form != pair.Form.Trim() || pair.Form.Contains("  ", StringComparison.Ordinal))
            .Select(pair => $"'{pair.Form}' ({pair.Canonical})")
            .ToList();
        bad.ShouldBeEmpty();
        KnownOrganizations.OnlyWithQualifier.ShouldAllBe(entry => entry.Name.Trim().Length > 0 && entry.Forms.Length > 0);
    }

    [Fact]
    public void No_form_belongs_to_two_entries_or_repeats_within_one()
    {
        var repeated = MatchableForms()
            .GroupBy(pair => pair.Form, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(pair => pair.Canonical))}")
            .ToList();
        repeated.ShouldBeEmpty();
    }

    [Fact]
    public void No_form_is_in_the_curated_table_under_another_canonical_name()
    {
        var conflicts = MatchableForms()
            .Where(pair => KnownNames.Entities.TryGetValue(pair.Form, out var known) && known.Name != pair.Canonical)
            .Select(pair => $"{pair.Form}: {pair.Canonical} here, {KnownNames.Entities[pair.Form].Name} in KnownNames")
            .ToList();
        conflicts.ShouldBeEmpty();
    }

    [Fact]
    public void Every_form_reaches_the_recogniser_as_an_organisation()
    {
        var missing = KnownOrganizations.All
            .SelectMany(entry => entry.Aliases.Prepend(entry.Name))
            .Concat(KnownOrganizations.OnlyWithQualifier.SelectMany(entry => entry.Forms))
            .Where(form => !KnownNames.Entities.TryGetValue(form, out var known) || known.Type != EntityType.Organization)
            .ToList();
        missing.ShouldBeEmpty();
    }

    /// <summary>
    /// A form in capitals only ("ICE", "SAP", "UPS") cannot meet the word it spells at a sentence start ("Ice",
    /// "Sap") under a case-sensitive match, so only forms with a lower-case letter are held to the word list.
    /// </summary>
    [Fact]
    public void No_form_is_an_ordinary_English_word()
    {
        var words = MatchableForms()
            .Where(pair => pair.Form.Any(char.IsLower) && CommonWords.Contains(pair.Form.ToLowerInvariant()))
            .Select(pair => pair.Form)
            .ToList();
        words.ShouldBeEmpty();
    }

    [Fact]
    public void No_form_is_an_acronym_used_as_a_common_noun()
    {
        MatchableForms().Select(pair => pair.Form).Where(CommonNounAcronyms.Contains).ToList().ShouldBeEmpty();
    }

    [Fact]
    public void A_bare_ambiguous_name_is_never_itself_a_form()
    {
        var forms = MatchableForms().Select(pair => pair.Form).ToHashSet(StringComparer.Ordinal);
        var leaked = KnownOrganizations.OnlyWithQualifier.Select(entry => entry.Name).Where(forms.Contains).ToList();
        leaked.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Apple", "Apple Inc.")]
    [InlineData("Shell", "Royal Dutch Shell")]
    [InlineData("Amazon", "Amazon.com")]
    [InlineData("Ford", "Ford Motor Company")]
    [InlineData("Liverpool", "Liverpool FC")]
    public void Names_that_are_common_words_are_listed_only_in_qualified_forms(string bare, string qualified)
    {
        var entry = KnownOrganizations.OnlyWithQualifier.Single(e => e.Name == bare);
        entry.Forms.ShouldContain(qualified);
        entry.Forms.ShouldNotContain(bare);
    }

    [Theory]
    [InlineData("Siemens", "Siemens")]
    [InlineData("VW", "Volkswagen")]
    [InlineData("Maersk", "Maersk")]
    [InlineData("Rio Tinto", "Rio Tinto")]
    [InlineData("Taiwan Semiconductor Manufacturing Company", "TSMC")]
    [InlineData("University of Oxford", "University of Oxford")]
    [InlineData("Oxford University", "University of Oxford")]
    [InlineData("AFL-CIO", "AFL-CIO")]
    [InlineData("Kyodo", "Kyodo News")]
    [InlineData("IDF", "Israel Defense Forces")]
    [InlineData("Bundesrat", "Bundesrat")]
    public void Names_without_a_cue_of_their_kind_reach_their_canonical_entry(string form, string canonical)
    {
        MatchableForms().ShouldContain((canonical, form));
    }

    /// <summary>The Bundestag and the armed groups that were in both tables are curated entities only, typed the same.</summary>
    [Theory]
    [InlineData("Bundestag")]
    [InlineData("Duma")]
    [InlineData("March 23 Movement")]
    [InlineData("RSF")]
    public void Names_held_once_in_the_curated_table_reach_it_as_organisations(string form)
    {
        KnownNames.Entities[form].Type.ShouldBe(EntityType.Organization);
    }
}
