"""US state and local politics: governors, mayors, councils, school boards, police, unions, protests, campaigns
and polls, immigration and policing (ids f01-...)."""
from annotate import A, q

A("f01-springfield-police-overtime", """
Rivera: overtime plan is “a blank check” for police

SPRINGFIELD, Ill. — The Springfield City Council voted 6-4 late Tuesday to approve a $14 million increase in police overtime spending, ending a three-hour debate that drew more than 200 residents to City Hall.

Mayor Denise Harlow called the vote “a win for every neighborhood that has waited too long for an officer to show up.” The money will pay for about 40,000 additional patrol hours, Harlow told reporters after the meeting, adding that she expected response times to fall within six months.

Council Member Luis Rivera, who led the opposition, said the plan amounted to “a blank check for a department that has not earned one,” while Council Member Janet Okafor argued that residents on the city’s east side could not wait for a broader reform package.

“People call 911 and nobody comes,” Okafor said. “That is not a debate about philosophy. That is a debate about whether the phone gets answered.”

Police Chief Marcus Bell told the council that the department was short 62 officers and that overtime was the only way to keep patrol shifts staffed. According to department figures, the average response time to a priority call rose to 11 minutes last year, up from seven in 2022.

The Springfield Police Benevolent Association, which represents rank-and-file officers, welcomed the increase but warned that overtime alone would not solve what it called “a retention crisis.”

Several residents who spoke during the public comment period questioned whether more overtime would simply burn out officers. “You can’t fix exhaustion with more exhaustion,” said Tamara Wills, a nurse who lives in the Enos Park neighborhood.

A Sangamon Research poll released last week found 58 percent of city voters support adding police patrols. Only 31 percent said they trusted the department to spend the money well.

Harlow brushed aside the criticism. “Nobody on this council thinks overtime is the whole answer,” she said. “But I am not going to tell a grandmother on Cook Street to wait two more years while we study it.”

Rivera said he would introduce an amendment next month requiring the department to publish monthly overtime reports. He has previously accused the department of hiding how overtime is distributed among officers.

The city’s budget office is expected to release a cost analysis before the amendment comes to a vote. The council meets again on Jan. 14.

Share this article
""",
    q("Rivera", ":", "overtime plan is “a blank check” for police", "person", "speech", name="Luis Rivera"),
    q("Mayor Denise Harlow", "called", "the vote “a win for every neighborhood that has waited too long for an officer to show up.”", "person", "evaluation"),
    q("Harlow", "told", "The money will pay for about 40,000 additional patrol hours", "person", "speech", name="Denise Harlow"),
    q(None, "adding", "she expected response times to fall within six months", "none", "speech", name="Denise Harlow"),
    q("she", "expected", "response times to fall within six months", "pronoun", "belief", name="Denise Harlow"),
    q("Council Member Luis Rivera", "said", "the plan amounted to “a blank check for a department that has not earned one,”", "person", "speech"),
    q("Council Member Janet Okafor", "argued", "residents on the city’s east side could not wait for a broader reform package", "person", "speech"),
    q("Okafor", "said", ["“People call 911 and nobody comes,”", "“That is not a debate about philosophy. That is a debate about whether the phone gets answered.”"], "person", "speech", name="Janet Okafor"),
    q("Police Chief Marcus Bell", "told", "the department was short 62 officers and that overtime was the only way to keep patrol shifts staffed", "person", "speech"),
    q("department figures", "According to", "the average response time to a priority call rose to 11 minutes last year, up from seven in 2022", "organization", "evidence"),
    q("The Springfield Police Benevolent Association", "welcomed", "the increase", "organization", "evaluation"),
    q(None, "warned", "overtime alone would not solve what it called “a retention crisis.”", "none", "speech", name="The Springfield Police Benevolent Association"),
    q("it", "called", "“a retention crisis.”", "pronoun", "evaluation", name="The Springfield Police Benevolent Association"),
    q("Several residents who spoke during the public comment period", "questioned whether", "more overtime would simply burn out officers", "group", "question"),
    q("Tamara Wills", "said", "“You can’t fix exhaustion with more exhaustion,”", "person", "speech"),
    q("A Sangamon Research poll released last week", "found", "58 percent of city voters support adding police patrols", "organization", "evidence"),
    q("Only 31 percent", "said", "they trusted the department to spend the money well", "group", "speech"),
    q("she", "said", ["“Nobody on this council thinks overtime is the whole answer,”", "“But I am not going to tell a grandmother on Cook Street to wait two more years while we study it.”"], "pronoun", "speech", name="Denise Harlow"),
    q("Rivera", "said", "he would introduce an amendment next month requiring the department to publish monthly overtime reports", "person", "speech", name="Luis Rivera"),
    q("He", "has previously accused", "the department of hiding how overtime is distributed among officers", "pronoun", "evaluation", name="Luis Rivera"),
    q(None, "is expected to", ["The city’s budget office", "release a cost analysis before the amendment comes to a vote"], "none", "belief"),
    module=__name__)

