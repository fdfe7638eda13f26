from annotate import A, q

A("e01-column-surplus", """
The surplus is real. The plan to spend it is not.

By Martin Kessler, Columnist

Gov. Alana Brightwater has spent the better part of a month telling anyone who will listen that the state’s $3.1 billion surplus is “proof the hard choices worked.” Her allies in the legislature go further. House Speaker Dwayne Rudd insists the money should go back to taxpayers, while Senate Finance Chair Lorna Pike has called the surplus a once-in-a-generation chance to fix the state’s bridges.

Both cannot be right, and the numbers suggest neither is.

The Legislative Budget Office reported last week that nearly half of the surplus comes from one-time federal transfers that will not recur. Budget Director Priya Anand told lawmakers that treating the windfall as permanent would leave a “structural hole” of about $900 million by 2029. Anand is not a partisan figure. She has served governors of both parties, and she has long warned that one-time money should never pay for recurring costs.

Rudd’s camp dismisses the office’s math. “They have been predicting doom for six years, and it never comes,” Rudd told reporters on Tuesday. “At some point you stop listening to the weather forecaster who is always wrong.”

Pike, for her part, argues that the bridges cannot wait. The Transportation Department’s own inspection data show 412 bridges rated “poor,” up from 340 in 2021, and Pike has said repeatedly that she will not vote for a budget that ignores them.

Critics on the left see something else entirely. Representative Tomás Ibarra, a Democrat from Toledo, accused the governor of “hoarding credit” for federal money her party voted against. The Ohio Education Association wants a share of the money directed to school districts, and it says districts are still short 2,000 teachers.

The governor’s office, asked about the budget office’s warning, said in a statement that Brightwater “respects the professionals” but believes the federal figures are “conservatively estimated.”

I have heard this before. Every governor who inherits a good year is tempted to assume it will last. Economists I spoke with for this column were less sure: two of three said they expect revenue growth to slow to under 2 percent next year.

The honest answer, as Anand put it to lawmakers, is “boring”: pay down the pension debt, fund the bridges that are failing, and save the rest. Nobody will campaign on that. Someone should.
""",
    q("Gov. Alana Brightwater", "telling", "the state’s $3.1 billion surplus is “proof the hard choices worked.”", "person", "speech"),
    q("House Speaker Dwayne Rudd", "insists", "the money should go back to taxpayers", "person", "speech"),
    q("Senate Finance Chair Lorna Pike", "has called", "the surplus a once-in-a-generation chance to fix the state’s bridges", "person", "evaluation"),
    q("the numbers", "suggest", "neither is", "organization", "evidence"),
    q("The Legislative Budget Office", "reported", "nearly half of the surplus comes from one-time federal transfers that will not recur", "organization", "speech"),
    q("Budget Director Priya Anand", "told", "treating the windfall as permanent would leave a “structural hole” of about $900 million by 2029", "person", "speech"),
    q("she", "has long warned", "one-time money should never pay for recurring costs", "pronoun", "speech", name="Priya Anand"),
    q("Rudd’s camp", "dismisses", "the office’s math", "group", "evaluation"),
    q("Rudd", "told", ["“They have been predicting doom for six years, and it never comes,”", "“At some point you stop listening to the weather forecaster who is always wrong.”"], "person", "speech", name="Dwayne Rudd"),
    q("Pike", "argues", "the bridges cannot wait", "person", "speech", name="Lorna Pike"),
    q("The Transportation Department’s own inspection data", "show", "412 bridges rated “poor,” up from 340 in 2021", "organization", "evidence"),
    q("Pike", "has said repeatedly", "she will not vote for a budget that ignores them", "person", "speech", name="Lorna Pike"),
    q("Representative Tomás Ibarra", "accused", "the governor of “hoarding credit” for federal money her party voted against", "person", "evaluation"),
    q("The Ohio Education Association", "wants", "a share of the money directed to school districts", "organization", "intent"),
    q("it", "says", "districts are still short 2,000 teachers", "pronoun", "speech", name="The Ohio Education Association"),
    q("The governor’s office", "said", "Brightwater “respects the professionals” but believes the federal figures are “conservatively estimated.”", "organization", "speech"),
    q("Brightwater", "believes", "the federal figures are “conservatively estimated.”", "person", "belief", name="Alana Brightwater"),
    q("two of three", "said", "they expect revenue growth to slow to under 2 percent next year", "group", "speech"),
    q("they", "expect", "revenue growth to slow to under 2 percent next year", "pronoun", "belief", name="Economists I spoke with"),
    q("Anand", "put it", ["The honest answer", "is “boring”: pay down the pension debt, fund the bridges that are failing, and save the rest"], "person", "speech", name="Priya Anand"),
    module=__name__)

