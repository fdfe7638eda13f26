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

A("a03-senate-stopgap-deal", """
Senate leaders strike stopgap deal hours before shutdown deadline

WASHINGTON (Wire) — Senate leaders reached a tentative agreement on Thursday to fund the federal government through mid-February, averting a shutdown that would have disrupted air travel and food aid over the holidays, according to two aides briefed on the talks.

Senate Majority Leader Gordon Ashby told reporters the chamber would vote on the measure as early as Friday morning. "We have a deal in principle, and I expect it to hold," Ashby said. "Nobody wants to go home and explain a shutdown to their constituents."

The agreement keeps spending at current levels for 10 weeks and adds $4.2 billion in disaster aid for states hit by flooding in October, the aides said. It does not include new money for the border. House conservatives had demanded $6 billion for border enforcement as the price of their support.

Minority Leader Patricia Velez said her caucus would supply the votes needed to clear the 60-vote threshold. She warned, however, that Democrats would not accept another short-term patch in February. "This is the third time this year we have kicked the can," Velez said on the Senate floor. "At some point the can runs out of road."

In the House, the picture was less clear. Speaker Dale Rourke has not said whether he will bring the Senate bill to the floor, and a spokesman for the speaker declined to comment. Several members of the hard-right Liberty Caucus vowed to oppose any bill that did not cut spending. Representative Kyle Brandt of Texas called the deal "a surrender dressed up as a compromise."

The White House signaled it would sign the measure. Press secretary Alana Moss said the president "appreciates the bipartisan work" in the Senate and wants the House to act quickly.

Budget analysts doubt the reprieve will last. The nonpartisan Committee for a Responsible Budget estimated in a report last week that a month-long shutdown would cost the economy about $11 billion, and Helen Strand, the group's president, said lawmakers were "running out of easy options."

A Senate aide who asked not to be named because the negotiations were private said the February date was chosen so that appropriators would have time to finish full-year bills. Asked whether that was realistic, Ashby laughed. "Ask me in February," he said.

The National Federal Workers Union welcomed the deal. Marcus Oyelaran, its president, questioned why lawmakers kept waiting until the final hours to do their most basic job.

The measure is expected to pass the Senate with at least 70 votes.
""",
    q("two aides briefed on the talks", "according to", "Senate leaders reached a tentative agreement on Thursday to fund the federal government through mid-February, averting a shutdown that would have disrupted air travel and food aid over the holidays", "anonymous", "speech"),
    q("Senate Majority Leader Gordon Ashby", "told", "the chamber would vote on the measure as early as Friday morning", "person", "speech"),
    q("Ashby", "said", ['"We have a deal in principle, and I expect it to hold,"', '"Nobody wants to go home and explain a shutdown to their constituents."'], "person", "speech", name="Gordon Ashby"),
    q("I", "expect", "it to hold", "pronoun", "belief", name="Gordon Ashby"),
    q("the aides", "said", "The agreement keeps spending at current levels for 10 weeks and adds $4.2 billion in disaster aid for states hit by flooding in October", "anonymous", "speech", name="two aides briefed on the talks"),
    q("House conservatives", "had demanded", "$6 billion for border enforcement as the price of their support", "group", "evaluation"),
    q("Minority Leader Patricia Velez", "said", "her caucus would supply the votes needed to clear the 60-vote threshold", "person", "speech"),
    q("She", "warned", "Democrats would not accept another short-term patch in February", "pronoun", "speech", name="Patricia Velez"),
    q("Velez", "said", ['"This is the third time this year we have kicked the can,"', '"At some point the can runs out of road."'], "person", "speech", name="Patricia Velez"),
    q("Speaker Dale Rourke", "has not said whether", "he will bring the Senate bill to the floor", "person", "speech"),
    q("Several members of the hard-right Liberty Caucus", "vowed to", "oppose any bill that did not cut spending", "group", "intent"),
    q("Representative Kyle Brandt of Texas", "called", 'the deal "a surrender dressed up as a compromise."', "person", "evaluation"),
    q("The White House", "signaled", "it would sign the measure", "organization", "intent"),
    q("Press secretary Alana Moss", "said", 'the president "appreciates the bipartisan work" in the Senate and wants the House to act quickly', "person", "speech"),
    q("the president", "wants", "the House to act quickly", "person", "intent"),
    q("Budget analysts", "doubt", "the reprieve will last", "group", "belief"),
    q("The nonpartisan Committee for a Responsible Budget", "estimated", "a month-long shutdown would cost the economy about $11 billion", "organization", "evidence"),
    q("Helen Strand", "said", 'lawmakers were "running out of easy options."', "person", "speech"),
    q("A Senate aide who asked not to be named because the negotiations were private", "said", "the February date was chosen so that appropriators would have time to finish full-year bills", "anonymous", "speech"),
    q("he", "said", '"Ask me in February,"', "pronoun", "speech", name="Gordon Ashby"),
    q("The National Federal Workers Union", "welcomed", "the deal", "organization", "evaluation", at="Workers Union"),
    q("Marcus Oyelaran", "questioned", "why lawmakers kept waiting until the final hours to do their most basic job", "person", "question"),
    q(None, "is expected to", ["The measure", "pass the Senate with at least 70 votes"], "none", "belief"),
    module=__name__)

A("a04-white-house-briefing-steel", """
Transcript: White House press briefing on steel tariffs

The following is an excerpt from Tuesday's White House press briefing, edited for length. Press secretary Alana Moss was joined by Commerce Secretary Raymond Tully.

MOSS: Good afternoon, everyone. The president signed the proclamation this morning, and the new tariffs on imported steel take effect at midnight on Friday. The Secretary will walk you through the details, and then we'll take a few questions.

TULLY: Thank you, Alana. Let me be clear about what this does and what it does not do. It raises the duty on finished steel from 15 to 25 percent. It does not touch raw ore, and it exempts our partners in the free trade area. Our analysis shows that the domestic industry has lost 14,000 jobs in three years because of dumping. That is the problem we are solving.

Q: Mr. Secretary, the Chamber of Commerce says this will raise prices for carmakers and builders. Are they wrong?

TULLY: I respect the Chamber, but I think they are looking at the wrong numbers. Prices for finished steel have fallen for two years. Our economists expect a modest increase, well under 2 percent, and I believe American consumers will barely notice it.

Q: Canada's trade minister said this morning that Ottawa would retaliate within days. Is the administration prepared for that?

TULLY: We have talked to our Canadian friends. Canada is in the exempt group, so I'm not sure what they would be retaliating against.

Q: Alana, Senator Rhodes called the tariffs "a tax on every American kitchen." Does the president have a response?

MOSS: The president has great respect for the senator. But he has said from the beginning that he will stand up for steelworkers, and that is what he did today. I'd also point out that the senator voted for a very similar measure in 2019.

Q: Is the president planning to visit Pennsylvania this week?

MOSS: I don't have any travel to announce. I'm sure you'll hear about it when we do.

Q: One more on the tariffs. Reports say the European Union has drawn up a list of American goods it could target. Has the EU informed you of that?

MOSS: We have seen the reports. I'm not going to respond to a list that nobody has shown us. Thank you, everybody.

After the briefing, a Commerce Department official who was not authorized to speak publicly said the exemption list would be reviewed every six months.
""",
    q("MOSS", ":", "Good afternoon, everyone. The president signed the proclamation this morning, and the new tariffs on imported steel take effect at midnight on Friday. The Secretary will walk you through the details, and then we'll take a few questions", "person", "speech", name="Alana Moss", quote="direct"),
    q("TULLY", ":", "Thank you, Alana. Let me be clear about what this does and what it does not do. It raises the duty on finished steel from 15 to 25 percent. It does not touch raw ore, and it exempts our partners in the free trade area. Our analysis shows that the domestic industry has lost 14,000 jobs in three years because of dumping. That is the problem we are solving", "person", "speech", name="Raymond Tully", quote="direct"),
    q("Our analysis", "shows", "the domestic industry has lost 14,000 jobs in three years because of dumping", "organization", "evidence", name="Commerce Department"),
    q("Q", ":", "Mr. Secretary, the Chamber of Commerce says this will raise prices for carmakers and builders. Are they wrong?", "anonymous", "question", name="reporter", quote="direct"),
    q("the Chamber of Commerce", "says", "this will raise prices for carmakers and builders", "organization", "speech"),
    q("TULLY", ":", "I respect the Chamber, but I think they are looking at the wrong numbers. Prices for finished steel have fallen for two years. Our economists expect a modest increase, well under 2 percent, and I believe American consumers will barely notice it", "person", "speech", name="Raymond Tully", quote="direct"),
    q("I", "think", "they are looking at the wrong numbers", "pronoun", "belief", name="Raymond Tully"),
    q("Our economists", "expect", "a modest increase, well under 2 percent", "group", "belief", name="Commerce Department economists"),
    q("I", "believe", "American consumers will barely notice it", "pronoun", "belief", name="Raymond Tully"),
    q("Q", ":", "Canada's trade minister said this morning that Ottawa would retaliate within days. Is the administration prepared for that?", "anonymous", "question", name="reporter", quote="direct"),
    q("Canada's trade minister", "said", "Ottawa would retaliate within days", "person", "speech"),
    q("TULLY", ":", "We have talked to our Canadian friends. Canada is in the exempt group, so I'm not sure what they would be retaliating against", "person", "speech", name="Raymond Tully", quote="direct"),
    q("Q", ":", 'Alana, Senator Rhodes called the tariffs "a tax on every American kitchen." Does the president have a response?', "anonymous", "question", name="reporter", quote="direct"),
    q("Senator Rhodes", "called", 'the tariffs "a tax on every American kitchen."', "person", "evaluation"),
    q("MOSS", ":", "The president has great respect for the senator. But he has said from the beginning that he will stand up for steelworkers, and that is what he did today. I'd also point out that the senator voted for a very similar measure in 2019", "person", "speech", name="Alana Moss", quote="direct"),
    q("he", "has said", "he will stand up for steelworkers", "pronoun", "speech", name="the president", near="he has said"),
    q("I", "'d also point out", "the senator voted for a very similar measure in 2019", "pronoun", "speech", name="Alana Moss"),
    q("Q", ":", "Is the president planning to visit Pennsylvania this week?", "anonymous", "question", name="reporter", quote="direct"),
    q("MOSS", ":", "I don't have any travel to announce. I'm sure you'll hear about it when we do", "person", "speech", name="Alana Moss", quote="direct"),
    q("Q", ":", "One more on the tariffs. Reports say the European Union has drawn up a list of American goods it could target. Has the EU informed you of that?", "anonymous", "question", name="reporter", quote="direct"),
    q("Reports", "say", "the European Union has drawn up a list of American goods it could target", "outlet", "speech"),
    q("MOSS", ":", "We have seen the reports. I'm not going to respond to a list that nobody has shown us. Thank you, everybody", "person", "speech", name="Alana Moss", quote="direct"),
    q("a Commerce Department official who was not authorized to speak publicly", "said", "the exemption list would be reviewed every six months", "anonymous", "speech"),
    module=__name__)

