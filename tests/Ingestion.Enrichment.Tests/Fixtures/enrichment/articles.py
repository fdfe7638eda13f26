# Original news-style articles written for this project, with their enrichment annotated by hand: entities
# (PERSON, ORG, GPE, LOC, NORP, EVENT), dates resolved against the publication date, and quantities. Events and
# most people are invented; places, countries and institutions are real. build.py checks and writes the splits.
ARTICLES = []


def _e(type, name, mentions, **kw):
    e = {"name": name, "type": type, "mentions": list(mentions) or [name]}
    e.update({k: v for k, v in kw.items() if v is not None})
    return e


def P(name, *m):
    return _e("PERSON", name, m)


def O(name, *m):
    return _e("ORG", name, m)


def N(name, *m):
    return _e("NORP", name, m)


def V(name, *m):
    return _e("EVENT", name, m)


def G(name, country, lat, lon, *m):
    """A city, town or district: a GPE with the real place's coordinates."""
    return _e("GPE", name, m, lat=lat, lon=lon, country=country)


def C(name, country, *m):
    """A country, state or first-level region: a GPE with its country code and no point."""
    return _e("GPE", name, m, country=country)


def L(name, *m, country=None, lat=None, lon=None):
    return _e("LOC", name, m, country=country, lat=lat, lon=lon)


def D(text, value):
    return {"text": text, "value": value}


def Q(text, value, unit):
    return {"text": text, "value": value, "unit": unit}


def A(id, published, text, entities, dates, quantities, split=None):
    """split=None leaves the article to build.py's dev/check rotation; split="fresh" puts it in fresh.jsonl."""
    ARTICLES.append(dict(id=id, published=published, text=text.strip(), entities=entities, dates=dates, quantities=quantities, split=split))


A("tripoli-clashes", "2024-03-14", """
Clashes in Tripoli leave at least 23 dead as rival militias fight near airport

TRIPOLI, Libya — At least 23 people were killed and dozens wounded in fighting between rival armed groups in the Libyan capital on Tuesday, the Ministry of Health said.

The clashes broke out late on Monday after forces loyal to the Government of National Unity (GNU) detained a commander of the Radaa militia, residents said. Flights were diverted to Misrata, about 190 km east of the capital.

Interior Minister Faraj Abushagur said an investigation would be opened into the detention. Abushagur appealed for calm and said the GNU would "not allow the city to be dragged back into war".

The United Nations Support Mission in Libya (UNSMIL) urged both sides to respect the ceasefire agreed in October 2020.

Tripoli has been largely spared large-scale fighting since 2020, when forces of the eastern commander Khalifa Haftar withdrew after a 14-month offensive on the city. Haftar's Libyan National Army still controls Benghazi and much of the east and south.

The fighting is the deadliest in the capital since August 2023, when 55 people died in clashes between armed groups.

The National Oil Corporation said output of about 1.2 million barrels a day had not been affected.
""",
    [G("Tripoli", "LY", 32.89, 13.19, "TRIPOLI", "Tripoli"), C("Libya", "LY"), N("Libyan"), O("Ministry of Health"),
     O("Government of National Unity", "Government of National Unity", "GNU"), O("Radaa"),
     G("Misrata", "LY", 32.38, 15.09), P("Faraj Abushagur", "Faraj Abushagur", "Abushagur"),
     O("United Nations Support Mission in Libya", "United Nations Support Mission in Libya", "UNSMIL"),
     P("Khalifa Haftar", "Khalifa Haftar", "Haftar"), O("Libyan National Army"), G("Benghazi", "LY", 32.12, 20.07),
     O("National Oil Corporation")],
    [D("Tuesday", "2024-03-12"), D("Monday", "2024-03-11"), D("October 2020", "2020-10"), D("2020", "2020"),
     D("August 2023", "2023-08")],
    [Q("At least 23 people", 23, "people"), Q("190 km", 190, "km"), Q("55 people", 55, "people"),
     Q("about 1.2 million barrels", 1200000, "barrels"), Q("14-month", 14, "month")])

A("kirkuk-attack", "2023-10-05", """
Roadside bomb kills four soldiers near Kirkuk as Islamic State cells regroup

A roadside bomb killed four Iraqi soldiers and wounded two others about 40 km north of Kirkuk on Wednesday, security officials said, in the latest of a string of attacks blamed on Islamic State remnants.

The explosion hit an army patrol near the town of Altun Kupri at around 9pm, according to a statement from the Joint Operations Command. No group immediately claimed responsibility, but officials said the device bore the hallmarks of ISIS, which still has cells in the rugged Hamrin Mountains.

Kurdish Peshmerga commanders have warned for months that the security vacuum between federal forces and the Kurdistan Region is being exploited by militants. "Daesh moves in the gaps," said Colonel Hiwa Rasul, a Peshmerga officer in Erbil.

The group lost its last territory in Iraq in December 2017 and its self-declared caliphate in Syria collapsed in March 2019. But a report by the United Nations last month estimated that between 5,000 and 7,000 fighters remain in the two countries.

The U.S.-led coalition, which still has about 2,500 troops in Iraq, carried out six airstrikes in the area last week, the Pentagon said.
""",
    [G("Kirkuk", "IQ", 35.47, 44.39), G("Altun Kupri", "IQ", 35.75, 44.14), N("Iraqi"), O("Joint Operations Command"),
     O("Islamic State", "Islamic State", "ISIS", "Daesh"), L("Hamrin Mountains", country="IQ"), N("Kurdish"),
     O("Peshmerga"), C("Kurdistan Region", "IQ"), P("Hiwa Rasul", "Hiwa Rasul"), G("Erbil", "IQ", 36.19, 44.01),
     C("Iraq", "IQ"), C("Syria", "SY"), O("United Nations"), C("United States", "US", "U.S."), O("Pentagon")],
    [D("Wednesday", "2023-10-04"), D("December 2017", "2017-12"), D("March 2019", "2019-03"), D("last month", "2023-09"),
     D("last week", "2023-W39")],
    [Q("four Iraqi soldiers", 4, "soldiers"), Q("two others", 2, "others"), Q("40 km", 40, "km"), Q("5,000", 5000, "fighters"),
     Q("7,000 fighters", 7000, "fighters"), Q("about 2,500 troops", 2500, "troops"), Q("six airstrikes", 6, "airstrikes")])

A("georgia-flooding", "2024-06-20", """
Flash floods sweep through north Georgia towns after record rainfall

ATLANTA (AP) — Flash flooding forced hundreds of residents from their homes in north Georgia on Wednesday after more than 8 inches of rain fell in less than a day, officials said.

The Chattahoochee River rose nearly 12 feet at one gauge near Helen, a tourist town in the foothills of the Blue Ridge Mountains, according to the National Weather Service. The governor declared a state of emergency for 14 counties.

"We have not seen water like this since 2009," said Teresa Holloway, the emergency management director for White County. Holloway said at least 60 people had been rescued by boat.

The storm system moved into the Carolinas overnight. Forecasters in Charlotte, North Carolina, warned of further flooding through Friday.

The Georgia Emergency Management Agency said it had asked the Federal Emergency Management Agency (FEMA) for help. Damage in the state could exceed $200 million, the agency estimated.
""",
    [G("Atlanta", "US", 33.75, -84.39, "ATLANTA"), O("Associated Press", "AP"), C("Georgia", "US"),
     L("Chattahoochee River", country="US"), G("Helen", "US", 34.70, -83.73), L("Blue Ridge Mountains", country="US"),
     O("National Weather Service"), P("Teresa Holloway", "Teresa Holloway", "Holloway"), C("White County", "US"),
     L("Carolinas", country="US"), G("Charlotte", "US", 35.23, -80.84), C("North Carolina", "US"),
     O("Georgia Emergency Management Agency"), O("Federal Emergency Management Agency", "Federal Emergency Management Agency", "FEMA")],
    [D("Wednesday", "2024-06-19"), D("2009", "2009"), D("Friday", "2024-06-21")],
    [Q("more than 8 inches", 8, "inch"), Q("nearly 12 feet", 12, "foot"), Q("14 counties", 14, "counties"),
     Q("at least 60 people", 60, "people"), Q("$200 million", 200000000, "USD")])

A("georgia-election", "2024-10-28", """
Georgia's ruling party claims victory in disputed parliamentary vote

TBILISI — Georgia's governing Georgian Dream party won 54 percent of the vote in Saturday's parliamentary election, the Central Election Commission said, a result the pro-Western opposition refused to accept.

Thousands of protesters gathered outside the parliament building on Monday evening, waving Georgian and European Union flags. Opposition leader Nika Sharashidze said the vote had been "stolen in broad daylight" and called for a rerun under international supervision.

Observers from the Organization for Security and Co-operation in Europe (OSCE) reported vote buying and pressure on public sector workers in several regions, including Adjara and Kakheti.

The European Commission said it was "deeply concerned". Georgia was granted EU candidate status in December 2023, but Brussels froze the accession process in July after parliament passed a law on "foreign agents" modelled on legislation in Russia.

Turnout was about 59 percent, the commission said. Georgian Dream, founded by the billionaire Bidzina Ivanishvili, has governed the South Caucasus country of 3.7 million people since 2012.

Moscow welcomed the result. The Kremlin said Georgians had rejected attempts to drag them into a confrontation with Russia.
""",
    [G("Tbilisi", "GE", 41.69, 44.83, "TBILISI"), C("Georgia", "GE"), O("Georgian Dream"), O("Central Election Commission"),
     N("Georgian", "Georgian", "Georgians"), O("European Union", "European Union", "EU"), P("Nika Sharashidze", "Nika Sharashidze"),
     O("Organization for Security and Co-operation in Europe", "Organization for Security and Co-operation in Europe", "OSCE"),
     C("Adjara", "GE"), C("Kakheti", "GE"), O("European Commission"), G("Brussels", "BE", 50.85, 4.35), C("Russia", "RU"),
     P("Bidzina Ivanishvili"), L("South Caucasus"), G("Moscow", "RU", 55.75, 37.62), O("Kremlin")],
    [D("Saturday", "2024-10-26"), D("Monday", "2024-10-28"), D("December 2023", "2023-12"), D("in July", "2024-07"),
     D("2012", "2012")],
    [Q("54 percent", 54, "percent"), Q("about 59 percent", 59, "percent"), Q("3.7 million people", 3700000, "people")])

A("jordan-water", "2023-05-31", """
Jordan signs deal for desalination plant on Red Sea coast

AMMAN, Jordan (Reuters) — Jordan on Tuesday signed a $2.5 billion agreement with a consortium led by the French company Meridiam to build a desalination plant near Aqaba, the kingdom's only port, the water ministry said.

The plant will pump about 300 million cubic metres of water a year from the Red Sea through a 450 km pipeline to Amman and other cities in the north, the Ministry of Water and Irrigation said.

Jordan is one of the most water-scarce countries in the world. The flow of the Jordan River has fallen by more than 90 percent since the 1960s, and the Dead Sea is dropping by about a metre a year.

"Without this project, we run out of drinking water before 2030," said Water Minister Rami Haddad. Haddad said construction would start in 2024 and the first water would arrive in 2028.

The World Bank and the European Investment Bank are expected to lend part of the cost. Michael Jordan, a water engineer at the University of Oxford who has studied the project, said energy costs would be its biggest risk. Jordan said the plant would need about 1,000 megawatts of electricity, much of it from solar farms in the desert east of Ma'an.
""",
    [G("Amman", "JO", 31.96, 35.95, "AMMAN", "Amman"), C("Jordan", "JO", "Jordan"), O("Reuters"), N("French"), O("Meridiam"),
     G("Aqaba", "JO", 29.53, 35.01), L("Red Sea"), O("Ministry of Water and Irrigation"), L("Jordan River"), L("Dead Sea"),
     P("Rami Haddad", "Rami Haddad", "Haddad"), O("World Bank"), O("European Investment Bank"),
     P("Michael Jordan", "Michael Jordan"), O("University of Oxford"), G("Ma'an", "JO", 30.19, 35.73)],
    [D("Tuesday", "2023-05-30"), D("the 1960s", "196"), D("2024", "2024"), D("2028", "2028"), D("2030", "2030")],
    [Q("$2.5 billion", 2500000000, "USD"), Q("about 300 million cubic metres", 300000000, "cubic metre"), Q("450 km", 450, "km"),
     Q("more than 90 percent", 90, "percent"), Q("about a metre", 1, "metre"), Q("about 1,000 megawatts", 1000, "megawatt")])

A("paris-texas-council", "2022-11-09", """
Paris voters approve bond for new hospital wing

PARIS, Texas — Voters in Lamar County on Tuesday approved a $48 million bond to expand the emergency department at Paris Regional Health, the county's largest hospital, according to unofficial results.

The measure passed with 61 percent of the vote, Lamar County Judge Clara Whitfield said late Tuesday night. Turnout was about 38 percent.

Hospital administrators said the new wing would add 24 beds and cut waiting times that have grown since the closure of a clinic in Clarksville, 25 miles to the east, in 2021.

"People were driving to Dallas for care they should get at home," said Dr. Anita Mendez, the hospital's chief medical officer. Mendez said the emergency department treated nearly 31,000 patients last year.

Paris, a city of about 25,000 near the Oklahoma border and the Red River, is not to be confused with its much larger namesake in France. Local officials say the comparison helps tourism: a 65-foot replica of the Eiffel Tower, topped by a red cowboy hat, has stood near the city's civic center since 1993.

Construction is expected to begin next year and to take about two years, the Texas Department of State Health Services said.
""",
    [G("Paris", "US", 33.66, -95.56, "PARIS", "Paris"), C("Texas", "US"), C("Lamar County", "US"), O("Paris Regional Health"),
     P("Clara Whitfield", "Clara Whitfield"), G("Clarksville", "US", 33.61, -95.05), G("Dallas", "US", 32.78, -96.81),
     P("Anita Mendez", "Anita Mendez", "Mendez"), C("Oklahoma", "US"), L("Red River"), C("France", "FR"),
     O("Texas Department of State Health Services")],
    [D("Tuesday", "2022-11-08"), D("2021", "2021"), D("last year", "2021"), D("1993", "1993"), D("next year", "2023")],
    [Q("$48 million", 48000000, "USD"), Q("61 percent", 61, "percent"), Q("about 38 percent", 38, "percent"), Q("24 beds", 24, "beds"),
     Q("25 miles", 25, "mile"), Q("nearly 31,000 patients", 31000, "patients"), Q("about 25,000", 25000, "people"),
     Q("65-foot", 65, "foot"), Q("about two years", 2, "year")])