A("e02-tv-transcript-senator", """
Transcript: Sen. Corinne Vashti on “Capitol Sunday”

The following is a transcript of an interview with Sen. Corinne Vashti, Democrat of Michigan, that aired Sunday on “Capitol Sunday.” It has been lightly edited for clarity.

MARGARET LINDQVIST: Senator, thank you for joining us. The White House says the border bill is dead unless your side accepts the new detention funding. Is it dead?

VASHTI: It is not dead. I talked to the chief of staff on Friday, and he told me the president still wants a deal. What the president does not want is to be blamed for one that fails.

LINDQVIST: Speaker Haldane told this program last week that Senate Democrats have “moved the goalposts three times.” Have you?

VASHTI: With respect to the speaker, we have moved exactly once, and we moved toward him. We accepted the asylum changes his own caucus wrote. I think he knows that.

LINDQVIST: Some in your party accuse you of giving away too much. Congressman Eli Marchetti called the asylum language “a betrayal” in a fundraising email.

VASHTI: Eli is a friend, and he is entitled to his view. But the polling I have seen shows two-thirds of Michigan voters want this problem solved, and they do not care which party gets the credit.

LINDQVIST: Will you vote for the bill if detention funding stays at the House level?

VASHTI: I am not going to negotiate on television, Margaret. I intend to vote for a bill that secures the border and treats people humanely. I believe this one can still do both.

LINDQVIST: Your colleague Senator Bram Okoro says the votes simply are not there.

VASHTI: Bram counts votes for a living, so I take him seriously. But I have been in rooms he has not been in this week. We are closer than the headlines suggest.

LINDQVIST: Senator Vashti, thank you.

VASHTI: Thank you.
""",
    q("MARGARET LINDQVIST", ":", "Senator, thank you for joining us. The White House says the border bill is dead unless your side accepts the new detention funding. Is it dead?", "person", "speech", name="Margaret Lindqvist", quote="direct"),
    q("The White House", "says", "the border bill is dead unless your side accepts the new detention funding", "organization", "speech"),
    q("VASHTI", ":", "It is not dead. I talked to the chief of staff on Friday, and he told me the president still wants a deal. What the president does not want is to be blamed for one that fails", "person", "speech", name="Corinne Vashti", quote="direct"),
    q("he", "told", "the president still wants a deal", "pronoun", "speech", name="the chief of staff"),
    q("the president", "still wants", "a deal", "person", "intent", near="president still"),
    q("the president", "does not want", "to be blamed for one that fails", "person", "intent"),
    q("LINDQVIST", ":", "Speaker Haldane told this program last week that Senate Democrats have “moved the goalposts three times.” Have you?", "person", "speech", name="Margaret Lindqvist", quote="direct"),
    q("Speaker Haldane", "told", "Senate Democrats have “moved the goalposts three times.”", "person", "speech"),
    q("VASHTI", ":", "With respect to the speaker, we have moved exactly once, and we moved toward him. We accepted the asylum changes his own caucus wrote. I think he knows that", "person", "speech", name="Corinne Vashti", quote="direct"),
    q("I", "think", "he knows that", "pronoun", "belief", name="Corinne Vashti"),
    q("LINDQVIST", ":", "Some in your party accuse you of giving away too much. Congressman Eli Marchetti called the asylum language “a betrayal” in a fundraising email", "person", "speech", name="Margaret Lindqvist", quote="direct"),
    q("Some in your party", "accuse", "you of giving away too much", "group", "evaluation"),
    q("Congressman Eli Marchetti", "called", "the asylum language “a betrayal”", "person", "evaluation"),
    q("VASHTI", ":", "Eli is a friend, and he is entitled to his view. But the polling I have seen shows two-thirds of Michigan voters want this problem solved, and they do not care which party gets the credit", "person", "speech", name="Corinne Vashti", quote="direct"),
    q("the polling", "shows", "two-thirds of Michigan voters want this problem solved, and they do not care which party gets the credit", "organization", "evidence"),
    q("two-thirds of Michigan voters", "want", "this problem solved", "group", "intent"),
    q("LINDQVIST", ":", "Will you vote for the bill if detention funding stays at the House level?", "person", "speech", name="Margaret Lindqvist", quote="direct"),
    q("VASHTI", ":", "I am not going to negotiate on television, Margaret. I intend to vote for a bill that secures the border and treats people humanely. I believe this one can still do both", "person", "speech", name="Corinne Vashti", quote="direct"),
    q("I", "intend", "to vote for a bill that secures the border and treats people humanely", "pronoun", "intent", name="Corinne Vashti", near="I intend"),
    q("I", "believe", "this one can still do both", "pronoun", "belief", name="Corinne Vashti"),
    q("LINDQVIST", ":", "Your colleague Senator Bram Okoro says the votes simply are not there", "person", "speech", name="Margaret Lindqvist", quote="direct"),
    q("Your colleague Senator Bram Okoro", "says", "the votes simply are not there", "person", "speech", name="Bram Okoro"),
    q("VASHTI", ":", "Bram counts votes for a living, so I take him seriously. But I have been in rooms he has not been in this week. We are closer than the headlines suggest", "person", "speech", name="Corinne Vashti", quote="direct"),
    q("LINDQVIST", ":", "Senator Vashti, thank you", "person", "speech", name="Margaret Lindqvist", quote="direct"),
    q("VASHTI", ":", "Thank you", "person", "speech", name="Corinne Vashti", quote="direct"),
    module=__name__)