A("a05-canberra-emissions-bill", """
Crossbench senators: climate bill ‘dead in its current form’

CANBERRA (Wire) — The government's flagship emissions bill faces defeat in the Senate after three crossbench senators said on Wednesday they would vote against it unless gas producers were brought under the same limits as coal miners.

Independent senator Claire Whitlock, who holds one of the deciding votes, described the legislation as ‘a good start with a very large hole in the middle’. ‘I want a climate law,’ she told a news conference in Parliament House. ‘I don’t want a law that lets the biggest new polluters walk away.’

Energy Minister Tom Harlan insisted the bill already covered gas export terminals. He accused the crossbench of ‘moving the goalposts every fortnight’. The government would not split the bill, he said, and would bring it to a vote before the winter recess.

Treasury modelling released with the bill shows emissions falling 43 per cent below 2005 levels by 2030, but independent analysts have questioned those figures. The Climate Futures Institute found in a review last month that the modelling assumed a pace of solar investment the country had never reached.

Opposition leader Bridget Kerr said her party would oppose the bill ‘in any form’, arguing that it would push up power bills at a time when households were already struggling.

Mining unions welcomed the crossbench stand. The Australian Workers Federation said in a statement that thousands of jobs in the Hunter Valley depended on the gas industry and that the government had ‘failed to talk to the people who actually do the work’.

Whitlock, who said last year she had been approached by both major parties over preference deals, said she was open to talks. Government sources said privately that a compromise on gas was being drafted, but Harlan denied any deal was in the works. ‘There is no side deal,’ he told local radio on Thursday morning.

The Greens, who hold nine Senate seats, have said they will support the bill only if it bans new coal mines.

Polling suggests the issue cuts both ways. A survey of 1,500 voters published by the Sydney Tribune on Monday found 58 per cent backed stronger climate action, while 61 per cent said they feared higher electricity prices.

The Senate is expected to vote on the bill in the week of June 16.
""",
    q("Crossbench senators", ":", "climate bill ‘dead in its current form’", "group", "speech"),
    q("three crossbench senators", "said", "they would vote against it unless gas producers were brought under the same limits as coal miners", "group", "speech"),
    q("Independent senator Claire Whitlock", "described", "the legislation as ‘a good start with a very large hole in the middle’", "person", "speech"),
    q("she", "told", ["‘I want a climate law,’", "‘I don’t want a law that lets the biggest new polluters walk away.’"], "pronoun", "speech", name="Claire Whitlock"),
    q("I", "want", "a climate law", "pronoun", "intent", name="Claire Whitlock"),
    q("I", "don’t want", "a law that lets the biggest new polluters walk away", "pronoun", "intent", name="Claire Whitlock"),
    q("Energy Minister Tom Harlan", "insisted", "the bill already covered gas export terminals", "person", "speech"),
    q("He", "accused", "the crossbench of ‘moving the goalposts every fortnight’", "pronoun", "evaluation", name="Tom Harlan"),
    q("he", "said", ["The government would not split the bill", "and would bring it to a vote before the winter recess"], "pronoun", "speech", name="Tom Harlan"),
    q("Treasury modelling released with the bill", "shows", "emissions falling 43 per cent below 2005 levels by 2030", "organization", "evidence"),
    q("independent analysts", "have questioned", "those figures", "group", "evaluation"),
    q("The Climate Futures Institute", "found", "the modelling assumed a pace of solar investment the country had never reached", "organization", "evidence"),
    q("Opposition leader Bridget Kerr", "said", "her party would oppose the bill ‘in any form’", "person", "speech"),
    q(None, "arguing", "it would push up power bills at a time when households were already struggling", "none", "speech", name="Bridget Kerr"),
    q("Mining unions", "welcomed", "the crossbench stand", "group", "evaluation"),
    q("The Australian Workers Federation", "said", "thousands of jobs in the Hunter Valley depended on the gas industry and that the government had ‘failed to talk to the people who actually do the work’", "organization", "speech", near="Federation said"),
    q("who", "said", "she had been approached by both major parties over preference deals", "pronoun", "speech", name="Claire Whitlock", near="who said last year"),
    q("Whitlock", "said", "she was open to talks", "person", "speech", name="Claire Whitlock"),
    q("Government sources", "said", "a compromise on gas was being drafted", "anonymous", "speech"),
    q("Harlan", "denied", "any deal was in the works", "person", "speech", name="Tom Harlan"),
    q("he", "told", "‘There is no side deal,’", "pronoun", "speech", name="Tom Harlan"),
    q("The Greens", "have said", "they will support the bill only if it bans new coal mines", "organization", "speech"),
    q("Polling", "suggests", "the issue cuts both ways", "organization", "evidence"),
    q("A survey of 1,500 voters published by the Sydney Tribune on Monday", "found", "58 per cent backed stronger climate action, while 61 per cent said they feared higher electricity prices", "organization", "evidence"),
    q("61 per cent", "said", "they feared higher electricity prices", "group", "speech", name="voters"),
    q(None, "is expected to", ["The Senate", "vote on the bill in the week of June 16"], "none", "belief"),
    module=__name__)

A("a06-arizona-governor-debate", """
Rivals trade charges on water, border in only Arizona governor debate

PHOENIX (Wire) — Republican Mark Delaney and Democrat Sofia Arrieta clashed over water rights and border security on Tuesday night in the only televised debate of the Arizona governor's race, with each accusing the other of misleading voters.

Delaney, a former state treasurer, said Arrieta's plan to cap groundwater pumping by large farms would "wipe out rural Arizona in a decade." Arrieta, the state's attorney general, shot back that Delaney had taken more than $400,000 from agribusiness donors and "has never met a well he didn't want to drain."

"My opponent wants you to believe there is no crisis," Arrieta said. "Go to Queen Creek and tell those families their taps aren't running dry."

Delaney accused her of exaggerating the problem to justify new regulations. He promised to build two desalination plants in partnership with Mexico, a proposal his campaign says would cost $6 billion. Water experts have said the figure is likely far too low.

On immigration, Arrieta said she supported more Border Patrol agents but opposed sending the National Guard to the border, calling it "a photo opportunity, not a policy." Delaney pledged to deploy the Guard on his first day in office.

Polls show a tight race. A survey by Northern Arizona University released last week found Arrieta leading by 2 percentage points, within the margin of error, while a poll commissioned by the Delaney campaign put him ahead by 3.

Outside the debate hall in Tempe, supporters of both candidates waved signs. Retired teacher Linda Haskins, 67, said she had not made up her mind. "I want to hear someone talk about schools," she said. "Nobody did tonight."

The two campaigns spent the next morning claiming victory. Delaney campaign manager Chris Yoder wrote on social media that the Republican had "dominated on the issues that matter." Arrieta spokeswoman Dana Whitfield said Delaney "had no answers on water, none."

Political analysts were less certain. "I don't think either of them moved many votes," said Tomás Ibarra, a political scientist at Arizona State University. He said the race would likely be decided by independents in Maricopa County, who make up about a third of the electorate.

Early voting begins Oct. 9. State election officials expect turnout to exceed the 2022 midterm.
""",
    q("each", "accusing", "the other of misleading voters", "group", "evaluation", name="Mark Delaney and Sofia Arrieta"),
    q("Delaney", "said", 'Arrieta\'s plan to cap groundwater pumping by large farms would "wipe out rural Arizona in a decade."', "person", "speech", name="Mark Delaney"),
    q("Arrieta", "shot back", 'Delaney had taken more than $400,000 from agribusiness donors and "has never met a well he didn\'t want to drain."', "person", "speech", name="Sofia Arrieta"),
    q("Arrieta", "said", ['"My opponent wants you to believe there is no crisis,"', '"Go to Queen Creek and tell those families their taps aren\'t running dry."'], "person", "speech", name="Sofia Arrieta"),
    q("My opponent", "wants", "you to believe there is no crisis", "person", "intent", name="Mark Delaney"),
    q("Delaney", "accused", "her of exaggerating the problem to justify new regulations", "person", "evaluation", name="Mark Delaney"),
    q("He", "promised to", "build two desalination plants in partnership with Mexico", "pronoun", "intent", name="Mark Delaney"),
    q("his campaign", "says", ["a proposal", "would cost $6 billion"], "organization", "speech", name="the Delaney campaign"),
    q("Water experts", "have said", "the figure is likely far too low", "group", "speech"),
    q("Arrieta", "said", "she supported more Border Patrol agents but opposed sending the National Guard to the border", "person", "speech", name="Sofia Arrieta"),
    q(None, "calling", 'it "a photo opportunity, not a policy."', "none", "evaluation", name="Sofia Arrieta"),
    q("Delaney", "pledged to", "deploy the Guard on his first day in office", "person", "intent", name="Mark Delaney"),
    q("Polls", "show", "a tight race", "organization", "evidence"),
    q("A survey by Northern Arizona University released last week", "found", "Arrieta leading by 2 percentage points, within the margin of error", "organization", "evidence"),
    q("a poll commissioned by the Delaney campaign", "put", "him ahead by 3", "organization", "evidence"),
    q("Retired teacher Linda Haskins", "said", "she had not made up her mind", "person", "speech"),
    q("she", "said", ['"I want to hear someone talk about schools,"', '"Nobody did tonight."'], "pronoun", "speech", name="Linda Haskins"),
    q("The two campaigns", "claiming", "victory", "group", "speech"),
    q("Delaney campaign manager Chris Yoder", "wrote", 'the Republican had "dominated on the issues that matter."', "person", "speech"),
    q("Arrieta spokeswoman Dana Whitfield", "said", 'Delaney "had no answers on water, none."', "person", "speech"),
    q("Tomás Ibarra", "said", '"I don\'t think either of them moved many votes,"', "person", "speech"),
    q("I", "don't think", "either of them moved many votes", "pronoun", "belief", name="Tomás Ibarra"),
    q("He", "said", "the race would likely be decided by independents in Maricopa County, who make up about a third of the electorate", "pronoun", "speech", name="Tomás Ibarra"),
    q("State election officials", "expect", "turnout to exceed the 2022 midterm", "group", "belief"),
    module=__name__)

A("a07-berlin-border-checks", """
Interior minister: border checks will stay until EU deal is in force

BERLIN (Wire) — Germany will keep its temporary checks at all nine land borders until a new European asylum system is fully in force, Interior Minister Katrin Albers told a government press conference on Monday, rejecting calls from neighbouring countries to wind them down.

“The checks are working, and I see no reason to end them early,” Albers said. She said federal police had turned back about 31,000 people at the borders since September, a figure her ministry says includes more than 1,200 suspected smugglers.

Poland and Austria have criticised the checks for causing long queues for commuters and lorry drivers. Austria’s chancellor said last week that the measures were “a step backwards for Europe,” and Polish Foreign Minister Tomasz Wrona has repeatedly called on Berlin to coordinate with Warsaw before any new controls.

Asked about the complaints, Albers acknowledged that delays at some crossings had been “longer than we would like” and said extra officers would be sent to the busiest points before Christmas.

Government spokesman Jörg Feldmann added that Chancellor Ulrich Brandt had discussed the issue by telephone with his Polish counterpart on Sunday. Both leaders agreed that the checks should be “as short as possible and as long as necessary,” Feldmann said.

The opposition Greens accused the government of using the borders to look tough ahead of three state elections in the spring. “This is symbolic politics,” Greens parliamentary leader Miriam Köhler told reporters in the Bundestag. She argued that most asylum seekers arrive through airports or had already registered elsewhere in the EU, and said the money would be better spent on faster processing.

Refugee organisations were also critical. The aid group Open Doors Germany said people fleeing war were being “pushed back into legal limbo.”

Industry is worried too. The Federation of German Hauliers estimates the checks cost its members about 40 million euros a month in lost time, according to chief executive Rainer Voss.

A survey for the Berliner Rundschau newspaper found 64 percent of Germans support the border checks. The EU’s new asylum rules are due to take effect in June.

Albers would not say whether Germany would end the checks then. “We will look at the numbers,” she said.
""",
    q("Interior minister", ":", "border checks will stay until EU deal is in force", "person", "speech", name="Katrin Albers"),
    q("Interior Minister Katrin Albers", "told", "Germany will keep its temporary checks at all nine land borders until a new European asylum system is fully in force", "person", "speech"),
    q(None, "rejecting", "calls from neighbouring countries to wind them down", "none", "evaluation", name="Katrin Albers"),
    q("Albers", "said", "“The checks are working, and I see no reason to end them early,”", "person", "speech", name="Katrin Albers"),
    q("She", "said", "federal police had turned back about 31,000 people at the borders since September, a figure her ministry says includes more than 1,200 suspected smugglers", "pronoun", "speech", name="Katrin Albers"),
    q("her ministry", "says", ["a figure", "includes more than 1,200 suspected smugglers"], "organization", "speech", name="Interior Ministry"),
    q("Poland and Austria", "have criticised", "the checks for causing long queues for commuters and lorry drivers", "group", "evaluation"),
    q("Austria’s chancellor", "said", "the measures were “a step backwards for Europe,”", "person", "speech"),
    q("Polish Foreign Minister Tomasz Wrona", "has repeatedly called on", "Berlin to coordinate with Warsaw before any new controls", "person", "evaluation"),
    q("Albers", "acknowledged", "delays at some crossings had been “longer than we would like”", "person", "speech", name="Katrin Albers"),
    q(None, "said", "extra officers would be sent to the busiest points before Christmas", "none", "speech", name="Katrin Albers"),
    q("Government spokesman Jörg Feldmann", "added", "Chancellor Ulrich Brandt had discussed the issue by telephone with his Polish counterpart on Sunday", "person", "speech"),
    q("Feldmann", "said", "Both leaders agreed that the checks should be “as short as possible and as long as necessary,”", "person", "speech", name="Jörg Feldmann"),
    q("Both leaders", "agreed", "the checks should be “as short as possible and as long as necessary,”", "group", "evaluation", name="Ulrich Brandt and the Polish prime minister"),
    q("The opposition Greens", "accused", "the government of using the borders to look tough ahead of three state elections in the spring", "organization", "evaluation"),
    q("Greens parliamentary leader Miriam Köhler", "told", "“This is symbolic politics,”", "person", "speech"),
    q("She", "argued", "most asylum seekers arrive through airports or had already registered elsewhere in the EU", "pronoun", "speech", name="Miriam Köhler"),
    q(None, "said", "the money would be better spent on faster processing", "none", "speech", name="Miriam Köhler"),
    q("The aid group Open Doors Germany", "said", "people fleeing war were being “pushed back into legal limbo.”", "organization", "speech"),
    q("chief executive Rainer Voss", "according to", "The Federation of German Hauliers estimates the checks cost its members about 40 million euros a month in lost time", "person", "speech"),
    q("The Federation of German Hauliers", "estimates", "the checks cost its members about 40 million euros a month in lost time", "organization", "belief"),
    q("A survey for the Berliner Rundschau newspaper", "found", "64 percent of Germans support the border checks", "organization", "evidence"),
    q("Albers", "would not say whether", "Germany would end the checks then", "person", "speech", name="Katrin Albers"),
    q("she", "said", "“We will look at the numbers,”", "pronoun", "speech", name="Katrin Albers"),
    module=__name__)