A("tripoli-lebanon-port", "2025-01-22", """
Lebanon's northern port of Tripoli to get new grain silos

BEIRUT — Lebanon will build grain silos at the port of Tripoli in the north of the country to replace those destroyed in the Beirut port explosion of August 2020, Economy Minister Karim Saade said on Monday.

The silos, financed by a $150 million loan from the World Bank, will hold about 120,000 tonnes of wheat, enough for three months of consumption, Saade told a news conference. The old silos in the capital were nearly empty when a warehouse of ammonium nitrate blew up, killing more than 220 people.

Tripoli, Lebanon's second-largest city, lies about 85 km north of Beirut, close to the Syrian border. Its port has grown since the war in Syria began in 2011, handling goods bound for Homs and Damascus.

Lebanon imports almost all of its wheat, mostly from Ukraine and Russia. The country has been in economic crisis since 2019; the Lebanese pound has lost more than 95 percent of its value.

Port director Ahmad Tamer said the contract would be awarded within weeks and the silos would be ready by the end of 2026.
""",
    [G("Beirut", "LB", 33.89, 35.50, "BEIRUT", "Beirut"), C("Lebanon", "LB"), G("Tripoli", "LB", 34.44, 35.85),
     P("Karim Saade", "Karim Saade", "Saade"), O("World Bank"), N("Syrian"), C("Syria", "SY"), G("Homs", "SY", 34.73, 36.71),
     G("Damascus", "SY", 33.51, 36.28), C("Ukraine", "UA"), C("Russia", "RU"), N("Lebanese"), P("Ahmad Tamer")],
    [D("August 2020", "2020-08"), D("Monday", "2025-01-20"), D("2011", "2011"), D("2019", "2019"), D("the end of 2026", "2026")],
    [Q("$150 million", 150000000, "USD"), Q("about 120,000 tonnes", 120000, "tonne"), 
     Q("more than 220 people", 220, "people"), Q("about 85 km", 85, "km"), Q("more than 95 percent", 95, "percent"), Q("three months", 3, "month")])

A("cambridge-antibiotic", "2021-07-15", """
Cambridge scientists find antibiotic in soil bacteria from Scottish island

Researchers at the University of Cambridge have identified a new antibiotic produced by bacteria living in soil on the Isle of Skye, raising hopes of a treatment for drug-resistant infections.

The compound, which the team has named skyemycin, killed 14 of the 16 bacterial strains it was tested against in the laboratory, including the hospital superbug MRSA, according to a paper published on Wednesday in the journal Nature.

"It is the first genuinely new class we have seen in our lab for more than a decade," said Dr Fiona Mackenzie, who led the study. Mackenzie said her group had screened around 8,000 soil samples collected across the Highlands since 2016.

Antimicrobial resistance is linked to about 1.27 million deaths a year worldwide, according to the World Health Organization. In the UK, the Medical Research Council has put £40m into the search for new antibiotics since the start of 2019.

The team has filed a patent and is in talks with GSK, the British drugmaker, about developing the compound. Clinical trials in humans are at least five years away, Mackenzie warned.

A second team at Harvard University in Cambridge, Massachusetts, is studying similar bacteria from soil in Greenland.
""",
    [O("University of Cambridge"), L("Isle of Skye", country="GB"), O("Nature"),
     P("Fiona Mackenzie", "Fiona Mackenzie", "Mackenzie"), L("Highlands", country="GB"), O("World Health Organization"),
     C("United Kingdom", "GB", "UK"), O("Medical Research Council"), O("GSK"), N("British"), O("Harvard University"), G("Cambridge", "US", 42.37, -71.11),
     C("Massachusetts", "US"), C("Greenland", "GL")],
    [D("Wednesday", "2021-07-14"), D("2016", "2016"), D("the start of 2019", "2019")],
    [Q("14 of the 16 bacterial strains", 14, "strains"), Q("16 bacterial strains", 16, "strains"), Q("around 8,000 soil samples", 8000, "samples"),
     Q("about 1.27 million deaths", 1270000, "deaths"), Q("£40m", 40000000, "GBP"), Q("at least five years", 5, "year")])

A("victoria-ferries", "2023-02-08", """
Ferry cancellations leave Vancouver Island travellers stranded

VICTORIA, B.C. — Hundreds of travellers were stranded on Vancouver Island on Tuesday after BC Ferries cancelled 18 sailings between Victoria and the mainland because of crew shortages and high winds.

The Crown corporation said two of its largest vessels were out of service, leaving the busy route between Swartz Bay and Tsawwassen with one ship for most of the day. Wind gusts of up to 90 km/h were recorded in the Strait of Georgia, Environment Canada said.

"I have a medical appointment in Vancouver that I waited four months for," said Doris Leclerc, 71, who had been in line since 6 a.m. Leclerc said she would try again on Wednesday.

British Columbia's transportation minister, Rob Fleming, said the province would ask the federal government to speed up approval of foreign-built ships. The company has ordered four electric ferries from a shipyard in Romania, with the first due in 2027.

BC Ferries carried 21.6 million passengers last year, about 9 percent more than in 2021. Its fares rose by 3.2 percent on April 1 last year.

Nanaimo, the island's second city, was also cut off for several hours. Service to Seattle, Washington, operated by a private company, ran as scheduled.
""",
    [G("Victoria", "CA", 48.43, -123.37, "VICTORIA", "Victoria"), C("British Columbia", "CA", "B.C.", "British Columbia"),
     L("Vancouver Island", country="CA"), O("BC Ferries"), G("Swartz Bay", "CA", 48.69, -123.41), G("Tsawwassen", "CA", 49.01, -123.09),
     L("Strait of Georgia"), O("Environment Canada"), G("Vancouver", "CA", 49.28, -123.12), P("Doris Leclerc", "Doris Leclerc", "Leclerc"),
     P("Rob Fleming"), C("Romania", "RO"), G("Nanaimo", "CA", 49.17, -123.94), G("Seattle", "US", 47.61, -122.33), C("Washington", "US")],
    [D("Tuesday", "2023-02-07"), D("Wednesday", "2023-02-08"), D("2027", "2027"), D("last year", "2022"), D("2021", "2021"),
     D("April 1 last year", "2022-04-01")],
    [Q("18 sailings", 18, "sailings"), Q("up to 90 km/h", 90, "km/h"), Q("21.6 million passengers", 21600000, "passengers"),
     Q("about 9 percent", 9, "percent"), Q("3.2 percent", 3.2, "percent"), Q("four electric ferries", 4, "ferries"),
     Q("two of its largest vessels", 2, "vessels"), Q("four months", 4, "month")])

A("siemens-results", "2024-11-14", """
Siemens lifts dividend as factory software offsets slump in China

MUNICH (Reuters) - Siemens AG raised its dividend on Thursday after record orders for electrification equipment from data centres helped Germany's largest engineering group to offset weak demand from Chinese factories.

Net profit rose 8 percent to 9.0 billion euros ($9.5 billion) in the fiscal year to the end of September, the Munich-based company said. Revenue grew 2 percent to 75.9 billion euros.

Finance chief Annette Brückner said the group expected revenue growth of 3 to 7 percent next year. "China has stabilised at a low level, but we do not see a recovery before the second half of 2025," Brückner told analysts.

The company will pay shareholders 5.20 euros a share, up from 4.70 euros. Its shares rose 4.4 percent in Frankfurt, the biggest gain on the DAX index.

Siemens has spent about $10 billion on U.S. software companies in recent years, most recently agreeing in October to buy Altair Engineering of Troy, Michigan. The deal still needs the approval of regulators in Washington and Brussels.

Siemens Healthineers, the medical technology firm in which the group holds a 75 percent stake, reported its results last week.
""",
    [G("Munich", "DE", 48.14, 11.58, "MUNICH", "Munich"), O("Reuters"), O("Siemens", "Siemens AG", "Siemens"), C("Germany", "DE"),
     N("Chinese"), P("Annette Brückner", "Annette Brückner", "Brückner"), C("China", "CN"), G("Frankfurt", "DE", 50.11, 8.68), O("DAX"),
     C("United States", "US", "U.S."), O("Altair Engineering"), G("Troy", "US", 42.61, -83.15), C("Michigan", "US"),
     G("Washington", "US", 38.91, -77.04), G("Brussels", "BE", 50.85, 4.35), O("Siemens Healthineers")],
    [D("Thursday", "2024-11-14"), D("the end of September", "2024-09"), D("next year", "2025"), D("the second half of 2025", "2025"),
     D("October", "2024-10"), D("last week", "2024-W45")],
    [Q("8 percent", 8, "percent"), Q("9.0 billion euros", 9000000000, "EUR"), Q("$9.5 billion", 9500000000, "USD"),
     Q("2 percent", 2, "percent"), Q("75.9 billion euros", 75900000000, "EUR"), Q("3", 3, "percent"), Q("7 percent", 7, "percent"),
     Q("5.20 euros", 5.2, "EUR"), Q("4.70 euros", 4.7, "EUR"), Q("4.4 percent", 4.4, "percent"), Q("about $10 billion", 10000000000, "USD"),
     Q("75 percent", 75, "percent")])

A("rio-tinto-pilbara", "2025-04-10", """
Rio Tinto's iron ore shipments fall after cyclones hit Pilbara ports

Rio Tinto shipped 70.7 million tonnes of iron ore from the Pilbara region of Western Australia in the first quarter, 9 percent less than a year earlier, after a series of cyclones forced it to close its ports for days at a time.

The Anglo-Australian miner said on Wednesday that Cyclone Zelia, which crossed the coast near Port Hedland in February, and two other storms had cost it about 13 million tonnes of production. It kept its forecast for the full year of 323 million to 338 million tonnes.

Iron ore chief Marta Lindqvist said the company was "on track" to ship the first ore from the Simandou project in Guinea by the end of the year. Simandou, in the mountains of south-eastern Guinea, holds one of the world's largest untapped deposits of high-grade ore and is being developed with Chinese partners.

Copper output rose 22 percent to 206,000 tonnes, helped by the underground expansion of the Oyu Tolgoi mine in Mongolia's Gobi Desert.

Shares in Rio Tinto fell 1.8 percent in Sydney and 2.3 percent in London. Its rival BHP, which also ships from Port Hedland, reports its figures next week.

Iron ore prices have fallen by almost a quarter since January 2024 as steel production in China weakened.
""",
    [O("Rio Tinto"), L("Pilbara", country="AU"), C("Western Australia", "AU"), N("Anglo-Australian"), V("Cyclone Zelia"),
     G("Port Hedland", "AU", -20.31, 118.58), P("Marta Lindqvist"), L("Simandou", country="GN"), C("Guinea", "GN"), N("Chinese"),
     C("Mongolia", "MN"), L("Gobi Desert"), G("Sydney", "AU", -33.87, 151.21), G("London", "GB", 51.51, -0.13), O("BHP"), C("China", "CN")],
    [D("the first quarter", "2025-Q1"), D("a year earlier", "2024"), D("Wednesday", "2025-04-09"), D("February", "2025-02"),
     D("the full year", "2025"), D("the end of the year", "2025"), D("next week", "2025-W16"), D("January 2024", "2024-01")],
    [Q("70.7 million tonnes", 70700000, "tonne"), Q("9 percent", 9, "percent"), Q("about 13 million tonnes", 13000000, "tonne"),
     Q("323 million", 323000000, "tonne"), Q("338 million tonnes", 338000000, "tonne"), Q("22 percent", 22, "percent"),
     Q("206,000 tonnes", 206000, "tonne"), Q("1.8 percent", 1.8, "percent"), Q("2.3 percent", 2.3, "percent"),
     Q("two other storms", 2, "storms")])

A("imf-egypt-loan", "2024-12-04", """
IMF staff back $1.2 billion payout to Egypt as Red Sea crisis drains canal revenue

CAIRO — The International Monetary Fund said on Tuesday its staff had reached an agreement with Egypt that would unlock about $1.2 billion from the country's $8 billion loan programme, after a review delayed by a dispute over the pace of reforms.

Egypt's income from the Suez Canal has fallen by more than 60 percent this year because attacks by Yemen's Houthi rebels on ships in the Red Sea have forced shipping lines to sail around the Cape of Good Hope instead.

"The authorities have made progress, but the divestment of state assets needs to accelerate," said Lucia Ferrante, who led the IMF mission. The fund had asked Cairo to sell stakes in companies owned by the army.

Egyptian officials say the economy lost nearly $7 billion in canal revenue in 2024. Inflation, which peaked at 38 percent in September 2023, slowed to 26.3 percent in October.

Finance Minister Tarek Mansour said last month the government would not cut subsidies on bread, which about 70 million Egyptians rely on.

The agreement needs the approval of the IMF's executive board in Washington, which is expected to meet before the end of the year. The European Union has also promised Egypt 7.4 billion euros in grants and loans through 2027.
""",
    [O("International Monetary Fund", "International Monetary Fund", "IMF"), C("Egypt", "EG"), G("Cairo", "EG", 30.04, 31.24, "CAIRO", "Cairo"),
     L("Suez Canal", country="EG"), C("Yemen", "YE"), O("Houthis", "Houthi"), L("Red Sea"), L("Cape of Good Hope", country="ZA"),
     P("Lucia Ferrante"), N("Egyptian", "Egyptian", "Egyptians"), P("Tarek Mansour"),
     G("Washington", "US", 38.91, -77.04), O("European Union")],
    [D("Tuesday", "2024-12-03"), D("this year", "2024"), D("2024", "2024"), D("September 2023", "2023-09"), D("October", "2024-10"),
     D("last month", "2024-11"), D("the end of the year", "2024"), D("2027", "2027")],
    [Q("about $1.2 billion", 1200000000, "USD"), Q("$8 billion", 8000000000, "USD"), Q("more than 60 percent", 60, "percent"),
     Q("nearly $7 billion", 7000000000, "USD"), Q("38 percent", 38, "percent"), Q("26.3 percent", 26.3, "percent"),
     Q("about 70 million Egyptians", 70000000, "Egyptians"), Q("7.4 billion euros", 7400000000, "EUR")])