A("e03-liveblog-primary", """
Live updates: Pennsylvania Senate primary results

11:48 p.m. — Delacroix declares victory

State Treasurer Nadia Delacroix told supporters in Scranton that she had won the Democratic nomination, although the Associated Press has not yet called the race. “The voters of this commonwealth have spoken, and they want a fighter,” Delacroix said, to loud cheers. She thanked her opponent and said she would “be calling him in the morning.”

11:31 p.m. — Hargrove: ‘Every vote has to be counted’

Former Rep. Curtis Hargrove told reporters at his Pittsburgh headquarters that he would not concede until mail ballots from Allegheny County were tallied. Hargrove campaign manager Jen Solberg said in a text message that internal numbers showed the race “within a point.”

11:05 p.m. — AP calls Republican race

The Associated Press declared businessman Tobias Wrenfield the winner of the Republican primary. Wrenfield, who had the endorsement of the state party, said in a statement that Pennsylvanians are “done with career politicians.”

10:40 p.m. — Turnout looks high in Philadelphia suburbs

Election officials in Montgomery County reported turnout of about 38 percent, well above the 2022 primary. County commissioner Rhea Baptiste wrote on X that lines at two polling places in Norristown were “still out the door” at closing time. Under state law, anyone in line at 8 p.m. may vote.

10:12 p.m. — What the exit poll shows

Exit polling by Edison Research suggests Democratic voters ranked the economy as their top issue, followed by abortion. Roughly six in ten said they had made up their minds more than a month ago. Analysts had expected a late swing toward Hargrove after his debate performance; so far there is little sign of one.

9:30 p.m. — Polls closed

Polls closed across the state at 8 p.m. The Department of State said earlier Tuesday that it expects most mail ballots to be counted by Wednesday afternoon, but a spokesman, Luis Ferrante, cautioned that “close races may take longer.”

Share this post
""",
    q("State Treasurer Nadia Delacroix", "told", "she had won the Democratic nomination", "person", "speech"),
    q("Delacroix", "said", "“The voters of this commonwealth have spoken, and they want a fighter,”", "person", "speech", name="Nadia Delacroix"),
    q("She", "said", "she would “be calling him in the morning.”", "pronoun", "speech", name="Nadia Delacroix"),
    q("Hargrove", ":", "‘Every vote has to be counted’", "person", "speech", name="Curtis Hargrove"),
    q("Former Rep. Curtis Hargrove", "told", "he would not concede until mail ballots from Allegheny County were tallied", "person", "speech"),
    q("Hargrove campaign manager Jen Solberg", "said", "internal numbers showed the race “within a point.”", "person", "speech"),
    q("internal numbers", "showed", "the race “within a point.”", "organization", "evidence"),
    q("The Associated Press", "declared", "businessman Tobias Wrenfield the winner of the Republican primary", "outlet", "speech"),
    q("Wrenfield", "said", "Pennsylvanians are “done with career politicians.”", "person", "speech", name="Tobias Wrenfield"),
    q("Election officials in Montgomery County", "reported", "turnout of about 38 percent, well above the 2022 primary", "group", "speech"),
    q("County commissioner Rhea Baptiste", "wrote", "lines at two polling places in Norristown were “still out the door” at closing time", "person", "speech"),
    q("Exit polling by Edison Research", "suggests", "Democratic voters ranked the economy as their top issue, followed by abortion", "organization", "evidence"),
    q("Roughly six in ten", "said", "they had made up their minds more than a month ago", "group", "speech"),
    q("Analysts", "had expected", "a late swing toward Hargrove after his debate performance", "group", "belief"),
    q("The Department of State", "said", "it expects most mail ballots to be counted by Wednesday afternoon", "organization", "speech"),
    q("it", "expects", "most mail ballots to be counted by Wednesday afternoon", "pronoun", "belief", name="The Department of State"),
    q("a spokesman", "cautioned", "“close races may take longer.”", "person", "speech", name="Luis Ferrante"),
    module=__name__)