A("a08-house-panel-contractor", """
Pentagon contractor's chief tells House panel audits were 'flawed'

WASHINGTON (Wire) — The chief executive of a defense contractor accused of overbilling the Army by $212 million testified on Wednesday that his company had ''never knowingly charged the government a dollar it did not owe,'' rejecting the findings of a Pentagon audit before a House oversight panel.

Gregory Tamm, the head of Virginia-based Halvern Systems, told the subcommittee that the audit relied on ''incomplete records'' and that the company had already repaid $9 million in disputed charges. ''We made mistakes in our paperwork,'' Mr. Tamm said. ''We did not defraud anyone.''

The Defense Department's inspector general found in a report released last month that Halvern had billed for spare parts at up to 40 times their market price between 2021 and 2024. The report said auditors had been unable to verify delivery of nearly a third of the parts.

Representative Joan Ellery, the Ohio Republican who chairs the subcommittee, was unpersuaded. ''You are asking us to believe that a company with 6,000 employees could not keep track of its own invoices,'' Ms. Ellery said. She said the panel would refer the matter to the Justice Department if Halvern did not hand over internal emails by Dec. 15.

The subcommittee's top Democrat, Representative Luis Carmona of New Mexico, accused the Pentagon of looking the other way for years. He noted that Halvern's contracts had been renewed three times after auditors first raised concerns in 2022, and asked why no official had been disciplined.

Dr. Naomi Pratt, a former acquisition official who testified on a second panel, said the problem went well beyond one company. ''The system rewards whoever can wait out the auditors,'' she told the lawmakers.

A Halvern spokeswoman said after the hearing that the company ''welcomes the chance to set the record straight'' and was cooperating with investigators. Two people familiar with the inquiry said federal prosecutors in Alexandria had opened a preliminary investigation, though the Justice Department declined to comment.

Near the end of the hearing, Mr. Tamm was asked by Ms. Ellery whether he would resign if the audit's findings were upheld. ''I'm not going anywhere,'' he replied.

The Army has suspended new orders from Halvern pending a review, an Army spokesman confirmed. He said the review would take at least 90 days.
""",
    q("Pentagon contractor's chief", "tells", "audits were 'flawed'", "person", "speech", name="Gregory Tamm", quote="mixed"),
    q("The chief executive of a defense contractor", "testified", "his company had ''never knowingly charged the government a dollar it did not owe,''", "person", "speech", name="Gregory Tamm", quote="mixed"),
    q(None, "accused", "of overbilling the Army by $212 million", "none", "evaluation"),
    q(None, "rejecting", "the findings of a Pentagon audit", "none", "evaluation", name="Gregory Tamm"),
    q("Gregory Tamm", "told", "the audit relied on ''incomplete records'' and that the company had already repaid $9 million in disputed charges", "person", "speech", quote="mixed"),
    q("Mr. Tamm", "said", ["''We made mistakes in our paperwork,''", "''We did not defraud anyone.''"], "person", "speech", name="Gregory Tamm"),
    q("The Defense Department's inspector general", "found", "Halvern had billed for spare parts at up to 40 times their market price between 2021 and 2024", "organization", "evidence"),
    q("The report", "said", "auditors had been unable to verify delivery of nearly a third of the parts", "organization", "speech", name="Defense Department inspector general's report"),
    q("Ms. Ellery", "said", "''You are asking us to believe that a company with 6,000 employees could not keep track of its own invoices,''", "person", "speech", name="Joan Ellery"),
    q("She", "said", "the panel would refer the matter to the Justice Department if Halvern did not hand over internal emails by Dec. 15", "pronoun", "speech", name="Joan Ellery"),
    q("The subcommittee's top Democrat", "accused", "the Pentagon of looking the other way for years", "person", "evaluation", name="Luis Carmona"),
    q("He", "noted", "Halvern's contracts had been renewed three times after auditors first raised concerns in 2022", "pronoun", "speech", name="Luis Carmona"),
    q(None, "asked", "why no official had been disciplined", "none", "question", name="Luis Carmona"),
    q("Dr. Naomi Pratt", "said", "the problem went well beyond one company", "person", "speech"),
    q("she", "told", "''The system rewards whoever can wait out the auditors,''", "pronoun", "speech", name="Naomi Pratt"),
    q("A Halvern spokeswoman", "said", "the company ''welcomes the chance to set the record straight'' and was cooperating with investigators", "person", "speech", quote="mixed"),
    q("Two people familiar with the inquiry", "said", "federal prosecutors in Alexandria had opened a preliminary investigation", "anonymous", "speech"),
    q("Ms. Ellery", "was asked", "whether he would resign if the audit's findings were upheld", "person", "question", name="Joan Ellery"),
    q("he", "replied", "''I'm not going anywhere,''", "pronoun", "speech", name="Gregory Tamm"),
    q("an Army spokesman", "confirmed", "The Army has suspended new orders from Halvern pending a review", "person", "speech"),
    q("He", "said", "the review would take at least 90 days", "pronoun", "speech", name="an Army spokesman"),
    module=__name__)

A("a09-poland-election-night", """
Polish opposition claims victory as count points to hung parliament

WARSAW (Wire) — Poland's centre-right opposition claimed victory on Sunday after an exit poll showed it winning the most votes in a parliamentary election, but it appeared to fall short of a majority and faced weeks of difficult coalition talks.

The Civic Renewal party of former finance minister Ewa Sadowska took 36.2 percent of the vote, according to the exit poll by the Opinia institute, ahead of the governing Law and Solidarity party at 31.8 percent.

"Poland has chosen change," Sadowska told cheering supporters in Warsaw. "Tonight we celebrate. Tomorrow we start working."

Prime Minister Janusz Wilk conceded that his party had lost ground but said it was too early to speak of defeat. "The exit poll is not the result," he told party members in Krakow. "We will wait for every vote to be counted."

With 62 percent of precincts counted, the State Electoral Commission said turnout stood at 71 percent, the highest since 1989.

Neither of the big parties is expected to govern alone. The agrarian Peasants' Alliance, which won about 9 percent, is said to be in contact with both camps. Party leader Marek Zielinski told state television he would talk "to anyone who respects farmers," but refused to say which side he preferred.

Sadowska has ruled out a coalition with the far-right Homeland movement. Homeland reportedly doubled its share of the vote to 11 percent. Its leader, Piotr Nowacki, called the result "an earthquake" and said his party would not be ignored.

European officials welcomed the high turnout. A spokesman for the European Commission said Brussels looked forward to working with "whatever government the Polish people choose." Diplomats in Brussels privately hope a Sadowska government would end a long dispute over judicial reforms that has frozen billions of euros in EU funds.

Analysts cautioned against reading too much into the exit poll. "In 2019 the late count moved two or three seats," said Agnieszka Mroz, a political scientist at Warsaw University. "In a parliament this close, that is everything."

It was reported late on Sunday that President Tadeusz Gorski would hold consultations with party leaders next week. Under the constitution, the president nominates the prime minister.

Final results are due on Tuesday.
""",
    q("Polish opposition", "claims", "victory", "organization", "speech", name="Civic Renewal", at="Polish opposition claims"),
    q("Poland's centre-right opposition", "claimed", "victory", "organization", "speech", name="Civic Renewal", at="opposition claimed"),
    q("an exit poll", "showed", "it winning the most votes in a parliamentary election", "organization", "evidence", name="Opinia institute exit poll"),
    q("the exit poll by the Opinia institute", "according to", ["The Civic Renewal party of former finance minister Ewa Sadowska took 36.2 percent of the vote", "ahead of the governing Law and Solidarity party at 31.8 percent"], "organization", "evidence"),
    q("Sadowska", "told", ['"Poland has chosen change,"', '"Tonight we celebrate. Tomorrow we start working."'], "person", "speech", name="Ewa Sadowska"),
    q("Prime Minister Janusz Wilk", "conceded", "his party had lost ground", "person", "speech"),
    q(None, "said", "it was too early to speak of defeat", "none", "speech", name="Janusz Wilk"),
    q("he", "told", ['"The exit poll is not the result,"', '"We will wait for every vote to be counted."'], "pronoun", "speech", name="Janusz Wilk"),
    q("the State Electoral Commission", "said", "turnout stood at 71 percent, the highest since 1989", "organization", "speech"),
    q(None, "is expected to", ["Neither of the big parties", "govern alone"], "none", "belief"),
    q(None, "is said to", ["The agrarian Peasants' Alliance", "be in contact with both camps"], "none", "speech"),
    q("Party leader Marek Zielinski", "told", 'he would talk "to anyone who respects farmers,"', "person", "speech"),
    q(None, "refused to say", "which side he preferred", "none", "speech", name="Marek Zielinski"),
    q("Sadowska", "has ruled out", "a coalition with the far-right Homeland movement", "person", "intent", name="Ewa Sadowska"),
    q(None, "reportedly", ["Homeland", "doubled its share of the vote to 11 percent"], "none", "speech", at="movement. Homeland"),
    q("Its leader", "called", 'the result "an earthquake"', "person", "evaluation", name="Piotr Nowacki"),
    q(None, "said", "his party would not be ignored", "none", "speech", name="Piotr Nowacki"),
    q("European officials", "welcomed", "the high turnout", "group", "evaluation"),
    q("A spokesman for the European Commission", "said", 'Brussels looked forward to working with "whatever government the Polish people choose."', "person", "speech"),
    q("Diplomats in Brussels", "privately hope", "a Sadowska government would end a long dispute over judicial reforms that has frozen billions of euros in EU funds", "group", "intent"),
    q("Analysts", "cautioned against", "reading too much into the exit poll", "group", "evaluation"),
    q("Agnieszka Mroz", "said", ['"In 2019 the late count moved two or three seats,"', '"In a parliament this close, that is everything."'], "person", "speech"),
    q(None, "It was reported", "President Tadeusz Gorski would hold consultations with party leaders next week", "none", "speech"),
    module=__name__)

