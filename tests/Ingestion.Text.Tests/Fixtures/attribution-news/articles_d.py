"""Attribution set, module d: international politics, conflict and diplomacy, courts and investigations
(ministers, militaries, the U.N., militant groups, analysts, outlets citing outlets), some NYT-style ''...''
quotes with Mr./Ms. honorifics. Original texts; names invented."""
from annotate import A, q

A("d01-sudan-truce-talks", """
U.N. envoy: Sudan truce talks "at a breaking point"

JEDDAH, Saudi Arabia — Talks aimed at halting the fighting around El Fasher, in Sudan's Darfur region, came close to collapse on Tuesday, when the army's delegation walked out of a morning session, saying the mediators had ignored its conditions for a ceasefire.

The United Nations envoy for Sudan, Halvard Strand, told reporters that the two sides were "further apart than at any point since the spring." He called the walkout "a setback, not the end." He urged both delegations to return to the table by Thursday.

"A pause is not a failure," Mr. Strand said. "A pause that becomes permanent is."

The army's chief negotiator, Gen. Osman Dirar, said in a statement read on state television that his delegation would not "sit across from men who shell hospitals while they talk of peace."

The paramilitary Rapid Support Forces, which have besieged El Fasher for more than a year, accused the army of using the talks as cover for a new offensive. A spokesman for the group, Yasir Hamdan, posted on X that army aircraft had struck a livestock market in Kabkabiya on Monday, killing at least 19 people. The figure could not be independently verified. The Sudan Doctors Network, a volunteer group, said the toll was higher, at 27, and that many of the dead were children.

The army has denied targeting civilians. Its spokesman, Brig. Nabil Abdallah, told the Sudanese outlet Al-Tagheer that the strike had hit "a weapons depot belonging to the militia" and that reports of civilian deaths were "propaganda."

Diplomats briefed on the talks said Saudi and American mediators had floated a compromise under which both forces would pull back from the city's southern districts and allow aid convoys through a corridor monitored by the African Union. One Western diplomat, who spoke on condition of anonymity because the proposal had not been made public, said the army had "not rejected it outright, which in this process counts as progress."

Humanitarian agencies fear that the window for a deal is closing. The World Food Programme warned last week that famine had spread to at least four more localities in North Darfur, and aid officials expect the lean season to push hundreds of thousands more people toward starvation.

Sudan's foreign minister, Ali Youssef Kambal, is expected to meet his Saudi counterpart on Wednesday, according to the state news agency SUNA.

Asked whether the talks could survive another walkout, Mr. Strand paused. "They have survived worse," he said. "But I am running out of ways to say so."
""",
    q("U.N. envoy", ":", "Sudan truce talks \"at a breaking point\"", "person", "speech", name="Halvard Strand"),
    q("the army's delegation", "saying", "the mediators had ignored its conditions for a ceasefire", "organization", "speech"),
    q("The United Nations envoy for Sudan", "told", "the two sides were \"further apart than at any point since the spring.\"", "person", "speech", name="Halvard Strand"),
    q("He", "called", "the walkout \"a setback, not the end.\"", "pronoun", "evaluation", name="Halvard Strand", near="He called"),
    q("He", "urged", "both delegations to return to the table by Thursday", "pronoun", "evaluation", name="Halvard Strand"),
    q("Mr. Strand", "said", ["\"A pause is not a failure,\"", "\"A pause that becomes permanent is.\""], "person", "speech", name="Halvard Strand"),
    q("The army's chief negotiator", "said in a statement", "his delegation would not \"sit across from men who shell hospitals while they talk of peace.\"", "person", "speech", name="Osman Dirar"),
    q("The paramilitary Rapid Support Forces", "accused", "the army of using the talks as cover for a new offensive", "organization", "evaluation"),
    q("A spokesman for the group", "posted on X", "army aircraft had struck a livestock market in Kabkabiya on Monday, killing at least 19 people", "person", "speech", name="Yasir Hamdan"),
    q("The Sudan Doctors Network", "said", "the toll was higher, at 27, and that many of the dead were children", "organization", "speech"),
    q("The army", "has denied", "targeting civilians", "organization", "speech"),
    q("Its spokesman", "told", "the strike had hit \"a weapons depot belonging to the militia\" and that reports of civilian deaths were \"propaganda.\"", "person", "speech", name="Nabil Abdallah"),
    q("Diplomats briefed on the talks", "said", "Saudi and American mediators had floated a compromise under which both forces would pull back from the city's southern districts and allow aid convoys through a corridor monitored by the African Union", "anonymous", "speech"),
    q("One Western diplomat", "said", "the army had \"not rejected it outright, which in this process counts as progress.\"", "anonymous", "speech"),
    q("Humanitarian agencies", "fear", "the window for a deal is closing", "group", "belief"),
    q("The World Food Programme", "warned", "famine had spread to at least four more localities in North Darfur", "organization", "speech"),
    q("aid officials", "expect", "the lean season to push hundreds of thousands more people toward starvation", "group", "belief"),
    q("the state news agency SUNA", "according to", "Sudan's foreign minister, Ali Youssef Kambal, is expected to meet his Saudi counterpart on Wednesday", "outlet", "speech"),
    q(None, "is expected to", "meet his Saudi counterpart on Wednesday", "none", "intent"),
    q(None, "Asked", "whether the talks could survive another walkout", "none", "question"),
    q("he", "said", ["\"They have survived worse,\"", "\"But I am running out of ways to say so.\""], "pronoun", "speech", name="Halvard Strand"),
    module=__name__)