A("e04-factcheck-crime", """
Fact check: Reyes says violent crime was "cut in half" on his watch

At a rally in Fresno on Saturday, Gov. Harlan Reyes told the crowd that violent crime in the state had been "cut in half" since he took office in 2021. "Half. Not ten percent, not twenty. Half," Reyes said. He repeated the figure in a post on his campaign's Facebook page the next morning.

The claim is false.

Data from the state Department of Justice show the violent crime rate fell from 499 incidents per 100,000 residents in 2020 to 447 in 2024, a drop of about 10 percent. FBI figures, which use a slightly different method, put the decline at roughly 8 percent.

Asked for the source of the governor's figure, campaign spokeswoman Tara Vinokur pointed to a 2023 report from the Fresno Police Department, which found that homicides in that city had dropped by 52 percent over two years. Vinokur said the governor had been "speaking about the communities hardest hit" and that "the broader trend is unmistakable."

That is not what the governor told the crowd. He did not mention Fresno at the rally, and the campaign's post used the word "statewide" in capital letters.

Criminologist Ana Pruitt of the University of California, Irvine, said the 10 percent decline was "real and meaningful." She also warned that focusing on one city amounts to "cherry-picking the best city and calling it the state." Homicides in a single city, she noted, can swing sharply from year to year because the numbers are small.

Reyes has also claimed that the state put 5,000 new officers on the street since 2021. Records from the state budget office show funding for about 3,100 new positions, and it is unclear how many have been filled.

Republican challenger Marcus Albee, a state senator, has accused the governor of "inventing numbers." That charge goes too far: the decline is genuine, even if it is a fraction of what Reyes described.

Our ruling

Reyes said violent crime was cut in half. State and federal data show a decline of 8 to 10 percent. We rate this claim False.
""",
    q("Reyes", "says", 'violent crime was "cut in half" on his watch', "person", "speech", name="Harlan Reyes"),
    q("Gov. Harlan Reyes", "told", 'violent crime in the state had been "cut in half" since he took office in 2021', "person", "speech"),
    q("Reyes", "said", '"Half. Not ten percent, not twenty. Half,"', "person", "speech", name="Harlan Reyes"),
    q("Data from the state Department of Justice", "show", "the violent crime rate fell from 499 incidents per 100,000 residents in 2020 to 447 in 2024, a drop of about 10 percent", "organization", "evidence"),
    q("FBI figures", "put", "the decline at roughly 8 percent", "organization", "evidence"),
    q("which", "found", "homicides in that city had dropped by 52 percent over two years", "pronoun", "evidence", name="a 2023 report from the Fresno Police Department"),
    q("Vinokur", "said", ['the governor had been "speaking about the communities hardest hit"', '"the broader trend is unmistakable."'], "person", "speech", name="Tara Vinokur"),
    q("Criminologist Ana Pruitt of the University of California, Irvine", "said", 'the 10 percent decline was "real and meaningful."', "person", "speech", name="Ana Pruitt"),
    q("She", "also warned", 'focusing on one city amounts to "cherry-picking the best city and calling it the state."', "pronoun", "speech", name="Ana Pruitt"),
    q("she", "noted", ["Homicides in a single city", "can swing sharply from year to year because the numbers are small"], "pronoun", "speech", name="Ana Pruitt"),
    q("Reyes", "has also claimed", "the state put 5,000 new officers on the street since 2021", "person", "speech", name="Harlan Reyes"),
    q("Records from the state budget office", "show", "funding for about 3,100 new positions", "organization", "evidence"),
    q("Republican challenger Marcus Albee", "has accused", 'the governor of "inventing numbers."', "person", "evaluation"),
    q("Reyes", "said", "violent crime was cut in half", "person", "speech", name="Harlan Reyes"),
    q("State and federal data", "show", "a decline of 8 to 10 percent", "organization", "evidence"),
    module=__name__)

A("e05-analysis-dutch-coalition", """
Analysis: Why the Dutch coalition talks keep stalling

THE HAGUE — Three months after the election, the Netherlands still has no government, and the man tasked with building one sounds less hopeful by the week. “We are further apart on housing than we were in June,” Hendrik Boersma, the informateur appointed by parliament, told journalists on Thursday.

The sticking point, according to two people involved in the talks, is a proposal to cap rents in the private sector. The centre-right Liberal party regards the cap as an assault on investors, and Liberal leader Sanne Hoekstra has repeatedly said she will not sign an agreement that includes it. The Labour-Green alliance, whose votes any majority needs, insists the cap is non-negotiable.

Hoekstra’s position has hardened since a poll by the Ipsos I&O institute showed her party losing ground to the populist right. “She cannot be seen to blink,” said Marloes de Wit, a political scientist at Leiden University. “Every concession is a gift to her rivals.”

Labour-Green leader Joost Akkerman on Wednesday accused the Liberals of “hiding behind landlords.” He said his party had already given ground on taxes and defence spending. Asked whether he would accept a temporary cap, Akkerman replied that he was “open to any idea that keeps rents down.”

Some in The Hague suspect the deadlock suits both leaders. A senior official in the caretaker government, speaking on condition of anonymity because the talks are confidential, said neither wanted to be blamed for a fresh election but both believed they would gain from one.

Caretaker Prime Minister Willem Dekkers has warned that the country cannot wait indefinitely. In a letter to parliament on Friday, he wrote that the 2027 budget “must be drafted by a government with a mandate, not by a caretaker.”

Business groups are growing restless too. The employers’ federation VNO-NCW urged the parties to “stop campaigning and start governing,” while the Dutch central bank noted in its quarterly outlook that uncertainty was already weighing on construction permits.

Boersma is expected to deliver his report by the end of the month. Whether it will recommend new elections, he would not say.
""",
    q("Hendrik Boersma", "told", "“We are further apart on housing than we were in June,”", "person", "speech"),
    q("two people involved in the talks", "according to", ["The sticking point", "is a proposal to cap rents in the private sector"], "anonymous", "speech"),
    q("The centre-right Liberal party", "regards", "the cap as an assault on investors", "organization", "belief"),
    q("Liberal leader Sanne Hoekstra", "has repeatedly said", "she will not sign an agreement that includes it", "person", "speech"),
    q("The Labour-Green alliance", "insists", "the cap is non-negotiable", "organization", "speech"),
    q("a poll by the Ipsos I&O institute", "showed", "her party losing ground to the populist right", "organization", "evidence"),
    q("Marloes de Wit", "said", ["“She cannot be seen to blink,”", "“Every concession is a gift to her rivals.”"], "person", "speech"),
    q("Labour-Green leader Joost Akkerman", "accused", "the Liberals of “hiding behind landlords.”", "person", "evaluation"),
    q("He", "said", "his party had already given ground on taxes and defence spending", "pronoun", "speech", name="Joost Akkerman"),
    q("Akkerman", "replied", "he was “open to any idea that keeps rents down.”", "person", "speech", name="Joost Akkerman"),
    q("Some in The Hague", "suspect", "the deadlock suits both leaders", "group", "belief"),
    q("A senior official in the caretaker government", "said", "neither wanted to be blamed for a fresh election but both believed they would gain from one", "anonymous", "speech"),
    q("both", "believed", "they would gain from one", "pronoun", "belief", name="Sanne Hoekstra and Joost Akkerman"),
    q("Caretaker Prime Minister Willem Dekkers", "has warned", "the country cannot wait indefinitely", "person", "speech"),
    q("he", "wrote", "the 2027 budget “must be drafted by a government with a mandate, not by a caretaker.”", "pronoun", "speech", name="Willem Dekkers"),
    q("The employers’ federation VNO-NCW", "urged", "the parties to “stop campaigning and start governing,”", "organization", "evaluation"),
    q("the Dutch central bank", "noted", "uncertainty was already weighing on construction permits", "organization", "speech"),
    q(None, "is expected to", "deliver his report by the end of the month", "none", "belief"),
    q("he", "would not say", "Whether it will recommend new elections", "pronoun", "speech", name="Hendrik Boersma"),
    module=__name__)

