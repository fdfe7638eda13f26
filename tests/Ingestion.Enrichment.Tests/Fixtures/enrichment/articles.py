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


def A(id, published, text, entities, dates, quantities):
    ARTICLES.append(dict(id=id, published=published, text=text.strip(), entities=entities, dates=dates, quantities=quantities))


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
     Q("about 1.2 million barrels", 1200000, "barrels")])

A("kirkuk-attack", "2023-10-05", """
Roadside bomb kills four soldiers near Kirkuk as Islamic State cells regroup

A roadside bomb killed four Iraqi soldiers and wounded two others about 40 km north of Kirkuk on Wednesday, security officials said, in the latest of a string of attacks blamed on Islamic State remnants.

The explosion hit an army patrol near the village of Tel al-Ward at around 9pm, according to a statement from the Joint Operations Command. No group immediately claimed responsibility, but officials said the device bore the hallmarks of ISIS, which still has cells in the rugged Hamrin Mountains.

Kurdish Peshmerga commanders have warned for months that the security vacuum between federal forces and the Kurdistan Region is being exploited by militants. "Daesh moves in the gaps," said Colonel Hiwa Rasul, a Peshmerga officer in Erbil.

The group lost its last territory in Iraq in December 2017 and its self-declared caliphate in Syria collapsed in March 2019. But a report by the United Nations last month estimated that between 5,000 and 7,000 fighters remain in the two countries.

The U.S.-led coalition, which still has about 2,500 troops in Iraq, carried out six airstrikes in the area last week, the Pentagon said.
""",
    [G("Kirkuk", "IQ", 35.47, 44.39), N("Iraqi"), O("Joint Operations Command"),
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
     Q("65-foot", 65, "foot")])

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
     Q("more than 220 people", 220, "people"), Q("about 85 km", 85, "km"), Q("more than 95 percent", 95, "percent")])

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
     Q("about 1.27 million deaths", 1270000, "deaths"), Q("£40m", 40000000, "GBP")])
