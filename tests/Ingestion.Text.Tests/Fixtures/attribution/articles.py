# Original news-style articles written for this project (invented people, places and events), with their
# attribution annotated as strings; build.py turns them into offsets. Every third article is in the "check" split.
ARTICLES = []


def q(source, cue, content, type, **kw):
    return dict(source=source, cue=cue, content=content, type=type, **kw)


def A(id, text, *quotes):
    split = "check" if len(ARTICLES) % 3 == 2 else "dev"
    ARTICLES.append(dict(id=id, split=split, text=text.strip(), quotes=list(quotes)))


A("port-strike", """
Dockworkers at the port of Valmera walked off the job on Monday, halting the loading of container ships for the third time this year.

“We will not back down until the contract is honoured,” said Maria Lopez, the president of the dockworkers’ union.

The port authority said in a statement that talks would resume on Wednesday.

According to the harbour master, at least 14 vessels were waiting offshore by late afternoon.

Lopez told reporters that the union had offered to return to work if wages were paid on time. “Nobody wants this strike to go on,” she added.

Shipping companies are expected to reroute cargo to smaller ports further south.
""",
    q("Maria Lopez", "said", "“We will not back down until the contract is honoured,”", "person"),
    q("The port authority", "said", "talks would resume on Wednesday", "organization", name="port authority"),
    q("the harbour master", "According to", "at least 14 vessels were waiting offshore by late afternoon", "group"),
    q("Lopez", "told", "the union had offered to return to work if wages were paid on time", "person", name="Maria Lopez"),
    q("she", "added", "“Nobody wants this strike to go on,”", "pronoun", name="Maria Lopez"),
)

A("flood-warning", """
Heavy rain is expected to continue across the northern valleys until Friday, forecasters warned on Tuesday.

The National Weather Office issued a red alert for three districts and urged residents to avoid travelling.

“The ground is already saturated, so even moderate rain could trigger landslides,” said Tomasz Nowak, a hydrologist at the office.

Residents of Oldbridge said the river had risen by almost a metre overnight.

Local officials estimated that 2,000 homes were at risk of flooding.

Nowak warned that the worst could still be ahead. He said emergency crews had been placed on standby in every district.
""",
    q("forecasters", "warned", "Heavy rain is expected to continue across the northern valleys until Friday", "group"),
    q("Tomasz Nowak", "said", "“The ground is already saturated, so even moderate rain could trigger landslides,”", "person"),
    q("Residents of Oldbridge", "said", "the river had risen by almost a metre overnight", "group"),
    q("Local officials", "estimated", "2,000 homes were at risk of flooding", "anonymous"),
    q("Nowak", "warned", "the worst could still be ahead", "person", name="Tomasz Nowak"),
    q("He", "said", "emergency crews had been placed on standby in every district", "pronoun", name="Tomasz Nowak"),
)

A("chain-report", """
Security forces in the eastern province have detained at least 30 people after a week of protests over fuel prices.

CNN reports that security forces have alleged that the protests were organised by a banned opposition group.

Amnesty International said the detentions appeared to be arbitrary and called for the immediate release of those held.

A senior diplomat, speaking on condition of anonymity, said that several embassies had raised the arrests with the interior ministry.

The ministry has not responded to requests for comment.
""",
    q("CNN", "reports", "security forces have alleged that the protests were organised by a banned opposition group", "outlet"),
    q("security forces", "have alleged", "the protests were organised by a banned opposition group", "group"),
    q("Amnesty International", "said", "the detentions appeared to be arbitrary", "organization"),
    q("A senior diplomat", "said", "several embassies had raised the arrests with the interior ministry", "anonymous"),
)

A("hospital-waits", """
Patients in the region waited an average of nine hours in emergency departments last month, the longest delays on record.

Dr Helen Carter, the medical director of St Anne’s Hospital, said staff were “working flat out” but that there were simply not enough beds.

“We have patients on trolleys in corridors every single night,” she said. “That is not safe, and everyone here knows it.”

The health department acknowledged that the figures were disappointing. A spokesperson for the department said an extra £40m would be spent on community care this winter.

Critics argue that the money will arrive too late.
""",
    q("Dr Helen Carter", "said", "staff were “working flat out” but that there were simply not enough beds", "person", name="Helen Carter"),
    q("she", "said", ["“We have patients on trolleys in corridors every single night,”", "“That is not safe, and everyone here knows it.”"], "pronoun", name="Helen Carter"),
    q("The health department", "acknowledged", "the figures were disappointing", "organization", name="health department"),
    q("A spokesperson for the department", "said", "an extra £40m would be spent on community care this winter", "anonymous"),
    q("Critics", "argue", "the money will arrive too late", "group"),
)

A("election-count", """
Counting in the mayoral election was suspended overnight after a dispute over postal ballots, election officials said.

The incumbent, Daniel Okafor, accused his rival of trying to “steal the result in the back room”.

His challenger, Grace Whitfield, denied the claim. “Every vote will be counted, and every vote will be counted fairly,” Whitfield said.

According to the electoral commission, about 12,000 postal ballots remain to be verified.

Okafor said he would accept the result once the count was complete, but he insisted that observers from both campaigns must be present.

Turnout was 41 percent, slightly higher than in the previous election.
""",
    q("election officials", "said", "Counting in the mayoral election was suspended overnight after a dispute over postal ballots", "anonymous"),
    q("Grace Whitfield", "denied", "the claim", "person", quote="indirect"),
    q("Whitfield", "said", "“Every vote will be counted, and every vote will be counted fairly,”", "person", name="Grace Whitfield"),
    q("the electoral commission", "According to", "about 12,000 postal ballots remain to be verified", "organization", name="electoral commission"),
    q("Okafor", "said", "he would accept the result once the count was complete", "person", name="Daniel Okafor"),
    q("he", "insisted", "observers from both campaigns must be present", "pronoun", name="Daniel Okafor"),
)