A("sahel-cholera", "2022-08-26", """
Cholera spreads around Lake Chad as floods displace thousands

N'DJAMENA, Chad — A cholera outbreak has killed at least 112 people in Chad, Niger and north-eastern Nigeria since early July, the World Health Organization said on Thursday, warning that floods across the Sahel were spreading the disease.

More than 4,300 suspected cases have been recorded around Lake Chad, where four countries meet and where years of fighting between the armed forces and Boko Haram have left about 3 million people dependent on aid.

In Nigeria's Borno State, the worst-hit area, health workers in Maiduguri treated 86 patients in a single day last week, said Dr Halima Bukar of Médecins Sans Frontières (MSF). "The clinics are full and the water is still rising," Bukar said.

The WHO has sent 1.4 million doses of oral vaccine to the region, and UNICEF said it was trucking clean water to camps near Diffa, in south-eastern Niger, where more than 20,000 people fled their homes after the Komadugu Yobe river burst its banks on August 15.

Chadian authorities said on Wednesday that 12 people had died in the capital and in the Lac province. In Cameroon, which borders the lake to the south, no cases have yet been confirmed.

Cholera returned to the region in 2021, when Nigeria recorded its worst outbreak in a decade, with more than 3,600 deaths.
""",
    [G("N'Djamena", "TD", 12.11, 15.04, "N'DJAMENA"), C("Chad", "TD"), C("Niger", "NE"), C("Nigeria", "NG"),
     O("World Health Organization", "World Health Organization", "WHO"), L("Sahel"), L("Lake Chad"), O("Boko Haram"),
     C("Borno State", "NG"), G("Maiduguri", "NG", 11.85, 13.16), P("Halima Bukar", "Halima Bukar", "Bukar"),
     O("Médecins Sans Frontières", "Médecins Sans Frontières", "MSF"), O("UNICEF"), G("Diffa", "NE", 13.32, 12.61),
     L("Komadugu Yobe"), N("Chadian"), C("Lac", "TD"), C("Cameroon", "CM")],
    [D("early July", "2022-07"), D("Thursday", "2022-08-25"), D("last week", "2022-W33"), D("August 15", "2022-08-15"),
     D("Wednesday", "2022-08-24"), D("2021", "2021")],
    [Q("at least 112 people", 112, "people"), Q("More than 4,300 suspected cases", 4300, "cases"), Q("four countries", 4, "countries"),
     Q("about 3 million people", 3000000, "people"), Q("86 patients", 86, "patients"), Q("1.4 million doses", 1400000, "doses"),
     Q("more than 20,000 people", 20000, "people"), Q("12 people", 12, "people"), Q("more than 3,600 deaths", 3600, "deaths")])

A("nato-vilnius-summit", "2023-07-12", """
NATO leaders offer Ukraine a path to membership but no date

VILNIUS, Lithuania — NATO leaders meeting in the Lithuanian capital said on Tuesday that Ukraine's future was in the alliance but set no timetable for it to join, a decision that drew sharp criticism from Kyiv.

The 31 allies agreed that Ukraine would be invited "when allies agree and conditions are met", and dropped the requirement for a Membership Action Plan. Ukrainian officials had hoped for a firm date.

The summit opened a day after Turkey said it would no longer block Sweden's bid to join. Sweden applied together with Finland in May 2022, three months after Russian troops crossed into Ukraine; Finland became the 31st member in April.

Security in Vilnius was the tightest in the city's history. About 1,000 troops from Germany, Poland and other allies were deployed, and Patriot air defence batteries were placed around the venue. Lithuania lies between Belarus and the Russian exclave of Kaliningrad, on the Baltic Sea, just 150 km from the summit.

"Putin hoped to divide us; instead he has made us bigger," said Gabija Rimkute, a Lithuanian member of the European Parliament.

Allies also confirmed the goal of spending at least 2 percent of gross domestic product on defence. Only 11 members met it last year, NATO estimates show. The next summit will be held in Washington in July 2024, marking the 75th anniversary of the alliance.
""",
    [G("Vilnius", "LT", 54.69, 25.28, "VILNIUS", "Vilnius"), C("Lithuania", "LT"), O("NATO"), N("Lithuanian"), C("Ukraine", "UA"),
     G("Kyiv", "UA", 50.45, 30.52), N("Ukrainian"), C("Turkey", "TR"), C("Sweden", "SE"), C("Finland", "FI"), N("Russian"),
     C("Germany", "DE"), C("Poland", "PL"), C("Belarus", "BY"), G("Kaliningrad", "RU", 54.71, 20.51), L("Baltic Sea"),
     P("Vladimir Putin", "Putin"), P("Gabija Rimkute"), O("European Parliament"), G("Washington", "US", 38.91, -77.04)],
    [D("Tuesday", "2023-07-11"), D("May 2022", "2022-05"), D("April", "2023-04"), D("last year", "2022"), D("July 2024", "2024-07")],
    [Q("The 31 allies", 31, "allies"), Q("About 1,000 troops", 1000, "troops"), Q("150 km", 150, "km"),
     Q("at least 2 percent", 2, "percent"), Q("11 members", 11, "members"), Q("three months", 3, "month")])

A("katrina-twenty-years", "2025-08-29", """
Twenty years after Katrina, New Orleans neighbourhood still waits for its school

NEW ORLEANS — Two decades after Hurricane Katrina pushed the Gulf of Mexico into the streets of the Lower Ninth Ward, residents gathered on Friday morning at the spot where the levee along the Industrial Canal gave way on August 29, 2005.

Katrina killed more than 1,800 people across Louisiana and Mississippi and caused about $125 billion in damage, making it the costliest storm in U.S. history at the time. About 80 percent of New Orleans flooded.

The Lower Ninth Ward has never recovered its population. About 14,000 people lived there before the storm; census figures show fewer than 5,000 now.

"My grandmother's house was right there," said Marcus Batiste, 52, pointing to an empty lot. Batiste said his family had come back in 2008, but most of their neighbours had settled in Houston or Baton Rouge.

The U.S. Army Corps of Engineers spent $14.5 billion on a new system of levees, floodwalls and pumps after the storm. Engineers say it can withstand a storm with a 1 percent chance of happening in any year.

Local officials promised in March that a new elementary school would open in the neighbourhood by 2027, replacing one destroyed in the flood. Many of the houses rebuilt in the 2010s stand on concrete stilts.
""",
    [G("New Orleans", "US", 29.95, -90.07, "NEW ORLEANS", "New Orleans"), V("Hurricane Katrina", "Hurricane Katrina", "Katrina"), L("Gulf of Mexico"),
     G("Lower Ninth Ward", "US", 29.97, -90.01), L("Industrial Canal", country="US"), C("Louisiana", "US"), C("Mississippi", "US"),
     C("United States", "US", "U.S."), P("Marcus Batiste", "Marcus Batiste", "Batiste"), G("Houston", "US", 29.76, -95.37),
     G("Baton Rouge", "US", 30.45, -91.19), O("U.S. Army Corps of Engineers")],
    [D("Friday", "2025-08-29"), D("August 29, 2005", "2005-08-29"), D("2008", "2008"), D("March", "2025-03"), D("2027", "2027"),
     D("the 2010s", "201")],
    [Q("more than 1,800 people", 1800, "people"), Q("about $125 billion", 125000000000, "USD"), Q("About 80 percent", 80, "percent"),
     Q("About 14,000 people", 14000, "people"), Q("fewer than 5,000", 5000, "people"), Q("$14.5 billion", 14500000000, "USD"),
     Q("1 percent", 1, "percent"), Q("Two decades", 2, "decade")])

A("world-cup-final-economy", "2022-12-19", """
Qatar counts the cost and the gains as World Cup ends

DOHA, Qatar — Qatar's hosting of the World Cup ended on Sunday with Argentina's victory over France in Lusail, north of the capital, closing a tournament that cost the Gulf state an estimated $220 billion in stadiums, roads and a new metro.

Organisers said 3.4 million spectators attended the 64 matches and about 1.4 million foreign visitors came to the country of 2.9 million people, fewer than the 1.7 million they had forecast.

"The hotels were full for the knockout games and half empty in the group stage," said Khalid al-Mannai, who manages a hotel in central Doha. Al-Mannai said bookings for January were already down 40 percent.

FIFA president Gianni Infantino called it "the best World Cup ever". Human rights groups, including Amnesty International, said migrant workers from Nepal, India and Bangladesh had paid a heavy price, and urged FIFA to set up a compensation fund of at least $440 million.

The next tournament, in 2026, will be shared by the United States, Canada and Mexico, with 48 teams. Saudi Arabia is the only declared candidate to host the 2034 edition.

Argentine fans celebrated through the night in Buenos Aires, where the team is due to arrive on Tuesday.
""",
    [G("Doha", "QA", 25.29, 51.53, "DOHA", "Doha"), C("Qatar", "QA"), V("World Cup"), C("Argentina", "AR"), C("France", "FR"),
     G("Lusail", "QA", 25.42, 51.49), L("Gulf"), P("Khalid al-Mannai", "Khalid al-Mannai", "Al-Mannai"), O("FIFA"),
     P("Gianni Infantino"), O("Amnesty International"), C("Nepal", "NP"), C("India", "IN"), C("Bangladesh", "BD"),
     C("United States", "US"), C("Canada", "CA"), C("Mexico", "MX"), C("Saudi Arabia", "SA"), N("Argentine"),
     G("Buenos Aires", "AR", -34.60, -58.38)],
    [D("Sunday", "2022-12-18"), D("January", "2023-01"), D("2026", "2026"), D("2034", "2034"), D("Tuesday", "2022-12-20")],
    [Q("an estimated $220 billion", 220000000000, "USD"), Q("3.4 million spectators", 3400000, "spectators"), Q("the 64 matches", 64, "matches"),
     Q("about 1.4 million foreign visitors", 1400000, "visitors"), Q("2.9 million people", 2900000, "people"), Q("the 1.7 million", 1700000, "visitors"),
     Q("40 percent", 40, "percent"), Q("at least $440 million", 440000000, "USD"), Q("48 teams", 48, "teams")])

A("tunisia-ten-years", "2021-01-14", """
Ten years on, Tunisians question what the revolution brought them

TUNIS — Ten years ago today, President Zine El Abidine Ben Ali fled Tunisia for Saudi Arabia after four weeks of protests, the first victory of what became known as the Arab Spring.

On Thursday, a few hundred people gathered in the centre of the capital, where police had fired tear gas at crowds in January 2011. Many of them said they had little to celebrate.

Unemployment stands at 16.2 percent, and about 30 percent of young graduates are out of work, the National Institute of Statistics said last month. The economy shrank by about 9 percent in 2020, hit by the pandemic and the collapse of tourism.

"We got freedom of speech, but we cannot eat it," said Sami Gharbi, 34, a teacher from Sidi Bouzid, the town in central Tunisia where the street vendor Mohamed Bouazizi set himself on fire on December 17, 2010. His death sparked the uprising.

The Islamist Ennahda party, the largest in parliament, said the goals of the revolution were unfinished. President Kais Saied, a law professor elected in 2019, has promised to fight corruption.

Protests spread that year to Egypt, Libya, Yemen, Bahrain and Syria. Tunisia was the only country to emerge with a democratic constitution, which it adopted in 2014.

Thousands of Tunisians have crossed to Italy by boat since July. About 12,900 reached the island of Lampedusa and other parts of the Italian coast in 2020, according to figures from Rome.
""",
    [G("Tunis", "TN", 36.81, 10.18, "TUNIS"), P("Zine El Abidine Ben Ali"), C("Tunisia", "TN"), C("Saudi Arabia", "SA"),
     V("Arab Spring"), O("National Institute of Statistics"), P("Sami Gharbi"), G("Sidi Bouzid", "TN", 35.04, 9.48),
     P("Mohamed Bouazizi"), N("Islamist"), O("Ennahda"), P("Kais Saied"), C("Egypt", "EG"), C("Libya", "LY"), C("Yemen", "YE"),
     C("Bahrain", "BH"), C("Syria", "SY"), N("Tunisians"), C("Italy", "IT"), L("Lampedusa", country="IT", lat=35.51, lon=12.60),
     N("Italian"), G("Rome", "IT", 41.89, 12.48)],
    [D("Ten years ago today", "2011-01-14"), D("Thursday", "2021-01-14"), D("January 2011", "2011-01"), D("last month", "2020-12"),
     D("2020", "2020"), D("December 17, 2010", "2010-12-17"), D("2019", "2019"), D("that year", "2011"), D("2014", "2014"),
     D("July", "2020-07")],
    [Q("16.2 percent", 16.2, "percent"), Q("about 30 percent", 30, "percent"), Q("about 9 percent", 9, "percent"),
     Q("About 12,900", 12900, "people"), Q("four weeks", 4, "week")])

