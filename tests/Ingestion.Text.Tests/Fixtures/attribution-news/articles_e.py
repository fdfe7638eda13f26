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