A("tech-layoffs", """
Brightwave, the software company, will cut 600 jobs, or about 8% of its workforce, it announced on Thursday.

In a memo to staff, chief executive Priya Raman wrote that the company had “hired too quickly” during the pandemic.

“This is the hardest decision I have had to make,” Raman wrote.

Analysts said the cuts were smaller than investors had expected. Shares rose 4% in early trading.

A person familiar with the plans said the engineering division would be spared.

The company declined to comment on which offices would be affected.
""",
    q("it", "announced", "Brightwave, the software company, will cut 600 jobs, or about 8% of its workforce", "pronoun", name="Brightwave"),
    q("Priya Raman", "wrote", "the company had “hired too quickly” during the pandemic", "person"),
    q("Raman", "wrote", "“This is the hardest decision I have had to make,”", "person", name="Priya Raman"),
    q("Analysts", "said", "the cuts were smaller than investors had expected", "group"),
    q("A person familiar with the plans", "said", "the engineering division would be spared", "anonymous"),
)

A("ceasefire-talks", """
Negotiators from both sides met in Geneva on Saturday for a second round of ceasefire talks.

Foreign Minister Leila Haddad told the BBC that a deal was “within reach” but that important differences remained.

Her counterpart, Viktor Sorensen, was more cautious. He told reporters: “We are not there yet, and it would be wrong to pretend otherwise.”

The United Nations envoy, Ana Ferreira, said both delegations had agreed to a prisoner exchange. She noted that the exchange could begin as early as next week.

Fighting continued along the northern front line, according to local residents.
""",
    q("Foreign Minister Leila Haddad", "told", "a deal was “within reach” but that important differences remained", "person", name="Leila Haddad"),
    q("He", "told", "“We are not there yet, and it would be wrong to pretend otherwise.”", "pronoun", name="Viktor Sorensen"),
    q("Ana Ferreira", "said", "both delegations had agreed to a prisoner exchange", "person"),
    q("She", "noted", "the exchange could begin as early as next week", "pronoun", name="Ana Ferreira"),
    q("local residents", "according to", "Fighting continued along the northern front line", "group"),
)

A("drought-farmers", """
Farmers in the southern plains are selling off livestock as the drought enters its third year.

“I have sold half my herd since spring,” said Joseph Mwangi, who keeps cattle near the town of Kerio. “If the rains fail again, I will have nothing left.”

Government figures show that maize yields have fallen by a third.

The agriculture minister, Ruth Achieng, said the government would distribute seed and fodder to the worst-hit districts. She conceded that the response had been slow.

Aid groups warned that more than a million people could need food assistance by the end of the year.
""",
    q("Joseph Mwangi", "said", ["“I have sold half my herd since spring,”", "“If the rains fail again, I will have nothing left.”"], "person"),
    q("Government figures", "show", "maize yields have fallen by a third", "organization"),
    q("Ruth Achieng", "said", "the government would distribute seed and fodder to the worst-hit districts", "person"),
    q("She", "conceded", "the response had been slow", "pronoun", name="Ruth Achieng"),
    q("Aid groups", "warned", "more than a million people could need food assistance by the end of the year", "group"),
)

A("court-ruling", """
A federal judge on Tuesday blocked a state law that would have required social media companies to verify the age of every user.

Judge Samuel Reyes wrote in his ruling that the law was likely to violate the First Amendment.

The state’s attorney general, Karen Holt, said she would appeal. “This law protects children, and we will defend it all the way to the Supreme Court,” Holt said in a statement.

Tech industry groups welcomed the decision. NetChoice, which brought the lawsuit, said the ruling was “a victory for free expression”.

Legal experts said the case was likely to reach the appeals court within months.
""",
    q("Judge Samuel Reyes", "wrote", "the law was likely to violate the First Amendment", "person", name="Samuel Reyes"),
    q("Karen Holt", "said", "she would appeal", "person"),
    q("Holt", "said", "“This law protects children, and we will defend it all the way to the Supreme Court,”", "person", name="Karen Holt"),
    q("NetChoice", "said", "the ruling was “a victory for free expression”", "organization"),
    q("Legal experts", "said", "the case was likely to reach the appeals court within months", "group"),
)

A("vaccine-rollout", """
The health ministry says it has delivered more than two million doses of the new malaria vaccine to rural clinics.

Speaking to Reuters, Health Minister Adebayo Okonkwo said the rollout was ahead of schedule.

“Every child under five in the target districts will be offered the vaccine by March,” he said.

Some nurses, however, said clinics lacked fridges to store the doses. One nurse in the northern town of Garu, who asked not to be named, said half of a recent delivery had spoiled.

The World Health Organization has described the vaccine as a breakthrough.
""",
    q("The health ministry", "says", "it has delivered more than two million doses of the new malaria vaccine to rural clinics", "organization", name="health ministry"),
    q("Health Minister Adebayo Okonkwo", "said", "the rollout was ahead of schedule", "person", name="Adebayo Okonkwo"),
    q("he", "said", "“Every child under five in the target districts will be offered the vaccine by March,”", "pronoun", name="Adebayo Okonkwo"),
    q("Some nurses", "said", "clinics lacked fridges to store the doses", "group"),
    q("One nurse in the northern town of Garu", "said", "half of a recent delivery had spoiled", "anonymous"),
    q("The World Health Organization", "has described", "the vaccine as a breakthrough", "organization", name="World Health Organization"),
)

A("mine-collapse", """
Rescuers were still searching for eight miners on Sunday, two days after a tunnel collapsed at the Kolwe copper mine.

The mine’s operator, Sable Minerals, confirmed that 23 workers had been brought to the surface alive.

“We have heard tapping from below, so we believe some of them are alive,” a rescue worker told local radio.

Relatives gathered at the gates of the mine. Esther Banda, whose husband is among the missing, said the company had told families nothing for a day. “We are waiting and praying,” she said.

Sable Minerals said it would open an investigation into the cause of the collapse.
""",
    q("Sable Minerals", "confirmed", "23 workers had been brought to the surface alive", "organization"),
    q("a rescue worker", "told", "“We have heard tapping from below, so we believe some of them are alive,”", "anonymous"),
    q("Esther Banda", "said", "the company had told families nothing for a day", "person"),
    q("she", "said", "“We are waiting and praying,”", "pronoun", name="Esther Banda"),
    q("Sable Minerals", "said", "it would open an investigation into the cause of the collapse", "organization", at="Sable Minerals said it"),
)

