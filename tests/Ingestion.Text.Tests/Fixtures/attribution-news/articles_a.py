"""Hard news: politics, conflict, courts, crime, elections, diplomacy, briefings and live blogs (ids a01-...)."""
from annotate import A, q

A("a01-geneva-ceasefire-talks", """
Envoy: both sides have agreed to a 72-hour pause

GENEVA (Wire) — Delegations from the government and the rebel Northern Alliance agreed on Tuesday to a 72-hour pause in fighting around the port city of Kessa, the U.N. envoy Henrik Lalande announced after two days of closed-door talks.

"This is not peace, but it is a beginning," Mr. Lalande told reporters outside the Palais des Nations. "Both delegations understand what is at stake for civilians."

The government's chief negotiator, Interior Minister Selim Badawi, insisted the pause would hold only if rebel units withdrew from the coastal highway. Rebel spokesman Omar Haddad accused the army of shelling residential districts as recently as Monday night, while Mr. Badawi denied that any civilian areas had been targeted.

According to the International Committee of the Red Cross, more than 40,000 people have fled Kessa since March. Aid groups have long warned that the city's only hospital is running out of fuel.

The Palais des Nations was quiet by evening. Talks resume on Thursday.

Diplomats who spoke on condition of anonymity said the hardest issue, the exchange of prisoners, had been left for a later round. One of them described the mood as "cautious but not hopeless."

Mr. Haddad said his side wanted international monitors on the ground within a week. "Without observers, a pause is only a word," he added.
""",
    q("Envoy", ":", "both sides have agreed to a 72-hour pause", "person", "speech", name="Henrik Lalande"),
    q("the U.N. envoy Henrik Lalande", "announced", "Delegations from the government and the rebel Northern Alliance agreed on Tuesday to a 72-hour pause in fighting around the port city of Kessa", "person", "speech"),
    q("Mr. Lalande", "told", ['"This is not peace, but it is a beginning,"', '"Both delegations understand what is at stake for civilians."'], "person", "speech", name="Henrik Lalande"),
    q("The government's chief negotiator", "insisted", "the pause would hold only if rebel units withdrew from the coastal highway", "person", "speech", name="Selim Badawi"),
    q("Rebel spokesman Omar Haddad", "accused", "the army of shelling residential districts as recently as Monday night", "person", "evaluation"),
    q("Mr. Badawi", "denied", "any civilian areas had been targeted", "person", "speech", name="Selim Badawi"),
    q("the International Committee of the Red Cross", "According to", "more than 40,000 people have fled Kessa since March", "organization", "speech"),
    q("Aid groups", "have long warned", "the city's only hospital is running out of fuel", "group", "speech"),
    q("Diplomats who spoke on condition of anonymity", "said", "the hardest issue, the exchange of prisoners, had been left for a later round", "anonymous", "speech"),
    q("One of them", "described", 'the mood as "cautious but not hopeless."', "anonymous", "speech"),
    q("Mr. Haddad", "said", "his side wanted international monitors on the ground within a week", "person", "speech", name="Omar Haddad"),
    q("his side", "wanted", "international monitors on the ground within a week", "group", "intent", name="Northern Alliance"),
    q("he", "added", '"Without observers, a pause is only a word,"', "pronoun", "speech", name="Omar Haddad"),
    module=__name__)

A("a02-court-zoning-ruling", """
Judge rules city acted lawfully in closing Riverside shelter

A state judge on Friday rejected a bid by residents to reopen the Riverside homeless shelter, ruling that the city had acted within its powers when it closed the building last spring.

In a 34-page opinion, Judge Maria Ortega of the Hollis County Superior Court found that the city's fire inspectors had documented "serious and repeated" safety violations at the site. The said property had failed three inspections in 2025, court records show.

“We are disappointed, and we will appeal,” said Daniel Pruitt, a lawyer for the Riverside Tenants Committee. He argued that the city had used the inspections as a pretext to move homeless residents out of a neighborhood that is quickly gentrifying.

City Attorney Linda Cho welcomed the decision. “The court looked at the evidence and agreed with us,” she said. “This was always about safety.”

Advocates for the homeless are not convinced. Rosa Delgado, who has run a soup kitchen on Riverside Avenue for 11 years, said she doubted the city would ever reopen a shelter in the area. “They wanted us gone,” she said, “and now they have what they wanted.”

The city plans to sell the building, according to a memo circulated to council members last month. Council member Theo Barnes questioned whether a sale was legal while the appeal was pending.

Officials must now decide where the shelter's 120 beds will go.
""",
    q("A state judge", "ruling", "the city had acted within its powers when it closed the building last spring", "person", "evaluation", name="Maria Ortega"),
    q("Judge Maria Ortega of the Hollis County Superior Court", "found", "the city's fire inspectors had documented \"serious and repeated\" safety violations at the site", "person", "evaluation", name="Maria Ortega"),
    q("court records", "show", "The said property had failed three inspections in 2025", "organization", "evidence"),
    q("Daniel Pruitt", "said", "“We are disappointed, and we will appeal,”", "person", "speech"),
    q("He", "argued", "the city had used the inspections as a pretext to move homeless residents out of a neighborhood that is quickly gentrifying", "pronoun", "speech", name="Daniel Pruitt"),
    q("City Attorney Linda Cho", "welcomed", "the decision", "person", "evaluation"),
    q("she", "said", ["“The court looked at the evidence and agreed with us,”", "“This was always about safety.”"], "pronoun", "speech", name="Linda Cho"),
    q("Rosa Delgado", "said", "she doubted the city would ever reopen a shelter in the area", "person", "speech"),
    q("she", "doubted", "the city would ever reopen a shelter in the area", "pronoun", "belief", name="Rosa Delgado"),
    q("she", "said", ["“They wanted us gone,”", "“and now they have what they wanted.”"], "pronoun", "speech", name="Rosa Delgado"),
    q("a memo circulated to council members last month", "according to", "The city plans to sell the building", "organization", "speech"),
    q("Council member Theo Barnes", "questioned whether", "a sale was legal while the appeal was pending", "person", "question"),
    module=__name__)
