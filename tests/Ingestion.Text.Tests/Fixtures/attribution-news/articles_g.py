"""The fresh split (ids g01-...): written after the finder was tuned on dev, in shapes dev and check have few of
(wire datelines, court reports, science and health, sports quotes, business filings and analysts, many speakers
and pronouns, quotes over several paragraphs, anonymous sources, interposed clauses, passive and sourceless cues,
nested chains). build.py writes every article here to fresh.jsonl, outside the dev/check rotation. Do not tune
rules on it: it measures how the finder does on text nobody tuned it on."""
from annotate import A, q

A("g01-manchester-charity-bail", """
Judge refuses bail to former Harlow Fund treasurer

MANCHESTER, England, Nov. 12 — A judge at Manchester Crown Court on Tuesday refused bail to the former treasurer of a children's charity accused of taking more than £2 million from its accounts, ruling that there was a "real risk" he would leave the country.

Prosecutors alleged that Graham Pellow, 54, moved money from the Harlow Fund into accounts in Cyprus and Malta over six years, disguising the transfers as payments to suppliers that did not exist. According to court documents, investigators identified 212 such payments between 2018 and 2024.

Pellow, who appeared by video link from prison, wore a grey sweater and looked down for most of the hearing. His barrister, Anne Whitlock, told the court her client denied all 14 charges and would "fight every one of them." She argued that he had surrendered his passport and had lived at the same address for 20 years.

Judge Martin Oduya was not persuaded. "The sums are large, the money has not been found, and the defendant has family abroad," he said. "Those three facts together are enough."

The charity's chair, Rebecca Lyle, said in a statement that the trustees were "devastated" and had brought in an outside firm to review its finances. Donors had been told that no grants to families would be cut, she said.

Detective Inspector Paul Amis of Greater Manchester Police said outside court that the inquiry was continuing and that officers had urged banks in both countries to freeze the accounts. Officers believe a second person may have helped set up the companies, a police source said.

The trial is expected to begin in September and to last about four weeks.
""",
    q("A judge at Manchester Crown Court", "ruling", 'there was a "real risk" he would leave the country', "person", "speech", name="Martin Oduya"),
    q(None, "accused of", ["the former treasurer of a children's charity", "taking more than £2 million from its accounts"], "none", "evaluation"),
    q("Prosecutors", "alleged", "Graham Pellow, 54, moved money from the Harlow Fund into accounts in Cyprus and Malta over six years, disguising the transfers as payments to suppliers that did not exist", "group", "speech"),
    q("court documents", "According to", "investigators identified 212 such payments between 2018 and 2024", "organization", "speech"),
    q("His barrister", "told", 'her client denied all 14 charges and would "fight every one of them."', "person", "speech", name="Anne Whitlock"),
    q("her client", "denied", "all 14 charges", "person", "speech", name="Graham Pellow"),
    q("She", "argued", "he had surrendered his passport and had lived at the same address for 20 years", "pronoun", "speech", name="Anne Whitlock"),
    q("he", "said", ['"The sums are large, the money has not been found, and the defendant has family abroad,"', '"Those three facts together are enough."'], "pronoun", "speech", name="Martin Oduya"),
    q("The charity's chair", "said in a statement", 'the trustees were "devastated" and had brought in an outside firm to review its finances', "person", "speech", name="Rebecca Lyle"),
    q("she", "said", "Donors had been told that no grants to families would be cut", "pronoun", "speech", name="Rebecca Lyle"),
    q(None, "had been told", "no grants to families would be cut", "none", "speech", name="Harlow Fund"),
    q("Detective Inspector Paul Amis of Greater Manchester Police", "said", "the inquiry was continuing and that officers had urged banks in both countries to freeze the accounts", "person", "speech"),
    q("officers", "had urged", "banks in both countries to freeze the accounts", "group", "evaluation", name="Greater Manchester Police officers"),
    q("a police source", "said", "Officers believe a second person may have helped set up the companies", "anonymous", "speech"),
    q("Officers", "believe", "a second person may have helped set up the companies", "group", "belief", name="Greater Manchester Police officers"),
    q(None, "is expected to", ["The trial", "begin in September and to last about four weeks"], "none", "belief"),
    module=__name__)