A("central-bank", """
The central bank raised its main interest rate by half a percentage point on Thursday, to 5.25%, its highest level in fifteen years.

Governor Ingrid Halvorsen said inflation remained “far too high” and that further increases could not be ruled out.

“We will do what is necessary to bring prices back under control,” she told a news conference.

Economists had expected a smaller rise. “The bank is clearly worried that inflation is becoming entrenched,” said Marcus Lee, chief economist at Harbour Capital.

The decision is likely to push up mortgage costs for millions of households.
""",
    q("Governor Ingrid Halvorsen", "said", "inflation remained “far too high” and that further increases could not be ruled out", "person", name="Ingrid Halvorsen"),
    q("she", "told", "“We will do what is necessary to bring prices back under control,”", "pronoun", name="Ingrid Halvorsen"),
    q("Marcus Lee", "said", "“The bank is clearly worried that inflation is becoming entrenched,”", "person"),
)

A("wildfire-evacuation", """
Thousands of residents were ordered to leave their homes on Wednesday as a wildfire spread through the hills east of Santa Clara.

Fire Chief Robert Alvarez said the blaze had burned more than 10,000 acres and was only 5 percent contained.

“The wind is our biggest enemy right now,” Alvarez told KQED. “If it shifts overnight, we could be looking at a very different fire tomorrow.”

Officials said at least 40 homes had been destroyed.

Maria Chen, who fled with her two children, described the scene as terrifying. “The sky turned orange in the middle of the afternoon,” she said.

The cause of the fire is under investigation.
""",
    q("Fire Chief Robert Alvarez", "said", "the blaze had burned more than 10,000 acres and was only 5 percent contained", "person", name="Robert Alvarez"),
    q("Alvarez", "told", ["“The wind is our biggest enemy right now,”", "“If it shifts overnight, we could be looking at a very different fire tomorrow.”"], "person", name="Robert Alvarez"),
    q("Officials", "said", "at least 40 homes had been destroyed", "anonymous"),
    q("she", "said", "“The sky turned orange in the middle of the afternoon,”", "pronoun", name="Maria Chen"),
)

A("union-vote", """
Railway workers have voted to accept a new pay offer, ending a dispute that led to months of strikes.

The RMT union said 76% of its members who took part had backed the deal.

Its general secretary, Paul Whitaker, said: “This shows what workers can win when they stand together.”

The rail operator Northline welcomed the result and said services would return to normal from Monday.

Passenger groups said they hoped the deal would bring an end to months of disruption.
""",
    q("The RMT union", "said", "76% of its members who took part had backed the deal", "organization", name="RMT union"),
    q("Paul Whitaker", "said", "“This shows what workers can win when they stand together.”", "person"),
    q("The rail operator Northline", "said", "services would return to normal from Monday", "organization", name="Northline"),
    q("Passenger groups", "said", "they hoped the deal would bring an end to months of disruption", "group"),
)

A("museum-theft", """
Police in Lyon are investigating the theft of three paintings from a private museum over the weekend.

The thieves entered through a skylight and disabled the alarm, according to investigators.

Museum director Claire Fontaine said the paintings were worth “several million euros”.

“They knew exactly what they were looking for,” she told Le Monde. “This was not an opportunistic burglary.”

A police spokesman said no arrests had been made. He appealed for anyone with information to come forward.

The museum will remain closed until further notice.
""",
    q("investigators", "according to", "The thieves entered through a skylight and disabled the alarm", "group"),
    q("Museum director Claire Fontaine", "said", "the paintings were worth “several million euros”", "person", name="Claire Fontaine"),
    q("she", "told", ["“They knew exactly what they were looking for,”", "“This was not an opportunistic burglary.”"], "pronoun", name="Claire Fontaine"),
    q("A police spokesman", "said", "no arrests had been made", "anonymous"),
)

A("housing-plan", """
The government has unveiled plans to build 300,000 homes a year by the end of the decade.

Housing Secretary Michael Grant said the plan would “get Britain building again”. He argued that planning rules had held back construction for decades.

But the opposition claimed that the target was unrealistic. “They have announced this target three times and missed it three times,” said Sarah Dunmore, the shadow housing secretary.

Builders welcomed the plan but warned that a shortage of skilled workers could slow progress.

The homes would be built on a mix of brownfield and green belt land, the department said.
""",
    q("Housing Secretary Michael Grant", "said", "the plan would “get Britain building again”", "person", name="Michael Grant"),
    q("He", "argued", "planning rules had held back construction for decades", "pronoun", name="Michael Grant"),
    q("the opposition", "claimed", "the target was unrealistic", "organization", name="opposition"),
    q("Sarah Dunmore", "said", "“They have announced this target three times and missed it three times,”", "person"),
    q("Builders", "warned", "a shortage of skilled workers could slow progress", "group"),
    q("the department", "said", "The homes would be built on a mix of brownfield and green belt land", "organization", name="department"),
)

A("long-quote", """
The former finance minister, Elena Petrova, spoke at length about the crisis in an interview on Friday.

“When we took office, the treasury was almost empty. We had weeks, not months, to find the money to pay salaries.

“Nobody wanted to lend to us. The banks had lost confidence, and frankly, I understood why.

“We made mistakes, and I will not deny that. But we kept the country running,” Petrova said.

Her successor, Ivan Markov, disputed that account. He said the previous government had left “a mountain of debt” and had hidden the true scale of the deficit.
""",
    q("Petrova", "said", [
        "“When we took office, the treasury was almost empty. We had weeks, not months, to find the money to pay salaries.",
        "“Nobody wanted to lend to us. The banks had lost confidence, and frankly, I understood why.",
        "“We made mistakes, and I will not deny that. But we kept the country running,”"], "person", name="Elena Petrova", near="Petrova said"),
    q("He", "said", "the previous government had left “a mountain of debt” and had hidden the true scale of the deficit", "pronoun", name="Ivan Markov"),
)