A("f02-wisconsin-governor-poll", """
Poll shows Kessler, Adeyemi locked in tight race for Wisconsin governor

MADISON, Wis. — Democratic Lt. Gov. Nora Kessler and Republican businessman Paul Adeyemi are effectively tied in the race for governor, a new Badger State University poll released Wednesday shows, with Kessler at 46 percent and Adeyemi at 45 percent among likely voters.

The survey found that voters' top concern was the cost of housing, followed by crime and property taxes. Only 9 percent named immigration as their most important issue, the poll found, down from 14 percent in the spring.

"This is a coin flip," said Ellen Marsh, who directs the poll. "Neither candidate has locked down the suburbs, and that is where this race will be decided."

Marsh cautioned that the margin of error, 3.8 percentage points, was larger than the gap between the candidates.

Kessler's campaign seized on the results, saying they pointed to momentum after a summer in which she trailed by as many as six points. Campaign manager Rita Ochoa said in a statement that voters were "starting to see through" Adeyemi's promises on taxes.

Adeyemi, speaking to supporters at a dairy cooperative outside Eau Claire, dismissed the poll. "The only poll that matters is the one on Nov. 3," he said, adding that his internal numbers showed him ahead by four.

Adeyemi has vowed to expand the state's new immigration enforcement law, and Kessler has promised to repeal it. Kessler has described the law as "a license to profile," while Adeyemi has accused her of wanting "sanctuary cities in every county."

Gov. Tom Lindqvist, a Democrat who is barred by term limits from seeking re-election, has endorsed Kessler but has not campaigned with her since August. A spokesman for the governor said Lindqvist planned to appear at several events in October.

Two Republican state senators, speaking on condition of anonymity to discuss campaign strategy, said they feared Adeyemi's focus on immigration could cost him votes in the Milwaukee suburbs, where Republicans lost ground in 2024.

The poll surveyed 812 likely voters by phone and online from Sept. 18 to 24. The candidates meet for their first televised debate on Oct. 2 in Green Bay.
""",
    q("Poll", "shows", "Kessler, Adeyemi locked in tight race for Wisconsin governor", "organization", "evidence", name="Badger State University poll"),
    q("a new Badger State University poll released Wednesday", "shows", "Democratic Lt. Gov. Nora Kessler and Republican businessman Paul Adeyemi are effectively tied in the race for governor", "organization", "evidence"),
    q("The survey", "found", "voters' top concern was the cost of housing, followed by crime and property taxes", "organization", "evidence", name="Badger State University poll"),
    q("the poll", "found", "Only 9 percent named immigration as their most important issue", "organization", "evidence", name="Badger State University poll"),
    q("Ellen Marsh", "said", ['"This is a coin flip,"', '"Neither candidate has locked down the suburbs, and that is where this race will be decided."'], "person", "speech"),
    q("Marsh", "cautioned", "the margin of error, 3.8 percentage points, was larger than the gap between the candidates", "person", "speech", name="Ellen Marsh"),
    q("Kessler's campaign", "saying", "they pointed to momentum after a summer in which she trailed by as many as six points", "organization", "speech"),
    q("Campaign manager Rita Ochoa", "said", 'voters were "starting to see through" Adeyemi\'s promises on taxes', "person", "speech"),
    q("Adeyemi", "dismissed", "the poll", "person", "evaluation", name="Paul Adeyemi", at="dismissed "),
    q("he", "said", '"The only poll that matters is the one on Nov. 3,"', "pronoun", "speech", name="Paul Adeyemi"),
    q(None, "adding", "his internal numbers showed him ahead by four", "none", "speech", name="Paul Adeyemi"),
    q("his internal numbers", "showed", "him ahead by four", "organization", "evidence", name="Paul Adeyemi's internal polling"),
    q("Adeyemi", "has vowed to", "expand the state's new immigration enforcement law", "person", "intent", name="Paul Adeyemi"),
    q("Kessler", "has promised to", "repeal it", "person", "intent", name="Nora Kessler", near="Kessler has promised"),
    q("Kessler", "has described", 'the law as "a license to profile,"', "person", "speech", name="Nora Kessler"),
    q("Adeyemi", "has accused", 'her of wanting "sanctuary cities in every county."', "person", "evaluation", name="Paul Adeyemi"),
    q("Gov. Tom Lindqvist", "has endorsed", "Kessler", "person", "evaluation", at="has endorsed "),
    q("A spokesman for the governor", "said", "Lindqvist planned to appear at several events in October", "person", "speech"),
    q("Lindqvist", "planned to", "appear at several events in October", "person", "intent", name="Tom Lindqvist"),
    q("Two Republican state senators", "said", "they feared Adeyemi's focus on immigration could cost him votes in the Milwaukee suburbs, where Republicans lost ground in 2024", "anonymous", "speech"),
    q("they", "feared", "Adeyemi's focus on immigration could cost him votes in the Milwaukee suburbs, where Republicans lost ground in 2024", "pronoun", "belief", name="Two Republican state senators"),
    module=__name__)