A("a10-tokyo-foreign-ministry-briefing", """
Japan foreign ministry briefing: excerpts on the East China Sea collision

TOKYO (Wire) — Foreign Ministry press secretary Yuko Harada took questions on Friday about the collision between a Chinese coast guard vessel and a Japanese fishing boat near the Senkaku Islands. Excerpts from the transcript released by the ministry, translated from Japanese:

MS. HARADA: At about 4:10 a.m. on Thursday, a China Coast Guard ship struck the fishing vessel Kaiyo Maru in Japanese territorial waters. The crew of five were unharmed. Japan has lodged a strong protest through diplomatic channels and demanded that China prevent any recurrence.

QUESTION: Beijing says the fishing boat entered Chinese waters and ignored repeated warnings. How do you respond?

MS. HARADA: That claim is simply not true. The islands are an inherent part of Japan's territory, and the Japan Coast Guard's records show the Kaiyo Maru never left Japanese waters.

QUESTION: Will Foreign Minister Sato raise this with Foreign Minister Li at the meeting in Jakarta next week?

MS. HARADA: The minister intends to convey Japan's position directly. Nothing has been decided about the format.

QUESTION: Some lawmakers in the ruling party are calling for the ambassador to be recalled. Is the government considering that?

MS. HARADA: I am aware of those views. At this stage we believe dialogue is the right course.

QUESTION: The United States said yesterday that the security treaty covers the islands. Did Tokyo ask Washington for that statement?

MS. HARADA: We welcome the U.S. statement, which reaffirms a long-standing position. I will not go into our diplomatic exchanges.

Chinese Foreign Ministry spokesman Wang Jun told a separate briefing in Beijing that the Japanese boat had "illegally intruded" and that the coast guard had acted "in accordance with the law." He urged Tokyo to "stop provocations and hype."

The Kaiyo Maru's captain, Hideo Kuroda, told reporters in Ishigaki that the Chinese vessel had turned sharply toward his boat without warning. "I have fished here for 30 years," he said. "I was not going to run away."

A Japanese government official said separately that Tokyo had no plans to cancel the ministers' meeting in Jakarta.
""",
    q("MS. HARADA", ":", "At about 4:10 a.m. on Thursday, a China Coast Guard ship struck the fishing vessel Kaiyo Maru in Japanese territorial waters. The crew of five were unharmed. Japan has lodged a strong protest through diplomatic channels and demanded that China prevent any recurrence", "person", "speech", name="Yuko Harada", quote="direct"),
    q("Japan", "demanded", "China prevent any recurrence", "organization", "evaluation", name="Japanese government"),
    q("QUESTION", ":", "Beijing says the fishing boat entered Chinese waters and ignored repeated warnings. How do you respond?", "anonymous", "question", name="reporter", quote="direct"),
    q("Beijing", "says", "the fishing boat entered Chinese waters and ignored repeated warnings", "organization", "speech", name="Chinese government"),
    q("MS. HARADA", ":", "That claim is simply not true. The islands are an inherent part of Japan's territory, and the Japan Coast Guard's records show the Kaiyo Maru never left Japanese waters", "person", "speech", name="Yuko Harada", quote="direct"),
    q("the Japan Coast Guard's records", "show", "the Kaiyo Maru never left Japanese waters", "organization", "evidence"),
    q("QUESTION", ":", "Will Foreign Minister Sato raise this with Foreign Minister Li at the meeting in Jakarta next week?", "anonymous", "question", name="reporter", quote="direct"),
    q("MS. HARADA", ":", "The minister intends to convey Japan's position directly. Nothing has been decided about the format", "person", "speech", name="Yuko Harada", quote="direct"),
    q("The minister", "intends to", "convey Japan's position directly", "person", "intent", name="Foreign Minister Sato"),
    q("QUESTION", ":", "Some lawmakers in the ruling party are calling for the ambassador to be recalled. Is the government considering that?", "anonymous", "question", name="reporter", quote="direct"),
    q("Some lawmakers in the ruling party", "are calling for", "the ambassador to be recalled", "group", "evaluation"),
    q("MS. HARADA", ":", "I am aware of those views. At this stage we believe dialogue is the right course", "person", "speech", name="Yuko Harada", quote="direct"),
    q("we", "believe", "dialogue is the right course", "pronoun", "belief", name="Japanese government"),
    q("QUESTION", ":", "The United States said yesterday that the security treaty covers the islands. Did Tokyo ask Washington for that statement?", "anonymous", "question", name="reporter", quote="direct"),
    q("The United States", "said", "the security treaty covers the islands", "organization", "speech"),
    q("MS. HARADA", ":", "We welcome the U.S. statement, which reaffirms a long-standing position. I will not go into our diplomatic exchanges", "person", "speech", name="Yuko Harada", quote="direct"),
    q("We", "welcome", "the U.S. statement, which reaffirms a long-standing position", "pronoun", "evaluation", name="Japanese government"),
    q("Chinese Foreign Ministry spokesman Wang Jun", "told", 'the Japanese boat had "illegally intruded" and that the coast guard had acted "in accordance with the law."', "person", "speech"),
    q("He", "urged", 'Tokyo to "stop provocations and hype."', "pronoun", "evaluation", name="Wang Jun"),
    q("The Kaiyo Maru's captain", "told", "the Chinese vessel had turned sharply toward his boat without warning", "person", "speech", name="Hideo Kuroda"),
    q("he", "said", ['"I have fished here for 30 years,"', '"I was not going to run away."'], "pronoun", "speech", name="Hideo Kuroda"),
    q("A Japanese government official", "said", "Tokyo had no plans to cancel the ministers' meeting in Jakarta", "anonymous", "speech"),
    module=__name__)

A("a11-michigan-senate-primary", """
Union endorsement deepens split in Michigan Senate primary

DETROIT (Wire) — The Michigan Autoworkers Council endorsed Representative Darnell Hughes in the Democratic Senate primary on Monday, a blow to former Lansing mayor Karen Osterhout, who had courted the union for months.

In a statement, council president Frank Bielski said Hughes had “stood on the picket line when it counted” and would “fight for every plant in this state.” The council represents about 90,000 active and retired workers, according to its website. Bielski said the council would spend $2 million on turnout efforts for Hughes, who said he was “humbled” by the endorsement.

Osterhout played down the setback. “I respect the council’s decision, but I’m not running to win endorsements,” she told supporters at a diner in Flint. “I’m running to win Michigan.” She has long said that Hughes is too liberal to win a general election in a state that voted Republican in two of the past three presidential contests.

Hughes posted a video of the endorsement on X within minutes, writing that working families “know who has their back.”

The race has turned increasingly bitter. Osterhout’s campaign accused Hughes in an ad last week of missing 40 percent of votes in the House while he campaigned. Hughes’s campaign called the figure misleading, noting that most of the missed votes were procedural. Records from the House clerk show Hughes missed 212 of 540 roll-call votes in 2025.

Hughes has also faced questions about his claim that he was the first in his family to attend college. A cousin told the Detroit Ledger that two older relatives had earned degrees. Hughes was quoted as saying in a 2019 interview that those relatives had “gone to night school, which is different.”

State Democratic Party chair Renee Castillo urged both candidates to “keep it civil,” warning that a bruising primary could help Republicans in November. “We can have a fight in August and still win in November,” Castillo said. “But not if we burn the house down first.”

Republicans are watching closely. Businessman Curtis Vane, the likely Republican nominee, told a radio host on Tuesday that either Democrat would be “a rubber stamp for Washington.”

A poll by Lakeshore Research released Sunday found Hughes leading Osterhout 41 percent to 35 percent among likely primary voters, with nearly a quarter undecided. Pollster Dana Kittredge said the union endorsement could matter most in the Flint and Saginaw areas, where Osterhout had hoped to run strong.

Asked on Monday evening whether she would seek the endorsement of the state teachers’ union, Osterhout said she would “ask every voter, every union, every church basement.” The primary is Aug. 4.
""",
    q("The Michigan Autoworkers Council", "endorsed", "Representative Darnell Hughes", "organization", "evaluation"),
    q("council president Frank Bielski", "said", "Hughes had “stood on the picket line when it counted” and would “fight for every plant in this state.”", "person", "speech"),
    q("its website", "according to", "The council represents about 90,000 active and retired workers", "organization", "speech", name="Michigan Autoworkers Council website"),
    q("Bielski", "said", "the council would spend $2 million on turnout efforts for Hughes", "person", "speech", name="Frank Bielski"),
    q("who", "said", "he was “humbled” by the endorsement", "pronoun", "speech", name="Darnell Hughes"),
    q("she", "told", ["“I respect the council’s decision, but I’m not running to win endorsements,”", "“I’m running to win Michigan.”"], "pronoun", "speech", name="Karen Osterhout"),
    q("She", "has long said", "Hughes is too liberal to win a general election in a state that voted Republican in two of the past three presidential contests", "pronoun", "speech", name="Karen Osterhout"),
    q("Hughes", "writing", "working families “know who has their back.”", "person", "speech", name="Darnell Hughes", near="Hughes posted"),
    q("Osterhout’s campaign", "accused", ["Hughes", "of missing 40 percent of votes in the House while he campaigned"], "organization", "evaluation", at="Osterhout’s campaign accused"),
    q("Hughes’s campaign", "called", "the figure misleading", "organization", "evaluation"),
    q(None, "noting", "most of the missed votes were procedural", "none", "speech", name="Hughes’s campaign"),
    q("Records from the House clerk", "show", "Hughes missed 212 of 540 roll-call votes in 2025", "organization", "evidence"),
    q("his", "claim", "he was the first in his family to attend college", "pronoun", "speech", name="Darnell Hughes"),
    q("A cousin", "told", "two older relatives had earned degrees", "person", "speech"),
    q("Hughes", "was quoted as saying", "those relatives had “gone to night school, which is different.”", "person", "speech", name="Darnell Hughes"),
    q("State Democratic Party chair Renee Castillo", "urged", "both candidates to “keep it civil,”", "person", "evaluation"),
    q(None, "warning", "a bruising primary could help Republicans in November", "none", "speech", name="Renee Castillo"),
    q("Castillo", "said", ["“We can have a fight in August and still win in November,”", "“But not if we burn the house down first.”"], "person", "speech", name="Renee Castillo"),
    q("Businessman Curtis Vane", "told", "either Democrat would be “a rubber stamp for Washington.”", "person", "speech"),
    q("A poll by Lakeshore Research released Sunday", "found", "Hughes leading Osterhout 41 percent to 35 percent among likely primary voters, with nearly a quarter undecided", "organization", "evidence"),
    q("Pollster Dana Kittredge", "said", "the union endorsement could matter most in the Flint and Saginaw areas, where Osterhout had hoped to run strong", "person", "speech"),
    q("Osterhout", "had hoped to", "run strong", "person", "intent", name="Karen Osterhout"),
    q("Osterhout", "said", "she would “ask every voter, every union, every church basement.”", "person", "speech", name="Karen Osterhout"),
    module=__name__)

A("a12-north-carolina-map-lawsuit", """
Voting rights groups sue over North Carolina congressional map

RALEIGH, N.C. (Wire) — A coalition of voting rights groups sued North Carolina's Republican-led legislature on Thursday, alleging that a congressional map approved last month deliberately dilutes the voting power of Black residents in the state's northeast.

The lawsuit, filed in federal court in Raleigh, claims lawmakers split the city of Rocky Mount into three districts "with surgical precision" to break up a cluster of Black voters who had elected a Democrat for two decades. The plaintiffs are asking the court to block the map before the March primary.

"This map was drawn by people who knew exactly what they were doing," said Keisha Rountree, executive director of the North Carolina Voter Alliance, one of the plaintiffs. "The law does not allow it." Rountree said the groups would seek an expedited appeal if the injunction were denied.

State Senate leader Walter Pruett, who oversaw the redistricting, said the map was drawn without any racial data and "follows county lines wherever possible." He called the lawsuit "a political stunt by groups that lost at the ballot box." Republicans say the new lines simply reflect population growth around Charlotte and Raleigh.

Legal experts said the case faces a difficult path. The U.S. Supreme Court ruled in 2019 that federal courts cannot police partisan gerrymandering, so plaintiffs must show that race, not party, drove the lines.

"The distinction between race and party is where these cases live or die," said Michael Osei, a law professor at Duke University. His view is that the plaintiffs' strongest evidence will be Rocky Mount, where the lines "zigzag through neighborhoods in a way that is hard to explain by politics alone."

The complaint cites an analysis by a Harvard statistician that found the map would reduce the number of districts where Black voters can elect their preferred candidate from two to one.

Representative Terrence Boyd, the Democrat whose district would be dismantled, said he had not decided whether to run elsewhere. "I'm going to let the court do its job first," Boyd said.

Democratic Governor Anita Lowe, who vetoed the map before lawmakers overrode her, praised the plaintiffs. In a post on social media, she wrote that "every voter deserves a fair shot."

A spokesman for Pruett said the legislature would "vigorously defend" the map and predicted it would survive.

According to court records, a hearing on the request for a preliminary injunction has been set for Jan. 12. The state elections board said in a filing that it needs a final map by Feb. 1 to print ballots in time.
""",
    q("A coalition of voting rights groups", "alleging", "a congressional map approved last month deliberately dilutes the voting power of Black residents in the state's northeast", "group", "speech"),
    q("The lawsuit", "claims", 'lawmakers split the city of Rocky Mount into three districts "with surgical precision" to break up a cluster of Black voters who had elected a Democrat for two decades', "organization", "speech"),
    q("The plaintiffs", "are asking", "the court to block the map before the March primary", "group", "evaluation"),
    q("Keisha Rountree", "said", ['"This map was drawn by people who knew exactly what they were doing,"', '"The law does not allow it."'], "person", "speech"),
    q("Rountree", "said", "the groups would seek an expedited appeal if the injunction were denied", "person", "speech", name="Keisha Rountree"),
    q("State Senate leader Walter Pruett", "said", 'the map was drawn without any racial data and "follows county lines wherever possible."', "person", "speech"),
    q("He", "called", 'the lawsuit "a political stunt by groups that lost at the ballot box."', "pronoun", "evaluation", name="Walter Pruett"),
    q("Republicans", "say", "the new lines simply reflect population growth around Charlotte and Raleigh", "group", "speech"),
    q("Legal experts", "said", "the case faces a difficult path", "group", "speech"),
    q("The U.S. Supreme Court", "ruled", "federal courts cannot police partisan gerrymandering", "organization", "evaluation"),
    q("Michael Osei", "said", '"The distinction between race and party is where these cases live or die,"', "person", "speech"),
    q("His", "view", 'the plaintiffs\' strongest evidence will be Rocky Mount, where the lines "zigzag through neighborhoods in a way that is hard to explain by politics alone."', "pronoun", "belief", name="Michael Osei"),
    q("an analysis by a Harvard statistician", "found", "the map would reduce the number of districts where Black voters can elect their preferred candidate from two to one", "organization", "evidence"),
    q("Representative Terrence Boyd", "said", "he had not decided whether to run elsewhere", "person", "speech"),
    q("Boyd", "said", '"I\'m going to let the court do its job first,"', "person", "speech", name="Terrence Boyd"),
    q("Democratic Governor Anita Lowe", "praised", "the plaintiffs", "person", "evaluation", at="overrode her"),
    q("she", "wrote", '"every voter deserves a fair shot."', "pronoun", "speech", name="Anita Lowe"),
    q("A spokesman for Pruett", "said", 'the legislature would "vigorously defend" the map', "person", "speech"),
    q(None, "predicted", "it would survive", "none", "belief", name="A spokesman for Pruett"),
    q("court records", "According to", "a hearing on the request for a preliminary injunction has been set for Jan. 12", "organization", "speech"),
    q("The state elections board", "said", "it needs a final map by Feb. 1 to print ballots in time", "organization", "speech"),
    module=__name__)