A("airline-outage", """
Hundreds of flights were cancelled on Monday after a computer failure at SkyLink Airways grounded its fleet for six hours.

The airline blamed a faulty software update. In a statement, SkyLink said it was “deeply sorry” for the disruption and that passengers would be offered refunds.

Passengers described chaotic scenes at the main terminal. “Nobody told us anything for three hours,” said Rahul Mehta, who had been due to fly to Dubai.

The aviation regulator said it would examine whether the airline had adequate backup systems.

The company’s chief executive, Laura Simmons, apologised on Twitter. She wrote that the outage was “unacceptable”.
""",
    q("SkyLink", "said", "it was “deeply sorry” for the disruption and that passengers would be offered refunds", "organization"),
    q("Rahul Mehta", "said", "“Nobody told us anything for three hours,”", "person"),
    q("The aviation regulator", "said", "it would examine whether the airline had adequate backup systems", "organization", name="aviation regulator"),
    q("She", "wrote", "the outage was “unacceptable”", "pronoun", name="Laura Simmons"),
)

A("protest-capital", """
Tens of thousands of people marched through the capital on Sunday to demand early elections.

Protesters said the government had lost the trust of the people. Many carried banners reading “Enough”.

“We want our children to have a future in this country,” said Irina, a 52-year-old teacher who declined to give her surname.

Police estimated the crowd at 30,000, while organisers put the figure at more than 100,000.

The prime minister’s office dismissed the protest as “politically motivated”. A government spokesman insisted that the next election would take place as scheduled in 2027.
""",
    q("Protesters", "said", "the government had lost the trust of the people", "group"),
    q("Irina", "said", "“We want our children to have a future in this country,”", "person"),
    q("Police", "estimated", "the crowd at 30,000", "organization", quote="indirect"),
    q("A government spokesman", "insisted", "the next election would take place as scheduled in 2027", "anonymous"),
)

A("climate-report", """
Global temperatures could rise by 2.7C by the end of the century if current policies continue, a United Nations report warned on Monday.

The report found that emissions from energy and transport had risen again last year.

“We are heading in the wrong direction, and we are running out of time,” said Dr Amina Yusuf, one of the report’s lead authors.

Yusuf added that the technology to cut emissions already existed. What was missing, she said, was political will.

Some governments questioned the report’s assumptions. Officials from two oil-producing countries argued that it underestimated the cost of a rapid transition.
""",
    q("a United Nations report", "warned", "Global temperatures could rise by 2.7C by the end of the century if current policies continue", "organization", name="United Nations report"),
    q("The report", "found", "emissions from energy and transport had risen again last year", "organization", name="report"),
    q("Dr Amina Yusuf", "said", "“We are heading in the wrong direction, and we are running out of time,”", "person", name="Amina Yusuf"),
    q("Yusuf", "added", "the technology to cut emissions already existed", "person", name="Amina Yusuf"),
    q("she", "said", ["What was missing", "was political will"], "pronoun", name="Amina Yusuf", at="What was missing, she said"),
    q("Officials from two oil-producing countries", "argued", "it underestimated the cost of a rapid transition", "group"),
)

A("school-meals", """
Free school meals will be extended to all primary school children from September, the education minister announced yesterday.

Jane Morrison said the policy would save families about £450 a year per child.

Headteachers broadly welcomed the move. “For some of our pupils, lunch at school is the only hot meal they get,” said Peter Clarke, head of Riverside Primary in Leeds.

However, the Institute for Fiscal Studies estimated that the scheme would cost £1.2bn a year and questioned how it would be funded.

Is this the best use of the money? Some economists are not so sure.
""",
    q("the education minister", "announced", "Free school meals will be extended to all primary school children from September", "group", name="Jane Morrison"),
    q("Jane Morrison", "said", "the policy would save families about £450 a year per child", "person"),
    q("Peter Clarke", "said", "“For some of our pupils, lunch at school is the only hot meal they get,”", "person"),
    q("the Institute for Fiscal Studies", "estimated", "the scheme would cost £1.2bn a year", "organization", name="Institute for Fiscal Studies"),
)

A("earthquake-aid", """
A magnitude 6.4 earthquake struck the mountainous west of the country early on Thursday, killing at least 57 people, according to the disaster management agency.

Rescue teams were struggling to reach remote villages because landslides had blocked the main roads, the agency said.

“Whole villages have been flattened,” Red Crescent volunteer Karim Nasser told Al Jazeera. “People are digging through the rubble with their bare hands.”

The president declared three days of national mourning and said the army would be deployed to help.

Witnesses said aftershocks continued through the morning.
""",
    q("the disaster management agency", "according to", "A magnitude 6.4 earthquake struck the mountainous west of the country early on Thursday, killing at least 57 people", "organization", name="disaster management agency"),
    q("the agency", "said", "Rescue teams were struggling to reach remote villages because landslides had blocked the main roads", "organization", name="disaster management agency"),
    q("Red Crescent volunteer Karim Nasser", "told", ["“Whole villages have been flattened,”", "“People are digging through the rubble with their bare hands.”"], "person", name="Karim Nasser"),
    q("The president", "said", "the army would be deployed to help", "group", name="president"),
    q("Witnesses", "said", "aftershocks continued through the morning", "group"),
)

A("football-manager", """
Northbury City have sacked their manager, Steve Harding, after a run of seven defeats in nine matches.

In a statement, the club said it was grateful for his work but that “a change was needed to secure the club’s Premier League status”.

Harding, 54, had been in charge for less than a year.

Club captain Joe Barnes said the players felt responsible. “We let him down. It’s on us as much as anyone,” Barnes told Sky Sports.

Former striker Danny Moss, now a pundit, tweeted that the decision was “harsh but inevitable”.

City are 18th in the table.
""",
    q("the club", "said", "it was grateful for his work but that “a change was needed to secure the club’s Premier League status”", "organization", name="Northbury City"),
    q("Club captain Joe Barnes", "said", "the players felt responsible", "person", name="Joe Barnes"),
    q("Barnes", "told", "“We let him down. It’s on us as much as anyone,”", "person", name="Joe Barnes"),
    q("Former striker Danny Moss", "tweeted", "the decision was “harsh but inevitable”", "person", name="Danny Moss"),
)