A("f03-central-ridge-book-vote", """
Central Ridge School Board Votes to Pull 14 Titles From High School Libraries

DOYLESTOWN, Pa. — After a five-hour meeting punctuated by shouting, the Central Ridge School Board voted 5 to 4 early Thursday to remove 14 books from its high school libraries, and parents on both sides vowed to keep fighting.

The board's president, Karen Stott, said the books contained ''explicit material that no reasonable parent would want a 14-year-old reading without supervision.'' She stressed that the titles were not being banned, only moved to a section that requires parental permission.

Dr. Alan Whitcomb, the district's superintendent, had urged the board to delay the vote until a review committee of teachers and librarians finished its work. ''We built a process for exactly this situation,'' Dr. Whitcomb said after the meeting. ''Tonight the board decided not to use it.''

Among the books removed were two novels by Toni Morrison. A parent group, Ridge Families for Education, had described one of the other titles, a graphic memoir, as ''pornographic'' at three earlier meetings.

The group's founder, Melissa Hart, told the board that she had read every page of the 14 books. ''I am not asking anyone to burn anything,'' Ms. Hart said. ''I am asking you to let parents decide.''

The Central Ridge Education Association, the teachers' union, condemned the vote in a statement Thursday, calling it ''an insult to the professionals who run our libraries.'' The union's president, Greg Tolliver, said members were considering a grievance.

Students also spoke. Priya Raman, a senior, said she first read one of the novels in ninth grade and that it was the reason she wanted to study literature. When she asked the board members whether any of them had read the book in full, only two raised their hands.

The Pennsylvania Department of Education does not review local library decisions, and the board's policy manual says nothing about how challenged books are to be returned to the shelves.

Parents who support the removals said they planned to ask the board to review an additional 30 titles this spring. Board member Dana Price, who voted against the measure, predicted the district would face a lawsuit ''within weeks.''

Mr. Tolliver was more blunt. ''If they come for 30 more, they will have to come through us,'' he said.

The board's next regular meeting is scheduled for Feb. 9.
""",
    q("parents on both sides", "vowed to", "keep fighting", "group", "intent"),
    q("The board's president", "said", "the books contained ''explicit material that no reasonable parent would want a 14-year-old reading without supervision.''", "person", "speech", name="Karen Stott", quote="mixed"),
    q("She", "stressed", "the titles were not being banned, only moved to a section that requires parental permission", "pronoun", "speech", name="Karen Stott"),
    q("Dr. Alan Whitcomb", "had urged", "the board to delay the vote until a review committee of teachers and librarians finished its work", "person", "evaluation"),
    q("Dr. Whitcomb", "said", ["''We built a process for exactly this situation,''", "''Tonight the board decided not to use it.''"], "person", "speech", name="Alan Whitcomb"),
    q("A parent group", "had described", "one of the other titles, a graphic memoir, as ''pornographic'' at three earlier meetings", "organization", "speech", name="Ridge Families for Education", quote="mixed"),
    q("The group's founder", "told", "she had read every page of the 14 books", "person", "speech", name="Melissa Hart"),
    q("Ms. Hart", "said", ["''I am not asking anyone to burn anything,''", "''I am asking you to let parents decide.''"], "person", "speech", name="Melissa Hart"),
    q("The Central Ridge Education Association", "condemned", "the vote", "organization", "evaluation", at="condemned "),
    q(None, "calling", "it ''an insult to the professionals who run our libraries.''", "none", "evaluation", name="The Central Ridge Education Association", quote="mixed"),
    q("The union's president", "said", "members were considering a grievance", "person", "speech", name="Greg Tolliver"),
    q("Priya Raman", "said", "she first read one of the novels in ninth grade and that it was the reason she wanted to study literature", "person", "speech"),
    q("she", "wanted to", "study literature", "pronoun", "intent", name="Priya Raman", near="she wanted"),
    q("she", "asked", "any of them had read the book in full", "pronoun", "question", name="Priya Raman"),
    q("Parents who support the removals", "said", "they planned to ask the board to review an additional 30 titles this spring", "group", "speech"),
    q("they", "planned to", "ask the board to review an additional 30 titles this spring", "pronoun", "intent", name="Parents who support the removals"),
    q("Board member Dana Price", "predicted", "the district would face a lawsuit ''within weeks.''", "person", "belief", quote="mixed"),
    q("he", "said", "''If they come for 30 more, they will have to come through us,''", "pronoun", "speech", name="Greg Tolliver"),
    module=__name__)