A("mali-junta-ecowas", "2024-02-02", """
Mali, Burkina Faso and Niger quit West African bloc, deepening Sahel rift

BAMAKO (Reuters) - The military governments of Mali, Burkina Faso and Niger said on Sunday they were leaving the Economic Community of West African States (ECOWAS) with immediate effect, accusing the bloc of serving French interests.

The three Sahel states, all run by juntas that seized power in coups since 2020, have drawn closer to Russia. Mercenaries from the Wagner Group have fought alongside Malian troops since late 2021, and Russian instructors arrived in Ouagadougou in January.

ECOWAS said on Monday it had not received formal notice. Under its treaty, a member must give one year's notice before leaving.

Economists warn the exit could hurt the landlocked countries, whose combined population of about 72 million relies on the ports of Abidjan, Lomé and Dakar. Trade with the rest of the bloc was worth about $1.1 billion last year, the regional central bank estimates.

"People in Gao and Timbuktu are already paying more for rice," said Aminata Coulibaly, an economist at the University of Bamako. Coulibaly said prices in northern Mali had risen 15 percent since the bloc imposed sanctions in January 2022.

Violence has grown across the region. More than 8,000 people were killed in attacks by groups linked to al-Qaeda and Islamic State in Burkina Faso alone in 2023, according to the Armed Conflict Location and Event Data project (ACLED).

The United Nations ended its peacekeeping mission in Mali, MINUSMA, in December after a decade.
""",
    [C("Mali", "ML"), C("Burkina Faso", "BF"), C("Niger", "NE"), G("Bamako", "ML", 12.65, -8.00, "BAMAKO"), O("Reuters"),
     O("Economic Community of West African States", "Economic Community of West African States", "ECOWAS"), N("French"),
     L("Sahel"), C("Russia", "RU"), O("Wagner Group"), N("Malian"), N("Russian"), G("Ouagadougou", "BF", 12.37, -1.52),
     G("Abidjan", "CI", 5.36, -4.01), G("Lomé", "TG", 6.13, 1.22), G("Dakar", "SN", 14.69, -17.44), G("Gao", "ML", 16.27, -0.04),
     G("Timbuktu", "ML", 16.77, -3.01), P("Aminata Coulibaly", "Aminata Coulibaly", "Coulibaly"), O("University of Bamako"),
     O("al-Qaeda"), O("Islamic State"), O("Armed Conflict Location and Event Data", "Armed Conflict Location and Event Data", "ACLED"),
     O("United Nations"), O("MINUSMA")],
    [D("Sunday", "2024-01-28"), D("2020", "2020"), D("late 2021", "2021"), D("January", "2024-01"), D("Monday", "2024-01-29"),
     D("last year", "2023"), D("January 2022", "2022-01"), D("2023", "2023"), D("December", "2023-12")],
    [Q("about 72 million", 72000000, "people"), Q("about $1.1 billion", 1100000000, "USD"), Q("15 percent", 15, "percent"),
     Q("More than 8,000 people", 8000, "people"), Q("The three Sahel states", 3, "states"), Q("one year", 1, "year")])

A("uk-rail-strike", "2022-06-22", """
Rail strike brings Britain's network to a standstill for second day

LONDON — Only about 20 percent of trains ran across Britain on Tuesday as more than 40,000 members of the RMT union walked out in the biggest rail strike in three decades, leaving commuters in London, Manchester and Glasgow to find other ways to work.

Network Rail, which owns the tracks and signalling, said about 4,500 services had been cancelled and that lines in much of Scotland and Wales were closed entirely. Further walkouts are planned for Thursday and Saturday.

The union's regional organiser, Kath Pemberton, told reporters at a picket line in north London that workers had been offered a 3 per cent pay rise while inflation was running at 9.1 per cent, the highest rate for 40 years. "No one wants to strike, but our members cannot take another real-terms pay cut," Pemberton said.

The Department for Transport accused the union of "holding passengers to ransom" and said ministers would change the law so that agency staff could replace striking workers.

Businesses in city centres reported a sharp fall in footfall. The hospitality industry body UKHospitality estimated that the three days of action would cost pubs, restaurants and hotels £540m in lost sales.

The Office for National Statistics said last week that rail fares in England had risen by 3.8 per cent in March, the largest annual increase since 2012.
""",
    [G("London", "GB", 51.51, -0.13, "LONDON", "London"), C("United Kingdom", "GB", "Britain"), O("RMT"), G("Manchester", "GB", 53.48, -2.24),
     G("Glasgow", "GB", 55.86, -4.25), O("Network Rail"), C("Scotland", "GB"), C("Wales", "GB"), P("Kath Pemberton", "Kath Pemberton", "Pemberton"),
     O("Department for Transport"), O("UKHospitality"), O("Office for National Statistics"), C("England", "GB")],
    [D("Tuesday", "2022-06-21"), D("Thursday", "2022-06-23"), D("Saturday", "2022-06-25"), D("last week", "2022-W24"),
     D("March", "2022-03"), D("2012", "2012")],
    [Q("about 20 percent", 20, "percent"), Q("more than 40,000 members", 40000, "members"), Q("about 4,500 services", 4500, "services"), Q("3 per cent", 3, "percent"),
     Q("9.1 per cent", 9.1, "percent"), Q("£540m", 540000000, "GBP"), Q("3.8 per cent", 3.8, "percent"), Q("three decades", 3, "decade"), Q("40 years", 40, "year"), Q("three days", 3, "day")])

A("red-sea-shipping", "2024-01-17", """
Tanker rates soar as Houthi attacks push ships away from Red Sea

DUBAI — The cost of hiring a tanker to carry crude oil from the Gulf to Europe has nearly tripled since mid-December, brokers said on Tuesday, as attacks by Yemen's Houthi movement forced shipping companies to avoid the Red Sea and the Suez Canal.

Maersk, the Danish shipping group, said on Tuesday it would keep diverting its vessels around Africa "for the foreseeable future". The detour adds about 3,500 nautical miles and 10 to 14 days to a voyage from Asia to northern Europe.

The Houthis, who control Sanaa and much of western Yemen, say they are targeting ships linked to Israel in protest at the war in Gaza. Since November 19, they have launched more than 30 attacks on merchant vessels, according to U.S. Central Command.

American and British warplanes struck dozens of Houthi targets on Friday, and U.S. forces hit four anti-ship missiles that were being prepared for launch, the Pentagon said.

Traffic through the Bab el-Mandeb Strait, the narrow passage between Yemen and Djibouti, fell by 42 percent in the first two weeks of January, data from the consultancy Kpler showed. About 12 percent of world trade normally passes through the Suez Canal.

Shipping through the Strait of Hormuz, at the other end of the Arabian Peninsula, has not been affected. Iran, which backs the Houthis, has denied any role in the attacks. Brent crude rose 1.2 percent to $79.10 a barrel.
""",
    [G("Dubai", "AE", 25.27, 55.30, "DUBAI"), L("Gulf"), L("Europe"), C("Yemen", "YE"), O("Houthis", "Houthi", "Houthis"), L("Red Sea"),
     L("Suez Canal", country="EG"), O("Maersk"), N("Danish"), L("Africa"), L("Asia"), G("Sanaa", "YE", 15.35, 44.21), C("Israel", "IL"),
     G("Gaza", "PS", 31.50, 34.47), O("U.S. Central Command"), N("American"), N("British"), C("United States", "US", "U.S."),
     O("Pentagon"), L("Bab el-Mandeb Strait"), C("Djibouti", "DJ"), O("Kpler"), L("Strait of Hormuz"), L("Arabian Peninsula"),
     C("Iran", "IR")],
    [D("mid-December", "2023-12"), D("Tuesday", "2024-01-16"), D("November 19", "2023-11-19"), D("Friday", "2024-01-12"),
     D("the first two weeks of January", "2024-01")],
    [Q("about 3,500 nautical miles", 3500, "nautical mile"), Q("more than 30 attacks", 30, "attacks"), Q("four anti-ship missiles", 4, "missiles"),
     Q("42 percent", 42, "percent"), Q("About 12 percent", 12, "percent"), Q("1.2 percent", 1.2, "percent"), Q("$79.10", 79.1, "USD"), Q("10", 10, "day"), Q("14 days", 14, "day")])

A("kenya-drought", "2023-03-07", """
Kenya's herders count losses as drought enters sixth failed rainy season

LODWAR, Kenya — More than 2.5 million livestock have died in northern Kenya since late 2020 as the worst drought in four decades has dried up rivers and grazing land, the National Drought Management Authority said on Monday.

In Turkana County, on the border with South Sudan and Ethiopia, families who once kept hundreds of goats now have a handful. "I had 200 goats. Now I have 11," said Ekai Lokwang, a herder near Lodwar, the county's main town.

The Kenya Meteorological Department expects below-average rain again during the long rains, which normally fall from March to May. That would make it the sixth failed season in a row. The government says 4.4 million Kenyans need food aid, up from 3.1 million in September.

The Horn of Africa drought has also hit Somalia, where the United Nations warned last month that famine was likely in the Bay region by June unless aid increased. Aid agencies have received only 18 percent of the $2.6 billion they appealed for this year.

Agriculture minister Mary Wanjiru said on Sunday that the government would spend 10 billion shillings ($79 million) on water trucks and animal feed. Scientists at Imperial College London found in a study published in October that climate change had made such droughts about 100 times more likely.
""",
    [G("Lodwar", "KE", 3.12, 35.60, "LODWAR", "Lodwar"), C("Kenya", "KE"), O("National Drought Management Authority"),
     C("Turkana County", "KE"), C("South Sudan", "SS"), C("Ethiopia", "ET"), P("Ekai Lokwang"), O("Kenya Meteorological Department"),
     N("Kenyans"), L("Horn of Africa"), C("Somalia", "SO"), O("United Nations"), C("Bay", "SO"), P("Mary Wanjiru"),
     O("Imperial College London")],
    [D("late 2020", "2020"), D("Monday", "2023-03-06"), D("March", "2023-03"), D("May", "2023-05"), D("September", "2022-09"),
     D("last month", "2023-02"), D("June", "2023-06"), D("this year", "2023"), D("Sunday", "2023-03-05"), D("October", "2022-10")],
    [Q("More than 2.5 million livestock", 2500000, "livestock"), Q("200 goats", 200, "goats"), Q("11", 11, "goats"),
     Q("4.4 million Kenyans", 4400000, "Kenyans"), Q("3.1 million", 3100000, "Kenyans"), Q("18 percent", 18, "percent"),
     Q("$2.6 billion", 2600000000, "USD"), Q("10 billion shillings", 10000000000, "KES"), Q("$79 million", 79000000, "USD"),
     Q("about 100 times", 100, "times"), Q("four decades", 4, "decade")])

A("pennsylvania-midterms", "2022-11-09", """
Democrats flip state House seats in suburban Philadelphia as Republicans hold rural west

HARRISBURG, Pa. — Democrats won at least four seats in the Pennsylvania House of Representatives that had been held by Republicans, putting the party within reach of its first majority in the chamber since 2010, according to results released on Wednesday.

The gains came mostly in the suburbs of Philadelphia, in Bucks, Chester and Montgomery counties, where turnout was above 70 percent. In Chester County, Democrat Laura Whitaker beat three-term Republican incumbent Tom Reigle by 1,312 votes.

"Voters here told us they care about abortion rights and about schools," Whitaker said at her victory party in West Chester on Tuesday night.

Republicans held their ground in the west of the state. In Washington County, south of Pittsburgh, Republican candidates won every contested seat, and in Erie the party gained a seat it had lost in 2018.

The result for control of the 203-seat chamber may not be known for days, the Department of State said, because about 110,000 mail-in ballots had yet to be counted. Catholic and evangelical groups had spent more than $3 million on advertising in the closest districts.

Nationally, Democrats did better than polls had predicted in the midterm elections. The Senate race between the two parties in Georgia is headed for a runoff on December 6.
""",
    [N("Democrats", "Democrats", "Democrat"), G("Philadelphia", "US", 39.95, -75.17), N("Republicans", "Republicans", "Republican"),
     G("Harrisburg", "US", 40.27, -76.88, "HARRISBURG"), C("Pennsylvania", "US", "Pa."),
     O("Pennsylvania House of Representatives"), C("Bucks County", "US", "Bucks"), C("Chester County", "US", "Chester", "Chester County"),
     C("Montgomery County", "US", "Montgomery"), P("Laura Whitaker", "Laura Whitaker", "Whitaker"), P("Tom Reigle"),
     G("West Chester", "US", 39.96, -75.61), C("Washington County", "US"), G("Pittsburgh", "US", 40.44, -80.00),
     G("Erie", "US", 42.13, -80.09), O("Department of State"), N("Catholic"), O("Senate"), C("Georgia", "US")],
    [D("2010", "2010"), D("Wednesday", "2022-11-09"), D("Tuesday", "2022-11-08"), D("2018", "2018"), D("December 6", "2022-12-06")],
    [Q("at least four seats", 4, "seats"), Q("above 70 percent", 70, "percent"), Q("1,312 votes", 1312, "votes"), Q("three-term", 3, "terms"),
     Q("203-seat", 203, "seats"), Q("about 110,000 mail-in ballots", 110000, "ballots"), Q("more than $3 million", 3000000, "USD")])

A("syria-deir-ezzor-clashes", "2023-09-04", """
Kurdish-led forces retake villages from Arab tribal fighters in eastern Syria

QAMISHLI, Syria — The Kurdish-led Syrian Democratic Forces (SDF) said on Sunday they had regained control of the last villages held by Arab tribal fighters along the Euphrates River in Deir ez-Zor province, after a week of clashes that killed at least 90 people.

The fighting began on August 27, when the SDF detained Ahmed al-Khabil, the commander of the Deir ez-Zor Military Council, an Arab unit within the alliance. Tribal leaders accused the Kurds of marginalising Arabs in the oil-rich province.

The SDF, whose main component is the People's Protection Units (YPG), controls about a quarter of Syria with the support of roughly 900 American troops. Turkey considers the YPG a terrorist group.

"We will not allow the regime or Iran to exploit this," SDF commander Rojhat Amed told reporters in Hasakah. Amed said a committee would hear the tribes' complaints.

The Syrian Observatory for Human Rights, a monitoring group based in Britain, said 25 civilians were among the dead. Thousands of families fled the town of Al-Busayrah, 40 km south-east of the city of Deir ez-Zor.

Government forces and Iranian-backed militias control the western bank of the Euphrates. The U.S.-led coalition called for calm on Friday and said the fight against Islamic State had to remain the priority.
""",
    [N("Kurdish"), N("Arab", "Arab", "Arabs"), C("Syria", "SY"), G("Qamishli", "SY", 37.05, 41.23, "QAMISHLI"),
     O("Syrian Democratic Forces", "Syrian Democratic Forces", "SDF"), L("Euphrates River", "Euphrates River", "Euphrates"),
     C("Deir ez-Zor Governorate", "SY", "Deir ez-Zor"), G("Deir ez-Zor", "SY", 35.34, 40.14, "Deir ez-Zor"),
     P("Ahmed al-Khabil"), O("Deir ez-Zor Military Council"), N("Kurds"),
     O("People's Protection Units", "People's Protection Units", "YPG"), N("American"), C("Turkey", "TR"), C("Iran", "IR"),
     P("Rojhat Amed", "Rojhat Amed", "Amed"), G("Hasakah", "SY", 36.50, 40.75), O("Syrian Observatory for Human Rights"),
     C("United Kingdom", "GB", "Britain"), G("Al-Busayrah", "SY", 35.15, 40.43), N("Iranian"), C("United States", "US", "U.S."),
     O("Islamic State")],
    [D("Sunday", "2023-09-03"), D("August 27", "2023-08-27"), D("Friday", "2023-09-01")],
    [Q("at least 90 people", 90, "people"), Q("roughly 900 American troops", 900, "troops"), Q("25 civilians", 25, "civilians"),
     Q("40 km", 40, "km")])

