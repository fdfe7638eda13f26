using System.Collections.Frozen;
using Ingestion.Contracts;

namespace Ingestion.Enrichment;

/// <summary>A name the enricher knows without the article's help, with its canonical form and type.</summary>
internal sealed record KnownName(string Name, EntityType Type);

/// <summary>
/// Small hand-kept word lists that a rule-based recogniser needs: well-known organisations, groups and
/// outlets with their aliases; leaders often named by surname alone; titles and roles that announce a
/// person; head words that make a name an organisation or an event; the capitalised function words that
/// start sentences and must not become entities. Curated general knowledge, not tuned to one article.
/// </summary>
internal static class KnownNames
{
    /// <summary>Exact mentions (case-sensitive) of well-known entities, mapped to one canonical entry each.</summary>
    public static readonly FrozenDictionary<string, KnownName> Entities = BuildEntities();

    private static FrozenDictionary<string, KnownName> BuildEntities()
    {
        var map = new Dictionary<string, KnownName>(StringComparer.Ordinal);
        void Add(EntityType type, string canonical, params string[] aliases)
        {
            var entry = new KnownName(canonical, type);
            map[canonical] = entry;
            foreach (var alias in aliases)
            {
                map[alias] = entry;
            }
        }

        const EntityType Org = EntityType.Organization;
        const EntityType Gpe = EntityType.GeopoliticalEntity;
        const EntityType Person = EntityType.Person;
        const EntityType Norp = EntityType.Nationality;
        const EntityType Event = EntityType.Event;

        // Armed and political groups: the press spells them many ways.
        Add(Org, "Islamic State", "ISIS", "ISIL", "IS", "Daesh", "Da'esh", "Daish", "Islamic State of Iraq and Syria",
            "Islamic State of Iraq and the Levant", "Islamic State group", "ISIS-K", "Islamic State in Libya");
        Add(Org, "al-Qaeda", "Al Qaeda", "Al-Qaeda", "al Qaeda", "al-Qaida", "Al-Qaida", "Al Qaida", "AQAP", "AQIM");
        Add(Org, "Taliban", "the Taliban");
        Add(Org, "Hezbollah", "Hizbollah", "Hizballah");
        Add(Org, "Hamas");
        Add(Org, "Boko Haram");
        Add(Org, "al-Shabaab", "Al-Shabaab", "al-Shabab", "Al Shabaab", "Shabaab");
        Add(Org, "Houthis", "Houthi", "Ansar Allah");
        Add(Org, "Muslim Brotherhood");
        Add(Org, "Hayat Tahrir al-Sham", "HTS");
        Add(Org, "Kurdistan Workers' Party", "PKK");
        Add(Org, "Syrian Democratic Forces", "SDF");
        Add(Org, "Wagner Group", "Wagner");
        Add(Org, "Peshmerga");
        Add(Org, "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi");
        Add(Org, "Rapid Support Forces", "RSF");
        Add(Org, "Sudanese Armed Forces", "SAF");
        Add(Org, "Libyan National Army", "LNA");
        Add(Org, "M23");
        // International bodies.
        Add(Org, "United Nations", "UN", "U.N.", "the UN", "the United Nations");
        Add(Org, "UN Security Council", "Security Council", "U.N. Security Council");
        Add(Org, "European Union", "EU", "E.U.");
        Add(Org, "NATO", "Nato", "North Atlantic Treaty Organization");
        Add(Org, "African Union", "AU");
        Add(Org, "Arab League");
        Add(Org, "World Health Organization", "WHO");
        Add(Org, "International Monetary Fund", "IMF");
        Add(Org, "World Bank");
        Add(Org, "International Criminal Court", "ICC");
        Add(Org, "Red Cross", "ICRC", "International Committee of the Red Cross");
        Add(Org, "OPEC");
        Add(Org, "Save the Children");
        Add(Org, "Oxfam");
        Add(Org, "Amnesty International", "Amnesty");
        Add(Org, "Human Rights Watch", "HRW");
        Add(Org, "Doctors Without Borders", "Médecins Sans Frontières", "MSF");
        Add(Org, "World Food Programme", "WFP");
        Add(Org, "UNICEF", "Unicef");
        Add(Org, "UNHCR", "UN Refugee Agency");
        Add(Org, "Google");
        Add(Org, "Apple");
        Add(Org, "Microsoft");
        Add(Org, "Amazon");
        Add(Org, "Meta", "Facebook");
        Add(Org, "Twitter");
        // Governments' agencies often named by acronym.
        Add(Org, "Federal Bureau of Investigation", "FBI");
        Add(Org, "Central Intelligence Agency", "CIA");
        Add(Org, "Pentagon", "the Pentagon");
        Add(Org, "White House", "the White House");
        Add(Org, "Kremlin", "the Kremlin");
        Add(Org, "United States Africa Command", "AFRICOM", "AfriCom");
        Add(Org, "United States Central Command", "CENTCOM");
        // Outlets and agencies: the curated ones of outlets.tsv, which the text pipeline shares.
        foreach (var row in Lexicon.Rows("outlets").Where(row => row[1] == "known"))
        {
            Add(Org, row[0], row[2] == "-" ? [] : row[2].Split('|'));
        }

        // Countries written as abbreviations (the gazetteer keys need more than two letters to stay safe).
        Add(Gpe, "United States", "U.S.", "US", "USA", "U.S.A.", "America", "the United States");
        Add(Gpe, "United Kingdom", "UK", "U.K.", "Britain", "Great Britain");
        Add(Gpe, "United Arab Emirates", "UAE", "U.A.E.");
        Add(Gpe, "Democratic Republic of the Congo", "DRC", "DR Congo");
        // Leaders the press names by surname alone.
        Add(Person, "Donald Trump", "Trump");
        Add(Person, "Barack Obama", "Obama");
        Add(Person, "Joe Biden", "Biden");
        Add(Person, "George W. Bush", "Bush");
        Add(Person, "Bill Clinton");
        Add(Person, "Hillary Clinton");
        Add(Person, "Vladimir Putin", "Putin");
        Add(Person, "Volodymyr Zelensky", "Zelensky", "Zelenskyy", "Zelenskiy");
        Add(Person, "Xi Jinping", "Xi");
        Add(Person, "Recep Tayyip Erdogan", "Erdogan", "Erdoğan");
        Add(Person, "Benjamin Netanyahu", "Netanyahu");
        Add(Person, "Emmanuel Macron", "Macron");
        Add(Person, "Angela Merkel", "Merkel");
        Add(Person, "Bashar al-Assad", "Assad", "al-Assad", "Bashar Assad");
        Add(Person, "Muammar Gaddafi", "Gaddafi", "Gadhafi", "Qaddafi", "Kadhafi", "Qadhafi", "Muammar Gadhafi",
            "Muammar Qaddafi", "Moammar Gadhafi", "Muammar al-Gaddafi", "Moammar Qaddafi");
        Add(Person, "Saddam Hussein", "Saddam");
        Add(Person, "Osama bin Laden", "bin Laden", "Bin Laden");
        Add(Person, "Abu Bakr al-Baghdadi", "al-Baghdadi", "Baghdadi");
        Add(Person, "Khalifa Haftar", "Haftar", "Hifter", "Khalifa Hifter");
        Add(Person, "Kim Jong Un", "Kim Jong-un");
        Add(Person, "Narendra Modi", "Modi");
        Add(Person, "Boris Johnson");
        Add(Person, "Theresa May");
        // Groups of people.
        Add(Norp, "European", "Europeans");
        Add(Norp, "Arab", "Arabs");
        Add(Norp, "Muslim", "Muslims");
        Add(Norp, "Christian", "Christians");
        Add(Norp, "Jewish", "Jews");
        Add(Norp, "Sunni", "Sunnis");
        Add(Norp, "Shia", "Shiite", "Shiites", "Shi'ite");
        Add(Norp, "Kurdish", "Kurds", "Kurd");
        Add(Norp, "Western");
        Add(Norp, "Republican", "Republicans");
        Add(Norp, "Democrat", "Democrats");
        Add(Norp, "Islamist", "Islamists");
        Add(Norp, "Berber", "Berbers", "Tuareg");
        Add(Norp, "Catholic", "Catholics", "Roman Catholic", "Roman Catholics");
        Add(Norp, "Protestant", "Protestants");
        Add(Norp, "Evangelical", "Evangelicals");
        Add(Norp, "Orthodox");
        Add(Norp, "Islamic");
        Add(Norp, "Hindu", "Hindus");
        Add(Norp, "Buddhist", "Buddhists");
        Add(Norp, "Sikh", "Sikhs");
        Add(Norp, "Alawite", "Alawites");
        Add(Norp, "Druze");
        Add(Norp, "Yazidi", "Yazidis");
        Add(Norp, "Pashtun", "Pashtuns");
        Add(Norp, "Hazara", "Hazaras");
        Add(Norp, "Tutsi", "Tutsis");
        Add(Norp, "Hutu", "Hutus");
        Add(Norp, "Rohingya");
        Add(Norp, "Uyghur", "Uyghurs", "Uighur", "Uighurs");
        Add(Norp, "Tamil", "Tamils");
        Add(Norp, "Bedouin", "Bedouins");
        Add(Norp, "Latino", "Latinos", "Hispanic", "Hispanics");
        Add(Norp, "Conservative", "Conservatives", "Tory", "Tories");
        Add(Norp, "Anglo-Australian", "Anglo-American", "Anglo-French", "Anglo-Dutch");
        // Institutions the press names by one word, which alone is also a common noun.
        Add(Org, "Senate", "the Senate", "US Senate", "U.S. Senate");
        Add(Org, "Congress", "US Congress", "U.S. Congress");
        Add(Org, "House of Representatives");
        Add(Org, "Bundestag");
        Add(Org, "Knesset");
        Add(Org, "State Duma", "Duma");
        Add(Org, "Downing Street");
        // Named events.
        Add(Event, "Arab Spring");
        Add(Event, "World War II", "Second World War", "WWII");
        Add(Event, "World War I", "First World War", "WWI");
        Add(Event, "Cold War");
        Add(Event, "Holocaust");
        Add(Event, "Hajj");
        Add(Event, "Olympic Games", "Olympics");
        Add(Event, "World Cup");
        Add(Event, "9/11");
        // The curated organisations (companies, institutions, outlets): a form already named above keeps its entry.
        foreach (var (name, aliases) in KnownOrganizations.All)
        {
            foreach (var form in aliases.Prepend(name))
            {
                map.TryAdd(form, new KnownName(name, Org));
            }
        }

        foreach (var (name, forms) in KnownOrganizations.OnlyWithQualifier)
        {
            foreach (var form in forms)
            {
                map.TryAdd(form, new KnownName(name, Org));
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The curated names with a lower-case word after the first ("Save the Children", "bin Laden").</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, KnownName>> WithLowerCaseWords =
        [.. Entities.Where(pair => pair.Key.Split(' ').Skip(1).Any(w => w.Length > 0 && char.IsLower(w[0]))
            && !pair.Key.StartsWith("the ", StringComparison.Ordinal))];

    /// <summary>Words that stand before a person's name and are not part of it.</summary>
    /// <remarks><c>titles.tsv</c>, shared with the text pipeline; an abbreviation is also held with its period ("Gen.").</remarks>
    public static readonly FrozenSet<string> Titles = Lexicon.Rows("titles")
        .SelectMany(row => row[2] == "y" ? new[] { row[0], row[0] + "." } : [row[0]])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case role nouns that, right before a capitalised name, make it a person ("bomber Salman Abedi").</summary>
    public static readonly FrozenSet<string> RoleNouns = Lexicon.Set("role-nouns");

    /// <summary>Verbs of saying and doing that often follow a person's name.</summary>
    public static readonly FrozenSet<string> PersonVerbs = FrozenSet.ToFrozenSet(
    [
        "said", "says", "told", "tells", "stated", "states", "added", "explained", "argued", "claimed", "noted",
        "wrote", "warned", "insisted", "denied", "admitted", "believes", "believed", "thinks", "thought",
        "recalled", "asked", "answered", "replied", "acknowledged", "confirmed", "announced", "urged",
    ], StringComparer.Ordinal);

    /// <summary>Head words that make a capitalised name an organisation ("Washington Institute").</summary>
    public static readonly FrozenSet<string> OrganizationHeads = Lexicon.Set("organisation-heads");

    /// <summary>Heads after which "of" continues the name ("Government of National Accord", "House of Representatives").</summary>
    public static readonly FrozenSet<string> OfHeads = Lexicon.Set("of-heads");

    /// <summary>Lower-case words after a name that make it an armed group or organisation ("al-Bunyan al-Marsous forces").</summary>
    public static readonly FrozenSet<string> TrailingOrganizationNouns = Lexicon.Set("trailing-organisation-nouns");

    /// <summary>Head words of named events ("Arab Spring", "Gulf War", "Paris Agreement").</summary>
    public static readonly FrozenSet<string> EventHeads = Lexicon.Set("event-heads");

    /// <summary>Capitalised words that open sentences or headings and are never names by themselves.</summary>
    public static readonly FrozenSet<string> FunctionWords = Lexicon.Set("function-words");

    /// <summary>Month and weekday names: times, never entities.</summary>
    public static readonly FrozenSet<string> CalendarWords = Lexicon.Set("calendar-words");

    /// <summary>Given names common in news across languages: a name starting with one is a person.</summary>
    /// <remarks><c>given-names.tsv</c>, shared with the text pipeline (which also reads its gender column).</remarks>
    public static readonly FrozenSet<string> GivenNames = Lexicon.Set("given-names");
}