A("gas-prices", """
European gas prices jumped 15% on Tuesday after a pipeline carrying supplies from Norway was shut for repairs.

Traders said the market was nervous about supplies ahead of winter.

The pipeline’s operator, Nordflow, said the repairs would take at least ten days. A company spokeswoman declined to say what had caused the fault.

The European Commission said storage sites were 92% full, well above its target. “There is no immediate risk to security of supply,” Energy Commissioner Kadri Simson told reporters in Brussels.

Analysts at Bernstein noted that prices were still far below their peak of two years ago.
""",
    q("Traders", "said", "the market was nervous about supplies ahead of winter", "group"),
    q("Nordflow", "said", "the repairs would take at least ten days", "organization"),
    q("The European Commission", "said", "storage sites were 92% full, well above its target", "organization", name="European Commission"),
    q("Energy Commissioner Kadri Simson", "told", "“There is no immediate risk to security of supply,”", "person", name="Kadri Simson"),
    q("Analysts at Bernstein", "noted", "prices were still far below their peak of two years ago", "group"),
)

A("refugee-boat", """
At least 41 people are feared dead after a boat carrying migrants capsized off the coast of Lampedusa, the UN refugee agency said on Friday.

Survivors told aid workers that the boat had left the Libyan port of Sfax two days earlier with about 50 people on board.

“They spent hours in the water before they were found,” said Chiara Romano, a spokeswoman for the charity Sea Rescue. “Many could not swim.”

Italy’s coastguard confirmed that four survivors had been taken to hospital.

Human rights groups have criticised European governments for reducing search and rescue operations in the Mediterranean.
""",
    q("the UN refugee agency", "said", "At least 41 people are feared dead after a boat carrying migrants capsized off the coast of Lampedusa", "organization", name="UN refugee agency"),
    q("Survivors", "told", "the boat had left the Libyan port of Sfax two days earlier with about 50 people on board", "group"),
    q("Chiara Romano", "said", ["“They spent hours in the water before they were found,”", "“Many could not swim.”"], "person"),
    q("Italy’s coastguard", "confirmed", "four survivors had been taken to hospital", "organization", name="Italian coastguard"),
)

A("data-breach", """
The personal details of about 3 million customers of Meridian Bank may have been stolen in a cyber attack, the bank disclosed on Wednesday.

Meridian said names, addresses and dates of birth had been accessed, but that no passwords or card numbers were taken.

Security researcher Tom Haskins said the attack bore the hallmarks of a known criminal group. “They target financial institutions because the data sells for a high price,” he explained.

The Information Commissioner’s Office said it was aware of the incident and was making enquiries.

Customers have been advised to watch for suspicious emails.
""",
    q("the bank", "disclosed", "The personal details of about 3 million customers of Meridian Bank may have been stolen in a cyber attack", "organization", name="Meridian Bank"),
    q("Meridian", "said", "names, addresses and dates of birth had been accessed, but that no passwords or card numbers were taken", "organization", name="Meridian Bank"),
    q("Security researcher Tom Haskins", "said", "the attack bore the hallmarks of a known criminal group", "person", name="Tom Haskins"),
    q("he", "explained", "“They target financial institutions because the data sells for a high price,”", "pronoun", name="Tom Haskins"),
    q("The Information Commissioner’s Office", "said", "it was aware of the incident and was making enquiries", "organization", name="Information Commissioner’s Office"),
)

A("mixed-gender-pronouns", """
The mayor, Linda Park, and the police chief, Omar Reid, held a joint press conference on Monday about the rise in car thefts.

Park said the city would spend $2 million on new street cameras. She added that the cameras would be installed in the six worst-affected neighbourhoods.

Reid said thefts had risen by 60 percent in a year. He blamed a video that showed how to start certain models without a key.

“This is not a problem we can arrest our way out of,” he said.

The manufacturer said it had released a software fix and urged owners to install it.
""",
    q("Park", "said", "the city would spend $2 million on new street cameras", "person", name="Linda Park"),
    q("She", "added", "the cameras would be installed in the six worst-affected neighbourhoods", "pronoun", name="Linda Park"),
    q("Reid", "said", "thefts had risen by 60 percent in a year", "person", name="Omar Reid"),
    q("he", "said", "“This is not a problem we can arrest our way out of,”", "pronoun", name="Omar Reid"),
    q("The manufacturer", "said", "it had released a software fix", "organization", name="manufacturer"),
)

A("study-coffee", """
People who drink two to three cups of coffee a day may live longer than those who drink none, a new study suggests.

The researchers, from the University of Melbourne, followed nearly 450,000 adults for twelve years.

“Moderate coffee drinking should be considered part of a healthy lifestyle,” said Professor Peter Kistler, who led the study.

Other scientists urged caution. Dr Naveed Sattar of the University of Glasgow said the study showed an association, not a cause.

The findings were published in the European Journal of Preventive Cardiology.
""",
    q("a new study", "suggests", "People who drink two to three cups of coffee a day may live longer than those who drink none", "organization", name="study"),
    q("Professor Peter Kistler", "said", "“Moderate coffee drinking should be considered part of a healthy lifestyle,”", "person", name="Peter Kistler"),
    q("Dr Naveed Sattar", "said", "the study showed an association, not a cause", "person", name="Naveed Sattar"),
)