A("mumbai-monsoon", "2024-07-09", """
Mumbai brought to a halt as monsoon dumps 300 mm of rain in six hours

MUMBAI — Suburban train services in Mumbai were suspended for several hours on Monday and schools were closed after more than 300 mm of rain fell on parts of India's financial capital overnight, flooding roads and railway tracks.

The India Meteorological Department (IMD) issued a red alert for Mumbai and the neighbouring districts of Thane and Raigad until Wednesday, warning of "extremely heavy" rainfall along the Konkan coast of Maharashtra.

At least 50 flights were diverted or cancelled at the city's airport, the operator said. The Brihanmumbai Municipal Corporation said it had deployed 480 pumps to clear water from low-lying areas such as Andheri and Kurla.

"I left home at 7 in the morning and reached the office at noon," said Priya Deshmukh, an accountant who commutes from Thane. Deshmukh said water on the tracks had stopped her train near Sion for three hours.

Mumbai, home to more than 20 million people, receives most of its annual rainfall of about 2,200 mm in the monsoon months, when the south-west monsoon blows in from the Arabian Sea. In July 2005, nearly 1,000 mm fell in a single day, killing more than 1,000 people across the state.

State relief minister Anil Patwardhan said on Monday evening that the state had set aside 1,500 crore rupees for flood control this year.
""",
    [G("Mumbai", "IN", 19.08, 72.88, "MUMBAI", "Mumbai"), C("India", "IN"), O("India Meteorological Department", "India Meteorological Department", "IMD"),
     G("Thane", "IN", 19.20, 72.97), C("Raigad", "IN"), L("Konkan"), C("Maharashtra", "IN"), O("Brihanmumbai Municipal Corporation"),
     G("Andheri", "IN", 19.12, 72.85), G("Kurla", "IN", 19.07, 72.88), P("Priya Deshmukh", "Priya Deshmukh", "Deshmukh"),
     G("Sion", "IN", 19.04, 72.86), L("Arabian Sea"), P("Anil Patwardhan")],
    [D("Monday", "2024-07-08"), D("Wednesday", "2024-07-10"), D("July 2005", "2005-07"),
     D("this year", "2024")],
    [Q("more than 300 mm", 300, "mm"), Q("At least 50 flights", 50, "flights"), Q("480 pumps", 480, "pumps"),
     Q("more than 20 million people", 20000000, "people"), Q("about 2,200 mm", 2200, "mm"), Q("nearly 1,000 mm", 1000, "mm"),
     Q("more than 1,000 people", 1000, "people"), Q("1,500 crore rupees", 15000000000, "INR"), Q("three hours", 3, "hour")])

A("volkswagen-wolfsburg-deal", "2024-12-20", """
Volkswagen and union agree to cut 35,000 jobs without closing German plants

WOLFSBURG, Germany — Volkswagen and the IG Metall union agreed early on Friday to cut more than 35,000 jobs in Germany by 2030, ending a dispute that had led to the first strikes at the carmaker in decades, but sparing its factories from closure.

The deal, reached after a 70-hour negotiating session in Hanover, will reduce annual production capacity in Germany by about 734,000 vehicles. Production of the Golf will move from Wolfsburg to Puebla in Mexico from 2027, and the plants in Dresden and Osnabrück will stop building cars by the end of 2025 and in 2027 respectively.

"Nobody will be made redundant," said Sabine Kröger, a member of the works council in Wolfsburg. Jan Hellwig, who led the talks for IG Metall, called the agreement "painful but fair". Kröger said workers would vote on it in January.

Europe's largest carmaker said the measures would save about 15 billion euros over the medium term. Sales of its electric models have fallen short of plans, and its market share in China, where BYD has overtaken it, fell to 14.5 percent in the first nine months of the year.

The state of Lower Saxony, which owns 20 percent of the voting rights, welcomed the deal. Shares in Volkswagen rose 1.2 percent in Frankfurt.

Wolfsburg, a city of 125,000 built around the company's headquarters in 1938, had braced for its first plant closure. About 60,000 people work at the site.
""",
    [G("Wolfsburg", "DE", 52.42, 10.79, "WOLFSBURG", "Wolfsburg"), C("Germany", "DE"), O("Volkswagen"), O("IG Metall"),
     G("Hanover", "DE", 52.37, 9.74), G("Puebla", "MX", 19.04, -98.21), C("Mexico", "MX"), G("Dresden", "DE", 51.05, 13.74),
     G("Osnabrück", "DE", 52.27, 8.05), P("Sabine Kröger", "Sabine Kröger", "Kröger"), P("Jan Hellwig"), L("Europe"), C("China", "CN"),
     O("BYD"), C("Lower Saxony", "DE"), G("Frankfurt", "DE", 50.11, 8.68)],
    [D("Friday", "2024-12-20"), D("2030", "2030"), D("2027", "2027"), D("the end of 2025", "2025"),
     D("the first nine months of the year", "2024"), D("1938", "1938"), D("January", "2025-01")],
    [Q("more than 35,000 jobs", 35000, "jobs"), Q("about 734,000 vehicles", 734000, "vehicles"), Q("about 15 billion euros", 15000000000, "EUR"),
     Q("14.5 percent", 14.5, "percent"), Q("20 percent", 20, "percent"), Q("1.2 percent", 1.2, "percent"), Q("125,000", 125000, "people"),
     Q("About 60,000 people", 60000, "people"), Q("70-hour", 70, "hour")])

A("amazon-summit-belem", "2023-08-09", """
Amazon nations agree to fight deforestation but set no shared target

BELÉM, Brazil — Leaders of the eight countries that share the Amazon rainforest agreed on Tuesday to set up an alliance against deforestation, but failed to commit to a common goal of ending forest clearance by 2030, as Brazil had proposed.

The declaration, signed at the end of a two-day summit of the Amazon Cooperation Treaty Organization (ACTO) in the Brazilian city of Belém, at the mouth of the Amazon River, creates a scientific panel and a centre in Manaus to coordinate police work against illegal mining and logging.

Colombia pushed for a ban on new oil exploration in the region, which Venezuela and Bolivia opposed. "The Amazon cannot wait for every government to agree," said Camila Restrepo, an environmental lawyer from Bogotá who attended the talks.

Deforestation in the Brazilian Amazon fell by 42 percent in the first seven months of the year, according to satellite data from the National Institute for Space Research (INPE). The agency said last week that about 7,950 square kilometres were cleared between August 2022 and July 2023, the lowest figure since 2019.

Peru, Ecuador, Guyana and Suriname also signed the declaration. Norway and Germany, the main donors to the Amazon Fund, have given it more than $1.2 billion since 2008.
""",
    [G("Belém", "BR", -1.46, -48.50, "BELÉM", "Belém"), C("Brazil", "BR"), L("Amazon rainforest", "Amazon rainforest", "Amazon"),
     O("Amazon Cooperation Treaty Organization", "Amazon Cooperation Treaty Organization", "ACTO"), N("Brazilian"), L("Amazon River"),
     G("Manaus", "BR", -3.10, -60.03), C("Colombia", "CO"), C("Venezuela", "VE"), C("Bolivia", "BO"), P("Camila Restrepo"),
     G("Bogotá", "CO", 4.61, -74.08), O("National Institute for Space Research", "National Institute for Space Research", "INPE"),
     C("Peru", "PE"), C("Ecuador", "EC"), C("Guyana", "GY"), C("Suriname", "SR"), C("Norway", "NO"), C("Germany", "DE"), O("Amazon Fund")],
    [D("Tuesday", "2023-08-08"), D("2030", "2030"), D("the first seven months of the year", "2023"), D("last week", "2023-W31"),
     D("August 2022", "2022-08"), D("July 2023", "2023-07"), D("2019", "2019"), D("2008", "2008")],
    [Q("the eight countries", 8, "countries"), Q("42 percent", 42, "percent"), Q("about 7,950 square kilometres", 7950, "km2"),
     Q("more than $1.2 billion", 1200000000, "USD"), Q("two-day", 2, "day")])

A("taiwan-drills", "2024-05-24", """
China stages second day of drills around Taiwan after new president takes office

TAIPEI — China's military sent dozens of warships and aircraft around Taiwan for a second day on Friday, in exercises Beijing said were "strong punishment" for what it called separatist acts by the island's new leader.

Taiwan's defence ministry said it had detected 62 Chinese military aircraft and 27 navy ships near the island in the 24 hours to 6 a.m., and that 46 of the aircraft had crossed the median line of the Taiwan Strait.

The drills, named Joint Sword-2024A, began on Thursday, three days after Lai Ching-te was sworn in as president in Taipei. In his inaugural speech on Monday, Lai urged Beijing to stop its military intimidation.

The Eastern Theater Command of the People's Liberation Army (PLA) said its forces were also operating near the islands of Kinmen and Matsu, which lie only a few kilometres from the coast of Fujian province.

"This is a rehearsal for a blockade," said Chen Wei-lin, a researcher at the Institute for National Defense and Security Research in Taipei. Chen said the drills were larger than those held in April 2023.

The U.S. State Department urged China to act with restraint. Taiwan's main stock index fell 0.5 percent in early trading.
""",
    [G("Taipei", "TW", 25.05, 121.53, "TAIPEI", "Taipei"), C("China", "CN"), C("Taiwan", "TW"), G("Beijing", "CN", 39.91, 116.40),
     N("Chinese"), L("Taiwan Strait"), V("Joint Sword-2024A"), P("Lai Ching-te", "Lai Ching-te", "Lai"), O("Eastern Theater Command"),
     O("People's Liberation Army", "People's Liberation Army", "PLA"), G("Kinmen", "TW", 24.44, 118.38), G("Matsu", "TW", 26.16, 119.95),
     C("Fujian", "CN"), P("Chen Wei-lin", "Chen Wei-lin", "Chen"), O("Institute for National Defense and Security Research"),
     C("United States", "US", "U.S."), O("State Department")],
    [D("Friday", "2024-05-24"), D("Thursday", "2024-05-23"), D("Monday", "2024-05-20"), D("April 2023", "2023-04")],
    [Q("62 Chinese military aircraft", 62, "aircraft"), Q("27 navy ships", 27, "ships"), Q("46 of the aircraft", 46, "aircraft"),
     Q("0.5 percent", 0.5, "percent"), Q("24 hours", 24, "hour"), Q("three days", 3, "day")])

A("hajj-heat-deaths", "2024-06-20", """
Hundreds of pilgrims die in extreme heat during hajj

MECCA, Saudi Arabia — More than 1,000 people died during this year's hajj, most of them from heat stroke as temperatures in Mecca rose above 51C, according to a tally of figures from more than a dozen countries on Thursday.

Egypt accounted for more than half of the deaths. Officials in Cairo said 658 Egyptians had died, most of them pilgrims who travelled without official permits and so had no access to air-conditioned tents. Jordan, Tunisia, Indonesia and Iran also reported deaths.

About 1.8 million Muslims took part in the pilgrimage, which ended on Wednesday, Saudi authorities said. The kingdom's health ministry has not given a total.

"We walked for hours at Mina with no shade and no water," said Yusuf Demir, a 38-year-old pilgrim from Istanbul. Demir said his group had seen bodies by the side of the road.

The hajj follows the Islamic lunar calendar and is moving through the hottest months of the year. Scientists at the Massachusetts Institute of Technology warned in 2019 that temperatures during the pilgrimage could exceed safe limits as the Gulf region warms.

Last year, Indonesia reported more than 200 deaths among its pilgrims.
""",
    [G("Mecca", "SA", 21.42, 39.83, "MECCA", "Mecca"), C("Saudi Arabia", "SA"), V("Hajj", "hajj"), C("Egypt", "EG"),
     G("Cairo", "EG", 30.04, 31.24), N("Egyptians"), C("Jordan", "JO"), C("Tunisia", "TN"), C("Indonesia", "ID"), C("Iran", "IR"),
     N("Muslims"), N("Saudi"), L("Mina", country="SA", lat=21.41, lon=39.89), P("Yusuf Demir", "Yusuf Demir", "Demir"),
     G("Istanbul", "TR", 41.01, 28.95), N("Islamic"), O("Massachusetts Institute of Technology"), L("Gulf")],
    [D("this year", "2024"), D("Thursday", "2024-06-20"), D("Wednesday", "2024-06-19"), D("2019", "2019"), D("Last year", "2023")],
    [Q("More than 1,000 people", 1000, "people"), Q("above 51C", 51, "celsius"), Q("more than a dozen countries", 12, "countries"),
     Q("658 Egyptians", 658, "Egyptians"), Q("About 1.8 million Muslims", 1800000, "Muslims"), Q("more than 200 deaths", 200, "deaths"), Q("38-year-old", 38, "year")])