A("g02-copenhagen-walking-dementia", """
Daily walk cuts dementia risk in older adults, Danish study finds

COPENHAGEN — Older adults who walked for at least 30 minutes a day were about a quarter less likely to develop dementia over a decade than those who rarely walked, according to a study published Wednesday in the journal Neurology.

Researchers at the University of Copenhagen followed 14,200 people aged 65 and over, drawn from national health registers, from 2012 to 2022. The study found that the benefit held after accounting for age, smoking, income and heart disease, though it was smaller among people who already had diabetes.

"We cannot say walking prevents dementia," said Dr. Signe Holmgaard, an epidemiologist who led the research. "What we can say is that the people who walked were consistently doing better, and that the effect grew with every extra ten minutes."

The authors cautioned that the study was observational and that people in the early stages of the disease may walk less because they are already unwell. They called for a randomized trial to test whether walking programs can slow cognitive decline.

Outside experts were cautiously positive. Professor Daniel Reyes of King's College London, who was not involved in the research, said the size of the study made the result hard to dismiss. "It is not proof, but it is one more brick in the wall," he said.

The Alzheimer's Society, a British charity, said the findings were in line with its advice that people stay active into old age, and urged governments to invest in safe footpaths and parks.

It is estimated that 57 million people worldwide live with dementia, a figure the World Health Organization expects to nearly triple by 2050.
""",
    q("Danish study", "finds", "Daily walk cuts dementia risk in older adults", "organization", "evidence", name="University of Copenhagen study"),
    q("a study published Wednesday in the journal Neurology", "according to", "Older adults who walked for at least 30 minutes a day were about a quarter less likely to develop dementia over a decade than those who rarely walked", "organization", "evidence", name="University of Copenhagen study"),
    q("The study", "found", "the benefit held after accounting for age, smoking, income and heart disease, though it was smaller among people who already had diabetes", "organization", "evidence", name="University of Copenhagen study"),
    q("Dr. Signe Holmgaard", "said", ['"We cannot say walking prevents dementia,"', '"What we can say is that the people who walked were consistently doing better, and that the effect grew with every extra ten minutes."'], "person", "speech"),
    q("We", "cannot say", "walking prevents dementia", "pronoun", "speech", name="University of Copenhagen researchers"),
    q("we", "can say", "the people who walked were consistently doing better, and that the effect grew with every extra ten minutes", "pronoun", "speech", name="University of Copenhagen researchers"),
    q("The authors", "cautioned", "the study was observational and that people in the early stages of the disease may walk less because they are already unwell", "group", "speech"),
    q("They", "called for", "a randomized trial to test whether walking programs can slow cognitive decline", "pronoun", "evaluation", name="The authors"),
    q("Professor Daniel Reyes of King's College London", "said", "the size of the study made the result hard to dismiss", "person", "speech"),
    q("he", "said", '"It is not proof, but it is one more brick in the wall,"', "pronoun", "speech", name="Daniel Reyes"),
    q("The Alzheimer's Society", "said", "the findings were in line with its advice that people stay active into old age", "organization", "speech"),
    q("its", "advice", "people stay active into old age", "pronoun", "evaluation", name="The Alzheimer's Society"),
    q(None, "urged", "governments to invest in safe footpaths and parks", "none", "evaluation", name="The Alzheimer's Society"),
    q(None, "It is estimated", "57 million people worldwide live with dementia, a figure the World Health Organization expects to nearly triple by 2050", "none", "belief"),
    q("the World Health Organization", "expects", ["a figure", "to nearly triple by 2050"], "organization", "belief"),
    module=__name__)