A("e06-radio-mayor-veto", """
Okafor: Council's police cut is 'reckless'

Mayor Daniel Okafor said Thursday that he would veto any budget that cuts the police department by more than 2 percent, setting up a confrontation with a City Council majority that has pushed for deeper reductions.

"I'm not going to sign something reckless," Okafor said during his weekly appearance on WBEZ's "City Desk" program. "The council knows where I stand, and they've known for months."

Ald. Rosa Villanueva, who chairs the budget committee, has proposed moving $48 million from police overtime to mental health response teams. Asked by host Gail Thornton whether he had the votes to sustain a veto, Okafor said he was "confident" he did. Villanueva disputed that. "He's counting people who have already told me they're with us," she said in a phone interview after the broadcast.

Part of the exchange:

THORNTON: Your own police superintendent said last month that overtime is out of control.

OKAFOR: He did, and he's right. But you don't fix overtime by cutting the budget first and hiring second. You hire first.

Police Superintendent Marcus Hale said Friday that the department had 900 fewer officers than in 2019 and that overtime "fills the gap whether we like it or not."

Community groups are divided. "We've tried it his way for 20 years," said Pastor Eugene Mills of the Greater Lawndale Coalition, which supports the council plan. The Fraternal Order of Police Lodge 7 said in a statement that the cut would "put officers and residents in danger."

A poll released this week by the Civic Federation found 54 percent of residents oppose reducing police funding, though support for mental health teams was higher, at 71 percent.

The council is expected to vote on the budget Dec. 11. Ald. Tom Brannigan, a swing vote, said he remained undecided but "leaning toward the mayor."
""",
    q("Okafor", ":", "Council's police cut is 'reckless'", "person", "speech", name="Daniel Okafor", quote="mixed"),
    q("Mayor Daniel Okafor", "said", "he would veto any budget that cuts the police department by more than 2 percent", "person", "speech"),
    q("Okafor", "said", ['"I\'m not going to sign something reckless,"', '"The council knows where I stand, and they\'ve known for months."'], "person", "speech", name="Daniel Okafor"),
    q("Ald. Rosa Villanueva", "has proposed", "moving $48 million from police overtime to mental health response teams", "person", "intent"),
    q("host Gail Thornton", "Asked", "whether he had the votes to sustain a veto", "person", "question", name="Gail Thornton"),
    q("Okafor", "said", 'he was "confident" he did', "person", "speech", name="Daniel Okafor"),
    q("she", "said", '"He\'s counting people who have already told me they\'re with us,"', "pronoun", "speech", name="Rosa Villanueva"),
    q("who", "have already told", "they're with us", "pronoun", "speech", name="people"),
    q("THORNTON", ":", "Your own police superintendent said last month that overtime is out of control", "person", "speech", name="Gail Thornton", quote="direct"),
    q("Your own police superintendent", "said", "overtime is out of control", "person", "speech", name="Marcus Hale"),
    q("OKAFOR", ":", "He did, and he's right. But you don't fix overtime by cutting the budget first and hiring second. You hire first", "person", "speech", name="Daniel Okafor", quote="direct"),
    q("Police Superintendent Marcus Hale", "said", ["the department had 900 fewer officers than in 2019", 'overtime "fills the gap whether we like it or not."'], "person", "speech"),
    q("Pastor Eugene Mills of the Greater Lawndale Coalition", "said", '"We\'ve tried it his way for 20 years,"', "person", "speech", name="Eugene Mills"),
    q("which", "supports", "the council plan", "pronoun", "evaluation", name="the Greater Lawndale Coalition"),
    q("The Fraternal Order of Police Lodge 7", "said", 'the cut would "put officers and residents in danger."', "organization", "speech"),
    q("A poll released this week by the Civic Federation", "found", "54 percent of residents oppose reducing police funding, though support for mental health teams was higher, at 71 percent", "organization", "evidence"),
    q("54 percent of residents", "oppose", "reducing police funding", "group", "evaluation"),
    q(None, "is expected to", "vote on the budget Dec. 11", "none", "intent"),
    q("Ald. Tom Brannigan", "said", 'he remained undecided but "leaning toward the mayor."', "person", "speech"),
    module=__name__)

