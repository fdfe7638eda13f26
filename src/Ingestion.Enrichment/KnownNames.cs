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
    public static readonly FrozenSet<string> RoleNouns = FrozenSet.ToFrozenSet(
    [
        "analyst", "expert", "spokesperson", "spokesman", "spokeswoman", "commander", "leader", "minister",
        "president", "official", "journalist", "reporter", "correspondent", "professor", "researcher", "director",
        "chief", "founder", "ceo", "chairman", "chairwoman", "writer", "author", "gunman", "suspect", "attacker",
        "bomber", "lawyer", "attorney", "judge", "senator", "ambassador", "envoy", "diplomat", "colonel", "general",
        "militant", "fighter", "activist", "candidate", "president-elect", "premier", "governor", "mayor", "cleric",
        "preacher", "scholar", "historian", "economist", "scientist", "doctor", "student", "teacher", "businessman",
        "businesswoman", "billionaire", "actor", "actress", "singer", "player", "striker", "coach", "manager",
        "brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "cousin", "uncle", "nephew",
        "widow", "friend", "colleague", "resident", "witness", "victim", "survivor", "defendant", "prosecutor",
        "secretary", "adviser", "advisor", "aide", "negotiator", "representative", "lawmaker", "legislator", "mp",
        "chancellor", "king", "queen", "prince", "emir", "sheikh", "dictator", "strongman", "warlord", "ringleader",
    ], StringComparer.Ordinal);

    /// <summary>Verbs of saying and doing that often follow a person's name.</summary>
    public static readonly FrozenSet<string> PersonVerbs = FrozenSet.ToFrozenSet(
    [
        "said", "says", "told", "tells", "stated", "states", "added", "explained", "argued", "claimed", "noted",
        "wrote", "warned", "insisted", "denied", "admitted", "believes", "believed", "thinks", "thought",
        "recalled", "asked", "answered", "replied", "acknowledged", "confirmed", "announced", "urged",
    ], StringComparer.Ordinal);

    /// <summary>Head words that make a capitalised name an organisation ("Washington Institute").</summary>
    public static readonly FrozenSet<string> OrganizationHeads = FrozenSet.ToFrozenSet(
    [
        "Army", "Armies", "Navy", "Force", "Forces", "Guard", "Guards", "Brigade", "Brigades", "Battalion", "Corps",
        "Command", "Militia", "Militias", "Police", "Institute", "Institution", "Government", "Ministry",
        "Department", "Agency", "Office", "Bureau", "Service", "Services", "Council", "Committee", "Commission",
        "Assembly", "Parliament", "Congress", "Senate", "House", "Court", "Tribunal", "Party", "Front", "Movement",
        "Alliance", "Coalition", "League", "Union", "Federation", "Association", "Organization", "Organisation",
        "Foundation", "Fund", "Bank", "Group", "Company", "Corporation", "Corp", "Corp.", "Inc", "Inc.", "Ltd",
        "Ltd.", "LLC", "PLC", "Holdings", "Brotherhood", "Network", "News", "Times", "Post", "Journal", "Herald",
        "Tribune", "Gazette", "Press", "Radio", "Television", "TV", "Channel", "Magazine", "Daily", "Monitor",
        "University", "College", "School", "Academy", "Center", "Centre", "Hospital", "Church", "Board",
        "Authority", "Administration", "Cabinet", "Directorate", "Unit", "Squad", "Council", "Observatory",
        "Society", "Club", "Team", "Airlines", "Airways", "Motors", "Systems", "Technologies", "Labs",
        "Laboratories", "Laboratory", "Lab", "Partners", "Studio", "Studios", "Design", "Records", "Pictures", "Capital", "Trust", "Exchange", "Reserve", "Treasury", "Mission",
        "Secretariat", "Program", "Programme", "Project", "Initiative", "Watch", "International", "Accord",
        // Industries that end company names ("Altair Engineering", "Woodside Energy").
        "Engineering", "Energy", "Pharmaceuticals", "Pharma", "Industries", "Resources", "Minerals", "Mining",
        "Petroleum", "Logistics", "Shipping", "Foods", "Healthcare", "Telecom", "Telecommunications", "Insurance",
        "Electric", "Automotive", "Aerospace", "Chemicals", "Steel", "Entertainment", "Media", "Bancorp",
        // Legal forms of companies ("Siemens AG", "Rio Tinto plc").
        "AG", "GmbH", "plc", "SpA", "S.p.A.", "NV", "N.V.", "Oyj", "ASA", "Limited", "Co.",
    ], StringComparer.Ordinal);

    /// <summary>Heads after which "of" continues the name ("Government of National Accord", "House of Representatives").</summary>
    public static readonly FrozenSet<string> OfHeads = FrozenSet.ToFrozenSet(
    [
        "Government", "Ministry", "Department", "House", "Bank", "University", "Institute", "Council", "Court",
        "Republic", "Kingdom", "Union", "League", "Board", "Office", "Secretary", "Minister", "Committee",
        "Commission", "Federation", "Assembly", "Army", "Church", "Party", "Front", "Chamber", "College",
        "School", "Academy", "Museum", "Bureau", "Organization", "Organisation", "Association", "Movement",
        "Coalition", "Battle", "Siege", "Treaty", "Gulf", "Sea", "Bay", "Strait", "Cape", "Isle", "Islands",
        "Sultanate", "Emirate", "State", "Governor", "Mayor", "President", "Duke", "Prince", "Queen", "King",
        "Mission", "Forces", "Corps", "Guardians", "Statue", "Tower", "Port", "City",
    ], StringComparer.Ordinal);

    /// <summary>Lower-case words after a name that make it an armed group or organisation ("al-Bunyan al-Marsous forces").</summary>
    public static readonly FrozenSet<string> TrailingOrganizationNouns = FrozenSet.ToFrozenSet(
    [
        "forces", "force", "militia", "militias", "brigade", "brigades", "group", "movement", "party",
        "faction", "coalition", "army", "rebels", "fighters", "organisation", "organization", "network",
        "company", "agency", "newspaper", "broadcaster", "channel", "website",
    ], StringComparer.Ordinal);

    /// <summary>Head words of named events ("Arab Spring", "Gulf War", "Paris Agreement").</summary>
    public static readonly FrozenSet<string> EventHeads = FrozenSet.ToFrozenSet(
    [
        "War", "Revolution", "Uprising", "Spring", "Olympics", "Games", "Cup", "Summit", "Conference",
        "Election", "Elections", "Crisis", "Massacre", "Genocide", "Offensive", "Operation", "Battle", "Siege",
        "Intifada", "Festival", "Championship", "Expo", "Forum", "Agreement", "Treaty", "Protests", "Coup",
    ], StringComparer.Ordinal);

    /// <summary>Capitalised words that open sentences or headings and are never names by themselves.</summary>
    public static readonly FrozenSet<string> FunctionWords = FrozenSet.ToFrozenSet(
    [
        "A", "An", "The", "And", "But", "Or", "Nor", "So", "Yet", "For", "To", "Of", "In", "On", "At", "By", "With",
        "From", "Into", "Onto", "Over", "Under", "About", "Above", "Below", "Against", "Between", "Among", "Amid",
        "Through", "Throughout", "Without", "Within", "Across", "Along", "Around", "Behind", "Beyond", "Near",
        "Toward", "Towards", "Upon", "Via", "Per", "Despite", "During", "While", "Whilst", "When", "Whenever",
        "Where", "Wherever", "Whereas", "Although", "Though", "If", "Unless", "Until", "Till", "As", "Since",
        "Because", "Once", "After", "Before", "Following", "According", "Regarding", "Concerning", "Including",
        "Excluding", "Like", "Unlike", "Than", "Then", "Now", "Currently", "Today", "Tonight", "Yesterday",
        "Tomorrow", "Recently", "Lately", "Meanwhile", "However", "Moreover", "Furthermore", "Additionally",
        "Also", "Still", "Even", "Only", "Just", "Already", "Perhaps", "Maybe", "Indeed", "Instead", "Otherwise",
        "Therefore", "Thus", "Hence", "Nevertheless", "Nonetheless", "Overall", "Finally", "First", "Firstly",
        "Second", "Secondly", "Third", "Last", "Lastly", "Next", "Later", "Earlier", "Soon", "Often", "Sometimes",
        "Usually", "Always", "Never", "Again", "Here", "There", "This", "That", "These", "Those", "It", "Its",
        "It's", "He", "She", "They", "We", "I", "You", "Me", "Him", "Her", "Them", "Us", "His", "Hers", "Their",
        "Theirs", "Our", "Ours", "My", "Mine", "Your", "Yours", "Who", "Whom", "Whose", "What", "Which", "Why",
        "How", "Whether", "Some", "Many", "Most", "Much", "More", "Less", "Few", "Fewer", "Several", "Both",
        "Each", "Every", "All", "Any", "No", "Not", "None", "Other", "Others", "Another", "Such", "Same",
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Is", "Are", "Was", "Were",
        "Be", "Been", "Being", "Has", "Have", "Had", "Do", "Does", "Did", "Will", "Would", "Shall", "Should",
        "Can", "Could", "May", "Might", "Must", "Let", "Please", "Yes", "Well", "Oh", "Very", "Too", "Quite",
        "Rather", "Almost", "Nearly", "Just", "Especially", "Particularly", "Mainly", "Largely", "Reportedly",
        "Allegedly", "Apparently", "Clearly", "Obviously", "Certainly", "Surely", "Unfortunately", "Fortunately",
        "Interestingly", "Importantly", "Notably", "Initially", "Originally", "Eventually", "Ultimately",
        "Subsequently", "Previously", "Afterwards", "Altogether", "Everyone", "Everybody", "Everything", "Someone",
        "Somebody", "Something", "Anyone", "Anything", "Nobody", "Nothing", "Read", "See", "Share", "Leave",
        "Click", "Sign", "Subscribe", "Follow", "Related", "Advertisement", "Photo", "Image", "Video", "Watch",
        "Listen", "Update", "Updated", "Editor", "Editors", "Note", "Breaking", "Exclusive", "Analysis",
        "Opinion", "Comment", "Comments", "Reply", "Staff", "Writer", "Reporter", "Your", "Required", "Learn",
        "Mr", "Mrs", "Ms", "Dr", "Sir",
    ], StringComparer.Ordinal);

    /// <summary>Month and weekday names: times, never entities.</summary>
    public static readonly FrozenSet<string> CalendarWords = FrozenSet.ToFrozenSet(
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas",
        "Easter", "Ramadan", "Eid",
    ], StringComparer.Ordinal);

    /// <summary>Given names common in news across languages: a name starting with one is a person.</summary>
    /// <remarks><c>given-names.tsv</c>, shared with the text pipeline (which also reads its gender column).</remarks>
    public static readonly FrozenSet<string> GivenNames = Lexicon.Set("given-names");
}