A("g03-rovers-trophy-semifinal", """
Late Okafor header sends Rovers into Trophy semi-finals

BRISTOL, England — Bristol Rovers reached the FA Trophy semi-finals for the first time in 14 years on Saturday, beating Eastleigh 2-1 with a stoppage-time header from substitute Chidi Okafor.

"I told the lads at half-time that if we kept the ball, the chances would come," manager Steve Hollis said after the match. "Credit to them, they never stopped running."

Hollis, asked whether he had considered taking off his captain after a first-half booking, said he had "thought about it for about ten seconds" before deciding to trust him.

Okafor, 19, who joined from the club's academy in the summer, admitted he had barely seen the cross. "I just shut my eyes and went for it," he said. "My mum will be crying somewhere."

Eastleigh's manager, Dave Pruitt, was furious about the winning goal, insisting that Okafor had pushed a defender. "Everyone in the ground saw it except the one man who matters," he said, referring to the referee. He said the club would not complain formally because "it changes nothing."

The Football Association is expected to review the incident, which was not checked because video replays are not used at this level.

Rovers' chairman, Lisa Mbeki, said the club would sell tickets for the semi-final at reduced prices to thank supporters, some of whom, she said, had travelled to every away game this season.
""",
    q("manager Steve Hollis", "said", ['"I told the lads at half-time that if we kept the ball, the chances would come,"', '"Credit to them, they never stopped running."'], "person", "speech"),
    q("I", "told", "if we kept the ball, the chances would come", "pronoun", "speech", name="Steve Hollis"),
    q("Hollis", "said", 'he had "thought about it for about ten seconds" before deciding to trust him', "person", "speech", name="Steve Hollis"),
    q("Okafor", "admitted", "he had barely seen the cross", "person", "speech", name="Chidi Okafor", near="Okafor, 19"),
    q("he", "said", ['"I just shut my eyes and went for it,"', '"My mum will be crying somewhere."'], "pronoun", "speech", name="Chidi Okafor"),
    q("Eastleigh's manager", "insisting", "Okafor had pushed a defender", "person", "speech", name="Dave Pruitt"),
    q("he", "said", '"Everyone in the ground saw it except the one man who matters,"', "pronoun", "speech", name="Dave Pruitt"),
    q("He", "said", 'the club would not complain formally because "it changes nothing."', "pronoun", "speech", name="Dave Pruitt"),
    q(None, "is expected to", ["The Football Association", "review the incident, which was not checked because video replays are not used at this level"], "none", "belief"),
    q("Rovers' chairman", "said", "the club would sell tickets for the semi-final at reduced prices to thank supporters, some of whom, she said, had travelled to every away game this season", "person", "speech", name="Lisa Mbeki"),
    q("she", "said", ["some of whom", "had travelled to every away game this season"], "pronoun", "speech", name="Lisa Mbeki"),
    module=__name__)