A("e07-column-governor-not-running", """
Gov. Elaine Marsh Wants You to Believe She Is Not Running

By Howard Tillery

Gov. Elaine Marsh of Colorado has said, more than once, that she has ''zero interest'' in running for president. Her schedule says otherwise. In the past six weeks Ms. Marsh has visited New Hampshire twice, spoken at a dinner in South Carolina and hired a pollster who worked for two winning Senate campaigns.

Her aides insist the travel is about ''building the party,'' and Ms. Marsh herself told a reporter in Manchester that she simply likes diners. I believe her about the diners.

The people around her are less coy. One longtime adviser, who spoke on the condition of anonymity to discuss private conversations, said Ms. Marsh had told donors in Denver that she would decide ''by the spring'' and that she believed the field was ''wide open.''

Democrats in Washington have noticed. Senator Paul Gutierrez of New Mexico, who has endorsed no one, called her ''the most interesting person in the party right now.'' Others are less charitable. A senior aide to another potential candidate described her as ''a weather vane with good hair,'' a line that was, I suspect, rehearsed.

The case for Ms. Marsh is not hard to make. She won a state that Republicans carried in 2016 by nine points, and her approval rating, according to a Colorado Mesa University poll released in October, stands at 58 percent. Her supporters argue that she is the rare Democrat who can talk about oil and gas without apologizing.

Critics on the left see the same record differently. ''She signed every drilling permit that crossed her desk,'' said Dana Whitlock, who directs the environmental group Front Range Forward. ''That's not moderation. That's surrender.''

Ms. Marsh has brushed off such criticism. ''I'd rather be called a sellout by activists than lose the state,'' she said at a Denver news conference last month, adding that voters ''care about their electric bill, not about my purity.''

If she runs, and I think she will, the first question will be whether she can persuade a primary electorate that her caution is conviction. Her aides say she can. The evidence so far is mixed.
""",
    q("Gov. Elaine Marsh of Colorado", "has said", "she has ''zero interest'' in running for president", "person", "speech", name="Elaine Marsh", quote="mixed"),
    q("Her aides", "insist", "the travel is about ''building the party,''", "group", "speech", quote="mixed"),
    q("Ms. Marsh herself", "told", "she simply likes diners", "person", "speech", name="Elaine Marsh"),
    q("One longtime adviser", "said", "Ms. Marsh had told donors in Denver that she would decide ''by the spring'' and that she believed the field was ''wide open.''", "anonymous", "speech", quote="mixed"),
    q("Ms. Marsh", "had told", ["she would decide ''by the spring''", "she believed the field was ''wide open.''"], "person", "speech", name="Elaine Marsh", quote="mixed"),
    q("she", "believed", "the field was ''wide open.''", "pronoun", "belief", name="Elaine Marsh", quote="mixed"),
    q("Senator Paul Gutierrez of New Mexico", "called", "her ''the most interesting person in the party right now.''", "person", "evaluation", name="Paul Gutierrez", quote="mixed"),
    q("A senior aide to another potential candidate", "described", "her as ''a weather vane with good hair,''", "anonymous", "evaluation", quote="mixed"),
    q("a Colorado Mesa University poll released in October", "according to", ["her approval rating", "stands at 58 percent"], "organization", "evidence"),
    q("Her supporters", "argue", "she is the rare Democrat who can talk about oil and gas without apologizing", "group", "speech"),
    q("Dana Whitlock", "said", ["''She signed every drilling permit that crossed her desk,''", "''That's not moderation. That's surrender.''"], "person", "speech"),
    q("she", "said", "''I'd rather be called a sellout by activists than lose the state,''", "pronoun", "speech", name="Elaine Marsh"),
    q(None, "adding", "voters ''care about their electric bill, not about my purity.''", "none", "speech", name="Elaine Marsh", quote="mixed"),
    q("Her aides", "say", "she can", "group", "speech", at="Her aides say"),
    module=__name__)