A("odesa-grain-corridor", "2023-08-17", """
First cargo ship leaves Odesa through Ukraine's new Black Sea corridor

KYIV (Reuters) - A container ship that had been stuck in Odesa since February 2022 left the port on Wednesday, the first vessel to use a temporary shipping corridor that Ukraine announced last week after Russia quit a deal that had let grain ships cross the Black Sea safely.

The Hong Kong-flagged Joseph Schulte, carrying more than 30,000 tonnes of cargo, was sailing along the coast towards the Bosphorus, Deputy Prime Minister Oleksandr Kubrakov said. Ukraine's navy said the route runs close to the shores of Romania and Bulgaria, both members of NATO.

Moscow pulled out of the deal, brokered by the United Nations and Turkey, on July 17 and has since struck grain terminals in Odesa and in the Danube river ports of Izmail and Reni with drones and missiles. Ukraine says the attacks have destroyed about 180,000 tonnes of grain.

The deal allowed Ukraine to export nearly 33 million tonnes of food in a year, much of it to countries in Africa and Asia.

"Insurers will be watching this ship very closely," said Olena Marchuk, a shipping analyst in Kyiv. Marchuk said premiums for the route were still around 5 percent of a vessel's value.

Wheat futures in Chicago rose 2 percent after the news. Since the Russian invasion, more Ukrainian grain has gone by river and rail to the Romanian port of Constanța, whose capacity has roughly doubled.
""",
    [G("Kyiv", "UA", 50.45, 30.52, "KYIV", "Kyiv"), O("Reuters"), G("Odesa", "UA", 46.48, 30.73), C("Ukraine", "UA"), C("Russia", "RU"),
     L("Black Sea"), G("Hong Kong", "HK", 22.32, 114.17), L("Bosphorus"),
     P("Oleksandr Kubrakov"), C("Romania", "RO"), C("Bulgaria", "BG"), O("NATO"), G("Moscow", "RU", 55.75, 37.62), O("United Nations"),
     C("Turkey", "TR"), L("Danube"), G("Izmail", "UA", 45.35, 28.84), G("Reni", "UA", 45.46, 28.29), L("Africa"), L("Asia"),
     P("Olena Marchuk", "Olena Marchuk", "Marchuk"), G("Chicago", "US", 41.88, -87.63), N("Russian"), N("Ukrainian"), N("Romanian"),
     G("Constanța", "RO", 44.18, 28.63)],
    [D("February 2022", "2022-02"), D("Wednesday", "2023-08-16"), D("last week", "2023-W32"), D("July 17", "2023-07-17")],
    [Q("more than 30,000 tonnes", 30000, "tonne"), Q("about 180,000 tonnes", 180000, "tonne"), Q("nearly 33 million tonnes", 33000000, "tonne"),
     Q("around 5 percent", 5, "percent"), Q("2 percent", 2, "percent")])

A("juarez-border-title42", "2023-05-12", """
Border crossings slow after end of Title 42, but shelters in El Paso stay full

EL PASO, Texas — The number of migrants crossing the Rio Grande into El Paso fell sharply on Friday, a day after the expiry of the pandemic-era rule known as Title 42, but shelters on both sides of the border remained crowded.

U.S. Customs and Border Protection (CBP) said agents had detained about 10,000 people a day along the southern border this week, close to record levels. In the El Paso sector, apprehensions dropped to around 1,200 on Thursday from more than 2,000 earlier in the week.

Across the river in Ciudad Juárez, about 35,000 migrants, many of them Venezuelan, are waiting for appointments through a government app, the Mexican authorities estimate. Most hope to reach relatives in Chicago, New York or Denver.

"We have beds for 130 people and now we have more than 400," said Lucía Barrera, who runs a shelter for the Catholic Diocese of El Paso. Barrera said volunteers had set up cots in a church hall on Tuesday.

The Department of Homeland Security said those who cross without permission now face a five-year ban on re-entry. Texas has sent about 400 National Guard troops to El Paso since Monday.
""",
    [G("El Paso", "US", 31.76, -106.49, "EL PASO", "El Paso"), C("Texas", "US"), L("Rio Grande"),
     O("U.S. Customs and Border Protection", "U.S. Customs and Border Protection", "CBP"), G("Ciudad Juárez", "MX", 31.72, -106.46),
     N("Venezuelan"), N("Mexican"), G("Chicago", "US", 41.88, -87.63), G("New York", "US", 40.71, -74.01), G("Denver", "US", 39.74, -104.98),
     P("Lucía Barrera", "Lucía Barrera", "Barrera"), O("Catholic Diocese of El Paso"), O("Department of Homeland Security"),
     O("National Guard")],
    [D("Friday", "2023-05-12"), D("this week", "2023-W19"), D("Thursday", "2023-05-11"), D("earlier in the week", "2023-W19"),
     D("Tuesday", "2023-05-09"), D("Monday", "2023-05-08")],
    [Q("about 10,000 people", 10000, "people"), Q("around 1,200", 1200, "people"), Q("more than 2,000", 2000, "people"),
     Q("about 35,000 migrants", 35000, "migrants"), Q("130 people", 130, "people"), Q("more than 400", 400, "people"),
     Q("about 400 National Guard troops", 400, "troops"), Q("five-year", 5, "year")])

A("noto-earthquake", "2024-01-03", """
Rescuers race to reach cut-off towns after Japan's New Year's Day quake

TOKYO — Rescue teams struggled on Wednesday to reach towns on the Noto Peninsula cut off by landslides after a magnitude 7.5 earthquake struck western Japan on Monday, killing at least 64 people and destroying hundreds of homes.

Most of the deaths were in Wajima and Suzu, on the northern tip of the peninsula in Ishikawa prefecture, where a fire that broke out after the quake burned through about 200 buildings in the old market district of Wajima.

Prime Minister Fumio Kishida said the government had sent about 1,000 troops from the Self-Defense Forces and that the first 72 hours were critical. More than 33,000 people were in evacuation centres, Ishikawa officials said.

The Japan Meteorological Agency had issued a major tsunami warning for the coast of the Sea of Japan, the first since the disaster of March 2011, when a tsunami killed about 18,000 people in the north-east. Waves of up to 1.2 metres reached Wajima port.

"The road to Suzu is broken in six places," said Kenji Morimoto, a volunteer driving supplies from Kanazawa, the prefectural capital, about 100 km to the south. Morimoto said the journey that usually takes two hours had taken him nine.

Separately, a Japan Airlines plane collided with a coast guard aircraft at Haneda airport in Tokyo on Tuesday evening; five of the six coast guard crew, who were flying supplies to the quake zone, were killed.
""",
    [G("Tokyo", "JP", 35.69, 139.69, "TOKYO", "Tokyo"), L("Noto Peninsula", country="JP"), C("Japan", "JP"), G("Wajima", "JP", 37.39, 136.90),
     G("Suzu", "JP", 37.44, 137.26), C("Ishikawa", "JP"), P("Fumio Kishida"), O("Self-Defense Forces"),
     O("Japan Meteorological Agency"), L("Sea of Japan"), P("Kenji Morimoto", "Kenji Morimoto", "Morimoto"),
     G("Kanazawa", "JP", 36.56, 136.66), O("Japan Airlines")],
    [D("Wednesday", "2024-01-03"), D("Monday", "2024-01-01"), D("March 2011", "2011-03"), D("Tuesday", "2024-01-02")],
    [Q("magnitude 7.5", 7.5, "magnitude"), Q("at least 64 people", 64, "people"), Q("about 200 buildings", 200, "buildings"),
     Q("about 1,000 troops", 1000, "troops"), Q("More than 33,000 people", 33000, "people"), Q("about 18,000 people", 18000, "people"),
     Q("up to 1.2 metres", 1.2, "metre"), Q("about 100 km", 100, "km"), Q("six places", 6, "places"),
     Q("five of the six coast guard crew", 5, "crew"), Q("the six coast guard crew", 6, "crew"), Q("72 hours", 72, "hour"), Q("two hours", 2, "hour")])

A("yellowknife-wildfire", "2023-08-17", """
Yellowknife ordered to evacuate as wildfire closes in

YELLOWKNIFE, Northwest Territories — All 20,000 residents of Yellowknife were ordered to leave the city by noon on Friday as a wildfire burning out of control moved to within 17 kilometres of its western edge, territorial officials said on Wednesday night.

The fire could reach the outskirts by Saturday if winds from the northwest continued, said Marie Lafferty, a spokeswoman for the territory's fire service. "The city is not safe," Lafferty told a news conference.

Residents queued for hours at the airport for evacuation flights to Calgary and Edmonton, in Alberta, while others drove south on the only highway out of the city, through Hay River and Enterprise, towns that were themselves evacuated earlier this week.

More than 230 fires are burning across the Northwest Territories, where the 2023 season has already scorched about 2.1 million hectares. Canada is having its worst fire season on record: more than 13.7 million hectares have burned nationwide, according to the Canadian Interagency Forest Fire Centre.

The Canadian Armed Forces have sent aircraft to help, and Ottawa has promised to cover the cost of the flights. About 68 percent of the territory's population has now been ordered out, officials said.
""",
    [G("Yellowknife", "CA", 62.45, -114.37, "YELLOWKNIFE", "Yellowknife"), C("Northwest Territories", "CA", "Northwest Territories"),
     P("Marie Lafferty", "Marie Lafferty", "Lafferty"), G("Calgary", "CA", 51.05, -114.07), G("Edmonton", "CA", 53.55, -113.49),
     C("Alberta", "CA"), G("Hay River", "CA", 60.82, -115.80), G("Enterprise", "CA", 60.60, -116.14), C("Canada", "CA"),
     O("Canadian Interagency Forest Fire Centre"), O("Canadian Armed Forces"), G("Ottawa", "CA", 45.42, -75.70)],
    [D("Friday", "2023-08-18"), D("Wednesday", "2023-08-16"), D("Saturday", "2023-08-19"), D("earlier this week", "2023-W33"),
     D("2023", "2023")],
    [Q("All 20,000 residents", 20000, "residents"), Q("17 kilometres", 17, "km"), Q("More than 230 fires", 230, "fires"),
     Q("about 2.1 million hectares", 2100000, "hectare"), Q("more than 13.7 million hectares", 13700000, "hectare"),
     Q("About 68 percent", 68, "percent")])

A("victoria-bushfire", "2024-02-23", """
Thousands flee as bushfire tears through western Victoria

MELBOURNE — Residents of more than a dozen towns in western Victoria were told to evacuate on Thursday as an out-of-control bushfire near the Grampians National Park doubled in size amid temperatures above 40 degrees.

The fire, which started on Wednesday afternoon after a lightning strike near the town of Pomonal, had burned through more than 21,000 hectares by Thursday evening, Emergency Management Victoria said. At least 12 homes have been destroyed.

"Leaving now is the safest option," said Rachel Tully, an incident controller with the Country Fire Authority (CFA). Tully said more than 700 firefighters and 40 aircraft were working on the blaze.

About 2,500 people spent Thursday night at a relief centre in Ballarat, 120 km east of the fire. The main road between Ararat and Stawell was closed.

The state has had its hottest summer since the Black Summer fires, which in late 2019 and early 2020 burned more than 24 million hectares across New South Wales and Victoria and killed 33 people. Cooler weather is forecast from Sunday.

The Bureau of Meteorology said rainfall in the region had been well below average since December.
""",
    [G("Melbourne", "AU", -37.81, 144.96, "MELBOURNE"), C("Victoria", "AU"), L("Grampians National Park", country="AU"),
     G("Pomonal", "AU", -37.20, 142.61), O("Emergency Management Victoria"), P("Rachel Tully", "Rachel Tully", "Tully"),
     O("Country Fire Authority", "Country Fire Authority", "CFA"), G("Ballarat", "AU", -37.56, 143.85), G("Ararat", "AU", -37.28, 142.93),
     G("Stawell", "AU", -37.06, 142.78), V("Black Summer"), C("New South Wales", "AU"), O("Bureau of Meteorology")],
    [D("Thursday", "2024-02-22"), D("Wednesday", "2024-02-21"), D("late 2019", "2019"), D("early 2020", "2020"), D("Sunday", "2024-02-25"),
     D("December", "2023-12")],
    [Q("more than a dozen towns", 12, "towns"), Q("above 40 degrees", 40, "celsius"), Q("more than 21,000 hectares", 21000, "hectare"),
     Q("At least 12 homes", 12, "homes"), Q("more than 700 firefighters", 700, "firefighters"), Q("40 aircraft", 40, "aircraft"),
     Q("About 2,500 people", 2500, "people"), Q("120 km", 120, "km"), Q("more than 24 million hectares", 24000000, "hectare"),
     Q("33 people", 33, "people")])

A("sudan-el-fasher", "2024-05-15", """
Fighting for El Fasher threatens last army stronghold in Darfur

PORT SUDAN — Fighting between Sudan's army and the paramilitary Rapid Support Forces (RSF) around El Fasher has killed at least 58 civilians since Friday, Médecins Sans Frontières said on Tuesday, as the RSF tried to seize the last major city in Darfur still held by government forces.

About 800,000 people are trapped in El Fasher, the capital of North Darfur state, according to the United Nations. The World Food Programme said it had not been able to deliver aid to the city since April.

The war broke out in Khartoum in April 2023 between army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo, known as Hemedti. It has driven more than 8.8 million people from their homes, the largest displacement crisis in the world.

"Every night we hear shelling from the east of the city," said Fatima Adam, a nurse reached by telephone at one of the few hospitals still open. Adam said the hospital had received 160 wounded in four days.

Many families have fled west to Chad, crossing the border near Adré, where aid agencies say more than 600,000 Sudanese refugees now live in camps. The United States has accused the RSF and allied Arab militias of ethnic cleansing against the Masalit in West Darfur.

Talks in Jeddah, Saudi Arabia, brokered by Washington and Riyadh, collapsed in December.
""",
    [G("Port Sudan", "SD", 19.62, 37.22, "PORT SUDAN"), C("Sudan", "SD"), O("Rapid Support Forces", "Rapid Support Forces", "RSF"),
     G("El Fasher", "SD", 13.63, 25.35), O("Médecins Sans Frontières"), C("Darfur", "SD"), C("North Darfur", "SD"), O("United Nations"),
     O("World Food Programme"), G("Khartoum", "SD", 15.50, 32.56), P("Abdel Fattah al-Burhan"),
     P("Mohamed Hamdan Dagalo", "Mohamed Hamdan Dagalo", "Hemedti"), P("Fatima Adam", "Fatima Adam", "Adam"), C("Chad", "TD"),
     G("Adré", "TD", 13.47, 22.20), N("Sudanese"), C("United States", "US"), N("Arab"), N("Masalit"), C("West Darfur", "SD"),
     G("Jeddah", "SA", 21.49, 39.19), C("Saudi Arabia", "SA"), G("Washington", "US", 38.91, -77.04), G("Riyadh", "SA", 24.69, 46.72)],
    [D("Friday", "2024-05-10"), D("Tuesday", "2024-05-14"), D("April", "2024-04"), D("April 2023", "2023-04"), D("December", "2023-12")],
    [Q("at least 58 civilians", 58, "civilians"), Q("About 800,000 people", 800000, "people"), Q("more than 8.8 million people", 8800000, "people"),
     Q("160 wounded", 160, "wounded"), Q("more than 600,000 Sudanese refugees", 600000, "refugees"), Q("four days", 4, "day")])