A("g04-nordvik-profit-warning", """
Nordvik Shipping warns of weaker profit as Red Sea detours bite

OSLO, Feb. 4 — Norwegian container line Nordvik Shipping said on Tuesday that its full-year operating profit would fall short of market expectations, blaming higher fuel costs from ships sailing around the Cape of Good Hope.

The company said in a stock exchange filing that it now expected operating profit of between $380 million and $420 million, down from at least $500 million in November. Its shares fell 9.2 percent in Oslo trading.

Chief Executive Ingrid Solberg told analysts on a conference call that the company would not return to the Suez route "until our insurers and our crews are comfortable," and that she did not expect that to happen before the summer.

Analysts at DNB Markets expect Nordvik to cut its dividend. "The balance sheet is fine, but the cash flow is not," one analyst, who asked not to be named because of company policy, said.

The warning follows a weak quarterly report from a Danish rival last week, according to data compiled by this agency. Freight rates on the Asia-Europe route have fallen 18 percent since January, the data show.

Nordvik is also under pressure from its largest shareholder, the investment firm Halvorsen Capital, which has called for the sale of the company's tanker division. A person familiar with the matter said the board would discuss the proposal at its March meeting, though no decision was expected.

A Nordvik spokesman declined to comment on the talks.
""",
    q("Nordvik Shipping", "warns of", "weaker profit as Red Sea detours bite", "organization", "speech"),
    q("Norwegian container line Nordvik Shipping", "said", "its full-year operating profit would fall short of market expectations", "organization", "speech"),
    q(None, "blaming", "higher fuel costs from ships sailing around the Cape of Good Hope", "none", "evaluation", name="Nordvik Shipping"),
    q("The company", "said in a stock exchange filing", "it now expected operating profit of between $380 million and $420 million, down from at least $500 million in November", "organization", "speech", name="Nordvik Shipping"),
    q("it", "now expected", "operating profit of between $380 million and $420 million", "pronoun", "belief", name="Nordvik Shipping"),
    q("Chief Executive Ingrid Solberg", "told", 'the company would not return to the Suez route "until our insurers and our crews are comfortable," and that she did not expect that to happen before the summer', "person", "speech"),
    q("she", "did not expect", "that to happen before the summer", "pronoun", "belief", name="Ingrid Solberg"),
    q("Analysts at DNB Markets", "expect", "Nordvik to cut its dividend", "group", "belief"),
    q("one analyst", "said", '"The balance sheet is fine, but the cash flow is not,"', "anonymous", "speech"),
    q("data compiled by this agency", "according to", "The warning follows a weak quarterly report from a Danish rival last week", "organization", "evidence"),
    q("the data", "show", "Freight rates on the Asia-Europe route have fallen 18 percent since January", "organization", "evidence", name="data compiled by this agency"),
    q("which", "has called for", "the sale of the company's tanker division", "pronoun", "evaluation", name="Halvorsen Capital"),
    q("A person familiar with the matter", "said", "the board would discuss the proposal at its March meeting, though no decision was expected", "anonymous", "speech"),
    q(None, "was expected", "no decision", "none", "belief"),
    q("A Nordvik spokesman", "declined to comment", "on the talks", "person", "speech"),
    module=__name__)

A("g05-lower-saxony-coalition", """
Coalition talks in Lower Saxony stall over school funding

HANOVER, Germany — Talks on forming a new state government in Lower Saxony broke down on Thursday after the Greens walked out of a meeting with the Christian Democrats, each side blaming the other for the impasse.

Green co-leader Mareike Tessendorf said her party had made "every reasonable concession" on school funding but would not accept cuts to teacher training. She told reporters that the Christian Democrats had changed their position overnight.

Christian Democrat leader Jonas Brehm rejected that account. He said he had offered the Greens an extra 200 million euros for schools, and that they had turned it down. "I have no idea what more they want," he said. "We have put everything on the table."

Brehm's deputy, Anja Pohl, struck a softer tone. Pohl, speaking after a closed meeting of her party's lawmakers, said she believed a deal was still possible within two weeks. Asked whether the party would consider talks with the Free Democrats instead, she said only that "all doors remain open."

Tessendorf dismissed that as a bluff. The Free Democrats hold only seven seats, she noted, not enough to give the Christian Democrats a majority.

The Social Democrats, who lost power in October's election, said they were watching "with some amusement." Their parliamentary leader, Frank Ostrowski, accused both parties of putting their own interests ahead of voters and called for a decision before Christmas.

A poll for a regional newspaper, published Wednesday, suggested that 61 percent of voters in the state want the two parties to reach an agreement.
""",
    q("each side", "blaming", "the other for the impasse", "group", "evaluation"),
    q("Green co-leader Mareike Tessendorf", "said", 'her party had made "every reasonable concession" on school funding but would not accept cuts to teacher training', "person", "speech"),
    q("She", "told", "the Christian Democrats had changed their position overnight", "pronoun", "speech", name="Mareike Tessendorf"),
    q("Christian Democrat leader Jonas Brehm", "rejected", "that account", "person", "evaluation"),
    q("He", "said", "he had offered the Greens an extra 200 million euros for schools, and that they had turned it down", "pronoun", "speech", name="Jonas Brehm"),
    q("he", "said", ['"I have no idea what more they want,"', '"We have put everything on the table."'], "pronoun", "speech", name="Jonas Brehm"),
    q("Pohl", "said", "she believed a deal was still possible within two weeks", "person", "speech", name="Anja Pohl", near="Pohl, speaking"),
    q("she", "believed", "a deal was still possible within two weeks", "pronoun", "belief", name="Anja Pohl"),
    q("she", "said", '"all doors remain open."', "pronoun", "speech", name="Anja Pohl", near="said only"),
    q("Tessendorf", "dismissed", "that as a bluff", "person", "evaluation", name="Mareike Tessendorf"),
    q("she", "noted", ["The Free Democrats hold only seven seats", "not enough to give the Christian Democrats a majority"], "pronoun", "speech", name="Mareike Tessendorf"),
    q("The Social Democrats", "said", 'they were watching "with some amusement."', "organization", "speech"),
    q("Their parliamentary leader", "accused", "both parties of putting their own interests ahead of voters", "person", "evaluation", name="Frank Ostrowski"),
    q(None, "called for", "a decision before Christmas", "none", "evaluation", name="Frank Ostrowski"),
    q("A poll for a regional newspaper", "suggested", "61 percent of voters in the state want the two parties to reach an agreement", "organization", "evidence"),
    q("61 percent of voters in the state", "want", "the two parties to reach an agreement", "group", "intent"),
    module=__name__)