A("e08-liveblog-budget-day", """
Budget day live: Oduya raises fuel duty and freezes tax thresholds

14:48 — Lowe: ‘This is a budget for the Treasury, not for working people’

Conservative leader Gareth Lowe has responded in the Commons. He said the chancellor had “broken her word” on fuel duty. He also accused her of “picking the pockets of every driver in the country.” Lowe said his party would vote against the finance bill.

14:31 — IFS: freeze will pull 900,000 more into higher rate

Institute for Fiscal Studies director Helen Marr said the threshold freeze was “a tax rise in all but name” and would drag roughly 900,000 more people into the 40p band by 2029.

14:15 — Fuel duty up 3p

Oduya confirmed fuel duty would rise by 3p a litre from April, ending a freeze that has lasted since 2011. She told MPs the money would fund “the biggest pothole repair programme this country has ever seen.” The RAC said drivers would be “dismayed.”

14:02 — Growth forecast cut

The Office for Budget Responsibility now expects the economy to grow by 1.1 per cent this year, down from 1.6 per cent in its spring forecast. In its report, the OBR said higher borrowing costs and weaker business investment were to blame. Oduya told the Commons the downgrade reflected “global headwinds” rather than government policy.

13:40 — What we’re hearing

A Treasury source tells us the chancellor rewrote the final section of her speech overnight after objections from Downing Street. No 10 denied there had been any disagreement, with a spokesperson saying the prime minister and chancellor were “in lockstep.”

13:05 — Markets steady

The pound was little changed against the dollar ahead of the statement. Traders said gilt yields had already priced in a modest rise in borrowing. “Nobody is expecting fireworks,” said Kenji Arata, a strategist at Numis.

12:30 — Oduya leaves Number 11

The chancellor posed with the red box outside Number 11 but did not take questions. Asked by a reporter whether she would raise income tax, she smiled and said nothing.
""",
    q("Lowe", ":", "‘This is a budget for the Treasury, not for working people’", "person", "speech", name="Gareth Lowe"),
    q("He", "said", "the chancellor had “broken her word” on fuel duty", "pronoun", "speech", name="Gareth Lowe", near="He said the"),
    q("He", "also accused", "her of “picking the pockets of every driver in the country.”", "pronoun", "evaluation", name="Gareth Lowe"),
    q("Lowe", "said", "his party would vote against the finance bill", "person", "speech", name="Gareth Lowe"),
    q("IFS", ":", "freeze will pull 900,000 more into higher rate", "organization", "speech", name="Institute for Fiscal Studies"),
    q("Institute for Fiscal Studies director Helen Marr", "said", "the threshold freeze was “a tax rise in all but name” and would drag roughly 900,000 more people into the 40p band by 2029", "person", "speech"),
    q("Oduya", "confirmed", "fuel duty would rise by 3p a litre from April", "person", "speech", name="Harriet Oduya"),
    q("She", "told", "the money would fund “the biggest pothole repair programme this country has ever seen.”", "pronoun", "speech", name="Harriet Oduya"),
    q("The RAC", "said", "drivers would be “dismayed.”", "organization", "speech"),
    q("The Office for Budget Responsibility", "now expects", "the economy to grow by 1.1 per cent this year, down from 1.6 per cent in its spring forecast", "organization", "belief"),
    q("the OBR", "said", "higher borrowing costs and weaker business investment were to blame", "organization", "speech", name="The Office for Budget Responsibility"),
    q("Oduya", "told", "the downgrade reflected “global headwinds” rather than government policy", "person", "speech", name="Harriet Oduya"),
    q("A Treasury source", "tells", "the chancellor rewrote the final section of her speech overnight after objections from Downing Street", "anonymous", "speech"),
    q("No 10", "denied", "there had been any disagreement", "organization", "speech"),
    q("a spokesperson", "saying", "the prime minister and chancellor were “in lockstep.”", "person", "speech"),
    q("Traders", "said", "gilt yields had already priced in a modest rise in borrowing", "group", "speech"),
    q("Kenji Arata", "said", "“Nobody is expecting fireworks,”", "person", "speech"),
    q("a reporter", "Asked", "whether she would raise income tax", "person", "question"),
    module=__name__)

A("e09-factcheck-debate", """
AP FACT CHECK: Claims from the Arizona Senate debate

PHOENIX (AP) — Republican Kyle Brandt and Democrat Lucia Ferreira traded sharp claims about the border, inflation and each other's records in their only debate Tuesday night. Some of what they said did not hold up.

BRANDT: "Lucia Ferreira voted to cut Border Patrol funding. Twice."

THE FACTS: That's misleading. Ferreira, who served in the state Legislature, never cast a vote on federal Border Patrol funding. Brandt's campaign said he was referring to two state budget votes in 2019 and 2021 that reduced a grant for county sheriffs in border areas. Records from the Legislature show the grant was cut by $1.2 million in 2019 and restored the following year.

FERREIRA: "Kyle Brandt wants to end Social Security as we know it."

THE FACTS: There is no evidence for that. Brandt has said he supports raising the retirement age for workers now under 40. He called it "the only honest answer" in a 2022 interview with the Arizona Republic. Ferreira's campaign pointed to a podcast appearance in which Brandt said Social Security was "a Ponzi scheme that happens to work." Economists say raising the age would cut benefits for younger workers, but it would not end the program.

BRANDT: "Prices are up 20 percent since this administration took over."

THE FACTS: Roughly accurate, depending on the start date. Consumer prices rose about 19 percent between January 2021 and September 2025, according to the Bureau of Labor Statistics. But Brandt went on to blame "Lucia Ferreira's spending," and Ferreira has been in Congress for only 18 months.

FERREIRA: "I've never taken a dime from corporate PACs."

THE FACTS: True. Federal Election Commission filings show no contributions from corporate political action committees to Ferreira's campaign since she first ran in 2022. She has accepted money from labor union PACs, a point Brandt raised twice during the debate.
""",
    q("BRANDT", ":", '"Lucia Ferreira voted to cut Border Patrol funding. Twice."', "person", "speech", name="Kyle Brandt"),
    q("Brandt's campaign", "said", "he was referring to two state budget votes in 2019 and 2021 that reduced a grant for county sheriffs in border areas", "organization", "speech"),
    q("Records from the Legislature", "show", "the grant was cut by $1.2 million in 2019 and restored the following year", "organization", "evidence"),
    q("FERREIRA", ":", '"Kyle Brandt wants to end Social Security as we know it."', "person", "speech", name="Lucia Ferreira"),
    q("Kyle Brandt", "wants", "to end Social Security as we know it", "person", "intent"),
    q("Brandt", "has said", "he supports raising the retirement age for workers now under 40", "person", "speech", name="Kyle Brandt"),
    q("he", "supports", "raising the retirement age for workers now under 40", "pronoun", "evaluation", name="Kyle Brandt"),
    q("He", "called", 'it "the only honest answer"', "pronoun", "evaluation", name="Kyle Brandt"),
    q("Brandt", "said", 'Social Security was "a Ponzi scheme that happens to work."', "person", "speech", name="Kyle Brandt"),
    q("Economists", "say", "raising the age would cut benefits for younger workers, but it would not end the program", "group", "speech"),
    q("BRANDT", ":", '"Prices are up 20 percent since this administration took over."', "person", "speech", name="Kyle Brandt"),
    q("the Bureau of Labor Statistics", "according to", "Consumer prices rose about 19 percent between January 2021 and September 2025", "organization", "evidence"),
    q("Brandt", "went on to blame", '"Lucia Ferreira\'s spending,"', "person", "evaluation", name="Kyle Brandt"),
    q("FERREIRA", ":", '"I\'ve never taken a dime from corporate PACs."', "person", "speech", name="Lucia Ferreira"),
    q("Federal Election Commission filings", "show", "no contributions from corporate political action committees to Ferreira's campaign since she first ran in 2022", "organization", "evidence"),
    module=__name__)