A("f04-durham-sheriff-detainers", """
Sheriff says he will not honor ICE detainers despite new state law

RALEIGH, N.C. — Durham County Sheriff Raymond Odom said Monday that his office would continue to decline most requests from federal immigration agents to hold people in jail past their release dates, setting up a confrontation with Republican legislators who passed a law this summer requiring sheriffs to comply.

“I took an oath to the Constitution, not to a fax machine in Atlanta,” Odom told reporters at the county courthouse. He said holding someone without a judge’s warrant exposed the county to lawsuits, noting that two North Carolina counties had paid settlements in similar cases.

State Rep. Carl Brantley, the law’s lead sponsor, accused Odom of “putting politics ahead of public safety” and said he would ask the attorney general to intervene. The law allows the state to withhold some funding from sheriffs who refuse to cooperate, though that provision has never been used.

U.S. Immigration and Customs Enforcement said in a statement that Durham County had declined 143 detainer requests since January, and that several of the people released were later arrested on new charges. The agency did not provide names or details of those cases.

ICE is reportedly preparing to send additional officers to the Triangle region later this month, a move immigrant advocates say would amount to an intimidation campaign.

Dozens of protesters gathered outside the courthouse during the news conference, some holding signs reading “Due Process for All.” Among them was Lucía Ferrer, an organizer with the group Siembra NC, who said her members had seen a rise in traffic stops near apartment complexes where many immigrant families live. “People are afraid to drive their kids to school,” she said.

A counterprotester, who would not give his name, shouted that the sheriff should “follow the law or resign.”

Gov. Elaine Morrow, a Democrat, vetoed the law in June, but the legislature overrode her veto. A spokeswoman for Morrow said the governor “respects the independence of the state’s sheriffs” but declined to say whether she agreed with Odom’s decision.

The sheriff is said to be weighing a run for Congress in 2028, though he has denied any interest.

Legal experts said the dispute was likely to end up in court. Jennifer Sato, a law professor at Duke University, said the state law “sits on very shaky constitutional ground,” pointing to federal court rulings that found detainers alone do not justify continued detention.
""",
    q("Sheriff", "says", "he will not honor ICE detainers despite new state law", "person", "speech", name="Durham County Sheriff Raymond Odom"),
    q("Durham County Sheriff Raymond Odom", "said", "his office would continue to decline most requests from federal immigration agents to hold people in jail past their release dates", "person", "speech"),
    q("Odom", "told", "“I took an oath to the Constitution, not to a fax machine in Atlanta,”", "person", "speech", name="Raymond Odom"),
    q("He", "said", "holding someone without a judge’s warrant exposed the county to lawsuits", "pronoun", "speech", name="Raymond Odom"),
    q(None, "noting", "two North Carolina counties had paid settlements in similar cases", "none", "speech", name="Raymond Odom"),
    q("State Rep. Carl Brantley", "accused", "Odom of “putting politics ahead of public safety”", "person", "evaluation"),
    q(None, "said", "he would ask the attorney general to intervene", "none", "speech", name="Carl Brantley"),
    q("U.S. Immigration and Customs Enforcement", "said", "Durham County had declined 143 detainer requests since January, and that several of the people released were later arrested on new charges", "organization", "speech"),
    q(None, "reportedly", ["ICE is", "preparing to send additional officers to the Triangle region later this month"], "none", "speech"),
    q("immigrant advocates", "say", ["a move", "would amount to an intimidation campaign"], "group", "evaluation"),
    q("who", "said", "her members had seen a rise in traffic stops near apartment complexes where many immigrant families live", "pronoun", "speech", name="Lucía Ferrer"),
    q("she", "said", "“People are afraid to drive their kids to school,”", "pronoun", "speech", name="Lucía Ferrer"),
    q("A counterprotester", "shouted", "the sheriff should “follow the law or resign.”", "anonymous", "speech"),
    q("A spokeswoman for Morrow", "said", "the governor “respects the independence of the state’s sheriffs”", "person", "speech"),
    q(None, "declined to say whether", "she agreed with Odom’s decision", "none", "speech", name="A spokeswoman for Morrow"),
    q(None, "is said to", ["The sheriff", "be weighing a run for Congress in 2028"], "none", "speech"),
    q("he", "has denied", "any interest", "pronoun", "speech", name="Raymond Odom"),
    q("Legal experts", "said", "the dispute was likely to end up in court", "group", "speech"),
    q("Jennifer Sato", "said", "the state law “sits on very shaky constitutional ground,”", "person", "speech"),
    q("that", "found", "detainers alone do not justify continued detention", "pronoun", "evaluation", name="federal court rulings"),
    module=__name__)