A("g06-patapsco-harbor-resignation", """
Harbor authority chief resigns amid audit of dredging contracts

BALTIMORE — The head of the Patapsco Harbor Authority resigned on Monday, days after state auditors began examining how $90 million in dredging contracts were awarded, according to two officials briefed on the decision.

In a letter to the board released by his lawyer, Victor Amadi wrote that he was stepping down "to spare the port a distraction it does not need."

"I have spent 22 years in this port," the letter said. "I have never taken a dollar that was not mine, and I am confident the audit will clear me.

"But the port is bigger than any one person, and the work has to go on."

The state's chief auditor, Helen Stroud, said the audit would continue regardless of the resignation. Her office had received a complaint last spring alleging that one contractor had been told the size of rival bids before submitting its own, she said.

The contractor, Chesapeake Marine Works, said in a statement that it had "won every contract fairly" and would cooperate with the inquiry. Its owner could not be reached.

A board member, who spoke on condition of anonymity to discuss a personnel matter, said several members had urged Amadi to take leave in March but that he had refused. The member said Amadi told them he believed the complaint was "a settling of scores" by a contractor who had lost a bid.

The governor's office said the governor had been briefed and wanted the audit finished "as quickly as is responsible." The board is expected to name an interim director this week.
""",
    q("two officials briefed on the decision", "according to", "The head of the Patapsco Harbor Authority resigned on Monday, days after state auditors began examining how $90 million in dredging contracts were awarded", "anonymous", "speech"),
    q("Victor Amadi", "wrote", 'he was stepping down "to spare the port a distraction it does not need."', "person", "speech"),
    q("the letter", "said", ['"I have spent 22 years in this port,"', '"I have never taken a dollar that was not mine, and I am confident the audit will clear me.', '"But the port is bigger than any one person, and the work has to go on."'], "organization", "speech", name="Victor Amadi's letter"),
    q("I", "am confident", "the audit will clear me", "pronoun", "belief", name="Victor Amadi"),
    q("The state's chief auditor", "said", "the audit would continue regardless of the resignation", "person", "speech", name="Helen Stroud"),
    q("she", "said", "Her office had received a complaint last spring alleging that one contractor had been told the size of rival bids before submitting its own", "pronoun", "speech", name="Helen Stroud"),
    q("a complaint last spring", "alleging", "one contractor had been told the size of rival bids before submitting its own", "organization", "speech", name="complaint to the state auditor"),
    q(None, "had been told", "the size of rival bids", "none", "speech"),
    q("The contractor", "said in a statement", 'it had "won every contract fairly" and would cooperate with the inquiry', "organization", "speech", name="Chesapeake Marine Works"),
    q("A board member", "said", "several members had urged Amadi to take leave in March but that he had refused", "anonymous", "speech"),
    q("several members", "had urged", "Amadi to take leave in March", "group", "evaluation"),
    q("The member", "said", 'Amadi told them he believed the complaint was "a settling of scores" by a contractor who had lost a bid', "anonymous", "speech", name="A board member"),
    q("Amadi", "told", 'he believed the complaint was "a settling of scores" by a contractor who had lost a bid', "person", "speech", name="Victor Amadi"),
    q("he", "believed", 'the complaint was "a settling of scores" by a contractor who had lost a bid', "pronoun", "belief", name="Victor Amadi"),
    q("The governor's office", "said", 'the governor had been briefed and wanted the audit finished "as quickly as is responsible."', "organization", "speech"),
    q("the governor", "wanted", 'the audit finished "as quickly as is responsible."', "person", "intent"),
    q(None, "is expected to", ["The board", "name an interim director this week"], "none", "belief"),
    module=__name__)