A("d02-envoy-bribery-ruling", """
Judge Refuses to Dismiss Bribery Case Against Former Ambassador

A federal judge in Manhattan on Thursday refused to throw out bribery charges against a former American ambassador accused of secretly lobbying for a Persian Gulf state while he was still in government, ruling that prosecutors had presented enough evidence for the case to go before a jury.

In a 34-page opinion, Judge Renata Okafor of Federal District Court wrote that the former ambassador, Douglas H. Whitcombe, had failed to show that the investigation was ''motivated by anything other than the evidence it uncovered.''

Mr. Whitcombe, 67, who served in Doha and later as a senior State Department official, has pleaded not guilty. His lawyers have argued that he was singled out because of his public criticism of the administration's policy in the Middle East.

''The court has now heard everything the defense has to say about motive,'' Judge Okafor wrote. ''None of it touches the central question, which is whether the money changed hands, and why.''

Prosecutors say Mr. Whitcombe received more than $1.2 million through a consulting company registered in Delaware in exchange for steering lawmakers toward positions favored by the Qatari government. According to the indictment, which was unsealed in March, Mr. Whitcombe exchanged encrypted messages with a Qatari official in which he promised to ''deliver'' two senators ahead of a vote on an arms sale.

F.B.I. agents who searched his home in Bethesda, Md., last year found a handwritten ledger listing payments by date and amount, according to a court filing.

Mr. Whitcombe's lead lawyer, Sandra Pell, said in an interview that the ledger was ''a record of legitimate consulting fees, every one of them reported to the I.R.S.,'' and that her client looked forward to ''finally telling his side of this to twelve ordinary people.'' She said the defense would seek to have the ledger excluded at trial.

A spokesman for the United States attorney's office in Manhattan declined to comment. Prosecutors have said they intend to call the Qatari official, who is cooperating with the government, as a witness.

Legal experts said the ruling was not a surprise. ''Motions like this almost never succeed,'' said Peter Ashgrove, a former federal prosecutor who now teaches at Fordham Law School. ''The point is usually to preview the defense for the jury pool.''

Some former colleagues of Mr. Whitcombe have questioned whether the case would have been brought against a less outspoken diplomat. In a letter to the court last month, 40 former ambassadors wrote that they were ''deeply troubled by the timing'' of the indictment, which came weeks after Mr. Whitcombe appeared before a Senate committee to oppose the arms sale.

Judge Okafor addressed the letter directly, writing that ''the court does not weigh the reputation of the accused, however distinguished.''

The trial is scheduled to begin in September.
""",
    q(None, "accused", "of secretly lobbying for a Persian Gulf state while he was still in government", "none", "evaluation"),
    q("A federal judge in Manhattan", "ruling", "prosecutors had presented enough evidence for the case to go before a jury", "person", "evaluation", name="Renata Okafor"),
    q("Judge Renata Okafor of Federal District Court", "wrote", "the former ambassador, Douglas H. Whitcombe, had failed to show that the investigation was ''motivated by anything other than the evidence it uncovered.''", "person", "speech", quote="mixed", name="Renata Okafor"),
    q("His lawyers", "have argued", "he was singled out because of his public criticism of the administration's policy in the Middle East", "group", "speech"),
    q("Judge Okafor", "wrote", ["''The court has now heard everything the defense has to say about motive,''", "''None of it touches the central question, which is whether the money changed hands, and why.''"], "person", "speech", name="Renata Okafor"),
    q("Prosecutors", "say", "Mr. Whitcombe received more than $1.2 million through a consulting company registered in Delaware in exchange for steering lawmakers toward positions favored by the Qatari government", "group", "speech"),
    q("the indictment", "According to", "Mr. Whitcombe exchanged encrypted messages with a Qatari official in which he promised to ''deliver'' two senators ahead of a vote on an arms sale", "organization", "speech", quote="mixed"),
    q("he", "promised to", "''deliver'' two senators ahead of a vote on an arms sale", "pronoun", "intent", quote="mixed", name="Douglas H. Whitcombe"),
    q("a court filing", "according to", "F.B.I. agents who searched his home in Bethesda, Md., last year found a handwritten ledger listing payments by date and amount", "organization", "evidence"),
    q("Mr. Whitcombe's lead lawyer", "said in an interview", "the ledger was ''a record of legitimate consulting fees, every one of them reported to the I.R.S.,'' and that her client looked forward to ''finally telling his side of this to twelve ordinary people.''", "person", "speech", quote="mixed", name="Sandra Pell"),
    q("She", "said", "the defense would seek to have the ledger excluded at trial", "pronoun", "speech", name="Sandra Pell"),
    q("Prosecutors", "have said", "they intend to call the Qatari official, who is cooperating with the government, as a witness", "group", "speech"),
    q("they", "intend to", "call the Qatari official, who is cooperating with the government, as a witness", "pronoun", "intent", name="Prosecutors"),
    q("Legal experts", "said", "the ruling was not a surprise", "group", "speech"),
    q("Peter Ashgrove", "said", ["''Motions like this almost never succeed,''", "''The point is usually to preview the defense for the jury pool.''"], "person", "speech"),
    q("Some former colleagues of Mr. Whitcombe", "have questioned", "whether the case would have been brought against a less outspoken diplomat", "group", "question"),
    q("40 former ambassadors", "wrote", "they were ''deeply troubled by the timing'' of the indictment, which came weeks after Mr. Whitcombe appeared before a Senate committee to oppose the arms sale", "group", "speech", quote="mixed"),
    q("Judge Okafor", "writing", "''the court does not weigh the reputation of the accused, however distinguished.''", "person", "evaluation", name="Renata Okafor"),
    module=__name__)