A("e10-analysis-filibuster", """
News Analysis: Inside the Senate G.O.P.'s Quiet Debate Over the Filibuster

WASHINGTON — For years, Senate Republicans have insisted that the legislative filibuster is sacred. Privately, some are no longer so sure.

Three Republican senators, speaking on condition of anonymity to describe closed-door conversations, said at least a dozen members of the conference had discussed carving out an exception for a bill to fund the Federal Aviation Administration and air traffic control. One of them said the majority leader, Sen. Roy Calloway of Kansas, had ''not ruled anything out.''

Mr. Calloway's office denied that he was reconsidering. ''The leader's position has not changed,'' his spokeswoman, Amy Tran, said on Tuesday. ''He supports the filibuster. Full stop.''

The pressure is coming from the White House, which wants the F.A.A. bill passed before the holiday travel season. President Morrow told reporters aboard Air Force One that the filibuster was ''a relic'' and that senators who defended it were ''protecting their own comfort.''

Democrats, for their part, are enjoying the spectacle. Senator Gloria Abernethy of Vermont, the minority whip, said Republicans had ''spent a decade lecturing us about the filibuster'' and would now have to ''live with their own sermon.'' But she acknowledged that Democrats had pushed for a similar carve-out for voting rights legislation in 2022. She also said her caucus would ''consider any serious proposal.''

Procedural experts say a narrow exception would be easy to create and hard to contain. ''Once you've done it for airplanes, you've done it for everything,'' said Martin Osei, a former Senate staff member who now teaches at Georgetown.

A Gallup survey in September found that 41 percent of Americans favored eliminating the filibuster, while 46 percent opposed doing so, a split that has barely moved in five years.

Whether the talk becomes action may depend on Sen. Cal Rudnick of Ohio, who has said for years that he would ''never, ever'' vote to weaken the rule. Asked on Monday whether that was still true, Mr. Rudnick said, ''Ask me after Thanksgiving.''
""",
    q("Senate Republicans", "have insisted", "the legislative filibuster is sacred", "group", "speech"),
    q("Three Republican senators", "said", "at least a dozen members of the conference had discussed carving out an exception for a bill to fund the Federal Aviation Administration and air traffic control", "anonymous", "speech"),
    q("One of them", "said", "the majority leader, Sen. Roy Calloway of Kansas, had ''not ruled anything out.''", "anonymous", "speech", quote="mixed"),
    q("Mr. Calloway's office", "denied", "he was reconsidering", "organization", "speech"),
    q("his spokeswoman", "said", ["''The leader's position has not changed,''", "''He supports the filibuster. Full stop.''"], "person", "speech", name="Amy Tran"),
    q("which", "wants", "the F.A.A. bill passed before the holiday travel season", "pronoun", "intent", name="the White House"),
    q("President Morrow", "told", ["the filibuster was ''a relic''", "senators who defended it were ''protecting their own comfort.''"], "person", "speech", quote="mixed"),
    q("Senator Gloria Abernethy of Vermont", "said", "Republicans had ''spent a decade lecturing us about the filibuster'' and would now have to ''live with their own sermon.''", "person", "speech", name="Gloria Abernethy", quote="mixed"),
    q("she", "acknowledged", "Democrats had pushed for a similar carve-out for voting rights legislation in 2022", "pronoun", "speech", name="Gloria Abernethy"),
    q("She", "also said", "her caucus would ''consider any serious proposal.''", "pronoun", "speech", name="Gloria Abernethy", quote="mixed"),
    q("Procedural experts", "say", "a narrow exception would be easy to create and hard to contain", "group", "speech"),
    q("Martin Osei", "said", "''Once you've done it for airplanes, you've done it for everything,''", "person", "speech"),
    q("A Gallup survey in September", "found", "41 percent of Americans favored eliminating the filibuster, while 46 percent opposed doing so", "organization", "evidence"),
    q("41 percent of Americans", "favored", "eliminating the filibuster", "group", "evaluation"),
    q("46 percent", "opposed", "doing so", "group", "evaluation"),
    q("who", "has said", "he would ''never, ever'' vote to weaken the rule", "pronoun", "speech", name="Cal Rudnick", quote="mixed"),
    q(None, "Asked", "whether that was still true", "none", "question"),
    q("Mr. Rudnick", "said", "''Ask me after Thanksgiving.''", "person", "speech", name="Cal Rudnick"),
    module=__name__)