A("g07-keyes-bribery-trial", """
Judge rules ex-mayor's bribery trial can proceed despite lost recordings

TRENTON, N.J. — A federal judge ruled Friday that the bribery trial of former Paterson mayor Ronald Keyes can go ahead, rejecting a defense motion that argued the loss of 40 hours of FBI recordings had made a fair trial impossible.

U.S. District Judge Carmen Ibarra wrote in a 28-page opinion that the missing recordings were "regrettable but not fatal," noting that prosecutors had turned over transcripts of most of them.

According to the indictment, Keyes accepted $180,000 in cash and home renovations from a developer in exchange for zoning changes. He has pleaded not guilty.

His lawyer, Mark Delaney, said he would appeal the ruling if Keyes was convicted. "The government lost the evidence. The government should live with that," Delaney said.

Prosecutors have said the recordings were erased during a routine server migration in 2022 and that the erasure was accidental. In court filings, they described the defense's theory of a cover-up as "pure speculation."

The developer, who has pleaded guilty, has told investigators that he met Keyes at least nine times at a diner in Clifton to hand over cash, the indictment says. He is expected to testify for the prosecution.

A spokeswoman for the U.S. attorney's office, asked whether the office would investigate how the recordings were lost, said it had "no comment beyond what is in the filings."

Jury selection is scheduled to begin on March 2.
""",
    q("Judge", "rules", "ex-mayor's bribery trial can proceed despite lost recordings", "person", "speech", name="Carmen Ibarra"),
    q("A federal judge", "ruled", "the bribery trial of former Paterson mayor Ronald Keyes can go ahead", "person", "speech", name="Carmen Ibarra"),
    q(None, "rejecting", "a defense motion that argued the loss of 40 hours of FBI recordings had made a fair trial impossible", "none", "evaluation", name="Carmen Ibarra"),
    q("that", "argued", "the loss of 40 hours of FBI recordings had made a fair trial impossible", "pronoun", "speech", name="defense motion"),
    q("U.S. District Judge Carmen Ibarra", "wrote in a 28-page opinion", 'the missing recordings were "regrettable but not fatal,"', "person", "speech"),
    q(None, "noting", "prosecutors had turned over transcripts of most of them", "none", "speech", name="Carmen Ibarra"),
    q("the indictment", "According to", "Keyes accepted $180,000 in cash and home renovations from a developer in exchange for zoning changes", "organization", "speech"),
    q("His lawyer", "said", "he would appeal the ruling if Keyes was convicted", "person", "speech", name="Mark Delaney"),
    q("Delaney", "said", '"The government lost the evidence. The government should live with that,"', "person", "speech", name="Mark Delaney"),
    q("Prosecutors", "have said", "the recordings were erased during a routine server migration in 2022 and that the erasure was accidental", "group", "speech"),
    q("they", "described", 'the defense\'s theory of a cover-up as "pure speculation."', "pronoun", "speech", name="Prosecutors"),
    q("the indictment", "says", "The developer, who has pleaded guilty, has told investigators that he met Keyes at least nine times at a diner in Clifton to hand over cash", "organization", "speech"),
    q("The developer", "has told", "he met Keyes at least nine times at a diner in Clifton to hand over cash", "person", "speech"),
    q(None, "is expected to", ["He", "testify for the prosecution"], "none", "belief", at="the indictment says. "),
    q("A spokeswoman for the U.S. attorney's office", "said", 'it had "no comment beyond what is in the filings."', "person", "speech"),
    module=__name__)