A("d03-red-sea-tanker", """
Tanker struck in Red Sea as Houthis claim attack

A Greek-owned oil tanker was hit by two projectiles in the southern Red Sea early on Sunday, the British military's maritime agency said, in what appeared to be the most serious attack on commercial shipping in the area in months.

The agency, known as U.K.M.T.O., said in an advisory that the vessel's master had reported a fire on deck and that the crew of 23 was safe. The tanker was reportedly listing slightly but still moving under its own power on Sunday afternoon.

In a televised address, the Houthi movement's military spokesman, Brig. Abdulkarim al-Mutawakkil, said its forces had targeted the ship with “a number of naval missiles” and would keep striking vessels “until the aggression on Gaza stops.” The Houthis have repeatedly vowed to keep attacking ships they link to Israel.

The tanker's manager, Athenian Marine Holdings, denied that the vessel had any connection to Israel. It said in an emailed statement that the ship had been carrying crude oil from Iraq to a refinery in western India.

The Saudi-owned channel Al-Hadath reported that the missiles had been launched from near the port of Hodeidah. Hours later, the Washington-based outlet Defense Ledger reported that American officials believed the missiles were of an Iranian design first displayed at a Houthi military parade last year.

In Tehran, a foreign ministry spokesman, Nasser Rahimi, told the semiofficial Tasnim news agency that Iran “has no role in the decisions of the Yemeni people” and that accusations to the contrary were “a familiar Zionist script.”

Al-Jarida, a Kuwaiti daily, went further, reporting that Israeli officials had told their American counterparts they were weighing a strike on Hodeidah's port facilities. An Israeli military spokesman declined to comment on the report.

The attack came as traffic through the Bab el-Mandeb strait had only begun to recover. Data from the tracking firm Tidewater Analytics showed that transits had fallen by nearly half since the spring. Marine insurers in London are expected to raise war-risk premiums again this week, brokers said.

“The Houthis have shown they can pick their moment,” said Farida Sallam, a Yemen researcher at the Aden Policy Forum. “What they want is to remind everyone that the Red Sea is still theirs to close.”
""",
    q("the British military's maritime agency", "said", "A Greek-owned oil tanker was hit by two projectiles in the southern Red Sea early on Sunday", "organization", "speech"),
    q("The agency", "said in an advisory", "the vessel's master had reported a fire on deck and that the crew of 23 was safe", "organization", "speech"),
    q("the vessel's master", "had reported", "a fire on deck", "person", "speech"),
    q(None, "reportedly", ["The tanker was", "listing slightly but still moving under its own power on Sunday afternoon"], "none", "speech"),
    q("the Houthi movement's military spokesman", "said", "its forces had targeted the ship with “a number of naval missiles” and would keep striking vessels “until the aggression on Gaza stops.”", "person", "speech", name="Abdulkarim al-Mutawakkil"),
    q("The Houthis", "have repeatedly vowed to", "keep attacking ships they link to Israel", "group", "intent"),
    q("The tanker's manager", "denied", "the vessel had any connection to Israel", "organization", "speech", name="Athenian Marine Holdings"),
    q("It", "said in an emailed statement", "the ship had been carrying crude oil from Iraq to a refinery in western India", "pronoun", "speech", name="Athenian Marine Holdings"),
    q("The Saudi-owned channel Al-Hadath", "reported", "the missiles had been launched from near the port of Hodeidah", "outlet", "speech"),
    q("the Washington-based outlet Defense Ledger", "reported", "American officials believed the missiles were of an Iranian design first displayed at a Houthi military parade last year", "outlet", "speech"),
    q("American officials", "believed", "the missiles were of an Iranian design first displayed at a Houthi military parade last year", "group", "belief"),
    q("a foreign ministry spokesman", "told", "Iran “has no role in the decisions of the Yemeni people” and that accusations to the contrary were “a familiar Zionist script.”", "person", "speech", name="Nasser Rahimi"),
    q("Al-Jarida", "reporting", "Israeli officials had told their American counterparts they were weighing a strike on Hodeidah's port facilities", "outlet", "speech"),
    q("Israeli officials", "had told", "they were weighing a strike on Hodeidah's port facilities", "group", "speech"),
    q("Data from the tracking firm Tidewater Analytics", "showed", "transits had fallen by nearly half since the spring", "organization", "evidence"),
    q("brokers", "said", "Marine insurers in London are expected to raise war-risk premiums again this week", "group", "speech"),
    q(None, "are expected to", "raise war-risk premiums again this week", "none", "intent"),
    q("Farida Sallam", "said", ["“The Houthis have shown they can pick their moment,”", "“What they want is to remind everyone that the Red Sea is still theirs to close.”"], "person", "speech"),
    module=__name__)