A("f05-tucson-vance-transcript", """
Tucson mayoral hopeful Teresa Vance on police, housing and the border: an edited transcript

Teresa Vance, a two-term member of the Tucson City Council, is challenging Mayor Gil Arroyo in the Nov. 4 election. She spoke with "Morning Desk" host Sam Holland on Tuesday. The interview has been edited for length and clarity.

HOLLAND: Councilwoman, the latest Pima Civic Poll has you trailing the mayor by 11 points. Why should voters take your campaign seriously?

VANCE: Because that same poll says 60 percent of them think the city is on the wrong track. People are not happy with where we are, and I think they are looking for someone who will actually fix things.

HOLLAND: Mayor Arroyo says crime is down 8 percent this year. Is he wrong?

VANCE: Property crime is down. I will give him that. But the department's own data show response times have gotten worse, and Chief Dominguez told the council in March that she was losing officers faster than she could hire them.

HOLLAND: The Tucson Police Officers Association endorsed the mayor last week. Their president called your public safety plan "naive."

VANCE: I respect the officers. I don't respect a union leadership that has fought every reform this council has passed. My plan puts mental health responders on 911 calls that don't need a gun, and that frees up officers for the calls that do. Phoenix tried it, and their evaluation found a 20 percent drop in repeat calls.

HOLLAND: On immigration. The governor wants cities near the border to share more data with federal agents. Where are you?

VANCE: I have said from day one that Tucson police should not be doing the federal government's job. Our officers should be answering 911 calls, not checking papers at a taco stand.

HOLLAND: Last question. Critics, including the mayor, have accused you of flip-flopping on the downtown stadium deal. Did you support it or not?

VANCE: I supported the concept and opposed the contract. The city auditor's report concluded the deal gave away $40 million in tax breaks with no guarantee of local jobs. That is not a flip-flop. That is reading the fine print.

Arroyo's campaign did not respond to a request for comment. "Morning Desk" airs weekdays at 7 a.m.

Follow us on Facebook | Leave a reply
""",
    q("HOLLAND", ":", "Councilwoman, the latest Pima Civic Poll has you trailing the mayor by 11 points. Why should voters take your campaign seriously?", "person", "question", name="Sam Holland", quote="direct"),
    q("VANCE", ":", "Because that same poll says 60 percent of them think the city is on the wrong track. People are not happy with where we are, and I think they are looking for someone who will actually fix things", "person", "speech", name="Teresa Vance", quote="direct"),
    q("that same poll", "says", "60 percent of them think the city is on the wrong track", "organization", "evidence", name="Pima Civic Poll"),
    q("60 percent of them", "think", "the city is on the wrong track", "group", "belief"),
    q("I", "think", "they are looking for someone who will actually fix things", "pronoun", "belief", name="Teresa Vance"),
    q("HOLLAND", ":", "Mayor Arroyo says crime is down 8 percent this year. Is he wrong?", "person", "question", name="Sam Holland", quote="direct"),
    q("Mayor Arroyo", "says", "crime is down 8 percent this year", "person", "speech", name="Gil Arroyo"),
    q("VANCE", ":", "Property crime is down. I will give him that. But the department's own data show response times have gotten worse, and Chief Dominguez told the council in March that she was losing officers faster than she could hire them", "person", "speech", name="Teresa Vance", quote="direct"),
    q("the department's own data", "show", "response times have gotten worse", "organization", "evidence", name="Tucson Police Department data"),
    q("Chief Dominguez", "told", "she was losing officers faster than she could hire them", "person", "speech"),
    q("HOLLAND", ":", 'The Tucson Police Officers Association endorsed the mayor last week. Their president called your public safety plan "naive."', "person", "speech", name="Sam Holland", quote="direct"),
    q("The Tucson Police Officers Association", "endorsed", "the mayor", "organization", "evaluation", at="Association endorsed "),
    q("Their president", "called", 'your public safety plan "naive."', "person", "evaluation", name="president of the Tucson Police Officers Association"),
    q("VANCE", ":", "I respect the officers. I don't respect a union leadership that has fought every reform this council has passed. My plan puts mental health responders on 911 calls that don't need a gun, and that frees up officers for the calls that do. Phoenix tried it, and their evaluation found a 20 percent drop in repeat calls", "person", "speech", name="Teresa Vance", quote="direct"),
    q("their evaluation", "found", "a 20 percent drop in repeat calls", "organization", "evidence", name="Phoenix evaluation"),
    q("HOLLAND", ":", "On immigration. The governor wants cities near the border to share more data with federal agents. Where are you?", "person", "question", name="Sam Holland", quote="direct"),
    q("The governor", "wants", "cities near the border to share more data with federal agents", "person", "intent"),
    q("VANCE", ":", "I have said from day one that Tucson police should not be doing the federal government's job. Our officers should be answering 911 calls, not checking papers at a taco stand", "person", "speech", name="Teresa Vance", quote="direct"),
    q("I", "have said", "Tucson police should not be doing the federal government's job", "pronoun", "speech", name="Teresa Vance"),
    q("HOLLAND", ":", "Last question. Critics, including the mayor, have accused you of flip-flopping on the downtown stadium deal. Did you support it or not?", "person", "question", name="Sam Holland", quote="direct"),
    q("Critics", "have accused", "you of flip-flopping on the downtown stadium deal", "group", "evaluation"),
    q("VANCE", ":", "I supported the concept and opposed the contract. The city auditor's report concluded the deal gave away $40 million in tax breaks with no guarantee of local jobs. That is not a flip-flop. That is reading the fine print", "person", "speech", name="Teresa Vance", quote="direct"),
    q("I", "supported", "the concept", "pronoun", "evaluation", name="Teresa Vance"),
    q(None, "opposed", "the contract", "none", "evaluation", name="Teresa Vance"),
    q("The city auditor's report", "concluded", "the deal gave away $40 million in tax breaks with no guarantee of local jobs", "organization", "evidence"),
    module=__name__)