A("a13-brussels-summit-assets", """
EU leaders agree to tap frozen Russian assets for Ukraine loan

BRUSSELS (Wire) — European Union leaders agreed early on Friday to use profits from frozen Russian central bank assets to fund a 45 billion euro loan for Ukraine, after Hungary's prime minister dropped his threat of a veto, diplomats said.

"Europe has shown that it can act when it matters," European Council President Luc Verhaegen told reporters after 14 hours of talks. He said the first payment would reach Kyiv before the end of March.

Hungarian Prime Minister Gabor Szalai said he had abstained rather than vote against the plan because Budapest had won guarantees that it would not be liable for any losses. "We did not block Europe, and Europe did not force us," he said. Several diplomats said the guarantees were largely symbolic.

German Chancellor Ulrich Brandt called the deal "a clear message to Moscow," while French President Camille Arnaud said it proved that Europe "will not get tired."

Belgium, where most of the assets are held at the Euroclear clearing house, had demanded legal protection against Russian lawsuits. Belgian Prime Minister Pieter Claes said his concerns had been "fully addressed," according to a statement from his office.

Kremlin spokesman Yuri Balakin described the decision as "theft" and warned that Russia would respond "in a way that Europe will feel," Russian state media reported.

Ukrainian Foreign Minister Olena Kovalenko welcomed the agreement on social media, writing that it would "save lives this winter."

Not everyone was satisfied. The Dutch and Danish leaders had pushed for seizing the assets outright, and Danish Prime Minister Mette Lund said the compromise was "the minimum, not the maximum." Officials in Brussels expect the debate over outright seizure to return in the spring.

A senior EU official who briefed reporters on condition of anonymity said the legal service had warned that confiscation could expose member states to claims worth hundreds of billions of euros.

Leaders also discussed migration and defence spending but reached no new decisions, officials said. The next summit is scheduled for March 19-20 in Brussels.
""",
    q("diplomats", "said", "European Union leaders agreed early on Friday to use profits from frozen Russian central bank assets to fund a 45 billion euro loan for Ukraine, after Hungary's prime minister dropped his threat of a veto", "anonymous", "speech"),
    q("his", "threat", "of a veto", "pronoun", "intent", name="Gabor Szalai"),
    q("European Council President Luc Verhaegen", "told", '"Europe has shown that it can act when it matters,"', "person", "speech"),
    q("He", "said", "the first payment would reach Kyiv before the end of March", "pronoun", "speech", name="Luc Verhaegen"),
    q("Hungarian Prime Minister Gabor Szalai", "said", "he had abstained rather than vote against the plan because Budapest had won guarantees that it would not be liable for any losses", "person", "speech"),
    q("he", "said", '"We did not block Europe, and Europe did not force us,"', "pronoun", "speech", name="Gabor Szalai"),
    q("Several diplomats", "said", "the guarantees were largely symbolic", "anonymous", "speech"),
    q("German Chancellor Ulrich Brandt", "called", 'the deal "a clear message to Moscow,"', "person", "evaluation"),
    q("French President Camille Arnaud", "said", 'it proved that Europe "will not get tired."', "person", "speech"),
    q("Belgium", "had demanded", "legal protection against Russian lawsuits", "organization", "evaluation", name="Belgian government"),
    q("a statement from his office", "according to", 'Belgian Prime Minister Pieter Claes said his concerns had been "fully addressed,"', "organization", "speech", name="office of Pieter Claes"),
    q("Belgian Prime Minister Pieter Claes", "said", 'his concerns had been "fully addressed,"', "person", "speech"),
    q("Russian state media", "reported", 'Kremlin spokesman Yuri Balakin described the decision as "theft" and warned that Russia would respond "in a way that Europe will feel,"', "outlet", "speech"),
    q("Kremlin spokesman Yuri Balakin", "described", 'the decision as "theft"', "person", "speech"),
    q(None, "warned", 'Russia would respond "in a way that Europe will feel,"', "none", "speech", name="Yuri Balakin"),
    q("Ukrainian Foreign Minister Olena Kovalenko", "welcomed", "the agreement", "person", "evaluation"),
    q(None, "writing", 'it would "save lives this winter."', "none", "speech", name="Olena Kovalenko"),
    q("The Dutch and Danish leaders", "had pushed for", "seizing the assets outright", "group", "evaluation"),
    q("Danish Prime Minister Mette Lund", "said", 'the compromise was "the minimum, not the maximum."', "person", "speech"),
    q("Officials in Brussels", "expect", "the debate over outright seizure to return in the spring", "group", "belief"),
    q("A senior EU official who briefed reporters on condition of anonymity", "said", "the legal service had warned that confiscation could expose member states to claims worth hundreds of billions of euros", "anonymous", "speech"),
    q("the legal service", "had warned", "confiscation could expose member states to claims worth hundreds of billions of euros", "organization", "speech", name="EU legal service"),
    q("officials", "said", "Leaders also discussed migration and defence spending but reached no new decisions", "anonymous", "speech"),
    module=__name__)

A("a14-commons-waiting-lists", """
PM accused of 'broken promise' on NHS waiting lists in stormy Commons clash

LONDON (Wire) — Prime Minister Helen Ashcroft was accused on Wednesday of breaking her promise to cut hospital waiting lists, as the opposition seized on new figures showing the backlog in England had risen for a third consecutive month.

Opposition leader David Marsh told MPs at Prime Minister's Questions that 7.8 million people were now waiting for treatment. 'She promised the country the lists would fall by Christmas,' he said. 'They have gone up every single month since.'

Ashcroft insisted the government was 'on track' and blamed a wave of strikes by junior doctors for the delays. 'Every time the right honourable gentleman's friends in the unions walk out, thousands of operations are cancelled,' she told the Commons to cheers from her own benches.

Figures published by NHS England on Tuesday show the number of patients waiting more than 18 weeks rose by 41,000 in October. The Institute for Health Policy, an independent think tank, said the data suggested the target was now 'almost certainly out of reach'.

Liberal Democrat leader Fiona Carr asked whether the prime minister would meet families whose relatives had died waiting for cancer treatment. Ashcroft said she would 'of course' meet them.

Several Conservative backbenchers privately believe the prime minister should have been more candid about the scale of the problem, according to two MPs who spoke to this agency. One said the party was 'sleepwalking into an election defeat'.

Downing Street later denied that the target had been dropped. A spokesman for the prime minister told reporters the government remained 'absolutely committed' to it, and said new funding for diagnostic centres would be announced next week.

Health Secretary Ravi Menon, who is said to be preparing a new offer to the doctors' union, declined to put a date on the next talks. 'We want a deal, and we want it soon,' he told a radio interviewer.

The British Medical Association said it had received no new proposals and accused ministers of 'briefing the press instead of talking to us'.
""",
    q(None, "accused", "of 'broken promise' on NHS waiting lists", "none", "evaluation", quote="mixed"),
    q(None, "was accused", "of breaking her promise to cut hospital waiting lists", "none", "evaluation"),
    q("her", "promise", "to cut hospital waiting lists", "pronoun", "intent", name="Helen Ashcroft"),
    q("new figures", "showing", "the backlog in England had risen for a third consecutive month", "organization", "evidence"),
    q("Opposition leader David Marsh", "told", "7.8 million people were now waiting for treatment", "person", "speech"),
    q("he", "said", ["'She promised the country the lists would fall by Christmas,'", "'They have gone up every single month since.'"], "pronoun", "speech", name="David Marsh"),
    q("Ashcroft", "insisted", "the government was 'on track'", "person", "speech", name="Helen Ashcroft", quote="mixed"),
    q(None, "blamed", "a wave of strikes by junior doctors for the delays", "none", "evaluation", name="Helen Ashcroft"),
    q("she", "told", "'Every time the right honourable gentleman's friends in the unions walk out, thousands of operations are cancelled,'", "pronoun", "speech", name="Helen Ashcroft"),
    q("Figures published by NHS England on Tuesday", "show", "the number of patients waiting more than 18 weeks rose by 41,000 in October", "organization", "evidence"),
    q("The Institute for Health Policy", "said", "the data suggested the target was now 'almost certainly out of reach'", "organization", "speech", quote="mixed"),
    q("the data", "suggested", "the target was now 'almost certainly out of reach'", "organization", "evidence", quote="mixed", name="NHS England figures"),
    q("Liberal Democrat leader Fiona Carr", "asked", "whether the prime minister would meet families whose relatives had died waiting for cancer treatment", "person", "question"),
    q("Ashcroft", "said", "she would 'of course' meet them", "person", "speech", name="Helen Ashcroft", quote="mixed"),
    q("two MPs who spoke to this agency", "according to", "Several Conservative backbenchers privately believe the prime minister should have been more candid about the scale of the problem", "anonymous", "speech"),
    q("Several Conservative backbenchers", "privately believe", "the prime minister should have been more candid about the scale of the problem", "group", "belief"),
    q("One", "said", "the party was 'sleepwalking into an election defeat'", "anonymous", "speech", quote="mixed"),
    q("Downing Street", "denied", "the target had been dropped", "organization", "speech"),
    q("A spokesman for the prime minister", "told", "the government remained 'absolutely committed' to it", "person", "speech", quote="mixed"),
    q(None, "said", "new funding for diagnostic centres would be announced next week", "none", "speech", name="A spokesman for the prime minister"),
    q(None, "is said to", ["Health Secretary Ravi Menon", "be preparing a new offer to the doctors' union"], "none", "speech"),
    q("he", "told", "'We want a deal, and we want it soon,'", "pronoun", "speech", name="Ravi Menon"),
    q("The British Medical Association", "said", "it had received no new proposals", "organization", "speech"),
    q(None, "accused", "ministers of 'briefing the press instead of talking to us'", "none", "evaluation", name="British Medical Association", quote="mixed"),
    module=__name__)

