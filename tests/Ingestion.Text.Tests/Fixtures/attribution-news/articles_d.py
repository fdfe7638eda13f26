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

The army has denied targeting civilians. Its spokesman, Brig. Nabil Abdallah, said in an interview with the Sudanese outlet Al-Tagheer that the strike had hit "a weapons depot belonging to the militia" and that reports of civilian deaths were "propaganda."

Diplomats briefed on the talks said Saudi and American mediators had floated a compromise under which both forces would pull back from the city's southern districts and allow aid convoys through a corridor monitored by the African Union. One Western diplomat, who spoke on condition of anonymity because the proposal had not been made public, said the army had "not rejected it outright, which in this process counts as progress."

Humanitarian agencies fear that the window for a deal is closing. The World Food Programme warned last week that famine had spread to at least four more localities in North Darfur, and aid officials expect the lean season to push hundreds of thousands more people toward starvation.

Sudan's foreign minister, Ali Youssef Kambal, is expected to meet his Saudi counterpart on Wednesday, according to the state news agency SUNA. A Saudi official said the kingdom remained "fully committed to the Jeddah track."

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
    q("Its spokesman", "said in an interview", "the strike had hit \"a weapons depot belonging to the militia\" and that reports of civilian deaths were \"propaganda.\"", "person", "speech", name="Nabil Abdallah"),
    q("Diplomats briefed on the talks", "said", "Saudi and American mediators had floated a compromise under which both forces would pull back from the city's southern districts and allow aid convoys through a corridor monitored by the African Union", "anonymous", "speech"),
    q("One Western diplomat", "said", "the army had \"not rejected it outright, which in this process counts as progress.\"", "anonymous", "speech"),
    q("Humanitarian agencies", "fear", "the window for a deal is closing", "group", "belief"),
    q("The World Food Programme", "warned", "famine had spread to at least four more localities in North Darfur", "organization", "speech"),
    q("aid officials", "expect", "the lean season to push hundreds of thousands more people toward starvation", "group", "belief"),
    q("the state news agency SUNA", "according to", "Sudan's foreign minister, Ali Youssef Kambal, is expected to meet his Saudi counterpart on Wednesday", "outlet", "speech"),
    q(None, "is expected to", "meet his Saudi counterpart on Wednesday", "none", "intent"),
    q(None, "Asked", "whether the talks could survive another walkout", "none", "question"),
    q("he", "said", ["\"They have survived worse,\"", "\"But I am running out of ways to say so.\""], "pronoun", "speech", name="Halvard Strand"),
    q("A Saudi official", "said", "the kingdom remained \"fully committed to the Jeddah track.\"", "anonymous", "speech"),
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

A spokesman for the United States attorney's office in Manhattan declined to comment. The Qatari Embassy in Washington said in a statement that it ''categorically rejects'' any suggestion that it had paid American officials. Prosecutors have said they intend to call the Qatari official, who is cooperating with the government, as a witness.

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
    q("Judge Okafor", "writing", "''the court does not weigh the reputation of the accused, however distinguished.''", "person", "speech", name="Renata Okafor"),
    q("The Qatari Embassy in Washington", "said in a statement", "it ''categorically rejects'' any suggestion that it had paid American officials", "organization", "speech", quote="mixed"),
    module=__name__)