A("straight-quotes", """
The city council voted 7-2 on Tuesday night to ban gas-powered leaf blowers from 2026.

"The noise and the fumes have been a problem for years," said council member Rosa Delgado, who proposed the ban.

Landscaping businesses said the switch to electric equipment would be expensive. "Batteries cost a fortune, and they don't last a full working day," said Mike Turner, who owns a gardening company.

Council member Brian Foster, who voted against, said the council should have offered grants to small firms.

The ban will be phased in over two years, according to the city's website.
""",
    q("council member Rosa Delgado", "said", "\"The noise and the fumes have been a problem for years,\"", "person", name="Rosa Delgado"),
    q("Landscaping businesses", "said", "the switch to electric equipment would be expensive", "group"),
    q("Mike Turner", "said", "\"Batteries cost a fortune, and they don't last a full working day,\"", "person"),
    q("Council member Brian Foster", "said", "the council should have offered grants to small firms", "person", name="Brian Foster"),
    q("the city's website", "according to", "The ban will be phased in over two years", "organization", name="city's website"),
)

A("denial-statement", """
The energy company Volterra has denied reports that it plans to close its refinery in Grangemouth.

The Financial Times reported on Sunday that the company was considering closing the site within three years.

“There are no plans to close the refinery,” Volterra said in a statement. “We remain committed to Grangemouth and its workforce.”

Union leaders said they were not reassured. Unite’s regional secretary, Derek Shaw, said workers had heard similar promises before.

The Scottish government said it would seek urgent talks with the company.
""",
    q("The energy company Volterra", "has denied", "reports that it plans to close its refinery in Grangemouth", "organization", name="Volterra"),
    q("The Financial Times", "reported", "the company was considering closing the site within three years", "outlet", name="Financial Times"),
    q("Volterra", "said", ["“There are no plans to close the refinery,”", "“We remain committed to Grangemouth and its workforce.”"], "organization"),
    q("Union leaders", "said", "they were not reassured", "group"),
    q("Derek Shaw", "said", "workers had heard similar promises before", "person"),
    q("The Scottish government", "said", "it would seek urgent talks with the company", "organization", name="Scottish government"),
)

A("colon-quotes", """
Ministers gathered in Nairobi on Thursday for the first day of the regional trade summit.

Kenya’s trade minister, Wanjiru Kamau: “We cannot keep exporting raw materials and importing finished goods.”

Her Ugandan counterpart struck a similar note. Tanzania’s delegation was more sceptical, saying the timetable for removing tariffs was too ambitious.

The summit is expected to end with a joint declaration on Saturday.

Observers said a deal on tariffs was unlikely this year.
""",
    None,  # the colon quotation, below
    q("Observers", "said", "a deal on tariffs was unlikely this year", "group"),
)
# The colon quotation: its cue is the colon.
ARTICLES[-1]["quotes"][0] = q("Wanjiru Kamau", ":", "“We cannot keep exporting raw materials and importing finished goods.”", "person")

A("unnamed-residents", """
Residents of the Hillcrest estate say they have been without heating and hot water for more than two weeks.

“My kids are sleeping in their coats,” one mother told the Evening Post. “We have called the council every day.”

The council said a replacement boiler had been ordered and would be fitted by the end of the week. It apologised for the delay.

A local councillor, Fatima Begum, said the problems at the estate were “years in the making”. She called for an independent inquiry.

Engineers were seen on the site on Friday morning.
""",
    q("Residents of the Hillcrest estate", "say", "they have been without heating and hot water for more than two weeks", "group"),
    q("one mother", "told", ["“My kids are sleeping in their coats,”", "“We have called the council every day.”"], "anonymous"),
    q("The council", "said", "a replacement boiler had been ordered and would be fitted by the end of the week", "organization", name="council"),
    q("Fatima Begum", "said", "the problems at the estate were “years in the making”", "person"),
)

A("space-launch", """
A private rocket carrying four astronauts lifted off from Florida on Saturday on a mission to the International Space Station.

NASA said the launch had gone “flawlessly”.

Mission commander Sofia Lindqvist spoke to flight controllers shortly after reaching orbit. “What a ride. The view is incredible,” she said.

The crew will spend two weeks on the station carrying out experiments. According to mission managers, the capsule is due to dock on Sunday afternoon.

Company founder Elliot Crane described the mission as “a turning point for commercial spaceflight”.
""",
    q("NASA", "said", "the launch had gone “flawlessly”", "organization"),
    q("she", "said", "“What a ride. The view is incredible,”", "pronoun", name="Sofia Lindqvist"),
    q("mission managers", "According to", "the capsule is due to dock on Sunday afternoon", "group"),
    q("Company founder Elliot Crane", "described", "the mission as “a turning point for commercial spaceflight”", "person", name="Elliot Crane"),
)

A("opinion-and-questions", """
Should cities charge drivers to enter their centres? The question is back on the agenda in Manchester.

Congestion charges have cut traffic in London and Stockholm. They have also been deeply unpopular at first.

Council leader Bev Hughes said no decision had been taken. “We are looking at every option to clean up our air,” she told the Manchester Evening News.

Business groups fear a charge would drive shoppers away. The Chamber of Commerce said any scheme must include exemptions for delivery vehicles.

The council must publish its clean air plan by June.
""",
    q("Council leader Bev Hughes", "said", "no decision had been taken", "person", name="Bev Hughes"),
    q("she", "told", "“We are looking at every option to clean up our air,”", "pronoun", name="Bev Hughes"),
    q("The Chamber of Commerce", "said", "any scheme must include exemptions for delivery vehicles", "organization", name="Chamber of Commerce"),
)

A("surname-backref", """
Colonel Youssef Hamdan, a spokesman for the coastal defence force, said his troops had intercepted a convoy carrying weapons near the border.

Hamdan said the convoy had been heading north towards the port city of Zuara. He claimed that the weapons were destined for armed groups in the capital.

The claim could not be independently verified.

Hamdan has also stated that foreign fighters had been seen in the area, although he gave no figures.

A rival armed group rejected the account. Its commander told local media that the convoy had been carrying food aid.
""",
    q("Colonel Youssef Hamdan", "said", "his troops had intercepted a convoy carrying weapons near the border", "person", name="Youssef Hamdan"),
    q("Hamdan", "said", "the convoy had been heading north towards the port city of Zuara", "person", name="Youssef Hamdan"),
    q("He", "claimed", "the weapons were destined for armed groups in the capital", "pronoun", name="Youssef Hamdan"),
    q("Hamdan", "stated", "foreign fighters had been seen in the area, although he gave no figures", "person", name="Youssef Hamdan"),
    q("Its commander", "told", "the convoy had been carrying food aid", "group"),
)