A("a15-ottawa-budget-walkout", """
Opposition walks out as Ottawa unveils deficit-heavy budget

OTTAWA (Wire) — Conservative MPs walked out of the House of Commons on Tuesday, saying the government had abandoned any pretence of fiscal restraint, as Finance Minister Priya Nadeau presented a budget with a C$48.6 billion deficit.

Nadeau defended the plan as a necessary response to U.S. tariffs and slowing growth. “We can balance the books on the backs of families, or we can help them get through this,” she told the House. “We have chosen to help.”

The budget includes C$12 billion over five years for housing and a new tax credit for manufacturers hit by the trade dispute, according to documents released by the finance department. Department officials said in a technical briefing that the deficit would shrink to about C$30 billion by 2028 if growth returns to forecast levels.

Conservative finance critic Jason Mercer called the numbers “a fantasy.” Speaking outside the chamber after the walkout, he said Canadians were “paying more for everything while the government borrows like there is no tomorrow.”

The Bloc Québécois said it would vote against the budget because it “ignores Quebec’s demands on health transfers.” The New Democrats, whose support the minority government needs to survive a confidence vote, have not said how they will vote. NDP leader Sandra Whitehorse said she was “reading it line by line” and would decide by Friday. Her party's priority, she said, remained a national pharmacare plan.

Business groups gave a mixed verdict. The Canadian Chamber of Commerce praised the manufacturing credit but warned that rising debt-service costs would “crowd out everything else.” Housing advocates welcomed the new money. “It is a start, not a solution,” said Tariq Bhatti of the Ontario Tenants Network.

Economists were more blunt. “This budget assumes a recovery that nobody can promise,” said Marie-Claude Fortin, chief economist at a Montreal investment bank. Fortin estimated that interest payments on the federal debt would exceed C$60 billion a year by 2027.

The Parliamentary Budget Officer is expected to publish an independent assessment next week. In a report in October, the office found that the government had underestimated spending in four of its last five budgets.

Prime Minister Martin Olafsen dismissed the walkout as “theatre.” “If they have a better plan, let them table it,” he said during a visit to a steel plant in Hamilton, Ontario.

A confidence vote is scheduled for next Wednesday.
""",
    q("Conservative MPs", "saying", "the government had abandoned any pretence of fiscal restraint", "group", "speech"),
    q("Nadeau", "defended", "the plan as a necessary response to U.S. tariffs and slowing growth", "person", "evaluation", name="Priya Nadeau"),
    q("she", "told", ["“We can balance the books on the backs of families, or we can help them get through this,”", "“We have chosen to help.”"], "pronoun", "speech", name="Priya Nadeau"),
    q("documents released by the finance department", "according to", "The budget includes C$12 billion over five years for housing and a new tax credit for manufacturers hit by the trade dispute", "organization", "speech"),
    q("Department officials", "said", "the deficit would shrink to about C$30 billion by 2028 if growth returns to forecast levels", "group", "speech", name="finance department officials"),
    q("Conservative finance critic Jason Mercer", "called", "the numbers “a fantasy.”", "person", "evaluation"),
    q("he", "said", "Canadians were “paying more for everything while the government borrows like there is no tomorrow.”", "pronoun", "speech", name="Jason Mercer"),
    q("The Bloc Québécois", "said", "it would vote against the budget because it “ignores Quebec’s demands on health transfers.”", "organization", "speech"),
    q("The New Democrats", "have not said", "how they will vote", "organization", "speech"),
    q("NDP leader Sandra Whitehorse", "said", "she was “reading it line by line” and would decide by Friday", "person", "speech"),
    q("she", "said", ["Her party's priority", "remained a national pharmacare plan"], "pronoun", "speech", name="Sandra Whitehorse"),
    q("The Canadian Chamber of Commerce", "praised", "the manufacturing credit", "organization", "evaluation"),
    q(None, "warned", "rising debt-service costs would “crowd out everything else.”", "none", "speech", name="Canadian Chamber of Commerce"),
    q("Housing advocates", "welcomed", "the new money", "group", "evaluation"),
    q("Tariq Bhatti of the Ontario Tenants Network", "said", "“It is a start, not a solution,”", "person", "speech", name="Tariq Bhatti"),
    q("Marie-Claude Fortin", "said", "“This budget assumes a recovery that nobody can promise,”", "person", "speech"),
    q("Fortin", "estimated", "interest payments on the federal debt would exceed C$60 billion a year by 2027", "person", "belief", name="Marie-Claude Fortin"),
    q(None, "is expected to", ["The Parliamentary Budget Officer", "publish an independent assessment next week"], "none", "belief"),
    q("the office", "found", "the government had underestimated spending in four of its last five budgets", "organization", "evidence", name="Parliamentary Budget Officer"),
    q("Prime Minister Martin Olafsen", "dismissed", "the walkout as “theatre.”", "person", "evaluation"),
    q("he", "said", "“If they have a better plan, let them table it,”", "pronoun", "speech", name="Martin Olafsen"),
    module=__name__)

A("a16-pennsylvania-super-pac-filings", """
Super PAC money floods Pennsylvania House race, filings show

WASHINGTON (Wire) — Outside groups have spent more than $31 million on a single Pennsylvania congressional race, making it the most expensive House contest in the country, according to Federal Election Commission filings reviewed by this agency.

The filings show that two super PACs, one funded largely by a cryptocurrency executive and another by a coalition of labor unions, account for nearly two-thirds of the spending in the 7th District, where Republican Representative Wade Keller faces Democrat Lisa Moreno.

Campaign finance data compiled by the nonpartisan OpenLedger project suggest the race has drawn more outside money than the state's Senate contest. "We've never seen numbers like this for a House seat in Pennsylvania," said Carla Benning, the project's research director. Benning said outside spending in the race had doubled since August.

Keller's campaign said in a statement that the Democrat was "bought and paid for by Washington unions." Moreno, a former county prosecutor, accused Keller of hiding behind "crypto billionaires who want to write their own rules." She said she would support limits on outside spending if elected. Keller has said he does not coordinate with outside groups, which federal law forbids.

Neither super PAC responded to requests for comment. A lawyer for the crypto-funded group, Forward Pennsylvania, said last month that it had complied with "every letter of the law."

Records show that Forward Pennsylvania received $9.5 million in September from a single limited liability company registered in Delaware. Watchdog groups have questioned whether that arrangement hides the true source of the money. The Campaign Integrity Center filed a complaint with the FEC on Monday alleging that the LLC was a straw donor.

FEC commissioners are unlikely to act before the election, experts said. The agency has lacked a quorum for much of the past year.

Voters in the district say they are tired of the ads. "I've gotten 14 mailers this week," said Joe Petrakis, a retired machinist in Allentown. "I recycle all of them."

The candidates' own fundraising has been dwarfed by the outside money. Keller reported raising $3.1 million in the third quarter and Moreno $2.8 million, their reports show.

A poll released by the Lehigh Valley Polling Institute on Wednesday found Moreno at 47 percent and Keller at 45 percent. Pollster Greg Hammond said the heavy spending appeared to have "hardened opinions rather than changed them."

For the cryptocurrency industry, the race has become a show of strength ahead of a Senate vote on digital asset rules next year.
""",
    q("filings", "show", "Super PAC money floods Pennsylvania House race", "organization", "evidence", name="Federal Election Commission filings"),
    q("Federal Election Commission filings reviewed by this agency", "according to", "Outside groups have spent more than $31 million on a single Pennsylvania congressional race, making it the most expensive House contest in the country", "organization", "evidence"),
    q("The filings", "show", "two super PACs, one funded largely by a cryptocurrency executive and another by a coalition of labor unions, account for nearly two-thirds of the spending in the 7th District, where Republican Representative Wade Keller faces Democrat Lisa Moreno", "organization", "evidence", name="Federal Election Commission filings"),
    q("Campaign finance data compiled by the nonpartisan OpenLedger project", "suggest", "the race has drawn more outside money than the state's Senate contest", "organization", "evidence"),
    q("Carla Benning", "said", '"We\'ve never seen numbers like this for a House seat in Pennsylvania,"', "person", "speech"),
    q("Benning", "said", "outside spending in the race had doubled since August", "person", "speech", name="Carla Benning"),
    q("Keller's campaign", "said", 'the Democrat was "bought and paid for by Washington unions."', "organization", "speech"),
    q("Moreno", "accused", 'Keller of hiding behind "crypto billionaires who want to write their own rules."', "person", "evaluation", name="Lisa Moreno"),
    q("She", "said", "she would support limits on outside spending if elected", "pronoun", "speech", name="Lisa Moreno"),
    q("Keller", "has said", "he does not coordinate with outside groups", "person", "speech", name="Wade Keller"),
    q("A lawyer for the crypto-funded group", "said", 'it had complied with "every letter of the law."', "person", "speech"),
    q("Records", "show", "Forward Pennsylvania received $9.5 million in September from a single limited liability company registered in Delaware", "organization", "evidence"),
    q("Watchdog groups", "have questioned whether", "that arrangement hides the true source of the money", "group", "question"),
    q("The Campaign Integrity Center", "alleging", "the LLC was a straw donor", "organization", "speech"),
    q("experts", "said", "FEC commissioners are unlikely to act before the election", "group", "speech"),
    q("Voters in the district", "say", "they are tired of the ads", "group", "speech"),
    q("Joe Petrakis", "said", ['"I\'ve gotten 14 mailers this week,"', '"I recycle all of them."'], "person", "speech"),
    q("their reports", "show", "Keller reported raising $3.1 million in the third quarter and Moreno $2.8 million", "organization", "evidence", name="candidates' FEC reports"),
    q("Keller", "reported", "raising $3.1 million in the third quarter", "person", "speech", name="Wade Keller"),
    q("A poll released by the Lehigh Valley Polling Institute on Wednesday", "found", "Moreno at 47 percent and Keller at 45 percent", "organization", "evidence"),
    q("Pollster Greg Hammond", "said", 'the heavy spending appeared to have "hardened opinions rather than changed them."', "person", "speech"),
    module=__name__)

A("a17-ohio-governor-sales-tax", """
Governor DeWitt: 'I will veto any budget that raises the sales tax'

COLUMBUS, Ohio (Wire) — Ohio Governor Paul DeWitt vowed on Thursday to veto any state budget that raises the sales tax, escalating a feud with leaders of his own party in the legislature that has played out largely on social media.

"Let me save everyone some time: I will veto it," DeWitt posted on X shortly after the Ohio House Finance Committee approved a plan to raise the state sales tax by half a percentage point to fund school construction. "Ohio families are not an ATM."

House Speaker Carol Brennan, a fellow Republican, replied within the hour. "The governor knows the math as well as I do," she wrote. "Our schools are crumbling, and someone has to pay to fix them."

The exchange was the latest in a weeks-long public quarrel. Last month DeWitt shared a video accusing lawmakers of "tax-and-spend habits." Brennan responded by posting a photo of a collapsed classroom ceiling in Youngstown. "This is what 'no new taxes' looks like," she wrote.

In an interview with this agency, Brennan said she had not spoken to the governor directly in three weeks. "I'd welcome a phone call," she said. "He has my number."

A spokesman for DeWitt, Kevin Ostrowski, said the governor had called Brennan twice and "never heard back." Ostrowski said the governor remained "open to any plan that does not raise taxes."

The House plan would raise about $1.1 billion a year, according to an estimate by the Legislative Service Commission. The commission's analysis also found that Ohio's sales tax would remain below those of neighboring Indiana and Pennsylvania.

Democrats have largely stayed out of the fight. House Minority Leader Jamal Turner said his caucus supported more money for schools but wanted it raised "from people who can afford it, not from grocery bills." He called the Republican feud "a soap opera." The Ohio Education Association praised the House plan, calling it "overdue."

Senate President Mark Albrecht tweeted that the Senate would write "its own budget, on its own timeline." Political observers in Columbus doubt a compromise will come quickly. The state's two-year budget must be signed by June 30.

DeWitt, who is term-limited, has said he intends to campaign against lawmakers who back the tax increase in next year's primaries.
""",
    q("Governor DeWitt", ":", "'I will veto any budget that raises the sales tax'", "person", "speech", name="Paul DeWitt"),
    q("Ohio Governor Paul DeWitt", "vowed", "to veto any state budget that raises the sales tax", "person", "intent"),
    q("DeWitt", "posted", ['"Let me save everyone some time: I will veto it,"', '"Ohio families are not an ATM."'], "person", "speech", name="Paul DeWitt"),
    q("she", "wrote", ['"The governor knows the math as well as I do,"', '"Our schools are crumbling, and someone has to pay to fix them."'], "pronoun", "speech", name="Carol Brennan"),
    q("The governor", "knows", "the math as well as I do", "person", "belief", name="Paul DeWitt"),
    q("a video", "accusing", 'lawmakers of "tax-and-spend habits."', "organization", "evaluation", name="DeWitt video"),
    q("she", "wrote", '"This is what \'no new taxes\' looks like,"', "pronoun", "speech", name="Carol Brennan"),
    q("Brennan", "said", "she had not spoken to the governor directly in three weeks", "person", "speech", name="Carol Brennan"),
    q("she", "said", ['"I\'d welcome a phone call,"', '"He has my number."'], "pronoun", "speech", name="Carol Brennan"),
    q("A spokesman for DeWitt", "said", 'the governor had called Brennan twice and "never heard back."', "person", "speech", name="Kevin Ostrowski"),
    q("Ostrowski", "said", 'the governor remained "open to any plan that does not raise taxes."', "person", "speech", name="Kevin Ostrowski"),
    q("an estimate by the Legislative Service Commission", "according to", "The House plan would raise about $1.1 billion a year", "organization", "evidence"),
    q("The commission's analysis", "found", "Ohio's sales tax would remain below those of neighboring Indiana and Pennsylvania", "organization", "evidence"),
    q("House Minority Leader Jamal Turner", "said", 'his caucus supported more money for schools but wanted it raised "from people who can afford it, not from grocery bills."', "person", "speech"),
    q("He", "called", 'the Republican feud "a soap opera."', "pronoun", "evaluation", name="Jamal Turner"),
    q("The Ohio Education Association", "praised", "the House plan", "organization", "evaluation"),
    q(None, "calling", 'it "overdue."', "none", "evaluation", name="Ohio Education Association"),
    q("Senate President Mark Albrecht", "tweeted", 'the Senate would write "its own budget, on its own timeline."', "person", "speech"),
    q("Political observers in Columbus", "doubt", "a compromise will come quickly", "group", "belief"),
    q("DeWitt", "has said", "he intends to campaign against lawmakers who back the tax increase in next year's primaries", "person", "speech", name="Paul DeWitt"),
    q("he", "intends to", "campaign against lawmakers who back the tax increase in next year's primaries", "pronoun", "intent", name="Paul DeWitt"),
    module=__name__)