A("oxford-malaria-vaccine", "2022-09-30", """
Oxford malaria vaccine shows high protection in children in Burkina Faso

An experimental malaria vaccine developed at the University of Oxford protected up to 80 percent of young children from the disease over two years, according to trial results published on Thursday in The Lancet Infectious Diseases.

The vaccine, called R21/Matrix-M, was given to 409 children aged 5 to 17 months in Nanoro, in Burkina Faso, during a trial that began in May 2019. A larger trial involving 4,800 children in Burkina Faso, Kenya, Mali and Tanzania is under way.

"These are the best results we have seen for any malaria vaccine," said Dr Helen Okafor, a vaccinologist at the Jenner Institute in Oxford, where the vaccine was designed.

The Serum Institute of India, the world's largest vaccine maker by volume, has agreed to produce more than 100 million doses a year at its plant in Pune once the vaccine is approved.

Malaria killed an estimated 627,000 people in 2020, most of them young children in sub-Saharan Africa, according to the World Health Organization. The only vaccine recommended by the WHO, made by GSK, reduced severe malaria by about 30 percent in trials.

Okafor said the team hoped to apply for approval in Ghana and Nigeria before the end of the year. The doses would cost less than $5 each, she said.
""",
    [O("University of Oxford"), O("The Lancet Infectious Diseases"), G("Nanoro", "BF", 12.69, -2.19), C("Burkina Faso", "BF"),
     C("Kenya", "KE"), C("Mali", "ML"), C("Tanzania", "TZ"), P("Helen Okafor", "Helen Okafor", "Okafor"), O("Jenner Institute"),
     G("Oxford", "GB", 51.75, -1.26), O("Serum Institute of India"), G("Pune", "IN", 18.52, 73.86), L("sub-Saharan Africa"),
     O("World Health Organization", "World Health Organization", "WHO"), O("GSK"), C("Ghana", "GH"), C("Nigeria", "NG")],
    [D("Thursday", "2022-09-29"), D("May 2019", "2019-05"), D("2020", "2020"), D("the end of the year", "2022")],
    [Q("up to 80 percent", 80, "percent"), Q("409 children", 409, "children"), Q("4,800 children", 4800, "children"),
     Q("more than 100 million doses", 100000000, "doses"), Q("an estimated 627,000 people", 627000, "people"),
     Q("about 30 percent", 30, "percent"), Q("less than $5", 5, "USD"), Q("over two years", 2, "year"), Q("5", 5, "month"), Q("17 months", 17, "month")])

A("antakya-one-year", "2024-02-06", """
One year after the earthquake, Antakya is still a city of tents and rubble

ANTAKYA, Turkey — Thousands of people gathered in the ruins of Antakya before dawn on Tuesday to mark the moment, exactly a year ago, when a magnitude 7.8 earthquake struck southern Turkey and northern Syria, killing more than 53,000 people in Turkey and about 6,000 in Syria.

Hatay province, on the Mediterranean coast near the Syrian border, was the worst hit of the 11 provinces affected. Most of Antakya's historic centre, including buildings that had stood since Ottoman times, collapsed or has since been demolished.

"My street no longer exists," said Zeynep Aksoy, 41, who lost her parents and her brother. Aksoy now lives with her children in a container city on the edge of town, one of dozens set up by the disaster agency AFAD.

President Recep Tayyip Erdoğan promised after the quake that 319,000 homes would be built within a year. The government says about 46,000 have been handed over so far. Erdoğan's Justice and Development Party (AKP) hopes to win back the city in local elections on March 31.

The World Bank estimated the direct damage at $34.2 billion, about 4 percent of Turkey's 2021 gross domestic product. Kahramanmaraş, near the epicentre, and Gaziantep also marked the anniversary.
""",
    [G("Antakya", "TR", 36.20, 36.16, "ANTAKYA", "Antakya"), C("Turkey", "TR"), C("Syria", "SY"), C("Hatay", "TR"), L("Mediterranean"),
     N("Syrian"), N("Ottoman"), P("Zeynep Aksoy", "Zeynep Aksoy", "Aksoy"), O("AFAD"),
     P("Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan", "Erdoğan"), O("Justice and Development Party", "Justice and Development Party", "AKP"),
     O("World Bank"), G("Kahramanmaraş", "TR", 37.58, 36.94), G("Gaziantep", "TR", 37.07, 37.38)],
    [D("Tuesday", "2024-02-06"), D("exactly a year ago", "2023-02-06"), D("March 31", "2024-03-31"), D("2021", "2021")],
    [Q("magnitude 7.8", 7.8, "magnitude"), Q("more than 53,000 people", 53000, "people"), Q("about 6,000", 6000, "people"),
     Q("the 11 provinces", 11, "provinces"), Q("319,000 homes", 319000, "homes"), Q("about 46,000", 46000, "homes"),
     Q("$34.2 billion", 34200000000, "USD"), Q("about 4 percent", 4, "percent")])


# The `fresh` split: written after the rules were tuned on dev, in styles dev and check lack (wire datelines with
# the agency, a market report with instrument codes, sport, small-town courts and police abroad, science, diplomacy
# with many ministries, an obituary), to measure how the recogniser holds on text nobody tuned it on. Indices,
# instrument codes ("S&P 500", ".DJI", "XAU=") and currencies are not annotated (products and instruments, as
# vessels and vaccines are not).

A("wfp-afghanistan-cuts", "2025-03-12", """
Aid agencies scale back in western Afghanistan as funding dries up

KABUL (Reuters) - The World Food Programme will halve rations for about 1.5 million people in western Afghanistan from April, the agency said on Wednesday, blaming a sharp fall in donor funding.

The cuts will hit Badghis and Ghor provinces hardest, where drought has ruined two harvests in a row. "Families are already skipping meals," said Farid Nooristani, a WFP field officer in Herat.

The Taliban administration's Ministry of Economy urged donors to separate humanitarian aid from politics. Its spokesman, Abdul Wali Sherzad, told reporters in Kabul that the ministry had registered more than 2,000 aid workers since January.

The UNHCR said about 800,000 Afghans had returned from Iran and Pakistan last year, many of them forced out, putting further strain on border towns such as Islam Qala and Torkham.

OCHA, the U.N. humanitarian office, has received 12 percent of the $2.4 billion it sought for Afghanistan this year. Germany and Japan pledged new funds at a meeting in Doha last month, but the United States, once the largest donor, has made no new commitment.
""",
    [O("Reuters"), G("Kabul", "AF", 34.53, 69.17, "KABUL", "Kabul"), O("World Food Programme", "World Food Programme", "WFP"),
     C("Afghanistan", "AF"), C("Badghis", "AF"), C("Ghor", "AF"), P("Farid Nooristani"), G("Herat", "AF", 34.35, 62.20),
     O("Taliban"), O("Ministry of Economy"), P("Abdul Wali Sherzad"), O("UNHCR"), N("Afghans"), C("Iran", "IR"), C("Pakistan", "PK"),
     G("Islam Qala", "AF", 34.66, 61.07), G("Torkham", "AF", 34.11, 71.09), O("OCHA"), O("United Nations", "U.N."),
     C("Germany", "DE"), C("Japan", "JP"), G("Doha", "QA", 25.29, 51.53), C("United States", "US")],
    [D("April", "2025-04"), D("Wednesday", "2025-03-12"), D("January", "2025-01"), D("last year", "2024"), D("this year", "2025"),
     D("last month", "2025-02")],
    [Q("about 1.5 million people", 1500000, "people"), Q("two harvests", 2, "harvests"), Q("more than 2,000 aid workers", 2000, "aid workers"),
     Q("about 800,000 Afghans", 800000, "Afghans"), Q("12 percent", 12, "percent"), Q("$2.4 billion", 2400000000, "USD")],
  split="fresh")

A("tana-river-floods", "2025-05-06", """
Floods cut off towns in eastern Kenya as Tana River bursts its banks

NAIROBI, Kenya (AP) — Floodwaters cut the main road to Garissa on Monday after the Tana River burst its banks, leaving at least 40,000 people stranded, the Kenya Red Cross said.

At least 17 people have died in the floods since late April, according to the Interior Ministry. Rescuers used boats to reach villages around Hola and Garsen, where crops and livestock were swept away.

"The water came at night and took everything," said Halima Abdi Warsame, a trader in Garissa who fled with her five children.

The Kenya Meteorological Department warned that heavy rain would continue until Friday in the Rift Valley and along the coast near Mombasa. President William Ruto ordered the National Youth Service to help clear blocked roads.

IGAD, the eight-nation regional bloc, said neighbouring Somalia and Ethiopia were also bracing for flooding along the Shabelle River. In 2023, floods in the region killed more than 300 people.
""",
    [G("Nairobi", "KE", -1.29, 36.82, "NAIROBI"), C("Kenya", "KE"), O("Associated Press", "AP"), G("Garissa", "KE", -0.45, 39.66),
     L("Tana River", country="KE"), O("Kenya Red Cross"), O("Interior Ministry"), G("Hola", "KE", -1.50, 40.03),
     G("Garsen", "KE", -2.27, 40.12), P("Halima Abdi Warsame"), O("Kenya Meteorological Department"), L("Rift Valley", country="KE"),
     G("Mombasa", "KE", -4.05, 39.67), P("William Ruto"), O("National Youth Service"), O("IGAD"), C("Somalia", "SO"),
     C("Ethiopia", "ET"), L("Shabelle River")],
    [D("Monday", "2025-05-05"), D("late April", "2025-04"), D("Friday", "2025-05-09"), D("2023", "2023")],
    [Q("at least 40,000 people", 40000, "people"), Q("At least 17 people", 17, "people"), Q("five children", 5, "children"),
     Q("eight-nation", 8, "nation"), Q("more than 300 people", 300, "people")],
  split="fresh")

A("wall-street-inflation", "2025-06-11", """
Stocks rise as soft inflation revives bets on a September rate cut

NEW YORK (Reuters) - U.S. stocks rose on Wednesday after softer-than-expected inflation data revived bets that the Federal Reserve would cut interest rates in September.

The Dow Jones Industrial Average .DJI gained 312.4 points, or 0.7 percent, to 42,880.1, the S&P 500 .SPX added 0.9 percent and the Nasdaq Composite .IXIC climbed 1.2 percent.

Shares of Oracle ORCL.N jumped 8 percent after the software maker raised its cloud revenue forecast, while Boeing BA.N fell 2.1 percent after the Federal Aviation Administration extended a cap on production of its 737 MAX jets.

"The market has been waiting for a reason to believe the Fed," said Marisol Okonkwo, chief strategist at Harrow Lane Capital in Boston.

Spot gold XAU= slipped 0.4 percent to $3,310 an ounce, and Brent crude LCOc1 rose 1.1 percent to $67.90 a barrel. The dollar weakened against the euro and the yen.

Investors will watch producer price figures on Thursday and a speech by Fed Chair Jerome Powell next week.
""",
    [G("New York", "US", 40.71, -74.01, "NEW YORK"), O("Reuters"), C("United States", "US", "U.S."),
     O("Federal Reserve", "Federal Reserve", "Fed"), O("Oracle"), O("Boeing"), O("Federal Aviation Administration"),
     P("Marisol Okonkwo"), O("Harrow Lane Capital"), G("Boston", "US", 42.36, -71.06), P("Jerome Powell")],
    [D("Wednesday", "2025-06-11"), D("September", "2025-09"), D("Thursday", "2025-06-12"), D("next week", "2025-W25")],
    [Q("312.4 points", 312.4, "points"), Q("0.7 percent", 0.7, "percent"), Q("42,880.1", 42880.1, "points"),
     Q("0.9 percent", 0.9, "percent"), Q("1.2 percent", 1.2, "percent"), Q("8 percent", 8, "percent"), Q("2.1 percent", 2.1, "percent"),
     Q("0.4 percent", 0.4, "percent"), Q("$3,310", 3310, "USD"), Q("1.1 percent", 1.1, "percent"), Q("$67.90", 67.9, "USD")],
  split="fresh")

A("ipl-lucknow-chennai", "2025-04-20", """
Malhotra's unbeaten 94 keeps Lucknow in the play-off race

LUCKNOW, India — Arjun Malhotra hit an unbeaten 94 from 51 balls as Lucknow Super Giants beat Chennai Super Kings by six wickets on Saturday, keeping their play-off hopes alive.

Chasing a target of 187 runs, the hosts had lost three wickets for 48 runs before Malhotra and the South African Dean Pieterse added 110 runs from 62 balls. Pieterse was out for 41 runs, but Malhotra finished the match with a boundary with four balls to spare.

"I told Dean we only needed a big over," Malhotra said.

Super Kings captain Vikram Iyer had earlier made 72 runs, but the visitors lost their last five wickets for 19 runs. The Board of Control for Cricket in India (BCCI) fined Iyer 1.2 million rupees for a slow over rate, his second offence of the season.

The Super Giants play Mumbai Indians in Mumbai on Wednesday, while the Super Kings, fourth from bottom of the Indian Premier League table, travel to Kolkata.
""",
    [G("Lucknow", "IN", 26.85, 80.95, "LUCKNOW"), C("India", "IN"), P("Arjun Malhotra", "Arjun Malhotra", "Malhotra"),
     O("Lucknow Super Giants", "Lucknow Super Giants", "Super Giants"), O("Chennai Super Kings", "Chennai Super Kings", "Super Kings"),
     N("South African"), P("Dean Pieterse", "Dean Pieterse", "Pieterse", "Dean"), P("Vikram Iyer", "Vikram Iyer", "Iyer"),
     O("Board of Control for Cricket in India", "Board of Control for Cricket in India", "BCCI"), O("Mumbai Indians"),
     G("Mumbai", "IN", 19.07, 72.88), O("Indian Premier League"), G("Kolkata", "IN", 22.57, 88.36)],
    [D("Saturday", "2025-04-19"), D("Wednesday", "2025-04-23")],
    [Q("94", 94, "runs"), Q("51 balls", 51, "balls"), Q("six wickets", 6, "wickets"), Q("187 runs", 187, "runs"),
     Q("three wickets", 3, "wickets"), Q("48 runs", 48, "runs"), Q("110 runs", 110, "runs"), Q("62 balls", 62, "balls"),
     Q("41 runs", 41, "runs"), Q("four balls", 4, "balls"), Q("72 runs", 72, "runs"), Q("five wickets", 5, "wickets"),
     Q("19 runs", 19, "runs"), Q("1.2 million rupees", 1200000, "INR")],
  split="fresh")