A("quote-said-role-american", """
The Federal Reserve held interest rates steady on Wednesday, but signaled that cuts could come later this year.

"We are not yet confident that inflation is moving sustainably toward 2 percent," Fed Chair Jerome Powell said at a news conference.

Markets rallied after the announcement. "The Fed is clearly getting closer to cutting," said Diane Swonk, chief economist at KPMG.

Some lawmakers have pressed the central bank to move faster. Senator Elizabeth Warren warned that high rates were hurting working families.

The next meeting is scheduled for June.
""",
    q("Fed Chair Jerome Powell", "said", "\"We are not yet confident that inflation is moving sustainably toward 2 percent,\"", "person", name="Jerome Powell"),
    q("Diane Swonk", "said", "\"The Fed is clearly getting closer to cutting,\"", "person"),
    q("Senator Elizabeth Warren", "warned", "high rates were hurting working families", "person", name="Elizabeth Warren"),
)

A("pharma-recall", """
A drugmaker is recalling more than 100,000 bottles of a common blood pressure medicine after tests found traces of a possible carcinogen.

The company, Halden Pharma, said the risk to patients was low. It advised patients not to stop taking the medicine without speaking to a doctor.

The Food and Drug Administration announced the recall on Friday.

“Patients should not panic,” said Dr Lisa Moreno, a pharmacist in Chicago. “But they should check the batch number on their bottle.”

Halden said it had identified the cause of the contamination and fixed it.
""",
    q("Halden Pharma", "said", "the risk to patients was low", "organization"),
    q("It", "advised", "patients not to stop taking the medicine without speaking to a doctor", "pronoun", name="Halden Pharma"),
    q("Dr Lisa Moreno", "said", ["“Patients should not panic,”", "“But they should check the batch number on their bottle.”"], "person", name="Lisa Moreno"),
    q("Halden", "said", "it had identified the cause of the contamination and fixed it", "organization", name="Halden Pharma"),
)

A("embassy-protest", """
Hundreds of demonstrators gathered outside the embassy in Ankara on Sunday after the killing of a journalist.

The journalist’s sister, Zeynep Arslan, addressed the crowd. “My brother was killed for telling the truth,” she said. “We will not be silent.”

The foreign ministry said it had summoned the ambassador. Officials, speaking on condition of anonymity, said the government was considering expelling several diplomats.

The embassy denied any involvement in the killing.

Press freedom groups called for an international investigation.
""",
    q("she", "said", ["“My brother was killed for telling the truth,”", "“We will not be silent.”"], "pronoun", name="Zeynep Arslan"),
    q("The foreign ministry", "said", "it had summoned the ambassador", "organization", name="foreign ministry"),
    q("Officials", "said", "the government was considering expelling several diplomats", "anonymous"),
    q("The embassy", "denied", "any involvement in the killing", "organization", name="embassy"),
)

# ---- second batch, written after the first round of tuning (new shapes, same split rule) ----

A("rally-speech", """
Speaking at a rally in Dayton on Saturday, Senator Mark Ellison said the trade deal would “gut” manufacturing jobs in the state.

Ellison, who is seeking a third term, told supporters that he would vote against the agreement.

In an interview with NPR, his opponent, state treasurer Julia Banks, said the deal would open new markets for Ohio farmers. “Farmers here have been waiting for this for a decade,” Banks said.

Mr Ellison’s campaign declined to comment on the interview.

Polls suggest the race is close.
""",
    q("Senator Mark Ellison", "said", "the trade deal would “gut” manufacturing jobs in the state", "person", name="Mark Ellison"),
    q("Ellison", "told", "he would vote against the agreement", "person", name="Mark Ellison"),
    q("Julia Banks", "said", "the deal would open new markets for Ohio farmers", "person"),
    q("Banks", "said", "“Farmers here have been waiting for this for a decade,”", "person", name="Julia Banks"),
    q("Polls", "suggest", "the race is close", "group"),
)

A("quoted-as-saying", """
The defence minister has been quoted as saying that the army will withdraw from the border region by the end of the month.

Pavel Novak was quoted by the Prague Daily as saying the withdrawal had been agreed with allies.

The 61-year-old added: “Our soldiers have done their job, and it is time for them to come home.”

Opposition politicians said the decision had been taken without consulting parliament.

A spokeswoman for the ministry confirmed the timetable but gave no further details.
""",
    q("The defence minister", "has been quoted", "the army will withdraw from the border region by the end of the month", "group", name="defence minister"),
    q("Pavel Novak", "was quoted", "the withdrawal had been agreed with allies", "person"),
    q("The 61-year-old", "added", "“Our soldiers have done their job, and it is time for them to come home.”", "group", name="Pavel Novak"),
    q("Opposition politicians", "said", "the decision had been taken without consulting parliament", "group"),
    q("A spokeswoman for the ministry", "confirmed", "the timetable", "anonymous", quote="indirect"),
)

A("social-media-posts", """
The billionaire investor Carl Lindgren said on X that he would sell his stake in the newspaper.

In a later post, he wrote that the paper’s editors had “lost their way”.

The newspaper’s owners said in a statement that they were disappointed by the decision. Staff at the paper said they had learned of the sale from social media.

“It was a strange way to find out,” one reporter said.

Shares in the publisher fell 6% in afternoon trading.
""",
    q("The billionaire investor Carl Lindgren", "said", "he would sell his stake in the newspaper", "person", name="Carl Lindgren"),
    q("he", "wrote", "the paper’s editors had “lost their way”", "pronoun", name="Carl Lindgren"),
    q("The newspaper’s owners", "said", "they were disappointed by the decision", "group"),
    q("Staff at the paper", "said", "they had learned of the sale from social media", "group"),
    q("one reporter", "said", "“It was a strange way to find out,”", "anonymous"),
)