A("d04-moldova-minister-interview", """
Moldova's foreign minister on Russian pressure, gas and Europe: an interview

Moldova's foreign minister, Ilinca Vâlcu, spoke with "World Affairs Tonight" host Daniel Price on Wednesday, a day after her government expelled three Russian diplomats it accused of funding protests in the capital, Chisinau. The interview has been edited for length and clarity.

PRICE: Minister, your government says these diplomats were paying people to protest. What evidence do you have?

VÂLCU: We have bank records. We have testimony from two people who were recruited. And our intelligence service told parliament on Monday that at least four thousand people received payments through a single network in Transnistria.

PRICE: Moscow calls the expulsions "a provocation." Are you worried about retaliation?

VÂLCU: Of course. The last time we did this, our gas supply was cut within a week. But I think people in Moldova understand now that the pressure comes whether we act or not.

PRICE: The opposition Socialists accuse you of using this to distract from inflation.

VÂLCU: They would say that. Their leader has been to Moscow four times this year. I would ask him who pays for the flights.

PRICE: Brussels has promised to open accession talks. Do you believe Moldova will join the European Union by the end of the decade?

VÂLCU: Yes. The European Commission's own report found last month that we had met more of the benchmarks than any other candidate country. What is missing now is political will in a few capitals, not reform in Chisinau.

PRICE: Last question. What would you tell Moldovans who fear that the war in Ukraine will spill across the border?

VÂLCU: I would tell them what I tell my own children: that we are not alone anymore, and that being afraid is not a policy.

After the interview was broadcast, the Russian Embassy in Chisinau said in a statement posted on Telegram that Ms. Vâlcu's remarks were "slanderous" and that Moldova would "bear full responsibility for the consequences." A Moldovan government spokesman dismissed the statement as "the usual noise."
""",
    q("it", "accused", "of funding protests in the capital, Chisinau", "pronoun", "evaluation", name="her government"),
    q("PRICE", ":", "Minister, your government says these diplomats were paying people to protest. What evidence do you have?", "person", "question", quote="direct", name="Daniel Price"),
    q("your government", "says", "these diplomats were paying people to protest", "organization", "speech"),
    q("VÂLCU", ":", "We have bank records. We have testimony from two people who were recruited. And our intelligence service told parliament on Monday that at least four thousand people received payments through a single network in Transnistria.", "person", "speech", quote="direct", name="Ilinca Vâlcu"),
    q("our intelligence service", "told", "at least four thousand people received payments through a single network in Transnistria", "organization", "speech"),
    q("PRICE", ":", "Moscow calls the expulsions \"a provocation.\" Are you worried about retaliation?", "person", "question", quote="direct", name="Daniel Price"),
    q("Moscow", "calls", "the expulsions \"a provocation.\"", "organization", "evaluation"),
    q("VÂLCU", ":", "Of course. The last time we did this, our gas supply was cut within a week. But I think people in Moldova understand now that the pressure comes whether we act or not.", "person", "speech", quote="direct", name="Ilinca Vâlcu"),
    q("I", "think", "people in Moldova understand now that the pressure comes whether we act or not", "pronoun", "belief", name="Ilinca Vâlcu"),
    q("people in Moldova", "understand", "the pressure comes whether we act or not", "group", "belief"),
    q("PRICE", ":", "The opposition Socialists accuse you of using this to distract from inflation.", "person", "speech", quote="direct", name="Daniel Price"),
    q("The opposition Socialists", "accuse", "you of using this to distract from inflation", "organization", "evaluation"),
    q("VÂLCU", ":", "They would say that. Their leader has been to Moscow four times this year. I would ask him who pays for the flights.", "person", "speech", quote="direct", name="Ilinca Vâlcu"),
    q("I", "would ask", "who pays for the flights", "pronoun", "question", name="Ilinca Vâlcu"),
    q("PRICE", ":", "Brussels has promised to open accession talks. Do you believe Moldova will join the European Union by the end of the decade?", "person", "question", quote="direct", name="Daniel Price"),
    q("Brussels", "has promised to", "open accession talks", "organization", "intent"),
    q("VÂLCU", ":", "Yes. The European Commission's own report found last month that we had met more of the benchmarks than any other candidate country. What is missing now is political will in a few capitals, not reform in Chisinau.", "person", "speech", quote="direct", name="Ilinca Vâlcu"),
    q("The European Commission's own report", "found", "we had met more of the benchmarks than any other candidate country", "organization", "evidence"),
    q("PRICE", ":", "Last question. What would you tell Moldovans who fear that the war in Ukraine will spill across the border?", "person", "question", quote="direct", name="Daniel Price"),
    q("who", "fear", "the war in Ukraine will spill across the border", "pronoun", "belief", name="Moldovans"),
    q("VÂLCU", ":", "I would tell them what I tell my own children: that we are not alone anymore, and that being afraid is not a policy.", "person", "speech", quote="direct", name="Ilinca Vâlcu"),
    q("the Russian Embassy in Chisinau", "said in a statement", "Ms. Vâlcu's remarks were \"slanderous\" and that Moldova would \"bear full responsibility for the consequences.\"", "organization", "speech"),
    q("A Moldovan government spokesman", "dismissed", "the statement as \"the usual noise.\"", "person", "evaluation"),
    module=__name__)