A("stroud-lead-thefts", "2025-02-14", """
Man jailed for stripping lead from Cotswolds church roofs

A Stroud man who stole lead from the roofs of three churches in the Cotswolds has been jailed for 18 months.

Darren Pike, 46, admitted six counts of theft at Gloucester Crown Court on Thursday. The court heard Pike and an accomplice, who has not been identified, took more than two tonnes of lead from churches in Bisley, Painswick and Minchinhampton between October and December 2023, causing damage estimated at £85,000.

Judge Caroline Ashdown told him the thefts had "stripped communities of buildings they have cared for over centuries".

Gloucestershire Constabulary said officers traced the metal to a scrap dealer in Swindon after a tip-off from the Diocese of Gloucester. Detective Constable Sam Rudd said: "Heritage crime is not victimless."

Historic England, which lists all of the churches, said repairs at St Mary's in Painswick would take about a year.
""",
    [G("Stroud", "GB", 51.74, -2.22), L("Cotswolds", country="GB"), P("Darren Pike", "Darren Pike", "Pike"), O("Gloucester Crown Court"),
     G("Bisley", "GB", 51.75, -2.14), G("Painswick", "GB", 51.79, -2.19), G("Minchinhampton", "GB", 51.71, -2.19),
     P("Caroline Ashdown"), O("Gloucestershire Constabulary"), G("Swindon", "GB", 51.56, -1.78), O("Diocese of Gloucester"),
     P("Sam Rudd"), O("Historic England")],
    [D("Thursday", "2025-02-13"), D("October", "2023-10"), D("December 2023", "2023-12")],
    [Q("three churches", 3, "churches"), Q("18 months", 18, "month"), Q("six counts", 6, "counts"),
     Q("more than two tonnes", 2, "tonne"), Q("£85,000", 85000, "GBP")],
  split="fresh")

A("riverina-sheep-thefts", "2025-08-08", """
Riverina farmer charged after livestock thefts across two shires

A 52-year-old farmer from near Junee has been charged over the theft of more than 400 sheep from properties across the Riverina, NSW Police said on Friday.

Officers from the Rural Crime Investigation Unit arrested the man at a property outside Wagga Wagga on Thursday morning and seized a truck, two trailers and a rifle.

Detective Inspector Kylie Brennan said sheep taken from farms near Temora and Cootamundra since March had been sold at saleyards in Victoria, some of them through agents in Bendigo.

The man was refused bail and will appear in Wagga Wagga Local Court on Monday.

The NSW Farmers association said stock theft cost producers in New South Wales an estimated A$20 million a year. Its president, Graham Tully, called for more rural police. "Losing a few hundred head can wipe out a family's year," he said.
""",
    [G("Junee", "AU", -34.87, 147.58), L("Riverina", country="AU"), O("NSW Police"), O("Rural Crime Investigation Unit"),
     G("Wagga Wagga", "AU", -35.12, 147.37), P("Kylie Brennan"), G("Temora", "AU", -34.45, 147.53), G("Cootamundra", "AU", -34.64, 148.03),
     C("Victoria", "AU"), G("Bendigo", "AU", -36.76, 144.28), O("Wagga Wagga Local Court"), O("NSW Farmers"),
     C("New South Wales", "AU"), P("Graham Tully")],
    [D("Friday", "2025-08-08"), D("Thursday", "2025-08-07"), D("March", "2025-03"), D("Monday", "2025-08-11")],
    [Q("52-year-old", 52, "year"), Q("more than 400 sheep", 400, "sheep"), Q("two trailers", 2, "trailers"),
     Q("an estimated A$20 million", 20000000, "AUD")],
  split="fresh")

A("zaria-college-abduction", "2025-09-23", """
Gunmen abduct students from college in northern Nigeria

KANO, Nigeria (AP) — Gunmen abducted at least 27 students from a teacher training college in Kaduna state early Monday, police and residents said, the latest in a string of mass kidnappings in the country's northwest.

The attackers arrived on motorcycles at the Federal College of Education in Zaria shortly after midnight and exchanged fire with guards for about an hour, said Mansir Hassan, a spokesman for the Kaduna State Police Command.

"They came shouting and shooting," said Aisha Bello, a second-year student who hid in a storeroom. Two guards were killed.

President Bola Tinubu ordered the army and the Department of State Services to rescue the students. No group claimed responsibility, but officials blamed armed gangs known locally as bandits, who are mostly ethnic Fulani.

The ECOWAS Commission condemned the attack in a statement from Abuja. Amnesty International said more than 1,500 students had been kidnapped in Nigeria since 2014, when Boko Haram seized 276 schoolgirls in Chibok.
""",
    [G("Kano", "NG", 12.00, 8.52, "KANO"), C("Nigeria", "NG"), O("Associated Press", "AP"), C("Kaduna", "NG"),
     O("Federal College of Education"), G("Zaria", "NG", 11.09, 7.71), P("Mansir Hassan"), O("Kaduna State Police Command"),
     P("Aisha Bello"), P("Bola Tinubu"), O("Department of State Services"), N("Fulani"), O("ECOWAS Commission"),
     G("Abuja", "NG", 9.06, 7.49), O("Amnesty International"), O("Boko Haram"), G("Chibok", "NG", 10.87, 12.84)],
    [D("Monday", "2025-09-22"), D("2014", "2014")],
    [Q("at least 27 students", 27, "students"), Q("Two guards", 2, "guards"), Q("more than 1,500 students", 1500, "students"),
     Q("276 schoolgirls", 276, "schoolgirls")],
  split="fresh")

A("kamloops-wildfire", "2025-07-15", """
Wildfire forces evacuation of ranch communities west of Kamloops

KAMLOOPS, B.C. — About 1,200 residents of communities west of Kamloops were ordered to leave their homes on Monday as a wildfire jumped Highway 1 and spread toward the Thompson River, the BC Wildfire Service said.

The fire, first reported near Savona on Saturday, had grown to 3,400 hectares by Tuesday morning. Crews and 14 helicopters were fighting it in winds gusting to 50 km/h.

The Thompson-Nicola Regional District issued evacuation orders for Walhachin and parts of Cache Creek, and opened a reception centre at the Sandman Centre arena in Kamloops.

"We could see the flames from the kitchen window," said Doug Lindqvist, who runs a cattle ranch near Savona with his wife. The couple left with 60 head of cattle.

Emergency Management Minister Dana Whitcombe said British Columbia had requested firefighters from Ontario and Alberta through the Canadian Interagency Forest Fire Centre. The RCMP closed the highway between Kamloops and Cache Creek.
""",
    [G("Kamloops", "CA", 50.67, -120.32, "KAMLOOPS", "Kamloops"), C("British Columbia", "CA", "B.C.", "British Columbia"),
     L("Thompson River", country="CA"), O("BC Wildfire Service"), G("Savona", "CA", 50.75, -120.83),
     O("Thompson-Nicola Regional District"), G("Walhachin", "CA", 50.76, -120.98), G("Cache Creek", "CA", 50.81, -121.32),
     P("Doug Lindqvist"), P("Dana Whitcombe"), C("Ontario", "CA"), C("Alberta", "CA"), O("Canadian Interagency Forest Fire Centre"),
     O("RCMP")],
    [D("Monday", "2025-07-14"), D("Saturday", "2025-07-12"), D("Tuesday", "2025-07-15")],
    [Q("About 1,200 residents", 1200, "residents"), Q("3,400 hectares", 3400, "hectares"), Q("14 helicopters", 14, "helicopters"),
     Q("50 km/h", 50, "km/h"), Q("60 head", 60, "head")],
  split="fresh")

A("karolinska-walking-dementia", "2025-10-02", """
Daily walking cuts dementia risk in older adults, Swedish study finds

Adults over 60 who walked at least 6,000 steps a day were 30 percent less likely to develop dementia over a decade than those who walked fewer than 2,000, researchers at the Karolinska Institute in Stockholm reported on Wednesday.

The study, published in JAMA Neurology, followed 41,000 people in Sweden and Denmark whose activity was recorded by wrist-worn devices between 2012 and 2015.

"The benefit levelled off at around 9,000 steps, which is encouraging for people who cannot manage more," said lead author Ingrid Halvorsen, a neurologist at Karolinska University Hospital.

Researchers from the University of Copenhagen and the Danish Cancer Institute also took part. The work was funded by the Swedish Research Council and the Alzheimer's Association, based in Chicago.

The World Health Organization estimates that 57 million people live with dementia, a number expected to nearly double by 2050. Dr Kwame Asante of the London School of Hygiene & Tropical Medicine, who was not involved, said the study could not prove that walking itself lowered the risk.
""",
    [O("Karolinska Institute"), G("Stockholm", "SE", 59.33, 18.07), O("JAMA Neurology"), C("Sweden", "SE"), C("Denmark", "DK"),
     P("Ingrid Halvorsen"), O("Karolinska University Hospital"), O("University of Copenhagen"), O("Danish Cancer Institute"),
     O("Swedish Research Council"), O("Alzheimer's Association"), G("Chicago", "US", 41.85, -87.65),
     O("World Health Organization"), P("Kwame Asante"), O("London School of Hygiene & Tropical Medicine")],
    [D("Wednesday", "2025-10-01"), D("2012", "2012"), D("2015", "2015"), D("2050", "2050")],
    [Q("at least 6,000 steps", 6000, "steps"), Q("30 percent", 30, "percent"), Q("fewer than 2,000", 2000, "steps"),
     Q("41,000 people", 41000, "people"), Q("around 9,000 steps", 9000, "steps"), Q("57 million people", 57000000, "people")],
  split="fresh")

A("iaea-iran-roadmap", "2025-11-19", """
Iran and IAEA agree on inspections roadmap after talks in Vienna

VIENNA (Reuters) - Iran agreed on Wednesday to let International Atomic Energy Agency inspectors return to two enrichment sites within 30 days, the U.N. nuclear watchdog said, after two days of talks with officials from Tehran.

IAEA Director General Anneliese Vogt said the deal covered access to cameras removed in 2022 and to stocks of enriched uranium. Iran's Atomic Energy Organization (AEOI) said in a statement that cooperation depended on "an end to hostile resolutions".

The French, German and British foreign ministries, which had pushed for a censure motion at the agency's Board of Governors, welcomed the step but said it was "long overdue". The State Department said Washington would judge Iran "by its actions".

Russia's Foreign Ministry and China's Ministry of Foreign Affairs both called for the lifting of sanctions. Oman's foreign minister, Hamad al-Busaidi, would travel to Geneva next week for further talks with European envoys, his office said.
""",
    [G("Vienna", "AT", 48.21, 16.37, "VIENNA"), O("Reuters"), C("Iran", "IR"),
     O("International Atomic Energy Agency", "International Atomic Energy Agency", "IAEA"), O("United Nations", "U.N."),
     G("Tehran", "IR", 35.69, 51.42), P("Anneliese Vogt"), O("Atomic Energy Organization", "Atomic Energy Organization", "AEOI"),
     N("French"), N("German"), N("British"), O("Board of Governors"), O("State Department"), G("Washington", "US", 38.90, -77.04),
     C("Russia", "RU"), O("Foreign Ministry"), C("China", "CN"), O("Ministry of Foreign Affairs"), C("Oman", "OM"),
     P("Hamad al-Busaidi"), G("Geneva", "CH", 46.20, 6.15), N("European")],
    [D("Wednesday", "2025-11-19"), D("2022", "2022"), D("next week", "2025-W48")],
    [Q("two enrichment sites", 2, "sites"), Q("30 days", 30, "day"), Q("two days", 2, "day")],
  split="fresh")

A("obituary-ni-fhlatharta", "2025-01-21", """
Máire Ní Fhlatharta, broadcaster who carried the voices of the west to the nation, dies at 84

Máire Ní Fhlatharta, whose morning programme on Raidió na Gaeltachta ran for almost three decades, died on Saturday at a nursing home in Galway. She was 84.

Born in 1940 on Inis Mór, the largest of the Aran Islands, she trained as a teacher in Dublin before joining RTÉ in 1966 as a continuity announcer. She moved to the new station when it opened in Connemara in 1972.

Her interviews with fishermen, singers and storytellers from Donegal to Kerry became a record of a disappearing way of life; the National Folklore Collection at University College Dublin holds more than 900 of her recordings.

President Michael D. Higgins, a friend since their student days at the University of Galway, said she "gave the Gaeltacht a voice in every kitchen in Ireland".

She is survived by her two sons and six grandchildren. Her husband, the sculptor Tomás Ó Conghaile, died in 2009.
""",
    [P("Máire Ní Fhlatharta"), O("Raidió na Gaeltachta"), G("Galway", "IE", 53.27, -9.05), L("Inis Mór", country="IE", lat=53.12, lon=-9.72),
     L("Aran Islands", country="IE"), G("Dublin", "IE", 53.33, -6.25), O("RTÉ"), L("Connemara", country="IE"), C("Donegal", "IE"),
     C("Kerry", "IE"), O("National Folklore Collection"), O("University College Dublin"), P("Michael D. Higgins"),
     O("University of Galway"), L("Gaeltacht", country="IE"), C("Ireland", "IE"), P("Tomás Ó Conghaile")],
    [D("Saturday", "2025-01-18"), D("1940", "1940"), D("1966", "1966"), D("1972", "1972"), D("2009", "2009")],
    [Q("almost three decades", 3, "decade"), Q("more than 900", 900, "recordings"), Q("two sons", 2, "sons"),
     Q("six grandchildren", 6, "grandchildren")],
  split="fresh")