A("g08-alberta-measles", """
Measles cases climb in Alberta as health officials urge vaccination

CALGARY, Alberta — Alberta has recorded 212 measles cases since January, the highest annual total in more than two decades, provincial health officials said Thursday, and the outbreak is expected to grow as families travel for the spring break.

Most of the cases are in unvaccinated children under 10, according to figures from Alberta Health Services. Six children have been admitted to intensive care, the agency said, though none has died.

Dr. Priya Nanda, the province's deputy chief medical officer of health, urged parents to check their children's records. "If your child has not had both doses, call us," she said. "The vaccine is free, it is safe, and it works."

It was reported last week that one school in Lethbridge had sent home more than 80 students who could not show proof of vaccination. School officials, asked about the decision, said they had followed public health orders.

A researcher at the University of Alberta who tracks vaccine uptake, Dr. Samuel Otieno, said coverage in some rural districts had fallen below 70 percent, far under the 95 percent experts say is needed to stop measles from spreading.

The outbreak is believed to have started with a traveller who returned from abroad in late December, officials said.

Some parents remain wary. Karen Dueck, a mother of four from a farming community near Taber, said she worried the vaccine had side effects that doctors did not talk about.
""",
    q("health officials", "urge", "vaccination", "group", "evaluation", name="provincial health officials", at="officials urge "),
    q("provincial health officials", "said", "Alberta has recorded 212 measles cases since January, the highest annual total in more than two decades", "group", "speech"),
    q(None, "is expected to", ["the outbreak", "grow as families travel for the spring break"], "none", "belief"),
    q("figures from Alberta Health Services", "according to", "Most of the cases are in unvaccinated children under 10", "organization", "evidence"),
    q("the agency", "said", ["Six children have been admitted to intensive care", "though none has died"], "organization", "speech", name="Alberta Health Services"),
    q("Dr. Priya Nanda", "urged", "parents to check their children's records", "person", "evaluation"),
    q("she", "said", ['"If your child has not had both doses, call us,"', '"The vaccine is free, it is safe, and it works."'], "pronoun", "speech", name="Priya Nanda"),
    q(None, "It was reported", "one school in Lethbridge had sent home more than 80 students who could not show proof of vaccination", "none", "speech"),
    q("School officials", "said", "they had followed public health orders", "group", "speech"),
    q("A researcher at the University of Alberta", "said", "coverage in some rural districts had fallen below 70 percent, far under the 95 percent experts say is needed to stop measles from spreading", "person", "speech", name="Samuel Otieno"),
    q("experts", "say", ["the 95 percent", "is needed to stop measles from spreading"], "group", "speech"),
    q("officials", "said", "The outbreak is believed to have started with a traveller who returned from abroad in late December", "group", "speech", name="provincial health officials"),
    q(None, "is believed to", ["The outbreak", "have started with a traveller who returned from abroad in late December"], "none", "belief"),
    q("Karen Dueck", "said", "she worried the vaccine had side effects that doctors did not talk about", "person", "speech"),
    q("she", "worried", "the vaccine had side effects that doctors did not talk about", "pronoun", "belief", name="Karen Dueck"),
    module=__name__)