A("d05-dissident-harassment-charges", """
Six charged in scheme to pressure dissident in U.S. to return to China

Federal prosecutors in Brooklyn on Wednesday unsealed charges against six people accused of acting as illegal agents of the Chinese government and of harassing a former provincial official living in New Jersey until he agreed to go home.

The complaint alleges that the defendants followed the man for more than a year, photographed his house and left notes at his door, and that one of them traveled to his elderly parents' village to warn relatives that the family would "suffer" if he stayed abroad.

“This was a campaign of fear, directed from Beijing and carried out on American soil,” said Marisol Tran, the United States attorney for the Eastern District of New York. “It ends today.”

F.B.I. officials said two of the defendants had been arrested in Queens on Tuesday night and that the other four were in China. The bureau's assistant director for counterintelligence, Kevin Aldana, warned that such operations had become “more brazen, not less,” since the first cases were brought under a program the Chinese government calls Sky Net.

According to the complaint, one defendant boasted in a text message that the former official “will be on a plane by Lunar New Year.” Court papers say the defendants told the man's sister that he would be allowed to return “without consequences” if he confessed to corruption charges on video.

The former official, identified in the filings only as John Doe-1, is said to have moved three times in two years to escape the surveillance.

A spokesman for the Chinese Embassy in Washington, Liu Pengfei, said in a statement that China “firmly opposes the groundless smearing” of its law enforcement and “has never interfered in the internal affairs of other countries.”

Harold Benning, a lawyer for one of the men arrested, said his client was a retired restaurant worker who “had no idea who he was really working for” and would plead not guilty.

Advocates for Chinese dissidents welcomed the charges. “For years we told the authorities that people were being followed,” said Wen Jiali, who runs a support network in Flushing. “Nobody listened until now.”

A survey of 300 Chinese Americans by her group last year found that nearly a third had been contacted by someone claiming to represent officials in China. The Justice Department has not said how many similar investigations are open.

If convicted, the defendants face up to 10 years in prison.
""",
    q(None, "accused", "of acting as illegal agents of the Chinese government and of harassing a former provincial official living in New Jersey until he agreed to go home", "none", "evaluation"),
    q("The complaint", "alleges", "the defendants followed the man for more than a year, photographed his house and left notes at his door, and that one of them traveled to his elderly parents' village to warn relatives that the family would \"suffer\" if he stayed abroad", "organization", "speech"),
    q("one of them", "to warn", "the family would \"suffer\" if he stayed abroad", "person", "speech"),
    q("Marisol Tran", "said", ["“This was a campaign of fear, directed from Beijing and carried out on American soil,”", "“It ends today.”"], "person", "speech"),
    q("F.B.I. officials", "said", "two of the defendants had been arrested in Queens on Tuesday night and that the other four were in China", "group", "speech"),
    q("The bureau's assistant director for counterintelligence", "warned", "such operations had become “more brazen, not less,” since the first cases were brought under a program the Chinese government calls Sky Net", "person", "speech", name="Kevin Aldana"),
    q("the complaint", "According to", "one defendant boasted in a text message that the former official “will be on a plane by Lunar New Year.”", "organization", "speech"),
    q("one defendant", "boasted in a text message", "the former official “will be on a plane by Lunar New Year.”", "person", "speech"),
    q("Court papers", "say", "the defendants told the man's sister that he would be allowed to return “without consequences” if he confessed to corruption charges on video", "organization", "speech"),
    q("the defendants", "told", "he would be allowed to return “without consequences” if he confessed to corruption charges on video", "group", "speech"),
    q(None, "is said to", "have moved three times in two years to escape the surveillance", "none", "speech"),
    q("A spokesman for the Chinese Embassy in Washington", "said in a statement", "China “firmly opposes the groundless smearing” of its law enforcement and “has never interfered in the internal affairs of other countries.”", "person", "speech", name="Liu Pengfei"),
    q("Harold Benning", "said", "his client was a retired restaurant worker who “had no idea who he was really working for” and would plead not guilty", "person", "speech"),
    q("Advocates for Chinese dissidents", "welcomed", "the charges", "group", "evaluation"),
    q("Wen Jiali", "said", ["“For years we told the authorities that people were being followed,”", "“Nobody listened until now.”"], "person", "speech"),
    q("A survey of 300 Chinese Americans by her group last year", "found", "nearly a third had been contacted by someone claiming to represent officials in China", "organization", "evidence"),
    q("someone", "claiming to", "represent officials in China", "person", "speech"),
    module=__name__)