A("questions-asked", """
The inquiry into the collapse of the Westbridge care home heard evidence from its former manager on Tuesday.

“Why were the warnings ignored?” asked Patricia Moore, the lawyer representing the families.

The former manager, Alan Hughes, said he had raised concerns about staffing levels with the owners at least four times. “I did everything I could,” he told the inquiry.

Asked whether he had considered resigning, Hughes said: “Every single day.”

The owners have denied that they ignored the warnings.
""",
    q("Patricia Moore", "asked", "“Why were the warnings ignored?”", "person"),
    q("Alan Hughes", "said", "he had raised concerns about staffing levels with the owners at least four times", "person"),
    q("he", "told", "“I did everything I could,”", "pronoun", name="Alan Hughes"),
    q("Hughes", "said", "“Every single day.”", "person", name="Alan Hughes"),
    q("The owners", "have denied", "they ignored the warnings", "group"),
)

A("report-findings", """
One in five young adults in the region is neither working nor studying, according to a report published on Monday by the Youth Employment Trust.

The report found that rural areas had been hit hardest. It also warned that the problem would worsen without more investment in training.

Dr Kwame Asante, the trust’s director of research, said the figures were “a wake-up call”.

“We are at risk of losing a generation,” he said, adding that employers needed to do more.

The government said it was already spending £2bn a year on apprenticeships.
""",
    q("a report published on Monday by the Youth Employment Trust", "according to", "One in five young adults in the region is neither working nor studying", "organization", name="Youth Employment Trust"),
    q("The report", "found", "rural areas had been hit hardest", "organization", name="report"),
    q("It", "warned", "the problem would worsen without more investment in training", "pronoun", name="report"),
    q("Dr Kwame Asante", "said", "the figures were “a wake-up call”", "person", name="Kwame Asante"),
    q("he", "said", "“We are at risk of losing a generation,”", "pronoun", name="Kwame Asante"),
    q("The government", "said", "it was already spending £2bn a year on apprenticeships", "organization", name="government"),
)

A("straight-multi-paragraph", """
The head of the country's largest farmers' union gave a blunt assessment of the harvest on Thursday.

"This is the worst year I can remember. The wheat is thin, and the barley is worse.

"We need the government to act now, not in six months," said Henrik Dahl, president of the Farmers' Federation.

Agriculture Minister Sofie Berg said emergency payments would be made before Christmas. She admitted that the scheme had been slow to start.

Farmers said the payments would not cover their losses.
""",
    q("Henrik Dahl", "said", ["\"This is the worst year I can remember. The wheat is thin, and the barley is worse.", "\"We need the government to act now, not in six months,\""], "person"),
    q("Agriculture Minister Sofie Berg", "said", "emergency payments would be made before Christmas", "person", name="Sofie Berg"),
    q("She", "admitted", "the scheme had been slow to start", "pronoun", name="Sofie Berg"),
    q("Farmers", "said", "the payments would not cover their losses", "group"),
)

A("sources-close", """
The club is close to signing the Brazilian midfielder Lucas Moreira for a fee of around €60m, sources close to the negotiations said on Friday.

According to people familiar with the talks, the two clubs still disagree on add-ons.

Moreira’s agent, Paulo Reis, told the Portuguese newspaper A Bola that his client “dreams of playing in England”.

The club’s manager refused to discuss the transfer. “I only talk about players who are here,” he told a news conference.

A deal is expected before the transfer window closes.
""",
    q("sources close to the negotiations", "said", "The club is close to signing the Brazilian midfielder Lucas Moreira for a fee of around €60m", "anonymous"),
    q("people familiar with the talks", "According to", "the two clubs still disagree on add-ons", "anonymous"),
    q("Paulo Reis", "told", "his client “dreams of playing in England”", "person"),
    q("he", "told", "“I only talk about players who are here,”", "pronoun", name="club’s manager"),
)

A("white-house-statement", """
The White House said on Wednesday that the president would veto the spending bill if it reached his desk.

A statement from the press secretary said the bill contained “reckless cuts” to veterans’ programmes.

House Speaker Tom Bradley, a Republican from Texas, dismissed the threat. “The president should read the bill before he threatens to veto it,” Bradley said.

Democrats said they had enough votes to sustain a veto. Senate Majority Leader Ruth Alvarez predicted that the bill would fail.

The deadline to fund the government is September 30.
""",
    q("The White House", "said", "the president would veto the spending bill if it reached his desk", "organization", name="White House"),
    q("A statement from the press secretary", "said", "the bill contained “reckless cuts” to veterans’ programmes", "organization", name="statement"),
    q("Bradley", "said", "“The president should read the bill before he threatens to veto it,”", "person", name="Tom Bradley"),
    q("Democrats", "said", "they had enough votes to sustain a veto", "group"),
    q("Senate Majority Leader Ruth Alvarez", "predicted", "the bill would fail", "person", name="Ruth Alvarez"),
)

A("age-and-descriptions", """
A 34-year-old man has been charged with arson after a fire at a warehouse in Bristol, police said.

Avon and Somerset Police said the man would appear before magistrates on Monday.

Neighbours described hearing a loud bang shortly after midnight. “The whole sky lit up,” said Ben Walsh, 29, who lives opposite the warehouse.

The warehouse owner, a local businesswoman, said she had lost stock worth more than £500,000. She said she was “devastated”.

Nobody was injured in the fire.
""",
    q("police", "said", "A 34-year-old man has been charged with arson after a fire at a warehouse in Bristol", "organization", name="police"),
    q("Avon and Somerset Police", "said", "the man would appear before magistrates on Monday", "organization"),
    q("Ben Walsh", "said", "“The whole sky lit up,”", "person"),
    q("The warehouse owner", "said", "she had lost stock worth more than £500,000", "anonymous", name="warehouse owner"),
    q("She", "said", "she was “devastated”", "pronoun", name="warehouse owner"),
)