A("a18-house-speaker-ballot", """
House fails to elect speaker on first ballot as holdouts dig in

WASHINGTON (Wire) — The House of Representatives failed on Tuesday to elect a speaker on the first ballot, as seven Republicans refused to back Majority Leader Tom Hadley, plunging the chamber into uncertainty on the first day of the new Congress.

Hadley won 214 votes, four short of the majority needed, the House clerk announced. Democrat Gloria Reyes, the minority leader, received all 212 Democratic votes.

"We're going to keep voting until we get this done," Hadley told reporters as he left the chamber. He said he had held "productive conversations" with several of the holdouts overnight and expected to win on the second or third ballot.

The holdouts said they would not move. Representative Bryce Cullen of Georgia, who nominated a rival candidate, said Hadley had "made promises to everyone and kept them to no one." Representative Amy Lindqvist of Montana said she wanted a written commitment to a vote on term limits before she would reconsider. "Handshakes don't count anymore," Lindqvist said.

Three Republicans who backed Hadley said privately that his support could erode if the standoff dragged into a second day. One of them, speaking on condition of anonymity to describe internal discussions, said at least two more members were "wobbly."

Reyes said Democrats would not help Republicans out of the impasse. "They have the majority. Let them govern," she said. Asked whether Democrats might vote "present" to lower the threshold, she said the caucus had "no plans" to do so.

Former Speaker Martin Kessler, who lost his gavel in a similar revolt three years ago, said in an interview that Hadley's best hope was time. "Holdouts get tired, and their phones start ringing back home," Kessler said.

The White House said President Nathan Cole was "watching closely" but would not intervene. Press secretary Alana Moss told reporters the president believed the House should "sort out its own business."

Until a speaker is elected, the House cannot swear in members, adopt rules or pass legislation, according to the Congressional Research Service. The chamber adjourned until noon on Wednesday.

Conservative activist groups praised the holdouts. The Freedom Action Network said in a fundraising email that the seven were "standing up to the swamp."
""",
    q("the House clerk", "announced", "Hadley won 214 votes, four short of the majority needed", "person", "speech"),
    q("Hadley", "told", '"We\'re going to keep voting until we get this done,"', "person", "speech", name="Tom Hadley"),
    q("He", "said", 'he had held "productive conversations" with several of the holdouts overnight and expected to win on the second or third ballot', "pronoun", "speech", name="Tom Hadley"),
    q(None, "expected to", "win on the second or third ballot", "none", "belief", name="Tom Hadley"),
    q("The holdouts", "said", "they would not move", "group", "speech"),
    q("Representative Bryce Cullen of Georgia", "said", 'Hadley had "made promises to everyone and kept them to no one."', "person", "speech"),
    q("Representative Amy Lindqvist of Montana", "said", "she wanted a written commitment to a vote on term limits before she would reconsider", "person", "speech"),
    q("she", "wanted", "a written commitment to a vote on term limits before she would reconsider", "pronoun", "intent", name="Amy Lindqvist"),
    q("Lindqvist", "said", '"Handshakes don\'t count anymore,"', "person", "speech", name="Amy Lindqvist"),
    q("Three Republicans who backed Hadley", "said", "his support could erode if the standoff dragged into a second day", "anonymous", "speech"),
    q("One of them", "said", 'at least two more members were "wobbly."', "anonymous", "speech"),
    q("Reyes", "said", "Democrats would not help Republicans out of the impasse", "person", "speech", name="Gloria Reyes"),
    q("she", "said", '"They have the majority. Let them govern,"', "pronoun", "speech", name="Gloria Reyes"),
    q("she", "said", 'the caucus had "no plans" to do so', "pronoun", "speech", name="Gloria Reyes"),
    q("Former Speaker Martin Kessler", "said", "Hadley's best hope was time", "person", "speech"),
    q("Kessler", "said", '"Holdouts get tired, and their phones start ringing back home,"', "person", "speech", name="Martin Kessler"),
    q("The White House", "said", 'President Nathan Cole was "watching closely" but would not intervene', "organization", "speech"),
    q("Press secretary Alana Moss", "told", 'the president believed the House should "sort out its own business."', "person", "speech"),
    q("the president", "believed", 'the House should "sort out its own business."', "person", "belief", name="Nathan Cole"),
    q("the Congressional Research Service", "according to", "Until a speaker is elected, the House cannot swear in members, adopt rules or pass legislation", "organization", "speech"),
    q("Conservative activist groups", "praised", "the holdouts", "group", "evaluation", at="activist groups praised"),
    q("The Freedom Action Network", "said", 'the seven were "standing up to the swamp."', "organization", "speech"),
    module=__name__)

A("a19-paris-mayoral-race", """
Paris mayoral race tightens as Greens weigh alliance

PARIS (Wire) — The race for mayor of Paris has narrowed to a near tie between the Socialist incumbent and her conservative challenger, a new poll showed on Sunday, raising pressure on the Greens to decide whether to join a left-wing alliance before the first round in March.

The Institut Varenne survey for the daily Le Courrier put Mayor Hélène Dumas at 29 percent and former minister Arnaud Ferrand at 28 percent, with Green candidate Julien Morel at 14 percent.

Dumas, who is seeking a third term, told reporters at a market in the 11th arrondissement that she was “confident Parisians know what we have built.” She said she had “always left the door open” to the Greens.

Ferrand accused the mayor of turning the city into “a permanent construction site” and promised to scrap a planned expansion of cycle lanes on the Right Bank. “Parisians want to get home at night, not to be lectured,” he said at a rally in the 16th arrondissement. A spokesman for Ferrand said the candidate would unveil his housing platform on Thursday.

Morel is believed to favour a deal, but many Green activists oppose any alliance with Dumas, according to two party officials. One of them said a vote of party members could be held as early as next week.

“We did not spend six years criticising her to become her junior partners,” said Camille Roux, a Green councillor in the 20th arrondissement.

Morel himself wondered aloud whether the Greens could “afford the luxury of purity” when the right was so close to taking City Hall.

Analysts say the alliance question could decide the race. Political scientist Élise Marchand of Sciences Po said the second round would likely hinge on turnout in the eastern districts, where the left has traditionally been strong. “If the left arrives divided, it arrives weak,” she said.

Sources close to Ferrand said his campaign was preparing ads focused on security and cleanliness, two issues on which polls show Parisians are dissatisfied with the city.

The Paris prefecture confirmed that the first round would be held on March 15.
""",
    q("a new poll", "showed", "The race for mayor of Paris has narrowed to a near tie between the Socialist incumbent and her conservative challenger", "organization", "evidence", name="Institut Varenne survey"),
    q("The Institut Varenne survey for the daily Le Courrier", "put", "Mayor Hélène Dumas at 29 percent and former minister Arnaud Ferrand at 28 percent, with Green candidate Julien Morel at 14 percent", "organization", "evidence"),
    q("Dumas", "told", "she was “confident Parisians know what we have built.”", "person", "speech", name="Hélène Dumas"),
    q("She", "said", "she had “always left the door open” to the Greens", "pronoun", "speech", name="Hélène Dumas"),
    q("Ferrand", "accused", "the mayor of turning the city into “a permanent construction site”", "person", "evaluation", name="Arnaud Ferrand"),
    q(None, "promised to", "scrap a planned expansion of cycle lanes on the Right Bank", "none", "intent", name="Arnaud Ferrand"),
    q("he", "said", "“Parisians want to get home at night, not to be lectured,”", "pronoun", "speech", name="Arnaud Ferrand"),
    q("Parisians", "want to", "get home at night, not to be lectured", "group", "intent"),
    q("A spokesman for Ferrand", "said", "the candidate would unveil his housing platform on Thursday", "person", "speech"),
    q("two party officials", "according to", "Morel is believed to favour a deal, but many Green activists oppose any alliance with Dumas", "anonymous", "speech"),
    q(None, "is believed to", ["Morel", "favour a deal"], "none", "belief", at="lectured,"),
    q("many Green activists", "oppose", "any alliance with Dumas", "group", "evaluation"),
    q("One of them", "said", "a vote of party members could be held as early as next week", "anonymous", "speech"),
    q("Camille Roux", "said", "“We did not spend six years criticising her to become her junior partners,”", "person", "speech"),
    q("Morel himself", "wondered aloud whether", "the Greens could “afford the luxury of purity” when the right was so close to taking City Hall", "person", "question", name="Julien Morel"),
    q("Analysts", "say", "the alliance question could decide the race", "group", "speech"),
    q("Political scientist Élise Marchand of Sciences Po", "said", "the second round would likely hinge on turnout in the eastern districts, where the left has traditionally been strong", "person", "speech", name="Élise Marchand"),
    q("she", "said", "“If the left arrives divided, it arrives weak,”", "pronoun", "speech", name="Élise Marchand"),
    q("Sources close to Ferrand", "said", "his campaign was preparing ads focused on security and cleanliness, two issues on which polls show Parisians are dissatisfied with the city", "anonymous", "speech"),
    q("polls", "show", "Parisians are dissatisfied with the city", "organization", "evidence"),
    q("The Paris prefecture", "confirmed", "the first round would be held on March 15", "organization", "speech"),
    module=__name__)