A("d03-red-sea-tanker", """
Tanker struck in Red Sea as Houthis claim attack

A Greek-owned oil tanker was hit by two projectiles in the southern Red Sea early on Sunday, the British military's maritime agency said, in what appeared to be the most serious attack on commercial shipping in the area in months.

The agency, known as U.K.M.T.O., said in an advisory that the vessel's master had reported a fire on deck and that the crew of 23 was safe. The tanker was reportedly listing slightly but still moving under its own power on Sunday afternoon.

In a televised address, the Houthi movement's military spokesman, Brig. Abdulkarim al-Mutawakkil, said its forces had targeted the ship with “a number of naval missiles” and would keep striking vessels “until the aggression on Gaza stops.” The Houthis have repeatedly vowed to keep attacking ships they link to Israel.

The tanker's manager, Athenian Marine Holdings, denied that the vessel had any connection to Israel. It said in an emailed statement that the ship had been carrying crude oil from Iraq to a refinery in western India. A spokesman for India's petroleum ministry said supplies to the refinery would not be affected.

The Saudi-owned channel Al-Hadath reported that the missiles had been launched from near the port of Hodeidah. Hours later, the Washington-based outlet Defense Ledger reported that American officials believed the missiles were of an Iranian design first displayed at a Houthi military parade last year. A second American official said the assessment was “preliminary.”

In Tehran, a foreign ministry spokesman, Nasser Rahimi, said in remarks carried by the semiofficial Tasnim news agency that Iran “has no role in the decisions of the Yemeni people” and that accusations to the contrary were “a familiar Zionist script.”

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
    q("the Washington-based outlet Defense Ledger", "reported", "American officials believed the missiles were of an Iranian design first displayed at a Houthi military parade last year", "outlet", "speech", at="Defense Ledger reported"),
    q("American officials", "believed", "the missiles were of an Iranian design first displayed at a Houthi military parade last year", "group", "belief", at="Defense Ledger reported"),
    q("a foreign ministry spokesman", "said", "Iran “has no role in the decisions of the Yemeni people” and that accusations to the contrary were “a familiar Zionist script.”", "person", "speech", name="Nasser Rahimi"),
    q("Al-Jarida", "reporting", "Israeli officials had told their American counterparts they were weighing a strike on Hodeidah's port facilities", "outlet", "speech"),
    q("Israeli officials", "had told", "they were weighing a strike on Hodeidah's port facilities", "group", "speech"),
    q("Data from the tracking firm Tidewater Analytics", "showed", "transits had fallen by nearly half since the spring", "organization", "evidence"),
    q("brokers", "said", "Marine insurers in London are expected to raise war-risk premiums again this week", "group", "speech"),
    q(None, "are expected to", "raise war-risk premiums again this week", "none", "intent"),
    q("Farida Sallam", "said", ["“The Houthis have shown they can pick their moment,”", "“What they want is to remind everyone that the Red Sea is still theirs to close.”"], "person", "speech"),
    q("A spokesman for India's petroleum ministry", "said", "supplies to the refinery would not be affected", "person", "speech"),
    q("A second American official", "said", "the assessment was “preliminary.”", "anonymous", "speech"),
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

“This was a campaign of fear, directed from Beijing and carried out on American soil,” said Marisol Tran, the United States attorney for the Eastern District of New York. “It ends today.” Ms. Tran said the investigation was continuing and that more arrests were possible.

F.B.I. officials said two of the defendants had been arrested in Queens on Tuesday night and that the other four were in China. The bureau's assistant director for counterintelligence, Kevin Aldana, warned that such operations had become “more brazen, not less,” since the first cases were brought under a program the Chinese government calls Sky Net.

According to the complaint, one defendant boasted in a text message that the former official “will be on a plane by Lunar New Year.” Court papers say the defendants told the man's sister that he would be allowed to return “without consequences” if he confessed to corruption charges on video.

The former official, identified in the filings only as John Doe-1, is said to have moved three times in two years to escape the surveillance. His lawyer, Dana Whitfield, said her client was “relieved, but still afraid to open his front door.”

A spokesman for the Chinese Embassy in Washington, Tang Wenbo, said in a statement that China “firmly opposes the groundless smearing” of its law enforcement and “has never interfered in the internal affairs of other countries.”

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
    q("A spokesman for the Chinese Embassy in Washington", "said in a statement", "China “firmly opposes the groundless smearing” of its law enforcement and “has never interfered in the internal affairs of other countries.”", "person", "speech", name="Tang Wenbo"),
    q("Harold Benning", "said", "his client was a retired restaurant worker who “had no idea who he was really working for” and would plead not guilty", "person", "speech"),
    q("Advocates for Chinese dissidents", "welcomed", "the charges", "group", "evaluation"),
    q("Wen Jiali", "said", ["“For years we told the authorities that people were being followed,”", "“Nobody listened until now.”"], "person", "speech"),
    q("A survey of 300 Chinese Americans by her group last year", "found", "nearly a third had been contacted by someone claiming to represent officials in China", "organization", "evidence"),
    q("someone", "claiming to", "represent officials in China", "person", "speech"),
    q("Ms. Tran", "said", "the investigation was continuing and that more arrests were possible", "person", "speech", name="Marisol Tran"),
    q("His lawyer", "said", "her client was “relieved, but still afraid to open his front door.”", "person", "speech", name="Dana Whitfield"),
    module=__name__)

A("d06-security-council-goma", """
Security Council demands M23 leave Goma; Rwanda calls text “one-sided”

UNITED NATIONS — The U.N. Security Council on Friday unanimously adopted a resolution demanding that the M23 rebel group withdraw from the Congolese city of Goma and that “external forces” leave Congo's territory, a phrase diplomats said was aimed at Rwanda.

The text, drafted by France, also calls for an immediate ceasefire and for humanitarian access to the hundreds of thousands of people displaced by the fighting.

“Tonight the Council has spoken with one voice,” France's ambassador, Claire Montfort, told reporters after the vote. “Now the guns must fall silent.”

Congo's foreign minister, Justine Mbuyi Lokwa, welcomed the resolution. But she argued that it should have named Rwanda explicitly. “When a neighbor sends its soldiers into your country, you do not call them ‘external forces,’” she said.

Rwanda's envoy, Emmanuel Gatete Rugira, called the text “one-sided.” In his address, he accused Kinshasa of arming a militia, the F.D.L.R., whose founders took part in the 1994 genocide against the Tutsi. Rwanda has long denied supporting M23, despite findings by a panel of U.N. experts. Their latest report found that between 3,000 and 4,000 Rwandan troops were operating alongside the rebels in North Kivu.

The M23 said in a statement signed by its spokesman, Oscar Balinda, that it “took note” of the resolution but would not leave Goma “until the security of its population is guaranteed.” A Congolese government spokesman said Kinshasa would push for sanctions if the rebels had not withdrawn within 30 days.

China's deputy ambassador, Wu Liangcheng, said Beijing supported the text because it “respects the sovereignty of all states in the region.” Russia's representative, Dmitri Orlov, echoed that sanctions would “only punish ordinary people.”

In a closed-door session before the vote, the American ambassador told council members that Washington was weighing sanctions on senior Rwandan officers, according to two diplomats who were present. The State Department did not respond to a request for comment.

A spokesman for the secretary-general, Rafael Oduya, said the U.N. peacekeeping mission in Congo was “ready to support” any verified withdrawal, though the mission has been barred from Goma since the rebels took the city in January.

Analysts were skeptical that the resolution would change much on the ground. “The Council has passed versions of this text before,” said Mireille Tshala, a researcher at the Great Lakes Policy Institute in Nairobi. “What has changed is that Goma has fallen, and nobody in this room has a plan to get it back.”
""",
    q("Rwanda", "calls", "text “one-sided”", "organization", "evaluation"),
    q("The U.N. Security Council", "demanding", "the M23 rebel group withdraw from the Congolese city of Goma and that “external forces” leave Congo's territory", "organization", "evaluation"),
    q("diplomats", "said", "was aimed at Rwanda", "group", "speech"),
    q("The text", "calls for", "an immediate ceasefire and for humanitarian access to the hundreds of thousands of people displaced by the fighting", "organization", "evaluation"),
    q("France's ambassador", "told", ["“Tonight the Council has spoken with one voice,”", "“Now the guns must fall silent.”"], "person", "speech", name="Claire Montfort"),
    q("Congo's foreign minister", "welcomed", "the resolution", "person", "evaluation", name="Justine Mbuyi Lokwa", at="Lokwa, welcomed"),
    q("she", "argued", "it should have named Rwanda explicitly", "pronoun", "speech", name="Justine Mbuyi Lokwa"),
    q("she", "said", "“When a neighbor sends its soldiers into your country, you do not call them ‘external forces,’”", "pronoun", "speech", name="Justine Mbuyi Lokwa"),
    q("Rwanda's envoy", "called", "the text “one-sided.”", "person", "evaluation", name="Emmanuel Gatete Rugira"),
    q("he", "accused", "Kinshasa of arming a militia, the F.D.L.R., whose founders took part in the 1994 genocide against the Tutsi", "pronoun", "evaluation", name="Emmanuel Gatete Rugira"),
    q("Rwanda", "has long denied", "supporting M23", "organization", "speech"),
    q("Their latest report", "found", "between 3,000 and 4,000 Rwandan troops were operating alongside the rebels in North Kivu", "organization", "evidence"),
    q("The M23", "said in a statement", "it “took note” of the resolution but would not leave Goma “until the security of its population is guaranteed.”", "organization", "speech"),
    q("China's deputy ambassador", "said", "Beijing supported the text because it “respects the sovereignty of all states in the region.”", "person", "speech", name="Wu Liangcheng"),
    q("Beijing", "supported", "the text", "organization", "evaluation", at="said Beijing"),
    q("Russia's representative", "echoed", "sanctions would “only punish ordinary people.”", "person", "speech", name="Dmitri Orlov"),
    q("two diplomats", "according to", "In a closed-door session before the vote, the American ambassador told council members that Washington was weighing sanctions on senior Rwandan officers", "anonymous", "speech"),
    q("the American ambassador", "told", "Washington was weighing sanctions on senior Rwandan officers", "person", "speech"),
    q("A spokesman for the secretary-general", "said", "the U.N. peacekeeping mission in Congo was “ready to support” any verified withdrawal", "person", "speech", name="Rafael Oduya"),
    q("Analysts", "were skeptical", "the resolution would change much on the ground", "group", "belief"),
    q("Mireille Tshala", "said", ["“The Council has passed versions of this text before,”", "“What has changed is that Goma has fallen, and nobody in this room has a plan to get it back.”"], "person", "speech"),
    q("A Congolese government spokesman", "said", "Kinshasa would push for sanctions if the rebels had not withdrawn within 30 days", "person", "speech"),
    module=__name__)

A("d07-georgia-election", """
Georgia's Governing Party Claims Victory as Opposition Alleges Fraud

TBILISI, Georgia — Georgia's governing party declared victory on Sunday in a parliamentary election that the pro-Western opposition said had been marred by intimidation and vote-buying, setting up a new confrontation over the country's path toward Europe.

With nearly all ballots counted, the Central Election Commission said the governing Georgian Path party had won 53.9 percent of the vote, enough for a comfortable majority.

''The Georgian people have chosen peace over chaos,'' the party's chairman, Levan Kvirikashvili, told cheering supporters outside its headquarters. Its general secretary said the opposition was ''trying to import a revolution from abroad.''

The main opposition alliance refused to recognize the result. Its leader, Nino Abashidze, said the election had been ''stolen in the villages, one envelope at a time.'' She called on Georgians to gather in front of Parliament on Monday evening.

''We will not hand this country back to Moscow,'' Ms. Abashidze said. ''Not tonight, not ever.''

An exit poll commissioned by two opposition television channels had shown the alliance narrowly ahead when voting ended. A rival survey broadcast by a pro-government channel showed Georgian Path winning easily.

International observers were more measured. The Organization for Security and Cooperation in Europe said in a preliminary report that the vote had been ''competitive and generally well administered'' but that it had taken place in ''an atmosphere of pressure,'' noting cases in which voters were photographed as they left polling booths.

President Tamar Beridze, whose role is largely ceremonial and who has broken with the governing party, said she would not recognize the results, which she described as ''a Russian-style special operation against our European future.''

A Kremlin spokesman said in Moscow that talk of Russian interference was ''absurd'' and that Russia ''does not meddle in the elections of sovereign states.''

The European Union's foreign policy chief urged the Georgian authorities to investigate the reported irregularities ''swiftly, transparently and independently.'' Even some allies of the government conceded that the campaign had been unusually bruising.

Many analysts expect Georgian Path to press ahead with a law requiring groups that receive foreign funding to register as ''agents of foreign influence,'' which the opposition fears will be used to shut down independent media. Mr. Kvirikashvili has insisted that the law is modeled on American legislation.

Western diplomats in Tbilisi privately doubt that view. ''It has the same title as ours and nothing else in common,'' said one European ambassador, who asked not to be named in order to discuss the matter candidly.

Tens of thousands of people are expected to join Monday's protest, and the Interior Ministry warned that it would ''respond firmly to any attempt to seize state buildings.''
""",
    q("Georgia's Governing Party", "Claims", "Victory", "organization", "speech"),
    q("Opposition", "Alleges", "Fraud", "organization", "speech"),
    q("the pro-Western opposition", "said", "had been marred by intimidation and vote-buying", "organization", "speech"),
    q("the Central Election Commission", "said", "the governing Georgian Path party had won 53.9 percent of the vote, enough for a comfortable majority", "organization", "speech"),
    q("the party's chairman", "told", "''The Georgian people have chosen peace over chaos,''", "person", "speech", name="Levan Kvirikashvili"),
    q("Its leader", "said", "the election had been ''stolen in the villages, one envelope at a time.''", "person", "speech", quote="mixed", name="Nino Abashidze"),
    q("She", "called on", "Georgians to gather in front of Parliament on Monday evening", "pronoun", "evaluation", name="Nino Abashidze"),
    q("Ms. Abashidze", "said", ["''We will not hand this country back to Moscow,''", "''Not tonight, not ever.''"], "person", "speech", name="Nino Abashidze"),
    q("An exit poll commissioned by two opposition television channels", "had shown", "the alliance narrowly ahead when voting ended", "organization", "evidence"),
    q("A rival survey broadcast by a pro-government channel", "showed", "Georgian Path winning easily", "organization", "evidence"),
    q("The Organization for Security and Cooperation in Europe", "said in a preliminary report", "the vote had been ''competitive and generally well administered'' but that it had taken place in ''an atmosphere of pressure,''", "organization", "speech", quote="mixed"),
    q("President Tamar Beridze", "said", "she would not recognize the results, which she described as ''a Russian-style special operation against our European future.''", "person", "speech", quote="mixed"),
    q("she", "described", "as ''a Russian-style special operation against our European future.''", "pronoun", "evaluation", quote="mixed", name="Tamar Beridze"),
    q("A Kremlin spokesman", "said", "talk of Russian interference was ''absurd'' and that Russia ''does not meddle in the elections of sovereign states.''", "person", "speech", quote="mixed"),
    q("The European Union's foreign policy chief", "urged", "the Georgian authorities to investigate the reported irregularities ''swiftly, transparently and independently.''", "person", "evaluation", quote="mixed"),
    q("some allies of the government", "conceded", "the campaign had been unusually bruising", "group", "speech"),
    q("Many analysts", "expect", "Georgian Path to press ahead with a law requiring groups that receive foreign funding to register as ''agents of foreign influence,''", "group", "belief", quote="mixed"),
    q("the opposition", "fears", "will be used to shut down independent media", "organization", "belief"),
    q("Mr. Kvirikashvili", "has insisted", "the law is modeled on American legislation", "person", "speech", name="Levan Kvirikashvili"),
    q("Western diplomats in Tbilisi", "privately doubt", "that view", "group", "belief"),
    q("one European ambassador", "said", "''It has the same title as ours and nothing else in common,''", "anonymous", "speech"),
    q(None, "are expected to", "join Monday's protest", "none", "intent"),
    q("the Interior Ministry", "warned", "it would ''respond firmly to any attempt to seize state buildings.''", "organization", "speech", quote="mixed"),
    q("Its general secretary", "said", "the opposition was ''trying to import a revolution from abroad.''", "person", "speech", quote="mixed"),
    module=__name__)

A("d08-nato-summit-live", """
NATO summit live: allies close in on spending deal as Hungary holds out

Follow our live coverage of the second day of the NATO summit in The Hague.

8:55 a.m.
Leaders are arriving at the World Forum. Asked by reporters whether the 5 percent target was realistic, Spain's prime minister said only: "We will meet our commitments in our own way."

9:20 a.m.
Turkey will not block the final declaration, a senior Turkish official tells us. The official, who was not authorized to speak publicly, said Ankara's objections to arms export restrictions among allies had been "largely addressed" in overnight talks.
— Selin Aydın, The Hague

9:48 a.m.
A draft of the summit declaration seen by our reporters says allies "commit to invest 5 percent of G.D.P. annually on defense and security by 2035." The draft does not describe Russia as a "direct threat," a phrase the Nordic and Baltic delegations had pushed for, diplomats said.

10:15 a.m.
Hungary's prime minister posted on Facebook that his country would "not sign a blank check for an endless war" and would seek a longer timeline. A Hungarian government spokesman later said the post "speaks for itself."

10:32 a.m.
From the hall: Secretary General Henrik Lund told the opening session that the alliance faced "the most dangerous security environment in a generation." He added that "no ally is too small to matter, and none too big to do its share."

11:05 a.m.
Ukraine's president wrote on X that he had held "a substantive meeting" with the American president on air defense. The White House has not commented.

11:40 a.m.
What is the mood inside? Our correspondent Pieter Hals: "Tense but not hostile. The Americans say they got what they came for, while the Spaniards insist they gave nothing away. Both cannot be right."

12:30 p.m.
Press conference, Secretary General Lund:

Q: Will Hungary get an exemption?

LUND: No ally has asked me for an exemption. Hungary has raised questions about timing, and those are legitimate questions.

Q: Is Russia still the main threat?

LUND: Every single ally agrees that Russia is the most significant and direct threat to our security. That is in the text we adopted at Vilnius, and it has not changed.

1:15 p.m.
The Kremlin's spokesman told reporters in Moscow that the spending target showed NATO was "a machine built for confrontation," the Interfax news agency reported.

Share this post

2:10 p.m.
Polls suggest the spending push will be a hard sell at home in some countries. A survey published this week by the Brussels-based Atlantic Barometer found that only 38 percent of Italians support raising military spending, compared with 71 percent of Poles.

2:40 p.m.
The Dutch prime minister, the summit's host, said he was "cautiously optimistic" that the declaration would be adopted at the evening session.
""",
    q("reporters", "Asked", "whether the 5 percent target was realistic", "group", "question"),
    q("Spain's prime minister", "said", "\"We will meet our commitments in our own way.\"", "person", "speech"),
    q("Selin Aydın", "—", "Turkey will not block the final declaration, a senior Turkish official tells us. The official, who was not authorized to speak publicly, said Ankara's objections to arms export restrictions among allies had been \"largely addressed\" in overnight talks.", "person", "speech"),
    q("a senior Turkish official", "tells", "Turkey will not block the final declaration", "anonymous", "speech"),
    q("The official", "said", "Ankara's objections to arms export restrictions among allies had been \"largely addressed\" in overnight talks", "anonymous", "speech"),
    q("A draft of the summit declaration seen by our reporters", "says", "allies \"commit to invest 5 percent of G.D.P. annually on defense and security by 2035.\"", "organization", "speech"),
    q("diplomats", "said", "The draft does not describe Russia as a \"direct threat,\" a phrase the Nordic and Baltic delegations had pushed for", "group", "speech"),
    q("Hungary's prime minister", "posted on Facebook", "his country would \"not sign a blank check for an endless war\" and would seek a longer timeline", "person", "speech"),
    q("Secretary General Henrik Lund", "told", "the alliance faced \"the most dangerous security environment in a generation.\"", "person", "speech"),
    q("He", "added", "\"no ally is too small to matter, and none too big to do its share.\"", "pronoun", "speech", quote="mixed", name="Henrik Lund"),
    q("Ukraine's president", "wrote on X", "he had held \"a substantive meeting\" with the American president on air defense", "person", "speech"),
    q("Our correspondent Pieter Hals", ":", "\"Tense but not hostile. The Americans say they got what they came for, while the Spaniards insist they gave nothing away. Both cannot be right.\"", "person", "speech"),
    q("The Americans", "say", "they got what they came for", "group", "speech"),
    q("the Spaniards", "insist", "they gave nothing away", "group", "speech"),
    q("Q", ":", "Will Hungary get an exemption?", "anonymous", "question", quote="direct"),
    q("LUND", ":", "No ally has asked me for an exemption. Hungary has raised questions about timing, and those are legitimate questions.", "person", "speech", quote="direct", name="Henrik Lund"),
    q("Q", ":", "Is Russia still the main threat?", "anonymous", "question", quote="direct"),
    q("LUND", ":", "Every single ally agrees that Russia is the most significant and direct threat to our security. That is in the text we adopted at Vilnius, and it has not changed.", "person", "speech", quote="direct", name="Henrik Lund"),
    q("Every single ally", "agrees", "Russia is the most significant and direct threat to our security", "group", "belief"),
    q("the Interfax news agency", "reported", "The Kremlin's spokesman told reporters in Moscow that the spending target showed NATO was \"a machine built for confrontation,\"", "outlet", "speech"),
    q("The Kremlin's spokesman", "told", "the spending target showed NATO was \"a machine built for confrontation,\"", "person", "speech"),
    q("Polls", "suggest", "the spending push will be a hard sell at home in some countries", "organization", "evidence"),
    q("A survey published this week by the Brussels-based Atlantic Barometer", "found", "only 38 percent of Italians support raising military spending, compared with 71 percent of Poles", "organization", "evidence"),
    q("The Dutch prime minister", "said", "he was \"cautiously optimistic\" that the declaration would be adopted at the evening session", "person", "speech"),
    q("A Hungarian government spokesman", "later said", "the post \"speaks for itself.\"", "person", "speech"),
    module=__name__)

A("d09-icc-libya-warrant", """
ICC issues arrest warrant for Libyan militia commander over Tarhuna mass graves

THE HAGUE — Judges at the International Criminal Court have issued an arrest warrant for a Libyan militia commander accused of overseeing the killing of at least 120 detainees in the town of Tarhuna, the court said on Tuesday.

In a decision made public on Tuesday, the judges of Pre-Trial Chamber I found “reasonable grounds to believe” that the commander, Col. Salem Bin Hadi, bore criminal responsibility for murder, torture and enforced disappearance committed between 2019 and 2020.

“For the families of Tarhuna, today is a beginning,” the court's prosecutor, Amara Nwosu, said in a video statement. “It is not yet justice.”

She said her office had gathered forensic evidence from 27 mass graves and the testimony of more than 50 witnesses. She urged the authorities in both Tripoli and Benghazi to arrest Colonel Bin Hadi and surrender him to the court.

Mr. Bin Hadi is believed to be living in eastern Libya under the protection of the forces that control much of the region. The Tripoli news site Libya Today reported that a municipal official had said the colonel was seen at a wedding in Benghazi last month. Libyan officials in Tripoli said they had no information about his location.

The Government of National Unity in Tripoli said it “welcomed” the warrant and would “cooperate fully” with the court. Its justice minister, Halima Zuwawi, wrote on X that “no one is above the law in the new Libya.”

A spokesman for the rival administration in the east, Ahmed al-Obeidi, dismissed the warrant as “politicized.” The court, he said, has “no jurisdiction over Libyan citizens.”

Legal scholars note that the Security Council referred the situation in Libya to the court in 2011, giving it jurisdiction regardless of the position of any Libyan government.

Relatives of the victims gathered outside the hospital in Tarhuna where many of the bodies were identified, some holding photographs. Fatima Ghrewi, whose two brothers were found in a grave at the edge of town, said she had “waited five years for someone to say their names in a courtroom.”

The Libyan Victims' Network, which has documented the graves since they were first uncovered, called the warrant “long overdue.” The group said that without pressure from foreign governments on the eastern authorities, it could “gather dust like the others.”

Few analysts expect a quick arrest. Hedi Ben Salah, a Libya specialist at the Mediterranean Security Forum in Tunis, said the warrant would nonetheless make it harder for Mr. Bin Hadi to travel abroad. “He will think twice before boarding a plane to Cairo or Amman,” Mr. Ben Salah said. “That is not nothing.”
""",
    q("the court", "said", "Judges at the International Criminal Court have issued an arrest warrant for a Libyan militia commander accused of overseeing the killing of at least 120 detainees in the town of Tarhuna", "organization", "speech"),
    q(None, "accused", "of overseeing the killing of at least 120 detainees in the town of Tarhuna", "none", "evaluation"),
    q("the judges of Pre-Trial Chamber I", "found", "“reasonable grounds to believe” that the commander, Col. Salem Bin Hadi, bore criminal responsibility for murder, torture and enforced disappearance committed between 2019 and 2020", "group", "evaluation", quote="mixed"),
    q("the court's prosecutor", "said in a video statement", ["“For the families of Tarhuna, today is a beginning,”", "“It is not yet justice.”"], "person", "speech", name="Amara Nwosu"),
    q("She", "said", "her office had gathered forensic evidence from 27 mass graves and the testimony of more than 50 witnesses", "pronoun", "speech", name="Amara Nwosu", near="She said her"),
    q("She", "urged", "the authorities in both Tripoli and Benghazi to arrest Colonel Bin Hadi and surrender him to the court", "pronoun", "evaluation", name="Amara Nwosu"),
    q(None, "is believed to", "be living in eastern Libya under the protection of the forces that control much of the region", "none", "belief"),
    q("The Tripoli news site Libya Today", "reported", "a municipal official had said the colonel was seen at a wedding in Benghazi last month", "outlet", "speech"),
    q("a municipal official", "had said", "the colonel was seen at a wedding in Benghazi last month", "person", "speech"),
    q("The Government of National Unity in Tripoli", "said", "it “welcomed” the warrant and would “cooperate fully” with the court", "organization", "speech"),
    q("Its justice minister", "wrote on X", "“no one is above the law in the new Libya.”", "person", "speech", quote="mixed", name="Halima Zuwawi"),
    q("A spokesman for the rival administration in the east", "dismissed", "the warrant as “politicized.”", "person", "evaluation", name="Ahmed al-Obeidi"),
    q("he", "said", ["The court,", "has “no jurisdiction over Libyan citizens.”"], "pronoun", "speech", at="“politicized.”", name="Ahmed al-Obeidi"),
    q("Legal scholars", "note", "the Security Council referred the situation in Libya to the court in 2011, giving it jurisdiction regardless of the position of any Libyan government", "group", "speech"),
    q("Fatima Ghrewi", "said", "she had “waited five years for someone to say their names in a courtroom.”", "person", "speech"),
    q("The Libyan Victims' Network", "called", "the warrant “long overdue.”", "organization", "evaluation"),
    q("The group", "said", "without pressure from foreign governments on the eastern authorities, it could “gather dust like the others.”", "organization", "speech", name="The Libyan Victims' Network"),
    q("Few analysts", "expect", "a quick arrest", "group", "belief"),
    q("Hedi Ben Salah", "said", "the warrant would nonetheless make it harder for Mr. Bin Hadi to travel abroad", "person", "speech"),
    q("Mr. Ben Salah", "said", ["“He will think twice before boarding a plane to Cairo or Amman,”", "“That is not nothing.”"], "person", "speech", name="Hedi Ben Salah"),
    q("Libyan officials in Tripoli", "said", "they had no information about his location", "group", "speech"),
    module=__name__)

A("d10-sahel-hostages", """
Video shows kidnapped aid workers alive as talks on their release stall

BAMAKO, Mali — An Al Qaeda-linked militant group in the Sahel released a video on Thursday of two European aid workers who were kidnapped in central Mali in March, the first proof in months that they are alive.

In the two-minute recording, posted on a Telegram channel used by Jama'at Nusrat al-Islam wal-Muslimin, or JNIM, the hostages appear thin but unharmed. One of them, a Belgian nurse identified by her employer as Katrien Voss, says that she and her colleague are being “treated correctly.” She then asks her government to “do what is necessary to bring us home.”

In a caption accompanying the video, the group said the two would be freed “when our brothers are freed.”

Belgium's foreign ministry said it was aware of the video and was “working with partners in the region” to secure the release of Ms. Voss and of Tobias Wendt, a German water engineer seized with her near Mopti. A spokeswoman for the German Foreign Office said Berlin “does not comment on operational details” in hostage cases. A European diplomat in Bamako said the video appeared to have been recorded within the past two weeks.

Their employer, HelpBridge International, said in a statement that it was “relieved and deeply worried in equal measure.”

Officials involved in the negotiations said the talks have stalled over the militants' demand for the release of fighters held in Malian prisons. A Malian security official, speaking on condition of anonymity because he was not authorized to discuss the case, said the militants were also seeking a ransom of several million euros, a claim that could not be verified.

Mali's military government has repeatedly said it will not negotiate with “terrorists.” But the junta is said to have quietly allowed Algerian intermediaries to travel to the north in recent weeks. The French weekly L'Observateur Africain reported on Friday that the mediators had told European diplomats a deal was “within reach” if Brussels and Berlin agreed to fund a development program in the region.

The hostages were reportedly moved at least twice in the spring to evade drone surveillance. Malian state television said on Friday that the army had launched an operation near the border with Burkina Faso, but gave no details.

Kidnapping has become one of JNIM's most reliable sources of income, according to data compiled by the monitoring group Sahel Conflict Watch, which counted 312 abductions in central Mali last year, three times the number recorded in 2021.

“Every ransom paid funds the next abduction, and everyone in the region knows it,” said Oumar Traoré, a researcher who studies armed groups in the Sahel. “But no government wants to explain to a family why it did nothing.”

In a message read at a vigil in Ghent on Thursday evening, Ms. Voss's parents said they “hold on to every sign of life.”
""",
    q("One of them", "says", "she and her colleague are being “treated correctly.”", "person", "speech", name="Katrien Voss"),
    q("She", "asks", "her government to “do what is necessary to bring us home.”", "pronoun", "evaluation", name="Katrien Voss"),
    q("the group", "said", "the two would be freed “when our brothers are freed.”", "organization", "speech", name="Jama'at Nusrat al-Islam wal-Muslimin"),
    q("Belgium's foreign ministry", "said", "it was aware of the video and was “working with partners in the region” to secure the release of Ms. Voss and of Tobias Wendt, a German water engineer seized with her near Mopti", "organization", "speech"),
    q("A spokeswoman for the German Foreign Office", "said", "Berlin “does not comment on operational details” in hostage cases", "person", "speech"),
    q("Their employer", "said in a statement", "it was “relieved and deeply worried in equal measure.”", "organization", "speech", name="HelpBridge International"),
    q("Officials involved in the negotiations", "said", "the talks have stalled over the militants' demand for the release of fighters held in Malian prisons", "anonymous", "speech"),
    q("A Malian security official", "said", "the militants were also seeking a ransom of several million euros", "anonymous", "speech"),
    q("Mali's military government", "has repeatedly said", "it will not negotiate with “terrorists.”", "organization", "speech"),
    q(None, "is said to", "have quietly allowed Algerian intermediaries to travel to the north in recent weeks", "none", "speech"),
    q("The French weekly L'Observateur Africain", "reported", "the mediators had told European diplomats a deal was “within reach” if Brussels and Berlin agreed to fund a development program in the region", "outlet", "speech"),
    q("the mediators", "had told", "a deal was “within reach” if Brussels and Berlin agreed to fund a development program in the region", "group", "speech"),
    q(None, "reportedly", ["The hostages were", "moved at least twice in the spring to evade drone surveillance"], "none", "speech"),
    q("data compiled by the monitoring group Sahel Conflict Watch", "according to", "Kidnapping has become one of JNIM's most reliable sources of income", "organization", "evidence"),
    q("Oumar Traoré", "said", ["“Every ransom paid funds the next abduction, and everyone in the region knows it,”", "“But no government wants to explain to a family why it did nothing.”"], "person", "speech"),
    q("Ms. Voss's parents", "said", "they “hold on to every sign of life.”", "group", "speech"),
    q("A European diplomat in Bamako", "said", "the video appeared to have been recorded within the past two weeks", "anonymous", "speech"),
    q("Malian state television", "said", "the army had launched an operation near the border with Burkina Faso", "outlet", "speech"),
    module=__name__)

A("d11-iran-uranium-analysis", """
News Analysis: As inspectors lose sight of Iran's uranium, the guessing begins

VIENNA — For the first time in two decades, international inspectors say they can no longer account for all of Iran's most highly enriched uranium, and the question of what happens next is dividing governments and analysts alike.

A confidential report by the International Atomic Energy Agency, circulated to member states on Wednesday and seen by this newspaper, found that the agency had “lost continuity of knowledge” over roughly 400 kilograms of uranium enriched to 60 percent purity. The report also said Iran had not offered a “credible explanation” for traces of man-made uranium detected at two undeclared sites. A spokesman for the agency said it did not comment on confidential reports.

Iran's ambassador to the agency, Mohsen Karimi, said on state television that the stockpile was “fully secure and under Iranian sovereign control.” He accused the agency's leadership of “acting as a messenger for Tel Aviv.”

American intelligence officials believe Iran has not yet decided to build a weapon, according to two people familiar with the latest assessment. Those officials worry that such a decision could now be made, and carried out, in secret.

Israel has been blunter. Its defense minister said this week that Iran was “closer than ever to the threshold” and that Israel “will not wait for the inspectors to find the bomb.”

Laleh Farzan, who studies nonproliferation at the Danube Institute for Arms Control, has spent years tracking the stockpile. Ms. Farzan's view is that the missing uranium is more likely hidden than diverted. “Hidden is a problem you can solve with inspections,” she said. “Diverted is a problem people try to solve some other way.”

Some European diplomats wonder whether the report's timing, days before the agency's board meets, was meant to force a vote of censure. A senior European official, who spoke on condition of anonymity to discuss internal deliberations, said Britain, France and Germany were “leaning toward” a resolution finding Iran in breach of its obligations, a step that could lead to the return of United Nations sanctions. Russia's envoy to the agency has warned that such a resolution would “bury diplomacy for a generation.” Iran's foreign minister said Tehran would answer any censure “proportionately and decisively.”

Commercial satellite images reviewed by the private research group Open Nuclear Watch show a steady stream of trucks at the entrance to a tunnel complex near Isfahan since late May. Skeptics doubt that inspections alone can settle the matter.

Tomas Lindqvist, a former inspector who led the agency's Iran team for six years, said he was “less worried about the uranium we have lost than about the centrifuges we have never seen.”

Whether Tehran cooperates may depend less on Vienna than on Washington, where the administration is expected to decide within weeks whether to reopen direct talks.
""",
    q("international inspectors", "say", "they can no longer account for all of Iran's most highly enriched uranium", "group", "speech"),
    q("A confidential report by the International Atomic Energy Agency", "found", "the agency had “lost continuity of knowledge” over roughly 400 kilograms of uranium enriched to 60 percent purity", "organization", "evidence"),
    q("The report", "also said", "Iran had not offered a “credible explanation” for traces of man-made uranium detected at two undeclared sites", "organization", "speech"),
    q("Iran's ambassador to the agency", "said", "the stockpile was “fully secure and under Iranian sovereign control.”", "person", "speech", name="Mohsen Karimi"),
    q("He", "accused", "the agency's leadership of “acting as a messenger for Tel Aviv.”", "pronoun", "evaluation", name="Mohsen Karimi"),
    q("two people familiar with the latest assessment", "according to", "American intelligence officials believe Iran has not yet decided to build a weapon", "anonymous", "speech"),
    q("American intelligence officials", "believe", "Iran has not yet decided to build a weapon", "group", "belief"),
    q("Those officials", "worry", "such a decision could now be made, and carried out, in secret", "group", "belief", name="American intelligence officials"),
    q("Its defense minister", "said", "Iran was “closer than ever to the threshold” and that Israel “will not wait for the inspectors to find the bomb.”", "person", "speech"),
    q("Ms. Farzan", "view", "the missing uranium is more likely hidden than diverted", "person", "belief", name="Laleh Farzan"),
    q("she", "said", ["“Hidden is a problem you can solve with inspections,”", "“Diverted is a problem people try to solve some other way.”"], "pronoun", "speech", name="Laleh Farzan"),
    q("Some European diplomats", "wonder", "whether the report's timing, days before the agency's board meets, was meant to force a vote of censure", "group", "question"),
    q("A senior European official", "said", "Britain, France and Germany were “leaning toward” a resolution finding Iran in breach of its obligations, a step that could lead to the return of United Nations sanctions", "anonymous", "speech"),
    q("Russia's envoy to the agency", "has warned", "such a resolution would “bury diplomacy for a generation.”", "person", "speech"),
    q("Commercial satellite images reviewed by the private research group Open Nuclear Watch", "show", "a steady stream of trucks at the entrance to a tunnel complex near Isfahan since late May", "organization", "evidence"),
    q("Skeptics", "doubt", "inspections alone can settle the matter", "group", "belief"),
    q("Tomas Lindqvist", "said", "he was “less worried about the uranium we have lost than about the centrifuges we have never seen.”", "person", "speech"),
    q(None, "is expected to", "decide within weeks whether to reopen direct talks", "none", "intent"),
    q("A spokesman for the agency", "said", "it did not comment on confidential reports", "person", "speech"),
    q("Iran's foreign minister", "said", "Tehran would answer any censure “proportionately and decisively.”", "person", "speech"),
    module=__name__)

A("d12-venezuela-sanctions", """
U.S. sanctions 16 Venezuelan officials over disputed vote

WASHINGTON — The Treasury Department on Monday imposed sanctions on 16 Venezuelan officials, including two Supreme Court justices and the head of the national electoral council, whom it accused of helping the government overturn the results of July's presidential election.

The officials "have betrayed the democratic will of the Venezuelan people," the Treasury's under secretary for terrorism and financial intelligence, Carla Mendes, said in a statement. The sanctions freeze any assets the officials hold in the United States and bar Americans from doing business with them. The Treasury said more designations were possible.

The State Department's spokesman, Arthur Klein, wrote on X that Washington "stands with the millions of Venezuelans who voted for change."

In Caracas, Foreign Minister Rafael Gil Pardo called the measures "economic terrorism." In a post on Telegram, he insisted that the election had been "clean, audited and final."

The electoral council has never published the precinct-level tallies it says show the incumbent winning. The opposition, which collected copies of tally sheets from more than 80 percent of voting machines, says they show that its candidate, Marta Iriarte, won by a wide margin.

Ms. Iriarte, who has been in hiding since August, stressed in a video message that "pressure from outside is not a substitute for courage inside." Venezuelan state television reported on Monday night that the attorney general had opened a new investigation into her for "conspiracy with a foreign power."

Critics of the sanctions policy argue that years of penalties have failed to dislodge the government and have deepened the country's humanitarian crisis. A study published last year by the Inter-American Policy Lab found that sanctions had contributed to a fall in oil output of more than 40 percent between 2017 and 2020.

Asked at a briefing whether the new measures would affect the license that allows an American oil company to operate in Venezuela, Mr. Klein replied that "all options remain on the table."

José Ramírez, a former Venezuelan diplomat now at Georgetown University, pointed out that several of the officials named on Monday had already been sanctioned in 2018. "It's a message, not a lever," he said.

Some members of Congress want the administration to go further. Senator Linda Marsh, a Republican of Florida, has called for the revocation of all oil licenses. "Half measures have kept this regime alive for a decade," she said on Monday.

The government is expected to answer with a new wave of arrests of opposition figures, human rights groups warned.
""",
    q("it", "accused", "of helping the government overturn the results of July's presidential election", "pronoun", "evaluation", name="The Treasury Department"),
    q("the Treasury's under secretary for terrorism and financial intelligence", "said in a statement", "The officials \"have betrayed the democratic will of the Venezuelan people,\"", "person", "speech", name="Carla Mendes"),
    q("The State Department's spokesman", "wrote on X", "Washington \"stands with the millions of Venezuelans who voted for change.\"", "person", "speech", name="Arthur Klein"),
    q("Foreign Minister Rafael Gil Pardo", "called", "the measures \"economic terrorism.\"", "person", "evaluation"),
    q("he", "insisted", "the election had been \"clean, audited and final.\"", "pronoun", "speech", name="Rafael Gil Pardo"),
    q("it", "says", "show the incumbent winning", "pronoun", "speech", name="The electoral council"),
    q("The opposition", "says", "they show that its candidate, Marta Iriarte, won by a wide margin", "organization", "speech"),
    q("they", "show", "its candidate, Marta Iriarte, won by a wide margin", "pronoun", "evidence", name="tally sheets"),
    q("Ms. Iriarte", "stressed in a video message", "\"pressure from outside is not a substitute for courage inside.\"", "person", "speech", quote="mixed", name="Marta Iriarte"),
    q("Venezuelan state television", "reported", "the attorney general had opened a new investigation into her for \"conspiracy with a foreign power.\"", "outlet", "speech"),
    q("Critics of the sanctions policy", "argue", "years of penalties have failed to dislodge the government and have deepened the country's humanitarian crisis", "group", "speech"),
    q("A study published last year by the Inter-American Policy Lab", "found", "sanctions had contributed to a fall in oil output of more than 40 percent between 2017 and 2020", "organization", "evidence"),
    q(None, "Asked", "whether the new measures would affect the license that allows an American oil company to operate in Venezuela", "none", "question"),
    q("Mr. Klein", "replied", "\"all options remain on the table.\"", "person", "speech", quote="mixed", name="Arthur Klein"),
    q("José Ramírez", "pointed out", "several of the officials named on Monday had already been sanctioned in 2018", "person", "speech"),
    q("he", "said", "\"It's a message, not a lever,\"", "pronoun", "speech", name="José Ramírez"),
    q("Some members of Congress", "want", "the administration to go further", "group", "intent"),
    q("Senator Linda Marsh", "has called for", "the revocation of all oil licenses", "person", "evaluation"),
    q("she", "said", "\"Half measures have kept this regime alive for a decade,\"", "pronoun", "speech", name="Linda Marsh"),
    q("human rights groups", "warned", "The government is expected to answer with a new wave of arrests of opposition figures", "group", "speech"),
    q(None, "is expected to", "answer with a new wave of arrests of opposition figures", "none", "intent"),
    q("The Treasury", "said", "more designations were possible", "organization", "speech"),
    module=__name__)

A("d13-london-extradition", """
British Judge Clears Way for Extradition of Kazakh Banker to U.S.

LONDON — A British judge on Wednesday approved the extradition of a Kazakh banker wanted in the United States on money laundering charges, rejecting his argument that he would face inhumane conditions in an American jail.

Senior District Judge Alison Crewe, sitting at Westminster Magistrates' Court, ruled that sending the banker, Yerlan Dauletov, 52, to New York was compatible with his human rights.

''I am satisfied that the assurances given by the United States government are ones on which this court can rely,'' Judge Crewe said, reading her decision aloud to a packed courtroom.

Federal prosecutors in Manhattan accuse Mr. Dauletov of using a web of shell companies in Cyprus and Dubai to move more than $600 million on behalf of Russian defense contractors after the invasion of Ukraine. He has denied wrongdoing.

His lawyer, Edward Fane, argued at hearings in the spring that Mr. Dauletov, who has Type 1 diabetes, would not receive adequate medical care at the Metropolitan Detention Center in Brooklyn, which he called ''a place where people go to get sick.''

The judge noted that the American authorities had promised in writing that Mr. Dauletov would be held at a different facility and would have access to a specialist. Mr. Dauletov, testifying by video link from Wandsworth prison in March, told the court he feared he would be ''made an example of'' because of his family's ties to Kazakhstan's former president.

The decision now goes to the home secretary, who must formally sign the extradition order. A Home Office spokeswoman said it would not comment while legal proceedings were continuing. Mr. Dauletov has 14 days to appeal, and his lawyers said they would do so.

The Almaty newspaper Vremya Stepi reported last month that two of Mr. Dauletov's former business partners had told American investigators that he personally approved the transfers. Neither man has been charged.

A spokesman for Kazakhstan's Foreign Ministry said the case was ''a matter for the British and American courts'' and that Astana had not sought to intervene. The Russian Embassy in London, however, called the ruling ''another act of lawfare against Russian business.''

Mr. Dauletov's wife, Aigerim, who attended every hearing, recalled outside the court that the family had moved to London in 2019 ''to get away from exactly this kind of politics.''

''Now the politics has followed us here,'' she said.
""",
    q("A British judge", "rejecting", "his argument that he would face inhumane conditions in an American jail", "person", "evaluation", name="Alison Crewe"),
    q("his", "argument", "he would face inhumane conditions in an American jail", "pronoun", "speech", name="Yerlan Dauletov"),
    q("Senior District Judge Alison Crewe", "ruled", "sending the banker, Yerlan Dauletov, 52, to New York was compatible with his human rights", "person", "evaluation"),
    q("Judge Crewe", "said", "''I am satisfied that the assurances given by the United States government are ones on which this court can rely,''", "person", "speech", name="Alison Crewe"),
    q("Federal prosecutors in Manhattan", "accuse", "Mr. Dauletov of using a web of shell companies in Cyprus and Dubai to move more than $600 million on behalf of Russian defense contractors after the invasion of Ukraine", "group", "evaluation"),
    q("He", "has denied", "wrongdoing", "pronoun", "speech", name="Yerlan Dauletov"),
    q("His lawyer", "argued", "Mr. Dauletov, who has Type 1 diabetes, would not receive adequate medical care at the Metropolitan Detention Center in Brooklyn, which he called ''a place where people go to get sick.''", "person", "speech", quote="mixed", name="Edward Fane"),
    q("he", "called", "''a place where people go to get sick.''", "pronoun", "evaluation", name="Edward Fane"),
    q("The judge", "noted", "the American authorities had promised in writing that Mr. Dauletov would be held at a different facility and would have access to a specialist", "person", "speech", name="Alison Crewe"),
    q("the American authorities", "had promised in writing", "Mr. Dauletov would be held at a different facility and would have access to a specialist", "organization", "intent"),
    q("Mr. Dauletov", "told", "he feared he would be ''made an example of'' because of his family's ties to Kazakhstan's former president", "person", "speech", quote="mixed", name="Yerlan Dauletov"),
    q("he", "feared", "he would be ''made an example of'' because of his family's ties to Kazakhstan's former president", "pronoun", "belief", quote="mixed", name="Yerlan Dauletov"),
    q("his lawyers", "said", "they would do so", "group", "speech"),
    q("The Almaty newspaper Vremya Stepi", "reported", "two of Mr. Dauletov's former business partners had told American investigators that he personally approved the transfers", "outlet", "speech"),
    q("two of Mr. Dauletov's former business partners", "had told", "he personally approved the transfers", "group", "speech"),
    q("A spokesman for Kazakhstan's Foreign Ministry", "said", "the case was ''a matter for the British and American courts'' and that Astana had not sought to intervene", "person", "speech", quote="mixed"),
    q("The Russian Embassy in London", "called", "the ruling ''another act of lawfare against Russian business.''", "organization", "evaluation", quote="mixed"),
    q("Mr. Dauletov's wife", "recalled", "the family had moved to London in 2019 ''to get away from exactly this kind of politics.''", "person", "speech", quote="mixed", name="Aigerim"),
    q("she", "said", "''Now the politics has followed us here,''", "pronoun", "speech", name="Aigerim"),
    q("A Home Office spokeswoman", "said", "it would not comment while legal proceedings were continuing", "person", "speech"),
    module=__name__)

A("d14-guinea-bissau-coup", """
Soldiers in Guinea-Bissau say they have seized power

BISSAU, Guinea-Bissau — A group of army officers appeared on state television early on Thursday to announce that they had dissolved the government and suspended the constitution, hours after heavy gunfire was heard near the presidential palace in the capital.

Reading a statement on behalf of a body calling itself the National Council for Restoration, Col. Bacar Sanhá said the military had acted to end "a regime of corruption and drug money" and that the country's land and air borders would be closed until further notice. Several ministers were reportedly arrested overnight. A Western diplomat in Bissau said the officers appeared to control the port and the airport.

The whereabouts of President Domingos Có were not immediately clear. A relative of the president said in an interview with a Portuguese news agency that he was being held at an army barracks on the outskirts of the city. Mr. Có's chief of staff, speaking by phone from Dakar, insisted that the president was "alive, safe and still the legitimate head of state."

The officers promised to hold elections "within a reasonable time," but gave no date. Colonel Sanhá, a former head of military intelligence, is said to have been passed over for promotion last year.

The Economic Community of West African States condemned the takeover "in the strongest terms." The bloc demanded the president's immediate release, and a spokesman, Kwame Asante-Mensah, said its heads of state would hold an emergency summit in Abuja on Saturday.

The chairperson of the African Union Commission called for "a swift return to constitutional order." Portugal, the former colonial power, said it was following events "with great concern." Its foreign ministry urged the roughly 1,500 Portuguese citizens in the country to stay indoors.

Residents reached by phone described a tense but quiet city. "The soldiers are at every crossroads, but nobody is shooting now," said Aissatu Baldé, a market trader in the Bandim neighborhood. "We are waiting to see who is really in charge."

Radio Bantaba, a private station, reported that soldiers had told its staff they could broadcast only music and official statements.

Analysts have long warned that Guinea-Bissau's role as a transit point for South American cocaine bound for Europe has corrupted parts of its military. The United Nations Office on Drugs and Crime has estimated that several tons of the drug pass through the country's islands and airstrips each year.

It was the latest in a series of military takeovers in West and Central Africa since 2020. Guinea-Bissau itself has had four successful coups and more than a dozen attempts since independence in 1974.
""",
    q("Soldiers in Guinea-Bissau", "say", "they have seized power", "group", "speech"),
    q("A group of army officers", "to announce", "they had dissolved the government and suspended the constitution", "group", "speech"),
    q("Col. Bacar Sanhá", "said", "the military had acted to end \"a regime of corruption and drug money\" and that the country's land and air borders would be closed until further notice", "person", "speech"),
    q(None, "reportedly", ["Several ministers were", "arrested overnight"], "none", "speech"),
    q("A relative of the president", "said in an interview", "he was being held at an army barracks on the outskirts of the city", "anonymous", "speech"),
    q("Mr. Có's chief of staff", "insisted", "the president was \"alive, safe and still the legitimate head of state.\"", "person", "speech"),
    q("The officers", "promised to", "hold elections \"within a reasonable time,\"", "group", "intent"),
    q(None, "is said to", "have been passed over for promotion last year", "none", "speech"),
    q("The Economic Community of West African States", "condemned", "the takeover \"in the strongest terms.\"", "organization", "evaluation"),
    q("The bloc", "demanded", "the president's immediate release", "organization", "evaluation", name="The Economic Community of West African States"),
    q("a spokesman", "said", "its heads of state would hold an emergency summit in Abuja on Saturday", "person", "speech", name="Kwame Asante-Mensah"),
    q("The chairperson of the African Union Commission", "called for", "\"a swift return to constitutional order.\"", "person", "evaluation"),
    q("Portugal", "said", "it was following events \"with great concern.\"", "organization", "speech"),
    q("Its foreign ministry", "urged", "the roughly 1,500 Portuguese citizens in the country to stay indoors", "organization", "evaluation"),
    q("Residents reached by phone", "described", "a tense but quiet city", "group", "speech"),
    q("Aissatu Baldé", "said", ["\"The soldiers are at every crossroads, but nobody is shooting now,\"", "\"We are waiting to see who is really in charge.\""], "person", "speech"),
    q("Radio Bantaba", "reported", "soldiers had told its staff they could broadcast only music and official statements", "outlet", "speech"),
    q("soldiers", "had told", "they could broadcast only music and official statements", "group", "speech"),
    q("Analysts", "have long warned", "Guinea-Bissau's role as a transit point for South American cocaine bound for Europe has corrupted parts of its military", "group", "speech"),
    q("The United Nations Office on Drugs and Crime", "has estimated", "several tons of the drug pass through the country's islands and airstrips each year", "organization", "evidence"),
    q("A Western diplomat in Bissau", "said", "the officers appeared to control the port and the airport", "anonymous", "speech"),
    module=__name__)

A("d15-caucasus-peace-explainer", """
Armenia and Azerbaijan sign a peace framework. Here is what we know.

After more than three decades of conflict, the leaders of Armenia and Azerbaijan signed a framework agreement in Abu Dhabi on Friday that both sides describe as the foundation of a final peace treaty.

What does the agreement say?

The text, released by both governments, says the two countries will recognize each other's territorial integrity and reopen road and rail links across their shared border. According to a summary published by Azerbaijan's Foreign Ministry, they will also establish diplomatic relations within six months.

Who is claiming credit?

Nearly everyone. Armenia's prime minister said at a news conference that the deal marked "the end of a century of war," while Azerbaijan's president said it proved that "peace through strength" had worked. The Emirati government, which hosted the talks, said in a statement that it had "facilitated, not imposed" the agreement.

What is still unresolved?

Quite a lot, analysts say. Azerbaijan has demanded that Armenia amend its constitution, whose preamble refers to a 1990 declaration that Baku views as a territorial claim on Nagorno-Karabakh. Armenian officials have said a referendum could not be held before 2027. Azerbaijani officials said they would not sign a final treaty until the change was made.

"The constitution is the landmine in this text," said Anahit Melkonyan, a political scientist at Yerevan State University. "Everything else can be managed."

What about the people who fled Karabakh?

More than 100,000 ethnic Armenians left the region in 2023. Groups representing them condemned the framework's silence on their right to return. "We were not even mentioned," said Garnik Avetisyan, who leads an association of displaced families in Yerevan.

What do Russia and Iran think?

Russia, which long saw itself as the region's indispensable power broker, was not involved. A Kremlin spokesman said Moscow "welcomes any steps toward peace." The Russian Foreign Ministry questioned whether agreements "signed far from the region" would last.

Iran has warned repeatedly that it opposes any corridor that would cut its border with Armenia. Its foreign minister reiterated on Saturday that Tehran would "not accept changes to the geography of the Caucasus."

Will it hold?

Polls suggest wary support. A survey by the Caucasus Barometer project in March found that 58 percent of Armenians backed a treaty "even with painful compromises," though only 19 percent said they trusted Azerbaijan to honor one. Diplomats involved in the talks expect the demarcation of the border alone to take years.
""",
    q("both sides", "describe", "as the foundation of a final peace treaty", "group", "evaluation"),
    q("The text", "says", "the two countries will recognize each other's territorial integrity and reopen road and rail links across their shared border", "organization", "speech"),
    q("a summary published by Azerbaijan's Foreign Ministry", "According to", "they will also establish diplomatic relations within six months", "organization", "speech"),
    q("Armenia's prime minister", "said", "the deal marked \"the end of a century of war,\"", "person", "speech"),
    q("Azerbaijan's president", "said", "it proved that \"peace through strength\" had worked", "person", "speech"),
    q("The Emirati government", "said in a statement", "it had \"facilitated, not imposed\" the agreement", "organization", "speech"),
    q("analysts", "say", "Quite a lot", "group", "speech"),
    q("Azerbaijan", "has demanded", "Armenia amend its constitution, whose preamble refers to a 1990 declaration that Baku views as a territorial claim on Nagorno-Karabakh", "organization", "evaluation"),
    q("Baku", "views", "as a territorial claim on Nagorno-Karabakh", "organization", "belief"),
    q("Armenian officials", "have said", "a referendum could not be held before 2027", "group", "speech"),
    q("Anahit Melkonyan", "said", ["\"The constitution is the landmine in this text,\"", "\"Everything else can be managed.\""], "person", "speech"),
    q("Groups representing them", "condemned", "the framework's silence on their right to return", "group", "evaluation"),
    q("Garnik Avetisyan", "said", "\"We were not even mentioned,\"", "person", "speech"),
    q("which", "saw", "itself as the region's indispensable power broker", "pronoun", "belief", name="Russia"),
    q("A Kremlin spokesman", "said", "Moscow \"welcomes any steps toward peace.\"", "person", "speech"),
    q("The Russian Foreign Ministry", "questioned", "whether agreements \"signed far from the region\" would last", "organization", "question"),
    q("Iran", "has warned repeatedly", "it opposes any corridor that would cut its border with Armenia", "organization", "speech"),
    q("it", "opposes", "any corridor that would cut its border with Armenia", "pronoun", "evaluation", name="Iran"),
    q("Its foreign minister", "reiterated", "Tehran would \"not accept changes to the geography of the Caucasus.\"", "person", "speech"),
    q("Polls", "suggest", "wary support", "organization", "evidence"),
    q("A survey by the Caucasus Barometer project in March", "found", "58 percent of Armenians backed a treaty \"even with painful compromises,\" though only 19 percent said they trusted Azerbaijan to honor one", "organization", "evidence"),
    q("only 19 percent", "said", "they trusted Azerbaijan to honor one", "group", "speech"),
    q("Diplomats involved in the talks", "expect", "the demarcation of the border alone to take years", "group", "belief"),
    q("Azerbaijani officials", "said", "they would not sign a final treaty until the change was made", "group", "speech"),
    module=__name__)

A("d16-leaked-mercenary-files", """
Leaked files detail payments by private military firm to officials in Central African Republic

A trove of internal documents from a Russian-linked private military company appears to show that the firm paid senior officials in the Central African Republic in exchange for gold and diamond concessions, according to a consortium of news organizations that published the files on Tuesday.

The documents, which include invoices, contracts and a handwritten ledger, were obtained by the Berlin-based nonprofit Open Ledger and shared with eleven outlets in Europe and Africa. Open Ledger said it had checked them against bank records and corporate filings, and that two former employees of the company had confirmed their authenticity. Its director, Hanna Sievers, said the files had been provided by a person inside the company.

One ledger entry, dated March 2023, records a payment of $250,000 to a company registered to the brother of the country's mines minister.

The mines minister, Thierry Ngoumba, denied any wrongdoing. “I have never received a single franc from anyone,” he told Radio Oubangui by phone. “These papers are forgeries produced by enemies of our partnership with Russia.”

The company, Kestrel Security Group, did not respond to requests for comment. But a Telegram channel that regularly carries the group's statements described the reports as “Western information warfare.”

Le Courrier de Bangui, one of the consortium's members, reported that a second set of invoices showed the firm had billed the government for 1,400 fighters while deploying fewer than 900. The Riga-based Russian-language site Novaya Liniya quoted a former Kestrel logistics officer as saying that commanders had been ordered to “keep the gold moving, whatever happens in Bangui.”

United Nations experts have previously accused Russian-linked contractors in the country of killing civilians and looting artisanal mines. A spokesman for the French foreign ministry said Paris was “studying the revelations closely.”

A government spokeswoman, Ange-Marie Yakété, said the authorities would “study the documents carefully.” She warned against what she called “a media campaign aimed at destabilizing our institutions.”

Researchers who study the group said the documents fit the business model it has used elsewhere on the continent, trading protection for regimes in return for access to natural resources.

“This is what security-for-resources looks like on paper,” said Julia Brandt, an analyst at the Hague Centre for Conflict Research. “We have known the shape of it for years. Now we have the receipts.”
""",
    q("a consortium of news organizations", "according to", "A trove of internal documents from a Russian-linked private military company appears to show that the firm paid senior officials in the Central African Republic in exchange for gold and diamond concessions", "outlet", "speech"),
    q("A trove of internal documents from a Russian-linked private military company", "appears to show", "the firm paid senior officials in the Central African Republic in exchange for gold and diamond concessions", "organization", "evidence"),
    q("Open Ledger", "said", "it had checked them against bank records and corporate filings, and that two former employees of the company had confirmed their authenticity", "organization", "speech"),
    q("two former employees of the company", "had confirmed", "their authenticity", "group", "speech"),
    q("One ledger entry", "records", "a payment of $250,000 to a company registered to the brother of the country's mines minister", "organization", "evidence"),
    q("The mines minister", "denied", "any wrongdoing", "person", "speech", name="Thierry Ngoumba"),
    q("he", "told", ["“I have never received a single franc from anyone,”", "“These papers are forgeries produced by enemies of our partnership with Russia.”"], "pronoun", "speech", name="Thierry Ngoumba"),
    q("a Telegram channel", "described", "the reports as “Western information warfare.”", "organization", "evaluation"),
    q("Le Courrier de Bangui", "reported", "a second set of invoices showed the firm had billed the government for 1,400 fighters while deploying fewer than 900", "outlet", "speech"),
    q("a second set of invoices", "showed", "the firm had billed the government for 1,400 fighters while deploying fewer than 900", "organization", "evidence"),
    q("The Riga-based Russian-language site Novaya Liniya", "quoted", "a former Kestrel logistics officer as saying that commanders had been ordered to “keep the gold moving, whatever happens in Bangui.”", "outlet", "speech"),
    q("a former Kestrel logistics officer", "as saying", "commanders had been ordered to “keep the gold moving, whatever happens in Bangui.”", "anonymous", "speech"),
    q("United Nations experts", "have previously accused", "Russian-linked contractors in the country of killing civilians and looting artisanal mines", "group", "evaluation"),
    q("A government spokeswoman", "said", "the authorities would “study the documents carefully.”", "person", "speech", name="Ange-Marie Yakété"),
    q("She", "warned against", "what she called “a media campaign aimed at destabilizing our institutions.”", "pronoun", "speech", name="Ange-Marie Yakété"),
    q("she", "called", "“a media campaign aimed at destabilizing our institutions.”", "pronoun", "evaluation", name="Ange-Marie Yakété"),
    q("Researchers", "said", "the documents fit the business model it has used elsewhere on the continent, trading protection for regimes in return for access to natural resources", "group", "speech"),
    q("Julia Brandt", "said", ["“This is what security-for-resources looks like on paper,”", "“We have known the shape of it for years. Now we have the receipts.”"], "person", "speech"),
    q("Its director", "said", "the files had been provided by a person inside the company", "person", "speech", name="Hanna Sievers"),
    q("A spokesman for the French foreign ministry", "said", "Paris was “studying the revelations closely.”", "person", "speech"),
    module=__name__)

A("d17-kyrgyz-tajik-border", """
Kyrgyz and Tajik forces trade fire on disputed border, and each blames the other

BISHKEK, Kyrgyzstan — At least nine people were killed on Sunday in clashes between Kyrgyz and Tajik forces along a disputed stretch of their border, officials on both sides said, in the worst fighting between the Central Asian neighbors in three years.

Kyrgyzstan's border service said in a statement that Tajik troops had fired mortars at a Kyrgyz outpost near the village of Ak-Sai and had "deliberately targeted" civilian homes. Kyrgyz officials said the dead included two children, a figure that could not be independently confirmed.

Tajikistan's State Committee for National Security gave a starkly different account, accusing Kyrgyz forces of moving armored vehicles into a neutral zone and firing first. A Tajik official said three border guards were among the dead. Both governments claimed to have repelled the other's attack.

In a video address, Kyrgyzstan's president said his country "will not give up a single meter of its land" but remained "open to dialogue." The Tajik Foreign Ministry, which summoned the Kyrgyz ambassador on Sunday evening, demanded that Bishkek "immediately stop the provocations."

The Kremlin said the Russian president had spoken by phone with both leaders and had urged them to "show restraint and return to negotiations." The Collective Security Treaty Organization, a Moscow-led military alliance to which both countries belong, said it was ready to send observers. Uzbekistan's foreign ministry said it was prepared to host talks.

Residents of Ak-Sai told local reporters that they had spent the night in basements. "We could hear the shells landing behind the school," said Gulnara Toktosunova, 41, a teacher. On the Tajik side, a resident of the Vorukh enclave, reached by phone, said a shell had hit the roof of a mosque during evening prayers.

Videos posted on social media appeared to show several houses burning on the edge of Ak-Sai.

Analysts said water lies at the heart of the dispute. Roughly a third of the 970-kilometer border has never been demarcated, and villages on both sides draw on the same irrigation canals.

"Every spring, when the canals fill, the risk of a clash goes up," said Daniyar Kasymov, a security analyst in Bishkek. "Neither government has found a way to sell a compromise to its own people."

A ceasefire took effect late Sunday, according to the Kyrgyz border service. Sporadic gunfire was reported overnight near Ak-Sai.
""",
    q("each", "blames", "the other", "pronoun", "evaluation", at="each blames", name="Kyrgyz and Tajik forces"),
    q("officials on both sides", "said", "At least nine people were killed on Sunday in clashes between Kyrgyz and Tajik forces along a disputed stretch of their border", "group", "speech"),
    q("Kyrgyzstan's border service", "said in a statement", "Tajik troops had fired mortars at a Kyrgyz outpost near the village of Ak-Sai and had \"deliberately targeted\" civilian homes", "organization", "speech"),
    q("Kyrgyz officials", "said", "the dead included two children", "group", "speech"),
    q("Tajikistan's State Committee for National Security", "accusing", "Kyrgyz forces of moving armored vehicles into a neutral zone and firing first", "organization", "evaluation"),
    q("Both governments", "claimed to", "have repelled the other's attack", "group", "speech"),
    q("Kyrgyzstan's president", "said", "his country \"will not give up a single meter of its land\" but remained \"open to dialogue.\"", "person", "speech"),
    q("The Tajik Foreign Ministry", "demanded", "Bishkek \"immediately stop the provocations.\"", "organization", "evaluation"),
    q("The Kremlin", "said", "the Russian president had spoken by phone with both leaders and had urged them to \"show restraint and return to negotiations.\"", "organization", "speech"),
    q("the Russian president", "had urged", "them to \"show restraint and return to negotiations.\"", "person", "evaluation"),
    q("The Collective Security Treaty Organization", "said", "it was ready to send observers", "organization", "speech"),
    q("Residents of Ak-Sai", "told", "they had spent the night in basements", "group", "speech"),
    q("Gulnara Toktosunova", "said", "\"We could hear the shells landing behind the school,\"", "person", "speech"),
    q("a resident of the Vorukh enclave", "said", "a shell had hit the roof of a mosque during evening prayers", "anonymous", "speech"),
    q("Videos posted on social media", "appeared to show", "several houses burning on the edge of Ak-Sai", "organization", "evidence"),
    q("Analysts", "said", "water lies at the heart of the dispute", "group", "speech"),
    q("Daniyar Kasymov", "said", ["\"Every spring, when the canals fill, the risk of a clash goes up,\"", "\"Neither government has found a way to sell a compromise to its own people.\""], "person", "speech"),
    q("the Kyrgyz border service", "according to", "A ceasefire took effect late Sunday", "organization", "speech"),
    q(None, "was reported", ["Sporadic gunfire", "overnight near Ak-Sai"], "none", "speech"),
    q("A Tajik official", "said", "three border guards were among the dead", "anonymous", "speech"),
    q("Uzbekistan's foreign ministry", "said", "it was prepared to host talks", "organization", "speech"),
    module=__name__)

A("d18-navy-espionage-verdict", """
Jury Convicts Former Navy Sailor of Selling Warship Secrets to Chinese Officer

SAN DIEGO — A federal jury on Tuesday convicted a former Navy sailor of espionage for selling technical manuals and photographs of American warships to a Chinese intelligence officer, rejecting his claim that he believed he was working for a maritime research company.

The sailor, Ethan Sorell, 26, a former machinist's mate aboard an amphibious assault ship, was found guilty on all five counts against him. One juror, who asked not to be named, said the panel had been swayed by the chat logs. Mr. Sorell faces up to life in prison, though legal experts expect a sentence closer to 20 years.

''The defendant knew exactly who was paying him, and he kept taking the money,'' the United States attorney in San Diego, Rosalind Avery, said after the verdict. ''That is what espionage looks like in 2026.''

During the two-week trial, prosecutors told jurors that Mr. Sorell had received about $18,000 in cryptocurrency over 14 months. Chat logs shown in court revealed that his handler, who used the name ''Mia,'' had asked him whether he could obtain the maintenance schedule for the ship's well deck. In one message, Mr. Sorell wrote that he knew the arrangement was ''sketchy'' but needed the money.

His lawyer, Gabriel Ochoa, argued in his closing statement that Mr. Sorell was ''a lonely 22-year-old who was groomed, not a spy.''

''He was played by professionals,'' Mr. Ochoa said outside the courthouse. ''That is not the same thing as betraying his country.'' He said he would appeal.

Before the trial, Judge Miriam Castellanos of Federal District Court had ruled that jurors could hear from an F.B.I. counterintelligence agent about Chinese recruitment methods, over the objections of the defense. That agent testified that Chinese intelligence officers routinely pose as academics, consultants or think-tank researchers when approaching American service members online.

The Navy said in a statement that it had ''significantly strengthened'' its programs to detect insider threats since Mr. Sorell's arrest in 2024.

The Chinese Embassy in Washington said it was ''not aware of the specifics'' of the case. It accused American officials of ''hyping the so-called China espionage threat'' for political purposes.

Former counterintelligence officials said the case fit a pattern of Chinese services targeting junior personnel with modest sums rather than cultivating a few senior sources.

''They are fishing with a very wide net,'' said Robert Haldane, who spent two decades at the F.B.I. ''Most of the fish are small. Enough of them add up.''

Sentencing is set for March.
""",
    q("A federal jury", "rejecting", "his claim that he believed he was working for a maritime research company", "group", "evaluation"),
    q("his", "claim", "he believed he was working for a maritime research company", "pronoun", "speech", name="Ethan Sorell"),
    q("he", "believed", "he was working for a maritime research company", "pronoun", "belief", name="Ethan Sorell"),
    q("legal experts", "expect", "a sentence closer to 20 years", "group", "belief"),
    q("the United States attorney in San Diego", "said", ["''The defendant knew exactly who was paying him, and he kept taking the money,''", "''That is what espionage looks like in 2026.''"], "person", "speech", name="Rosalind Avery"),
    q("prosecutors", "told", "Mr. Sorell had received about $18,000 in cryptocurrency over 14 months", "group", "speech"),
    q("Chat logs shown in court", "revealed", "his handler, who used the name ''Mia,'' had asked him whether he could obtain the maintenance schedule for the ship's well deck", "organization", "evidence", quote="mixed"),
    q("his handler", "had asked", "whether he could obtain the maintenance schedule for the ship's well deck", "person", "question"),
    q("Mr. Sorell", "wrote", "he knew the arrangement was ''sketchy'' but needed the money", "person", "speech", quote="mixed", name="Ethan Sorell"),
    q("His lawyer", "argued in his closing statement", "Mr. Sorell was ''a lonely 22-year-old who was groomed, not a spy.''", "person", "speech", quote="mixed", name="Gabriel Ochoa"),
    q("Mr. Ochoa", "said", ["''He was played by professionals,''", "''That is not the same thing as betraying his country.''"], "person", "speech", name="Gabriel Ochoa"),
    q("He", "said", "he would appeal", "pronoun", "speech", name="Gabriel Ochoa"),
    q("Judge Miriam Castellanos of Federal District Court", "had ruled", "jurors could hear from an F.B.I. counterintelligence agent about Chinese recruitment methods", "person", "evaluation"),
    q("That agent", "testified", "Chinese intelligence officers routinely pose as academics, consultants or think-tank researchers when approaching American service members online", "person", "speech"),
    q("The Navy", "said in a statement", "it had ''significantly strengthened'' its programs to detect insider threats since Mr. Sorell's arrest in 2024", "organization", "speech", quote="mixed"),
    q("The Chinese Embassy in Washington", "said", "it was ''not aware of the specifics'' of the case", "organization", "speech", quote="mixed"),
    q("It", "accused", "American officials of ''hyping the so-called China espionage threat'' for political purposes", "pronoun", "evaluation", quote="mixed", name="The Chinese Embassy in Washington"),
    q("Former counterintelligence officials", "said", "the case fit a pattern of Chinese services targeting junior personnel with modest sums rather than cultivating a few senior sources", "group", "speech"),
    q("Robert Haldane", "said", ["''They are fishing with a very wide net,''", "''Most of the fish are small. Enough of them add up.''"], "person", "speech"),
    q("One juror", "said", "the panel had been swayed by the chat logs", "anonymous", "speech"),
    module=__name__)

A("d19-chad-refugee-rations", """
U.N. warns of ration cuts as Sudanese refugees pour into Chad

ADRÉ, Chad — The United Nations refugee agency warned on Monday that it would be forced to halve food rations for more than 800,000 Sudanese refugees in eastern Chad by the end of the month unless donors came forward with new money.

“We are not talking about cutting luxuries,” the agency's representative in Chad, Marguerite Ilunga, said at a news conference in N'Djamena. “We are talking about children who eat once a day eating once every two days.”

More than 1,500 people have crossed the border at Adré every day this month, most of them women and children fleeing renewed fighting around El Geneina, according to the agency. Its appeal for Chad, which sought $630 million this year, is only 14 percent funded, agency figures show. Chadian officials said two new camps near Adré were already over capacity.

Chad's minister of public security, Abakar Tahir Oumar, vowed to keep the border open. “Chad will not close its door to people running from death,” he said during a visit to the camps on Sunday. He also called on Western governments to “stop making speeches and start paying their share.”

Fatimé Abdallah, 34, who arrived in Adré with five children last week, said she had walked for four days to reach the border. “They burned our village and shot my husband in front of us,” she said.

A survey of new arrivals by the International Organization for Migration found that nearly two-thirds had witnessed killings, and that many reported that armed men had checked identity documents for Masalit family names.

The European Union announced an additional 40 million euros in humanitarian aid for the region on Monday, and a spokesman in Brussels said more could follow. American aid officials, who have overseen deep cuts to foreign assistance this year, said Washington remained “the single largest donor to the Sudan response.”

Aid workers fear that the rainy season, which begins in June, will cut off roads to the camps farther from Adré and bring outbreaks of cholera. The charity MedAid Sahel said its clinic in the Ourang camp was already treating more than 200 children a week for severe malnutrition.

Ms. Ilunga said she hoped a donor conference planned for next month in Geneva would close at least part of the gap.

Local tensions are also rising. “Eastern Chad's own people are among the poorest in the world,” pointed out Idriss Mahamat, a researcher at the University of N'Djamena. “When the refugees get food and their hosts do not, resentment grows.”
""",
    q("U.N.", "warns", "of ration cuts as Sudanese refugees pour into Chad", "organization", "speech"),
    q("The United Nations refugee agency", "warned", "it would be forced to halve food rations for more than 800,000 Sudanese refugees in eastern Chad by the end of the month unless donors came forward with new money", "organization", "speech"),
    q("the agency's representative in Chad", "said", ["“We are not talking about cutting luxuries,”", "“We are talking about children who eat once a day eating once every two days.”"], "person", "speech", name="Marguerite Ilunga"),
    q("the agency", "according to", "More than 1,500 people have crossed the border at Adré every day this month, most of them women and children fleeing renewed fighting around El Geneina", "organization", "speech"),
    q("agency figures", "show", "Its appeal for Chad, which sought $630 million this year, is only 14 percent funded", "organization", "evidence"),
    q("Chad's minister of public security", "vowed to", "keep the border open", "person", "intent", name="Abakar Tahir Oumar"),
    q("he", "said", "“Chad will not close its door to people running from death,”", "pronoun", "speech", name="Abakar Tahir Oumar"),
    q("He", "also called on", "Western governments to “stop making speeches and start paying their share.”", "pronoun", "evaluation", name="Abakar Tahir Oumar"),
    q("Fatimé Abdallah", "said", "she had walked for four days to reach the border", "person", "speech"),
    q("she", "said", "“They burned our village and shot my husband in front of us,”", "pronoun", "speech", name="Fatimé Abdallah"),
    q("A survey of new arrivals by the International Organization for Migration", "found", "nearly two-thirds had witnessed killings, and that many reported that armed men had checked identity documents for Masalit family names", "organization", "evidence"),
    q("many", "reported", "armed men had checked identity documents for Masalit family names", "group", "speech"),
    q("The European Union", "announced", "an additional 40 million euros in humanitarian aid for the region", "organization", "speech"),
    q("a spokesman in Brussels", "said", "more could follow", "person", "speech"),
    q("American aid officials", "said", "Washington remained “the single largest donor to the Sudan response.”", "group", "speech"),
    q("Aid workers", "fear", "the rainy season, which begins in June, will cut off roads to the camps farther from Adré and bring outbreaks of cholera", "group", "belief"),
    q("The charity MedAid Sahel", "said", "its clinic in the Ourang camp was already treating more than 200 children a week for severe malnutrition", "organization", "speech"),
    q("Ms. Ilunga", "said", "she hoped a donor conference planned for next month in Geneva would close at least part of the gap", "person", "speech", name="Marguerite Ilunga"),
    q("she", "hoped", "a donor conference planned for next month in Geneva would close at least part of the gap", "pronoun", "intent", name="Marguerite Ilunga"),
    q("Idriss Mahamat", "pointed out", ["“Eastern Chad's own people are among the poorest in the world,”", "“When the refugees get food and their hosts do not, resentment grows.”"], "person", "speech"),
    q("Chadian officials", "said", "two new camps near Adré were already over capacity", "group", "speech"),
    module=__name__)

A("d20-world-briefing", """
World Briefing

Lebanese army chief: southern border "under full state control" by spring

BEIRUT — Lebanon's army commander, Gen. Élie Saadeh, told a parliamentary committee on Tuesday that troops would complete their deployment south of the Litani River by March, according to two lawmakers who attended the closed session. He said the army had already dismantled more than 300 weapons positions belonging to armed groups, one of the lawmakers said. Hezbollah has said it will not hand over weapons held north of the river. A lawmaker from the group said it would "study" the army's plan.

Water cannon used again near disputed shoal

MANILA — The Philippine coast guard said Chinese vessels had fired water cannons at two of its ships near Scarborough Shoal on Wednesday, damaging the mast of one. A crew member was quoted as saying that the Chinese ships had come "close enough to read our faces." China's coast guard, in a statement posted on Weibo, said it had "expelled" Philippine vessels that "illegally intruded" into Chinese waters. The Philippine foreign ministry said it would file a diplomatic protest, its fourth this year.

North Korea fires ballistic missile toward sea

SEOUL — North Korea launched a short-range ballistic missile off its east coast on Thursday morning, South Korea's Joint Chiefs of Staff said. Japan's defense ministry said the missile had landed outside Japan's exclusive economic zone. North Korean state media later described the launch as a test of "a new-type tactical guided weapon." The official Korean Central News Agency reported that the country's leader had expressed "great satisfaction" with the result.

Colombia and rebel group agree to resume talks

BOGOTÁ — Colombia's government and a dissident guerrilla faction will return to the negotiating table next month in Caracas, the government's peace commissioner, Camila Restrepo, announced on Friday. Ms. Restrepo said the faction had agreed to release four soldiers it has held since August as "a gesture of good faith." The group is said to number about 1,200 fighters. Critics in Congress questioned whether talks could succeed while the faction continued to recruit children, a practice documented last year by United Nations monitors.

Ethiopia and Eritrea trade accusations

ADDIS ABABA — Ethiopia's government accused Eritrea of "preparing for war" and of arming rebels in the Amhara region, in a letter to the United Nations secretary-general. It was also reported that troops had been moved toward the border. Eritrea's information minister wrote on X that the accusations were "a smoke screen for Ethiopia's own designs on the Red Sea."

Share this briefing · Leave a comment
""",
    q("Lebanese army chief", ":", "southern border \"under full state control\" by spring", "person", "speech", name="Élie Saadeh"),
    q("two lawmakers", "according to", "Lebanon's army commander, Gen. Élie Saadeh, told a parliamentary committee on Tuesday that troops would complete their deployment south of the Litani River by March", "anonymous", "speech"),
    q("Lebanon's army commander", "told", "troops would complete their deployment south of the Litani River by March", "person", "speech", name="Élie Saadeh"),
    q("one of the lawmakers", "said", "He said the army had already dismantled more than 300 weapons positions belonging to armed groups", "anonymous", "speech"),
    q("He", "said", "the army had already dismantled more than 300 weapons positions belonging to armed groups", "pronoun", "speech", name="Élie Saadeh"),
    q("Hezbollah", "has said", "it will not hand over weapons held north of the river", "organization", "speech"),
    q("The Philippine coast guard", "said", "Chinese vessels had fired water cannons at two of its ships near Scarborough Shoal on Wednesday, damaging the mast of one", "organization", "speech"),
    q("A crew member", "was quoted as saying", "the Chinese ships had come \"close enough to read our faces.\"", "anonymous", "speech"),
    q("China's coast guard", "said", "it had \"expelled\" Philippine vessels that \"illegally intruded\" into Chinese waters", "organization", "speech"),
    q("The Philippine foreign ministry", "said", "it would file a diplomatic protest, its fourth this year", "organization", "speech"),
    q("South Korea's Joint Chiefs of Staff", "said", "North Korea launched a short-range ballistic missile off its east coast on Thursday morning", "organization", "speech"),
    q("Japan's defense ministry", "said", "the missile had landed outside Japan's exclusive economic zone", "organization", "speech"),
    q("North Korean state media", "described", "the launch as a test of \"a new-type tactical guided weapon.\"", "outlet", "speech"),
    q("The official Korean Central News Agency", "reported", "the country's leader had expressed \"great satisfaction\" with the result", "outlet", "speech"),
    q("the government's peace commissioner", "announced", "Colombia's government and a dissident guerrilla faction will return to the negotiating table next month in Caracas", "person", "speech", name="Camila Restrepo"),
    q("Ms. Restrepo", "said", "the faction had agreed to release four soldiers it has held since August as \"a gesture of good faith.\"", "person", "speech", name="Camila Restrepo"),
    q(None, "is said to", "number about 1,200 fighters", "none", "speech"),
    q("Critics in Congress", "questioned", "whether talks could succeed while the faction continued to recruit children", "group", "question"),
    q("Ethiopia's government", "accused", "Eritrea of \"preparing for war\" and of arming rebels in the Amhara region", "organization", "evaluation"),
    q(None, "It was also reported", "troops had been moved toward the border", "none", "speech"),
    q("Eritrea's information minister", "wrote on X", "the accusations were \"a smoke screen for Ethiopia's own designs on the Red Sea.\"", "person", "speech"),
    q("A lawmaker from the group", "said", "it would \"study\" the army's plan", "person", "speech"),
    module=__name__)