A("g09-manila-patrol-deal", """
Philippine senators split over South China Sea patrol deal

MANILA, Philippines — Philippine senators clashed on Wednesday over a proposed agreement that would allow Japanese coast guard ships to join patrols near disputed reefs, with opponents warning it could draw Manila into a wider conflict.

Senator Ramon Villanueva, who chairs the foreign relations committee, said the deal would "finally put some steel behind our claims." He told colleagues that Tokyo had agreed to share radar data in real time.

Senator Liza Cordero disagreed. She said the agreement had been negotiated "in the dark" and demanded that the full text be released before any vote. "This is a blank page with a signature line," she said. "I will not sign it, and neither should anyone in this chamber."

China's foreign ministry said in Beijing that it "firmly opposes" any outside involvement in the dispute, according to a transcript of a regular briefing. A ministry spokesman, asked whether China would respond with its own patrols, said the country would "take necessary measures" to protect its sovereignty.

Japan's embassy in Manila did not respond to a request for comment.

The agreement is not expected to reach a vote before June, according to a Senate aide. Two senators who have not declared a position said privately that they were leaning toward supporting it, the aide said, but worried about the reaction at home.

Villanueva said he was confident of winning the 16 votes needed. Cordero predicted he would fall short.
""",
    q("opponents", "warning", "it could draw Manila into a wider conflict", "group", "speech"),
    q("Senator Ramon Villanueva", "said", 'the deal would "finally put some steel behind our claims."', "person", "speech"),
    q("He", "told", "Tokyo had agreed to share radar data in real time", "pronoun", "speech", name="Ramon Villanueva"),
    q("Tokyo", "had agreed to", "share radar data in real time", "organization", "intent", name="Japanese government"),
    q("She", "said", 'the agreement had been negotiated "in the dark"', "pronoun", "speech", name="Liza Cordero"),
    q(None, "demanded", "the full text be released before any vote", "none", "evaluation", name="Liza Cordero"),
    q("she", "said", ['"This is a blank page with a signature line,"', '"I will not sign it, and neither should anyone in this chamber."'], "pronoun", "speech", name="Liza Cordero"),
    q("a transcript of a regular briefing", "according to", 'China\'s foreign ministry said in Beijing that it "firmly opposes" any outside involvement in the dispute', "organization", "speech"),
    q("China's foreign ministry", "said", 'it "firmly opposes" any outside involvement in the dispute', "organization", "speech"),
    q("it", "firmly opposes", "any outside involvement in the dispute", "pronoun", "evaluation", name="China's foreign ministry"),
    q("A ministry spokesman", "said", 'the country would "take necessary measures" to protect its sovereignty', "person", "speech"),
    q("a Senate aide", "according to", "The agreement is not expected to reach a vote before June", "anonymous", "speech"),
    q(None, "is not expected to", ["The agreement", "reach a vote before June"], "none", "belief"),
    q("the aide", "said", ["Two senators who have not declared a position said privately that they were leaning toward supporting it", "but worried about the reaction at home"], "anonymous", "speech", name="a Senate aide"),
    q("Two senators who have not declared a position", "said privately", "they were leaning toward supporting it", "anonymous", "speech"),
    q(None, "worried about", "the reaction at home", "none", "belief", name="Two senators who have not declared a position"),
    q("Villanueva", "said", "he was confident of winning the 16 votes needed", "person", "speech", name="Ramon Villanueva"),
    q("he", "was confident of", "winning the 16 votes needed", "pronoun", "belief", name="Ramon Villanueva"),
    q("Cordero", "predicted", "he would fall short", "person", "belief", name="Liza Cordero"),
    module=__name__)