A("a20-virginia-election-live", """
Live updates: Virginia governor's race

Follow our live coverage of election night in Virginia. All times Eastern.

11:48 p.m. — Republican Brent Hollis has conceded. In a brief speech to supporters in Richmond, Hollis said he had called Lt. Gov. Naomi Carver to congratulate her. "The voters have spoken, and I respect their decision," he said.

11:35 p.m. — Hollis campaign chair Ron Pickett said the campaign would not seek a recount. "The margin is what it is," he said.

11:21 p.m. — The Wire decision desk has projected that Democrat Naomi Carver will win the governor's race. She is expected to speak shortly in Alexandria.

10:55 p.m. — Carver's campaign manager, Luis Ortega, posted on X: "We're not calling anything yet. But we like what we see in Loudoun." Carver herself texted supporters that she was "cautiously optimistic."

10:30 p.m. — With 78 percent of the expected vote counted, Carver leads by 4.1 percentage points, according to state election results. Turnout appears to be running ahead of 2021 in Northern Virginia, election officials in Fairfax County said.

10:02 p.m. — Hollis spokesman Derek Vance tells us the campaign is "waiting for the big rural counties" and is not conceding anything.

9:40 p.m. — A voter in Chesterfield County, Maria Santos, 54, said she had voted for Hollis in 2021 but switched this year. "Schools," she said, when asked why. "That's it. Schools."

9:15 p.m. — The Virginia Department of Elections says a technical glitch delayed results from two precincts in Prince William County. A spokeswoman said the problem had been fixed and no votes were lost.

8:47 p.m. — Early returns show Hollis leading in the Shenandoah Valley, as expected. Analysts caution that mail ballots, which lean Democratic, are counted later in many counties.

8:10 p.m. — Exit polls suggest the economy was the top issue for 38 percent of voters, followed by education at 22 percent and abortion at 19 percent.

7:00 p.m. — Polls have closed across Virginia. Election officials reported long lines in parts of Richmond and Norfolk but said voting went smoothly overall. Governor Ellen Marsh, who is term-limited, urged voters still in line to "stay put — you will get to vote."

Share this: Facebook | X | Email
""",
    q("Hollis", "said", "he had called Lt. Gov. Naomi Carver to congratulate her", "person", "speech", name="Brent Hollis"),
    q("he", "said", '"The voters have spoken, and I respect their decision,"', "pronoun", "speech", name="Brent Hollis"),
    q("Hollis campaign chair Ron Pickett", "said", "the campaign would not seek a recount", "person", "speech"),
    q("he", "said", '"The margin is what it is,"', "pronoun", "speech", name="Ron Pickett"),
    q("The Wire decision desk", "has projected", "Democrat Naomi Carver will win the governor's race", "organization", "belief"),
    q(None, "is expected to", ["She", "speak shortly in Alexandria"], "none", "belief", at="governor's race. "),
    q("Carver's campaign manager", "posted", '"We\'re not calling anything yet. But we like what we see in Loudoun."', "person", "speech", name="Luis Ortega"),
    q("Carver herself", "texted", 'she was "cautiously optimistic."', "person", "speech", name="Naomi Carver"),
    q("state election results", "according to", "With 78 percent of the expected vote counted, Carver leads by 4.1 percentage points", "organization", "evidence"),
    q("election officials in Fairfax County", "said", "Turnout appears to be running ahead of 2021 in Northern Virginia", "group", "speech"),
    q("Hollis spokesman Derek Vance", "tells", 'the campaign is "waiting for the big rural counties" and is not conceding anything', "person", "speech"),
    q("A voter in Chesterfield County", "said", "she had voted for Hollis in 2021 but switched this year", "person", "speech", name="Maria Santos"),
    q("she", "said", ['"Schools,"', '"That\'s it. Schools."'], "pronoun", "speech", name="Maria Santos"),
    q("The Virginia Department of Elections", "says", "a technical glitch delayed results from two precincts in Prince William County", "organization", "speech"),
    q("A spokeswoman", "said", "the problem had been fixed and no votes were lost", "person", "speech", name="Virginia Department of Elections spokeswoman"),
    q("Early returns", "show", "Hollis leading in the Shenandoah Valley", "organization", "evidence"),
    q("Analysts", "caution", "mail ballots, which lean Democratic, are counted later in many counties", "group", "speech"),
    q("Exit polls", "suggest", "the economy was the top issue for 38 percent of voters, followed by education at 22 percent and abortion at 19 percent", "organization", "evidence"),
    q("Election officials", "reported", "long lines in parts of Richmond and Norfolk", "group", "speech"),
    q(None, "said", "voting went smoothly overall", "none", "speech", name="Election officials"),
    q("Governor Ellen Marsh", "urged", 'voters still in line to "stay put — you will get to vote."', "person", "evaluation"),
    module=__name__)

A("a21-wellington-minister-resigns", """
New Zealand housing minister resigns over undeclared shareholding

WELLINGTON (Wire) — New Zealand's housing minister, Grant Whitaker, resigned on Monday after admitting he had failed to declare a stake in a property development company that had bid for government contracts.

Prime Minister Rachel Tamatea said she had accepted the resignation "with regret" but that it was "the right decision." Speaking at her weekly post-cabinet press conference, she said she had first learned of the shareholding on Friday and had asked the Cabinet Office to review whether any rules had been broken. Cabinet Office officials are expected to report within two weeks.

Whitaker, who has held the housing portfolio since 2023, acknowledged in a statement that he had made "a serious error of judgment." He denied that he had ever used his position to benefit the company, Harbourview Developments, and said he would cooperate fully with the review.

The prime minister's office released his resignation letter on Monday afternoon:

I have let down the Prime Minister, my colleagues and the people of Rongotai. I did not intend to hide anything, but intent is not the test. The public is entitled to expect better, and I am stepping aside so that the government's housing work can continue without distraction.
— Grant Whitaker

Opposition leader Simon Kerr said the resignation "raises more questions than it answers" and called for an independent inquiry into how Harbourview won a NZ$40 million contract last year.

The company's chief executive, Paul Ngata, told the Dominion Ledger that the contract had been awarded through an open tender and that Whitaker had "never once" intervened.

Documents obtained by this agency show that Whitaker attended a housing ministry meeting in March 2024 at which the tender was discussed. The documents do not indicate whether he spoke at the meeting.

Green Party co-leader Marama Hohaia recalled that Whitaker had lectured the opposition about transparency "only a few months ago." She said the government now "owes the public the full story."

Political commentators expect the resignation to hurt the governing party ahead of the election in October. A poll by Kaitiaki Research published last week found support for the government at 34 percent, its lowest since taking office.

Tamatea said Associate Minister Lucy Fong would take over the housing portfolio on an acting basis. She said she retained "full confidence" in the rest of her cabinet. Whitaker's electorate office said he would remain the local MP for Rongotai.
""",
    q("New Zealand's housing minister", "admitting", "he had failed to declare a stake in a property development company that had bid for government contracts", "person", "speech", name="Grant Whitaker"),
    q("Prime Minister Rachel Tamatea", "said", 'she had accepted the resignation "with regret" but that it was "the right decision."', "person", "speech"),
    q("she", "said", "she had first learned of the shareholding on Friday and had asked the Cabinet Office to review whether any rules had been broken", "pronoun", "speech", name="Rachel Tamatea"),
    q(None, "are expected to", ["Cabinet Office officials", "report within two weeks"], "none", "belief"),
    q("Whitaker", "acknowledged", 'he had made "a serious error of judgment."', "person", "speech", name="Grant Whitaker"),
    q("He", "denied", "he had ever used his position to benefit the company, Harbourview Developments", "pronoun", "speech", name="Grant Whitaker"),
    q(None, "said", "he would cooperate fully with the review", "none", "speech", name="Grant Whitaker"),
    q("Grant Whitaker", "—", "I have let down the Prime Minister, my colleagues and the people of Rongotai. I did not intend to hide anything, but intent is not the test. The public is entitled to expect better, and I am stepping aside so that the government's housing work can continue without distraction", "person", "speech", quote="direct"),
    q("I", "did not intend to", "hide anything", "pronoun", "intent", name="Grant Whitaker"),
    q("Opposition leader Simon Kerr", "said", 'the resignation "raises more questions than it answers"', "person", "speech"),
    q(None, "called for", "an independent inquiry into how Harbourview won a NZ$40 million contract last year", "none", "evaluation", name="Simon Kerr"),
    q("The company's chief executive", "told", 'the contract had been awarded through an open tender and that Whitaker had "never once" intervened', "person", "speech", name="Paul Ngata"),
    q("Documents obtained by this agency", "show", "Whitaker attended a housing ministry meeting in March 2024 at which the tender was discussed", "organization", "evidence"),
    q("The documents", "do not indicate whether", "he spoke at the meeting", "organization", "evidence"),
    q("Green Party co-leader Marama Hohaia", "recalled", 'Whitaker had lectured the opposition about transparency "only a few months ago."', "person", "speech"),
    q("She", "said", 'the government now "owes the public the full story."', "pronoun", "speech", name="Marama Hohaia"),
    q("Political commentators", "expect", "the resignation to hurt the governing party ahead of the election in October", "group", "belief"),
    q("A poll by Kaitiaki Research published last week", "found", "support for the government at 34 percent, its lowest since taking office", "organization", "evidence"),
    q("Tamatea", "said", "Associate Minister Lucy Fong would take over the housing portfolio on an acting basis", "person", "speech", name="Rachel Tamatea"),
    q("She", "said", 'she retained "full confidence" in the rest of her cabinet', "pronoun", "speech", name="Rachel Tamatea"),
    q("Whitaker's electorate office", "said", "he would remain the local MP for Rongotai", "organization", "speech"),
    module=__name__)

A("a22-supreme-court-hearing", """
Supreme Court nominee pressed on precedent in first day of questioning

WASHINGTON (Wire) — Judge Evelyn Marsh, President Nathan Cole's nominee to the Supreme Court, told senators on Tuesday that she would approach precedent with "humility," but declined to say how she would rule on cases involving abortion, guns or executive power.

Republicans praised her record on the 4th U.S. Circuit Court of Appeals, while Democrats pressed her on a 2022 dissent in which she argued that a federal agency had exceeded its authority.

The following exchange, with Senator Dana Whitcomb, a Democrat from Oregon, has been lightly edited:

SEN. WHITCOMB: Judge, you wrote in that dissent that the agency was "making law, not enforcing it." Do you believe Congress can delegate that kind of power at all?

JUDGE MARSH: Senator, I believe Congress has broad power to delegate. What I wrote in that case was limited to the statute in front of us. I would not want anyone to read it as a statement about every agency.

SEN. WHITCOMB: But you understand why people are worried. Several legal scholars have said your reasoning would put hundreds of regulations at risk.

JUDGE MARSH: I have read those commentaries, and I respect them. I think they read more into the opinion than is there.

Committee Chairman Roy Ingersoll, a Republican from Kansas, said after the session that the nominee had shown "a clear command of the law" and predicted she would be confirmed before the end of the month. He said the committee would vote on the nomination on Oct. 30.

Democrats are unlikely to block the nomination, since the Senate's Republican majority can confirm her without their votes. Senator Whitcomb said she had not decided how she would vote. "I came in with questions, and I'm leaving with most of them," she said.

Outside the hearing room, about 200 protesters gathered. The Fair Courts Project said in a statement that Marsh's record showed "consistent hostility to workers and consumers."

A White House spokesman said the president was "very pleased" with how the hearing had gone. Questioning resumes on Wednesday, when Marsh is expected to face questions about her writings as a law professor.
""",
    q("Judge Evelyn Marsh", "told", 'she would approach precedent with "humility,"', "person", "speech"),
    q(None, "declined to say", "how she would rule on cases involving abortion, guns or executive power", "none", "speech", name="Evelyn Marsh"),
    q("Republicans", "praised", "her record on the 4th U.S. Circuit Court of Appeals", "group", "evaluation"),
    q("she", "argued", "a federal agency had exceeded its authority", "pronoun", "speech", name="Evelyn Marsh"),
    q("SEN. WHITCOMB", ":", 'Judge, you wrote in that dissent that the agency was "making law, not enforcing it." Do you believe Congress can delegate that kind of power at all?', "person", "question", name="Dana Whitcomb", quote="direct"),
    q("you", "wrote", 'the agency was "making law, not enforcing it."', "pronoun", "speech", name="Evelyn Marsh", near="you wrote"),
    q("JUDGE MARSH", ":", "Senator, I believe Congress has broad power to delegate. What I wrote in that case was limited to the statute in front of us. I would not want anyone to read it as a statement about every agency", "person", "speech", name="Evelyn Marsh", quote="direct"),
    q("I", "believe", "Congress has broad power to delegate", "pronoun", "belief", name="Evelyn Marsh"),
    q("I", "would not want", "anyone to read it as a statement about every agency", "pronoun", "intent", name="Evelyn Marsh"),
    q("SEN. WHITCOMB", ":", "But you understand why people are worried. Several legal scholars have said your reasoning would put hundreds of regulations at risk", "person", "speech", name="Dana Whitcomb", quote="direct"),
    q("Several legal scholars", "have said", "your reasoning would put hundreds of regulations at risk", "group", "speech"),
    q("JUDGE MARSH", ":", "I have read those commentaries, and I respect them. I think they read more into the opinion than is there", "person", "speech", name="Evelyn Marsh", quote="direct"),
    q("I", "think", "they read more into the opinion than is there", "pronoun", "belief", name="Evelyn Marsh"),
    q("Committee Chairman Roy Ingersoll", "said", 'the nominee had shown "a clear command of the law"', "person", "speech"),
    q(None, "predicted", "she would be confirmed before the end of the month", "none", "belief", name="Roy Ingersoll"),
    q("He", "said", "the committee would vote on the nomination on Oct. 30", "pronoun", "speech", name="Roy Ingersoll"),
    q("Senator Whitcomb", "said", "she had not decided how she would vote", "person", "speech", name="Dana Whitcomb"),
    q("she", "said", '"I came in with questions, and I\'m leaving with most of them,"', "pronoun", "speech", name="Dana Whitcomb"),
    q("The Fair Courts Project", "said", 'Marsh\'s record showed "consistent hostility to workers and consumers."', "organization", "speech"),
    q("Marsh's record", "showed", '"consistent hostility to workers and consumers."', "organization", "evidence", name="Evelyn Marsh's judicial record"),
    q("A White House spokesman", "said", 'the president was "very pleased" with how the hearing had gone', "person", "speech"),
    q(None, "is expected to", ["Marsh", "face questions about her writings as a law professor"], "none", "belief", at="Wednesday, when"),
    module=__name__)
