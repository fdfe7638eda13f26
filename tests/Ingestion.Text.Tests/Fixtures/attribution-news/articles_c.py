"""Attribution set, module c: opinion columns, features and profiles, local news, sports, culture, Q&A interviews,
letters and tabloid-style pieces (ids c01-...)."""
from annotate import A, q

A("c01-column-bike-lanes", """
Council's bike lane retreat is a failure of nerve

For three years, the city of Dayton has promised that its downtown would become a place where a child could ride a bicycle to school. Last Tuesday, the council voted 5-2 to shelve the Third Street protected lane, and that promise now looks hollow.

I have ridden that stretch every morning since 2019. It is not safe, and painting another sharrow will not make it safe.

Councilman Derek Oyelaran, who led the opposition, told me the lane would "strangle" the small shops along Third Street. He believes delivery trucks would have nowhere to stop. Shop owners I spoke with were less certain. Lena Fischbach, who runs a bakery near the corner of Third and Jefferson, said most of her customers arrive on foot anyway.

The city's own traffic study found that crashes on the corridor rose 40 percent between 2021 and 2024. Mayor Angela Tran has called the numbers "a warning we cannot ignore," yet she did not press the council to break the deadlock.

Supporters are not giving up. The advocacy group Bike Miami Valley plans to gather signatures for a ballot measure, its director, Ramon Quinones, said Friday. "We have done this the polite way for three years," Mr. Quinones said. "Now we will do it the loud way."

Opponents argue the money would be better spent on potholes. That is a fair point, but it is not an either-or. The council should fund both, and it should do so before someone is killed at the Jefferson crossing.

Councilwoman Priya Raman, one of the two votes in favor, wondered at the meeting whether the council would "wait for a funeral" before acting.
""",
    q("the city of Dayton", "has promised", "its downtown would become a place where a child could ride a bicycle to school", "organization", "intent"),
    q("Councilman Derek Oyelaran", "told", 'the lane would "strangle" the small shops along Third Street', "person", "speech"),
    q("He", "believes", "delivery trucks would have nowhere to stop", "pronoun", "belief", name="Derek Oyelaran"),
    q("Lena Fischbach", "said", "most of her customers arrive on foot anyway", "person", "speech"),
    q("The city's own traffic study", "found", "crashes on the corridor rose 40 percent between 2021 and 2024", "organization", "evidence"),
    q("Mayor Angela Tran", "has called", 'the numbers "a warning we cannot ignore,"', "person", "evaluation"),
    q("its director", "said", "The advocacy group Bike Miami Valley plans to gather signatures for a ballot measure", "person", "speech", name="Ramon Quinones"),
    q("The advocacy group Bike Miami Valley", "plans to", "gather signatures for a ballot measure", "organization", "intent"),
    q("Mr. Quinones", "said", ['"We have done this the polite way for three years,"', '"Now we will do it the loud way."'], "person", "speech", name="Ramon Quinones", near="Mr. Quinones said"),
    q("Opponents", "argue", "the money would be better spent on potholes", "group", "speech"),
    q("Councilwoman Priya Raman", "wondered", 'whether the council would "wait for a funeral" before acting', "person", "question"),
    module=__name__)

A("c02-profile-beekeeper", """
At 81, she still keeps the bees

HOLLIS, N.H. — Margaret Dunleavy lifts the lid of a white hive box as if she were opening a letter from an old friend. The bees do not seem to mind.

“They know me,” she said on a recent morning, a smoker tucked under one arm. “Or at least they know I’m not worth stinging.”

Dunleavy has kept bees on this hillside since 1971, when her late husband, Frank, brought home a swarm in a cardboard box. She recalled that the first colony died within a month. “I cried for two days,” she said. “Then I ordered another.”

Today she tends 42 hives and sells honey at the Saturday market in Nashua. Her neighbor, Tom Reardon, calls her “the most stubborn person in Hillsborough County,” and he means it kindly.

State apiarist Colleen Marsh said colony losses in New Hampshire averaged nearly 45 percent last winter, a figure she described as typical of recent years. Marsh credits keepers like Dunleavy with keeping the region’s orchards pollinated. “People like Margaret are the reason there are still apples in this part of the state,” Marsh said.

Dunleavy is less sentimental. She doubts she will be able to lift the heavier supers for much longer, and she hopes to hand the operation to her granddaughter, Ava, who is studying agriculture at the University of New Hampshire.

Ava, 20, told the Telegraph she has not decided. “I love the bees,” she said. “I’m just not sure I love 5 a.m.”

For now, her grandmother intends to keep going. “As long as they’ll have me,” she said, closing the lid.
""",
    q("she", "said", ["“They know me,”", "“Or at least they know I’m not worth stinging.”"], "pronoun", "speech", name="Margaret Dunleavy"),
    q("She", "recalled", "the first colony died within a month", "pronoun", "speech", name="Margaret Dunleavy"),
    q("she", "said", ["“I cried for two days,”", "“Then I ordered another.”"], "pronoun", "speech", name="Margaret Dunleavy"),
    q("Her neighbor", "calls", "her “the most stubborn person in Hillsborough County,”", "person", "evaluation", name="Tom Reardon"),
    q("State apiarist Colleen Marsh", "said", "colony losses in New Hampshire averaged nearly 45 percent last winter", "person", "speech"),
    q("she", "described", "as typical of recent years", "pronoun", "evaluation", name="Colleen Marsh"),
    q("Marsh", "credits", "keepers like Dunleavy with keeping the region’s orchards pollinated", "person", "evaluation", name="Colleen Marsh"),
    q("Marsh", "said", "“People like Margaret are the reason there are still apples in this part of the state,”", "person", "speech", name="Colleen Marsh"),
    q("She", "doubts", "she will be able to lift the heavier supers for much longer", "pronoun", "belief", name="Margaret Dunleavy"),
    q("she", "hopes to", "hand the operation to her granddaughter, Ava, who is studying agriculture at the University of New Hampshire", "pronoun", "intent", name="Margaret Dunleavy"),
    q("Ava", "told", "she has not decided", "person", "speech"),
    q("she", "said", ["“I love the bees,”", "“I’m just not sure I love 5 a.m.”"], "pronoun", "speech", name="Ava"),
    q("her grandmother", "intends to", "keep going", "person", "intent", name="Margaret Dunleavy"),
    q("she", "said", "“As long as they’ll have me,”", "pronoun", "speech", name="Margaret Dunleavy"),
    module=__name__)

A("c03-local-water-main", """
Water main break closes Elm Avenue for second day

A water main break that flooded Elm Avenue early Monday will keep the road closed through at least Wednesday, city officials said.

The 12-inch cast-iron pipe, installed in 1938, ruptured shortly after 4 a.m., sending water into the basements of at least six homes, according to the Public Works Department. Crews were still pumping water out of the intersection at Elm and Fourth on Tuesday afternoon.

Public Works Director Sandra Kowalczyk said the pipe had been on the department’s replacement list for nearly a decade. “We knew this one was fragile,” she told reporters at the scene. “We simply have not had the money to get to it.”

Residents were not impressed. Gary Thibodeaux, whose basement took on about two feet of water, said he had reported low water pressure to the city three times since March. “Nobody came,” he said.

A city spokeswoman, Renee Abbott, denied that the department had ignored the complaints, saying each report had been logged and inspected. She acknowledged, however, that repairs were delayed by a shortage of crews.

Council member Luis Ferreira, whose ward includes Elm Avenue, called for an independent review of the replacement schedule. He said he would introduce a resolution at next week’s meeting.

The department expects to restore full service to affected homes by Tuesday night. A boil-water advisory remains in effect for about 300 households east of Fourth Street, officials said, and is expected to be lifted Thursday if tests come back clean.

Residents with damage can file claims at City Hall, Room 104.
""",
    q("city officials", "said", "A water main break that flooded Elm Avenue early Monday will keep the road closed through at least Wednesday", "group", "speech"),
    q("the Public Works Department", "according to", "The 12-inch cast-iron pipe, installed in 1938, ruptured shortly after 4 a.m., sending water into the basements of at least six homes", "organization", "speech"),
    q("Public Works Director Sandra Kowalczyk", "said", "the pipe had been on the department’s replacement list for nearly a decade", "person", "speech"),
    q("she", "told", ["“We knew this one was fragile,”", "“We simply have not had the money to get to it.”"], "pronoun", "speech", name="Sandra Kowalczyk"),
    q("Gary Thibodeaux", "said", "he had reported low water pressure to the city three times since March", "person", "speech"),
    q("he", "said", "“Nobody came,”", "pronoun", "speech", name="Gary Thibodeaux"),
    q("A city spokeswoman", "denied", "the department had ignored the complaints", "person", "speech", name="Renee Abbott"),
    q(None, "saying", "each report had been logged and inspected", "none", "speech", name="Renee Abbott"),
    q("She", "acknowledged", "repairs were delayed by a shortage of crews", "pronoun", "speech", name="Renee Abbott"),
    q("Council member Luis Ferreira", "called for", "an independent review of the replacement schedule", "person", "evaluation"),
    q("He", "said", "he would introduce a resolution at next week’s meeting", "pronoun", "speech", name="Luis Ferreira"),
    q("The department", "expects to", "restore full service to affected homes by Tuesday night", "organization", "intent"),
    q("officials", "said", "A boil-water advisory remains in effect for about 300 households east of Fourth Street", "group", "speech"),
    q(None, "is expected to", "be lifted Thursday if tests come back clean", "none", "belief"),
    module=__name__)

A("c04-sports-overtime", """
Harbor City edges Westfield in overtime, reaches regional final

Senior guard Jalen Whitaker scored 11 of his 27 points in overtime, and Harbor City High beat Westfield 71-66 on Friday night to reach the Class 3A regional final for the first time since 2009.

“I just wanted the ball,” Whitaker said. “Coach trusted me, and I wasn’t going to let him down.”

Harbor City coach Dennis Mahoney called it the best performance of Whitaker’s career. Mahoney admitted he had considered resting his star in the third quarter after Whitaker picked up his fourth foul. “Thank God I didn’t,” he said.

Westfield led by nine with four minutes left in regulation before Harbor City closed on a 12-3 run. Westfield coach Tasha Burrell insisted her team had not collapsed. “They made shots. We didn’t,” Burrell said. “That’s basketball.”

Burrell questioned whether a late foul call on center Marcus Oyinlola should have been a charge, but she declined to criticize the officials by name.

Whitaker, who has committed to play at Youngstown State, said he expects Saturday’s final against top-seeded St. Ignatius to be “a war.” St. Ignatius has won 24 straight games, and most observers expect the Wildcats to win comfortably.

Mahoney is not conceding anything. “Nobody gave us a chance tonight either,” he said.

Tip-off is set for 7 p.m. at Cleveland State’s Wolstein Center.
""",
    q("Whitaker", "said", ["“I just wanted the ball,”", "“Coach trusted me, and I wasn’t going to let him down.”"], "person", "speech", name="Jalen Whitaker"),
    q("Harbor City coach Dennis Mahoney", "called", "it the best performance of Whitaker’s career", "person", "evaluation"),
    q("Mahoney", "admitted", "he had considered resting his star in the third quarter after Whitaker picked up his fourth foul", "person", "speech", name="Dennis Mahoney"),
    q("he", "said", "“Thank God I didn’t,”", "pronoun", "speech", name="Dennis Mahoney"),
    q("Westfield coach Tasha Burrell", "insisted", "her team had not collapsed", "person", "speech"),
    q("Burrell", "said", ["“They made shots. We didn’t,”", "“That’s basketball.”"], "person", "speech", name="Tasha Burrell"),
    q("Burrell", "questioned", "whether a late foul call on center Marcus Oyinlola should have been a charge", "person", "question", name="Tasha Burrell"),
    q("Whitaker", "said", "he expects Saturday’s final against top-seeded St. Ignatius to be “a war.”", "person", "speech", name="Jalen Whitaker", quote="mixed"),
    q("he", "expects", "Saturday’s final against top-seeded St. Ignatius to be “a war.”", "pronoun", "belief", name="Jalen Whitaker", quote="mixed"),
    q("most observers", "expect", "the Wildcats to win comfortably", "group", "belief"),
    q("he", "said", "“Nobody gave us a chance tonight either,”", "pronoun", "speech", name="Dennis Mahoney"),
    module=__name__)

A("c05-qa-librarian", """
Five questions for the new head of the Carver County Library

Denise Okafor took over as director of the Carver County Library system on Oct. 1, after 14 years running branch libraries in Minneapolis. She spoke with the Chronicle about budgets, book challenges and why she still works the reference desk one afternoon a week. The interview has been edited for length.

Q: You arrive as the county is cutting hours at three branches. Can you stop that?

A: Not on my own. The board approved the budget before I got here. What I can do is show them what those hours are worth. We counted 1,900 visits on Saturday mornings alone last year.

Q: Some parents have asked the board to remove certain titles from teen shelves. Where do you stand?

A: I believe parents should decide what their own children read. I don't believe one parent should decide for everyone else's. We have a review policy, and I intend to follow it.

Q: Board chair Walter Lindqvist has said the library should focus on "core services." Do you agree?

A: Walter and I agree more than people think. He told me at our first meeting that he wants the branches open longer. Where we differ is on what counts as core. To me, the Wi-Fi is core. For a lot of families it is the only internet they have.

Q: Why work the desk?

A: Because you forget. You sit in meetings and you forget that a man came in last Tuesday needing help printing a job application. I never want to forget that.

Q: What will success look like in a year?

A: No branch closed. And more kids with library cards than this year. I think we can do both.
""",
    q("A", ":", "Not on my own. The board approved the budget before I got here. What I can do is show them what those hours are worth. We counted 1,900 visits on Saturday mornings alone last year", "person", "speech", name="Denise Okafor", quote="direct"),
    q("Some parents", "have asked", "the board to remove certain titles from teen shelves", "group", "evaluation"),
    q("A", ":", "I believe parents should decide what their own children read. I don't believe one parent should decide for everyone else's. We have a review policy, and I intend to follow it", "person", "speech", name="Denise Okafor", quote="direct"),
    q("I", "believe", "parents should decide what their own children read", "pronoun", "belief", name="Denise Okafor", near="I believe parents"),
    q("I", "don't believe", "one parent should decide for everyone else's", "pronoun", "belief", name="Denise Okafor"),
    q("I", "intend to", "follow it", "pronoun", "intent", name="Denise Okafor"),
    q("Board chair Walter Lindqvist", "has said", 'the library should focus on "core services."', "person", "speech"),
    q("A", ":", "Walter and I agree more than people think. He told me at our first meeting that he wants the branches open longer. Where we differ is on what counts as core. To me, the Wi-Fi is core. For a lot of families it is the only internet they have", "person", "speech", name="Denise Okafor", quote="direct"),
    q("He", "told", "he wants the branches open longer", "pronoun", "speech", name="Walter Lindqvist"),
    q("he", "wants", "the branches open longer", "pronoun", "intent", name="Walter Lindqvist"),
    q("A", ":", "Because you forget. You sit in meetings and you forget that a man came in last Tuesday needing help printing a job application. I never want to forget that", "person", "speech", name="Denise Okafor", quote="direct"),
    q("A", ":", "No branch closed. And more kids with library cards than this year. I think we can do both", "person", "speech", name="Denise Okafor", quote="direct"),
    q("I", "think", "we can do both", "pronoun", "belief", name="Denise Okafor"),
    module=__name__)

A("c06-culture-hopper-loan", """
Museum's Hopper loan draws crowds, and a quarrel

The Whitcombe Museum of Art in Hartford said on Monday that more than 31,000 visitors had seen its Edward Hopper exhibition in its first three weeks, nearly double the attendance it had projected.

''We were hoping for a good autumn,'' said Ellen Varga, the museum's director. ''We did not expect lines around the block on a Wednesday.''

The show, which includes 14 paintings on loan from private collectors, has not been without controversy. A group of local artists has accused the museum of neglecting Connecticut painters in favor of famous names. In an open letter published last week, the group said the museum had not mounted a solo show of a living state artist since 2016.

Ms. Varga rejected that characterization. ''We show living artists every season,'' she said, adding that two such exhibitions were planned for next year.

Critics have been largely kind. The Courant's reviewer called the installation ''quietly revelatory,'' while a writer for Hyperallergic complained that the wall texts were ''written for people who have never seen a painting.''

Harold Benning, 74, who drove from Providence with his wife, said he had waited 40 minutes to get in and did not regret a second of it. ''I've loved 'Nighthawks' since I was a boy,'' he said. ''This isn't that one, but it's close enough.''

The exhibition runs through Jan. 12. Timed tickets are recommended.
""",
    q("The Whitcombe Museum of Art in Hartford", "said", "more than 31,000 visitors had seen its Edward Hopper exhibition in its first three weeks, nearly double the attendance it had projected", "organization", "speech"),
    q("Ellen Varga", "said", ["''We were hoping for a good autumn,''", "''We did not expect lines around the block on a Wednesday.''"], "person", "speech"),
    q("A group of local artists", "has accused", "the museum of neglecting Connecticut painters in favor of famous names", "group", "evaluation"),
    q("the group", "said", "the museum had not mounted a solo show of a living state artist since 2016", "group", "speech", name="A group of local artists"),
    q("Ms. Varga", "rejected", "that characterization", "person", "evaluation", name="Ellen Varga"),
    q("she", "said", "''We show living artists every season,''", "pronoun", "speech", name="Ellen Varga"),
    q(None, "adding", "two such exhibitions were planned for next year", "none", "speech", name="Ellen Varga"),
    q("The Courant's reviewer", "called", "the installation ''quietly revelatory,''", "person", "evaluation", quote="mixed"),
    q("a writer for Hyperallergic", "complained", "the wall texts were ''written for people who have never seen a painting.''", "person", "speech", quote="mixed"),
    q("Harold Benning", "said", "he had waited 40 minutes to get in and did not regret a second of it", "person", "speech"),
    q("he", "said", ["''I've loved 'Nighthawks' since I was a boy,''", "''This isn't that one, but it's close enough.''"], "pronoun", "speech", name="Harold Benning"),
    module=__name__)

A("c07-letters-roundabout", """
Letters to the editor

Roundabout is the wrong answer

The county's plan to replace the four-way stop at Miller and Route 9 with a roundabout ignores the people who use that intersection most: farm vehicles. A combine cannot navigate a circle built for hatchbacks. The county engineer told the commission in August that the design could accommodate "most agricultural equipment." Most is not all.

— Harlan Yoder, Millersburg

Thank you, Station 4

On Oct. 3 my father collapsed in our driveway. Firefighters from Station 4 were there in under six minutes. The doctors at Mercy told us those minutes saved his life. I want every one of that crew to know our family will never forget it.

— Carmen Delgado-Ruiz, Orrville

Schools deserve better than this levy fight

Superintendent Brian Cole says the district will have to cut bus routes if the levy fails. Opponents say he is bluffing. I don't know who is right, but I know my neighbors and I are tired of being asked to vote on the same question every year. The board should put a long-term plan in front of us and stop governing by emergency.

— Marsha Albrecht, Wooster

A correction on the library vote

Your Oct. 9 editorial said the library board voted unanimously to extend Sunday hours. In fact, as the board's minutes show, trustee Dale Hummel voted no. Mr. Hummel has told me he supports the hours but objected to the cost estimate.

— Ruth Ann Kessler, Wooster

Letters should be no longer than 250 words and must include the writer's name and town. Send them to letters@dailyrecord.example.
""",
    q("Harlan Yoder", "—", "The county's plan to replace the four-way stop at Miller and Route 9 with a roundabout ignores the people who use that intersection most: farm vehicles. A combine cannot navigate a circle built for hatchbacks. The county engineer told the commission in August that the design could accommodate \"most agricultural equipment.\" Most is not all", "person", "speech", quote="direct"),
    q("The county engineer", "told", 'the design could accommodate "most agricultural equipment."', "person", "speech"),
    q("Carmen Delgado-Ruiz", "—", "On Oct. 3 my father collapsed in our driveway. Firefighters from Station 4 were there in under six minutes. The doctors at Mercy told us those minutes saved his life. I want every one of that crew to know our family will never forget it", "person", "speech", quote="direct"),
    q("The doctors at Mercy", "told", "those minutes saved his life", "group", "speech"),
    q("I", "want", "every one of that crew to know our family will never forget it", "pronoun", "intent", name="Carmen Delgado-Ruiz"),
    q("Marsha Albrecht", "—", "Superintendent Brian Cole says the district will have to cut bus routes if the levy fails. Opponents say he is bluffing. I don't know who is right, but I know my neighbors and I are tired of being asked to vote on the same question every year. The board should put a long-term plan in front of us and stop governing by emergency", "person", "speech", quote="direct"),
    q("Superintendent Brian Cole", "says", "the district will have to cut bus routes if the levy fails", "person", "speech"),
    q("Opponents", "say", "he is bluffing", "group", "speech"),
    q("I", "know", "my neighbors and I are tired of being asked to vote on the same question every year", "pronoun", "belief", name="Marsha Albrecht"),
    q("Ruth Ann Kessler", "—", "Your Oct. 9 editorial said the library board voted unanimously to extend Sunday hours. In fact, as the board's minutes show, trustee Dale Hummel voted no. Mr. Hummel has told me he supports the hours but objected to the cost estimate", "person", "speech", quote="direct"),
    q("Your Oct. 9 editorial", "said", "the library board voted unanimously to extend Sunday hours", "outlet", "speech"),
    q("the board's minutes", "show", "trustee Dale Hummel voted no", "organization", "evidence"),
    q("Mr. Hummel", "has told", "he supports the hours but objected to the cost estimate", "person", "speech", name="Dale Hummel"),
    module=__name__)

A("c08-tabloid-wedding-split", """
SHOCK SPLIT: Reality star dumps fiancé days before wedding

Reality TV favourite Kayla Brennan has called off her wedding to footballer Jordan Pike just nine days before the big day, pals have revealed.

The 29-year-old star of "Island Hearts" is said to be "heartbroken" after discovering a string of messages on Pike's phone, a source close to the couple told us.

"Kayla found out everything on Sunday night," the insider claimed. "She threw the ring at him and told him to get out. She is devastated but she's not backing down."

Pike, 31, has denied any wrongdoing. In a post on Instagram, he insisted he had "never cheated" and begged fans not to believe "lies from people who want clicks."

Brennan's rep confirmed the split but refused to discuss the reasons. "Kayla asks for privacy at this difficult time," the spokesperson said in a statement.

The lavish ceremony at a Cotswolds manor was reportedly set to cost £250,000, with guests including several of Brennan's former co-stars. Her Island Hearts pal Tanya Osei is understood to have rushed to her side.

Fans were quick to take sides online. One wrote: "Good on you Kayla, you deserve better." Another posted: "There are two sides to every story."

Pike's club, Harrowgate Town, declined to comment.
""",
    q("pals", "have revealed", "Reality TV favourite Kayla Brennan has called off her wedding to footballer Jordan Pike just nine days before the big day", "group", "speech"),
    q("a source close to the couple", "told", "The 29-year-old star of \"Island Hearts\" is said to be \"heartbroken\" after discovering a string of messages on Pike's phone", "anonymous", "speech"),
    q(None, "is said to", "be \"heartbroken\" after discovering a string of messages on Pike's phone", "none", "speech"),
    q("the insider", "claimed", ['"Kayla found out everything on Sunday night,"', "\"She threw the ring at him and told him to get out. She is devastated but she's not backing down.\""], "anonymous", "speech", name="a source close to the couple"),
    q("Pike", "has denied", "any wrongdoing", "person", "speech", name="Jordan Pike"),
    q("he", "insisted", 'he had "never cheated"', "pronoun", "speech", name="Jordan Pike"),
    q(None, "begged", 'fans not to believe "lies from people who want clicks."', "none", "evaluation", name="Jordan Pike"),
    q("Brennan's rep", "confirmed", "the split", "person", "speech"),
    q("the spokesperson", "said", '"Kayla asks for privacy at this difficult time,"', "person", "speech", name="Brennan's rep"),
    q(None, "reportedly", ["The lavish ceremony at a Cotswolds manor was", "set to cost £250,000, with guests including several of Brennan's former co-stars"], "none", "speech"),
    q(None, "is understood to", ["Her Island Hearts pal Tanya Osei", "have rushed to her side"], "none", "belief"),
    q("One", "wrote", '"Good on you Kayla, you deserve better."', "anonymous", "speech"),
    q("Another", "posted", '"There are two sides to every story."', "anonymous", "speech"),
    module=__name__)

A("c09-transcript-transit-levy", """
Transcript: Mayor Hollins on the transit levy

The following is an edited transcript of Thursday's "Morning Edition Local" interview between host Carla Nwosu and Mayor Raymond Hollins of Tacoma.

NWOSU: Mayor, the transit levy failed by fewer than 900 votes. What happened?

HOLLINS: I think we lost the argument in the suburbs. People out in Spanaway don't see the buses we're promising them, and frankly I don't blame them.

NWOSU: Your opponents on the council say you never made the case at all. Councilmember Diane Fraser told this station last week that the campaign was "a mailer and a prayer."

HOLLINS: Diane has been against this levy from day one, so I'm not surprised she says that. But she's not wrong that we started late. I'll own that.

NWOSU: Will you bring it back?

HOLLINS: Yes. I intend to put a smaller measure on the ballot next November. We're going to cut the rail piece and focus on bus frequency.

NWOSU: Transit riders I spoke with this week say they feel abandoned.

HOLLINS: They have every right to feel that way. Look, the data shows ridership on Route 1 is up 18 percent since spring. People want this. We just have to show them it's coming.

NWOSU: Mayor Hollins, thank you.

HOLLINS: Thank you, Carla.
""",
    q("NWOSU", ":", "Mayor, the transit levy failed by fewer than 900 votes. What happened?", "person", "speech", name="Carla Nwosu", quote="direct"),
    q("HOLLINS", ":", "I think we lost the argument in the suburbs. People out in Spanaway don't see the buses we're promising them, and frankly I don't blame them", "person", "speech", name="Raymond Hollins", quote="direct"),
    q("I", "think", "we lost the argument in the suburbs", "pronoun", "belief", name="Raymond Hollins"),
    q("NWOSU", ":", "Your opponents on the council say you never made the case at all. Councilmember Diane Fraser told this station last week that the campaign was \"a mailer and a prayer.\"", "person", "speech", name="Carla Nwosu", quote="direct"),
    q("Your opponents on the council", "say", "you never made the case at all", "group", "speech"),
    q("Councilmember Diane Fraser", "told", 'the campaign was "a mailer and a prayer."', "person", "speech"),
    q("HOLLINS", ":", "Diane has been against this levy from day one, so I'm not surprised she says that. But she's not wrong that we started late. I'll own that", "person", "speech", name="Raymond Hollins", quote="direct"),
    q("NWOSU", ":", "Will you bring it back?", "person", "speech", name="Carla Nwosu", quote="direct"),
    q("HOLLINS", ":", "Yes. I intend to put a smaller measure on the ballot next November. We're going to cut the rail piece and focus on bus frequency", "person", "speech", name="Raymond Hollins", quote="direct"),
    q("I", "intend to", "put a smaller measure on the ballot next November", "pronoun", "intent", name="Raymond Hollins"),
    q("NWOSU", ":", "Transit riders I spoke with this week say they feel abandoned", "person", "speech", name="Carla Nwosu", quote="direct"),
    q("Transit riders I spoke with this week", "say", "they feel abandoned", "group", "speech"),
    q("HOLLINS", ":", "They have every right to feel that way. Look, the data shows ridership on Route 1 is up 18 percent since spring. People want this. We just have to show them it's coming", "person", "speech", name="Raymond Hollins", quote="direct"),
    q("the data", "shows", "ridership on Route 1 is up 18 percent since spring", "organization", "evidence"),
    q("NWOSU", ":", "Mayor Hollins, thank you", "person", "speech", name="Carla Nwosu", quote="direct"),
    q("HOLLINS", ":", "Thank you, Carla", "person", "speech", name="Raymond Hollins", quote="direct"),
    module=__name__)

A("c10-column-phone-ban", """
The phone ban is working. Let's admit it.

When the Brookfield school board voted last spring to lock up students' phones during the school day, I was skeptical. I thought it was the kind of rule adults make to feel better about themselves.

I was wrong, and so, it seems, were many of the ban's loudest critics.

The district's own survey, released this month, found that 71 percent of teachers reported fewer classroom disruptions since January. Principal Gloria Haddad of Brookfield High told me that fights in the cafeteria had "basically disappeared." A junior I spoke with, who asked that her name not be used because she did not want to be seen as siding with the administration, said she had started talking to people at lunch again. "It's weird," she said. "But it's a good weird."

Not everyone is persuaded. Parent Kevin Marsh, who organized a petition against the ban, argues that families need to reach their children in an emergency. He is not wrong to worry. But the district has installed landlines in every classroom, and Superintendent Nora Blake has promised that no student will be disciplined for calling home in a genuine crisis.

The teachers union, which had initially opposed the policy, now supports it. Its president, Sam Okonjo, conceded in a letter to members that the union had underestimated how much phones were hurting instruction.

Brookfield should keep the ban, and other districts should study it. Evidence this clear does not come along often.
""",
    q("The district's own survey", "found", "71 percent of teachers reported fewer classroom disruptions since January", "organization", "evidence"),
    q("71 percent of teachers", "reported", "fewer classroom disruptions since January", "group", "speech"),
    q("Principal Gloria Haddad of Brookfield High", "told", 'fights in the cafeteria had "basically disappeared."', "person", "speech"),
    q("who", "asked", "her name not be used", "pronoun", "evaluation", name="A junior I spoke with"),
    q("she", "did not want to", "be seen as siding with the administration", "pronoun", "intent", name="A junior I spoke with", near="she did not want"),
    q("A junior I spoke with", "said", "she had started talking to people at lunch again", "anonymous", "speech"),
    q("she", "said", ['"It\'s weird,"', '"But it\'s a good weird."'], "pronoun", "speech", name="A junior I spoke with"),
    q("Parent Kevin Marsh", "argues", "families need to reach their children in an emergency", "person", "speech"),
    q("Superintendent Nora Blake", "has promised", "no student will be disciplined for calling home in a genuine crisis", "person", "intent"),
    q("which", "had initially opposed", "the policy", "pronoun", "evaluation", name="The teachers union"),
    q("The teachers union", "supports", "it", "organization", "evaluation", at="now supports"),
    q("Its president", "conceded", "the union had underestimated how much phones were hurting instruction", "person", "speech", name="Sam Okonjo"),
    module=__name__)

A("c11-local-warehouse-hearing", """
Planning board delays vote on Route 22 warehouse

GREENVILLE — The Greenville Planning Board postponed a vote Wednesday on a proposed 400,000-square-foot distribution warehouse after more than three hours of public comment, most of it hostile.

Board chair Evelyn Marchetti said the board needed more time to review a traffic study submitted by the developer, Keystone Logistics Partners, only two days before the hearing. "We received 600 pages on Monday," she said. "Nobody up here has read them, and I won't pretend otherwise."

According to that study, the warehouse would add roughly 1,100 truck trips a day to Route 22. Keystone's attorney, Michael Sato, told the board the company would pay for a new traffic signal at the Orchard Road intersection. He also argued that the project would bring 350 jobs to a town that has lost two factories since 2015.

Residents were unmoved. Joan Pettibone, who lives on Orchard Road, accused the developer of treating her neighborhood "like a loading dock." Another resident, Frank DiSalvo, asked the board whether anyone had studied the effect of diesel exhaust on the elementary school a quarter-mile away.

Township Manager Ray Cohen has said he supports the project in principle. Last month he was quoted as saying the warehouse would "stabilize our tax base for a generation."

The board is expected to take up the application again on Nov. 18. Keystone did not respond to a request for comment Thursday.
""",
    q("Board chair Evelyn Marchetti", "said", "the board needed more time to review a traffic study submitted by the developer, Keystone Logistics Partners, only two days before the hearing", "person", "speech"),
    q("she", "said", ['"We received 600 pages on Monday,"', "\"Nobody up here has read them, and I won't pretend otherwise.\""], "pronoun", "speech", name="Evelyn Marchetti"),
    q("that study", "According to", "the warehouse would add roughly 1,100 truck trips a day to Route 22", "organization", "evidence"),
    q("Keystone's attorney", "told", "the company would pay for a new traffic signal at the Orchard Road intersection", "person", "speech", name="Michael Sato"),
    q("He", "also argued", "the project would bring 350 jobs to a town that has lost two factories since 2015", "pronoun", "speech", name="Michael Sato"),
    q("Joan Pettibone", "accused", 'the developer of treating her neighborhood "like a loading dock."', "person", "evaluation"),
    q("Another resident", "asked", "whether anyone had studied the effect of diesel exhaust on the elementary school a quarter-mile away", "person", "question", name="Frank DiSalvo"),
    q("Township Manager Ray Cohen", "has said", "he supports the project in principle", "person", "speech"),
    q("he", "supports", "the project in principle", "pronoun", "evaluation", name="Ray Cohen"),
    q("he", "was quoted as saying", 'the warehouse would "stabilize our tax base for a generation."', "pronoun", "speech", name="Ray Cohen"),
    q(None, "is expected to", ["The board", "take up the application again on Nov. 18"], "none", "belief"),
    module=__name__)

A("c12-sports-transfer-window", """
Rovers close in on Brazilian winger as Dunmore exit nears

Bristol Rovers are closing in on a £4 million deal for Flamengo winger Thiago Ramalho, with the 22-year-old expected to fly to England for a medical this weekend.

The club has reportedly agreed personal terms with Ramalho, who scored nine goals in the Brazilian league last season. Flamengo are said to want a sell-on clause of 20 percent. A Flamengo spokesman told the Brazilian sports site Lance that talks were "at an advanced stage."

Manager Steve Gallacher refused to confirm the deal on Friday but did little to play it down. "He's a talented boy, and we've watched him for a long time," Gallacher said. "If something happens, you'll hear about it."

Gallacher confirmed that captain Liam Dunmore had asked to leave. Dunmore, whose contract expires in June, is believed to be attracting interest from two Championship clubs. "Liam has given this club everything," the manager said. "I'm not going to stand in his way if the right offer comes."

Supporters' trust chairman Paul Hendry warned that losing Dunmore without a replacement in midfield would be "a disaster." He urged the board to "show some ambition for once."

The transfer window closes at 11 p.m. on Monday.
""",
    q(None, "expected to", ["the 22-year-old", "fly to England for a medical this weekend"], "none", "belief"),
    q(None, "reportedly", ["The club has", "agreed personal terms with Ramalho, who scored nine goals in the Brazilian league last season"], "none", "speech"),
    q(None, "are said to", ["Flamengo", "want a sell-on clause of 20 percent"], "none", "speech", at="last season."),
    q("A Flamengo spokesman", "told", 'talks were "at an advanced stage."', "anonymous", "speech"),
    q("Gallacher", "said", ["\"He's a talented boy, and we've watched him for a long time,\"", "\"If something happens, you'll hear about it.\""], "person", "speech", name="Steve Gallacher"),
    q("Gallacher", "confirmed", "captain Liam Dunmore had asked to leave", "person", "speech", name="Steve Gallacher"),
    q(None, "is believed to", ["Dunmore", "be attracting interest from two Championship clubs"], "none", "belief", at="asked to leave."),
    q("the manager", "said", ['"Liam has given this club everything,"', "\"I'm not going to stand in his way if the right offer comes.\""], "person", "speech", name="Steve Gallacher"),
    q("Supporters' trust chairman Paul Hendry", "warned", 'losing Dunmore without a replacement in midfield would be "a disaster."', "person", "speech"),
    q("He", "urged", 'the board to "show some ambition for once."', "pronoun", "evaluation", name="Paul Hendry"),
    module=__name__)

A("c13-profile-vinton-street-cook", """
The cook who wouldn’t leave Vinton Street

OMAHA — Rosa Villanueva opened La Paloma in a former shoe repair shop on Vinton Street in 1994, when, as she puts it, “nobody with any sense was opening anything down here.”

Thirty years later, the 14-table restaurant is the anchor of a block that now has a brewery, two galleries and a bakery with a waiting list for its weekend pastries. Villanueva insists she had nothing to do with it.

“The neighborhood did this,” she said, wiping down the counter after the lunch rush. “I just kept the lights on.”

Her regulars disagree. Dwayne Pollard, who has eaten lunch at La Paloma nearly every Thursday since 1998, said the restaurant was the reason he first walked down Vinton Street at all. City Councilwoman Teresa Morales, who grew up four blocks away, called Villanueva “the unofficial mayor of South Omaha.”

The recognition has been slow in coming. Last month the James Beard Foundation named La Paloma one of its America’s Classics, an award that, according to the foundation, honors “restaurants with timeless appeal.”

Villanueva, 67, learned to cook from her grandmother in Jalisco. She still makes the mole the same way, a two-day process she described as “half cooking, half prayer.” Her son Luis, who manages the front of the house, wants to add a second location in West Omaha. “It’s time,” Luis said. His mother is not convinced.

“Why would I want two of these?” she asked. “One is already too many.”
""",
    q("she", "puts it", "“nobody with any sense was opening anything down here.”", "pronoun", "speech", name="Rosa Villanueva"),
    q("Villanueva", "insists", "she had nothing to do with it", "person", "speech", name="Rosa Villanueva"),
    q("she", "said", ["“The neighborhood did this,”", "“I just kept the lights on.”"], "pronoun", "speech", name="Rosa Villanueva"),
    q("Dwayne Pollard", "said", "the restaurant was the reason he first walked down Vinton Street at all", "person", "speech"),
    q("City Councilwoman Teresa Morales", "called", "Villanueva “the unofficial mayor of South Omaha.”", "person", "evaluation"),
    q("the foundation", "according to", ["an award that", "honors “restaurants with timeless appeal.”"], "organization", "speech", name="the James Beard Foundation", quote="mixed"),
    q("she", "described as", "“half cooking, half prayer.”", "pronoun", "speech", name="Rosa Villanueva"),
    q("Her son Luis", "wants to", "add a second location in West Omaha", "person", "intent", name="Luis"),
    q("Luis", "said", "“It’s time,”", "person", "speech", near="Luis said"),
    q("she", "asked", ["“Why would I want two of these?”", "“One is already too many.”"], "pronoun", "question", name="Rosa Villanueva"),
    module=__name__)

A("c14-qa-river-novelist", """
‘I write about the river because it keeps trying to kill us’

Novelist Corinne Abernathy’s third book, “Low Water,” follows three generations of a Mississippi barge family. She talked with books editor Sam Whitfield ahead of her reading at Left Bank Books on Saturday. This conversation has been condensed.

WHITFIELD: Your family actually worked the river. How much of the book is true?

ABERNATHY: The weather is true. The wrecks are true. My grandfather swore the 1973 flood was the worst year of his life, and I believed him until I read his logbooks. He had worse years. He just didn’t talk about them.

WHITFIELD: Some reviewers have called the ending bleak.

ABERNATHY: I know. My editor warned me they would. But I don’t think it’s bleak. The family survives. On the river, surviving is the happy ending.

WHITFIELD: What are you working on now?

ABERNATHY: A book about my mother, who insists she will sue me if it’s any good. I plan to finish it anyway.

WHITFIELD: Any advice for young writers from the Delta?

ABERNATHY: Stay long enough to listen. Leave long enough to see it.
""",
    q("WHITFIELD", ":", "Your family actually worked the river. How much of the book is true?", "person", "speech", name="Sam Whitfield", quote="direct"),
    q("ABERNATHY", ":", "The weather is true. The wrecks are true. My grandfather swore the 1973 flood was the worst year of his life, and I believed him until I read his logbooks. He had worse years. He just didn’t talk about them", "person", "speech", name="Corinne Abernathy", quote="direct"),
    q("My grandfather", "swore", "the 1973 flood was the worst year of his life", "person", "speech"),
    q("WHITFIELD", ":", "Some reviewers have called the ending bleak", "person", "speech", name="Sam Whitfield", quote="direct"),
    q("Some reviewers", "have called", "the ending bleak", "group", "evaluation"),
    q("ABERNATHY", ":", "I know. My editor warned me they would. But I don’t think it’s bleak. The family survives. On the river, surviving is the happy ending", "person", "speech", name="Corinne Abernathy", quote="direct"),
    q("My editor", "warned", "they would", "person", "speech"),
    q("I", "don’t think", "it’s bleak", "pronoun", "belief", name="Corinne Abernathy"),
    q("WHITFIELD", ":", "What are you working on now?", "person", "speech", name="Sam Whitfield", quote="direct"),
    q("ABERNATHY", ":", "A book about my mother, who insists she will sue me if it’s any good. I plan to finish it anyway", "person", "speech", name="Corinne Abernathy", quote="direct"),
    q("who", "insists", "she will sue me if it’s any good", "pronoun", "speech", name="my mother"),
    q("I", "plan to", "finish it anyway", "pronoun", "intent", name="Corinne Abernathy"),
    q("WHITFIELD", ":", "Any advice for young writers from the Delta?", "person", "speech", name="Sam Whitfield", quote="direct"),
    q("ABERNATHY", ":", "Stay long enough to listen. Leave long enough to see it", "person", "speech", name="Corinne Abernathy", quote="direct"),
    module=__name__)

A("c15-column-housing-shortage", """
Stop pretending the housing shortage is someone else's problem

Every candidate for Asheville City Council this fall says housing is their top priority. Very few of them will say what that means.

Here is what it means: more homes, of every kind, in every neighborhood, including the ones where the candidates live.

The numbers are not in dispute. According to the Buncombe County Housing Needs Assessment, the county is short roughly 8,200 units, and the median home price has climbed 61 percent since 2019. A survey by the Asheville Chamber found that four in ten employers had lost a worker because the worker could not find a place to live.

Mayor Carol Bennett told the Citizen-Times in June that the city would "not build its way out of this," a line she has since walked back.

Candidate Joel Whitaker's view is that the city can close the gap with "gentle density" — duplexes and backyard cottages — without touching single-family zoning. That is a nice phrase. It is not a plan. Candidate Marisol Ortega-Baines has gone further, proposing to allow fourplexes citywide, and she has been called "reckless" by the Montford Neighborhood Association for it. Ortega-Baines said at a forum last week that "the people cleaning our hotel rooms deserve to live in the city they serve."

Neighborhood groups fear that apartments will bring traffic and change the character of their streets. Some of that fear is reasonable. Much of it is not.

I live in West Asheville. The duplex going up across my street will house two families who might otherwise be commuting from Marshall. I can live with the traffic.

Voters should ask every candidate one question: where, exactly, will the new homes go? Anyone who cannot answer does not deserve your vote.
""",
    q("Every candidate for Asheville City Council this fall", "says", "housing is their top priority", "group", "speech"),
    q("the Buncombe County Housing Needs Assessment", "According to", "the county is short roughly 8,200 units, and the median home price has climbed 61 percent since 2019", "organization", "evidence"),
    q("A survey by the Asheville Chamber", "found", "four in ten employers had lost a worker because the worker could not find a place to live", "organization", "evidence"),
    q("Mayor Carol Bennett", "told", 'the city would "not build its way out of this,"', "person", "speech"),
    q("Candidate Joel Whitaker's", "view", 'the city can close the gap with "gentle density" — duplexes and backyard cottages — without touching single-family zoning', "person", "belief", name="Joel Whitaker"),
    q("Candidate Marisol Ortega-Baines", "proposing", "to allow fourplexes citywide", "person", "intent"),
    q("the Montford Neighborhood Association", "has been called", ["she", '"reckless"'], "organization", "evaluation", at="citywide, and "),
    q("Ortega-Baines", "said", '"the people cleaning our hotel rooms deserve to live in the city they serve."', "person", "speech", name="Marisol Ortega-Baines"),
    q("Neighborhood groups", "fear", "apartments will bring traffic and change the character of their streets", "group", "belief"),
    module=__name__)

A("c16-tabloid-bodega-cat", """
BODEGA BRAWL! Cat's 'crime' sparks Bronx feud

It's cat-astrophe on Castle Hill Avenue.

A Bronx bodega owner says his beloved store cat, Mango, is being framed — and he's fighting back.

Ahmed Saleh, 52, who has run Saleh Deli & Grocery for 19 years, told The Post that a neighboring landlord filed a complaint with the city claiming the orange tabby had ''attacked'' a tenant's dog.

''Mango weighs nine pounds,'' Saleh fumed. ''The dog is a pit bull. Who attacked who?''

The landlord, Victor Petrosyan, insisted the cat was a menace. ''That animal has been terrorizing this block for years,'' he said. ''Everyone knows it.''

Not everyone. Regulars at the deli rallied behind the feline, and a petition titled ''Justice for Mango'' had collected more than 4,000 signatures by Tuesday night.

''He sleeps on the bread. That's his whole crime,'' said customer Danielle Ruiz, 34.

A spokesman for the city Health Department confirmed that an inspector had visited the store last week but said no violation had been issued. Under city rules, cats are technically barred from food stores, but officials have long tolerated them as pest control.

Saleh vowed he would never give Mango up. ''They'll have to take me too,'' he said.
""",
    q("A Bronx bodega owner", "says", "his beloved store cat, Mango, is being framed", "person", "speech", name="Ahmed Saleh"),
    q("Ahmed Saleh", "told", "a neighboring landlord filed a complaint with the city claiming the orange tabby had ''attacked'' a tenant's dog", "person", "speech", quote="mixed"),
    q(None, "claiming", "the orange tabby had ''attacked'' a tenant's dog", "none", "speech", name="Victor Petrosyan", quote="mixed"),
    q("Saleh", "fumed", ["''Mango weighs nine pounds,''", "''The dog is a pit bull. Who attacked who?''"], "person", "speech", name="Ahmed Saleh"),
    q("The landlord", "insisted", "the cat was a menace", "person", "speech", name="Victor Petrosyan"),
    q("he", "said", ["''That animal has been terrorizing this block for years,''", "''Everyone knows it.''"], "pronoun", "speech", name="Victor Petrosyan"),
    q("customer Danielle Ruiz", "said", "''He sleeps on the bread. That's his whole crime,''", "person", "speech"),
    q("A spokesman for the city Health Department", "confirmed", "an inspector had visited the store last week", "anonymous", "speech"),
    q(None, "said", "no violation had been issued", "none", "speech", name="A spokesman for the city Health Department"),
    q("Saleh", "vowed", "he would never give Mango up", "person", "intent", name="Ahmed Saleh"),
    q("he", "said", "''They'll have to take me too,''", "pronoun", "speech", name="Ahmed Saleh"),
    module=__name__)

A("c17-liveblog-school-budget", """
LIVE: Lakewood school board votes on budget cuts

7:02 p.m. — The meeting is under way. About 150 people are in the auditorium at Lakewood High, and more are standing in the hallway.

7:15 p.m. — Superintendent Karen Osei opens with the district's numbers. She says the district faces a $6.3 million shortfall next year and that cuts to staff are "unavoidable."

7:31 p.m. — First public speaker: teacher Mark Delaney, who has taught chemistry at Lakewood for 22 years. "If you cut the science department again, you are cutting the reason families move here," he tells the board.

7:44 p.m. — Parent Aisha Rahman asks the board why administrative salaries were not on the list of cuts. Applause.

7:58 p.m. — Board member Tom Greer says he will vote against any plan that closes Roosevelt Elementary. "I won't do it," Greer says. "Not this year, not next year."

8:02 p.m. — Student representative Jayden Park says 300 students have signed a letter urging the board to protect arts programs.

8:10 p.m. — Greer and board member Paula Iverson clash over the Roosevelt plan. Iverson accuses Greer of "grandstanding." She says the board has "run out of easy choices."

8:20 p.m. — The teachers union has posted a statement on Facebook calling the proposal "a budget balanced on the backs of children."

8:41 p.m. — Board president Linda Sorensen calls a 10-minute recess.

9:05 p.m. — Vote: the board approves the budget 4-3. Roosevelt stays open for now. Osei says the district will revisit the building question in the spring.

We'll have a full story on our website later tonight.
""",
    q("She", "says", 'the district faces a $6.3 million shortfall next year and that cuts to staff are "unavoidable."', "pronoun", "speech", name="Karen Osei"),
    q("he", "tells", '"If you cut the science department again, you are cutting the reason families move here,"', "pronoun", "speech", name="Mark Delaney"),
    q("Parent Aisha Rahman", "asks", "why administrative salaries were not on the list of cuts", "person", "question"),
    q("Board member Tom Greer", "says", "he will vote against any plan that closes Roosevelt Elementary", "person", "speech"),
    q("Greer", "says", ["\"I won't do it,\"", '"Not this year, not next year."'], "person", "speech", name="Tom Greer"),
    q("Student representative Jayden Park", "says", "300 students have signed a letter urging the board to protect arts programs", "person", "speech"),
    q("a letter", "urging", "the board to protect arts programs", "organization", "evaluation"),
    q("Iverson", "accuses", 'Greer of "grandstanding."', "person", "evaluation", name="Paula Iverson"),
    q("She", "says", 'the board has "run out of easy choices."', "pronoun", "speech", name="Paula Iverson"),
    q("The teachers union", "calling", 'the proposal "a budget balanced on the backs of children."', "organization", "evaluation"),
    q("Osei", "says", "the district will revisit the building question in the spring", "person", "speech", name="Karen Osei"),
    module=__name__)

A("c18-culture-orpheum-reopens", """
Shuttered Orpheum to reopen with hometown musical

SPRINGFIELD, Mo. — The Orpheum Theatre, closed since a roof collapse in 2021, will reopen in March with a new musical by a pair of Springfield natives, the theater's board announced Thursday.

"Glass City," by composer Dana Whitcomb and lyricist Andre Pruitt, tells the story of a 1950s glass factory strike. The show will run for six weeks.

Preservationists had warned for years that the building could not be saved. Board chairwoman Lorraine Fitch said the $11 million restoration came in under budget, thanks largely to a $4 million gift from the Harmon Family Foundation. "We were told this building was finished," she said. "We didn't believe it."

Whitcomb, who now lives in Chicago, said she wrote the first song for the musical on a napkin in 2016, after her grandfather told her stories about the picket lines. Pruitt described the score as "a little bit Springsteen, a little bit Sondheim." Mayor Ken Doss called the reopening "the best news downtown has had in a decade."

Not everyone was thrilled with the choice. A local arts blogger, Nate Crowley, questioned on social media whether an untested new work could fill a 1,200-seat house for six weeks. The board's executive director, Gwen Adeyemi, said advance sales had already passed 9,000 tickets. She expects the run to sell out.

Tickets go on sale to the public Monday. The show's opening night gala is scheduled for March 14.
""",
    q("the theater's board", "announced", "The Orpheum Theatre, closed since a roof collapse in 2021, will reopen in March with a new musical by a pair of Springfield natives", "organization", "speech"),
    q("Preservationists", "had warned", "the building could not be saved", "group", "speech"),
    q("Board chairwoman Lorraine Fitch", "said", "the $11 million restoration came in under budget, thanks largely to a $4 million gift from the Harmon Family Foundation", "person", "speech"),
    q("she", "said", ['"We were told this building was finished,"', "\"We didn't believe it.\""], "pronoun", "speech", name="Lorraine Fitch"),
    q("Whitcomb", "said", "she wrote the first song for the musical on a napkin in 2016, after her grandfather told her stories about the picket lines", "person", "speech", name="Dana Whitcomb"),
    q("Pruitt", "described", 'the score as "a little bit Springsteen, a little bit Sondheim."', "person", "speech", name="Andre Pruitt"),
    q("Mayor Ken Doss", "called", 'the reopening "the best news downtown has had in a decade."', "person", "evaluation"),
    q("A local arts blogger", "questioned", "whether an untested new work could fill a 1,200-seat house for six weeks", "person", "question", name="Nate Crowley"),
    q("The board's executive director", "said", "advance sales had already passed 9,000 tickets", "person", "speech", name="Gwen Adeyemi"),
    q("She", "expects", "the run to sell out", "pronoun", "belief", name="Gwen Adeyemi"),
    module=__name__)

A("c19-sports-coach-fired", """
Sabers fire coach Lindgren after 2-11 start

The Portland Sabers fired head coach Erik Lindgren on Sunday, less than 24 hours after a 6-1 home loss to Seattle dropped them to 2-11, the worst record in the league.

General manager Colleen Fairweather announced the decision in a brief statement, thanking Lindgren for "his professionalism and his commitment to this city." Assistant coach Darnell Hughes will take over on an interim basis.

Fairweather told reporters later that the decision was hers alone. "Ownership did not push me," she said. "I saw the same games you saw."

Lindgren, 58, was in the second year of a three-year contract. He did not respond to messages Sunday, but his agent, Martin Kovac, said Lindgren was "disappointed but not surprised."

Players took to social media within minutes. Defenseman Ryan Oduya tweeted that Lindgren was "the best human being I've played for." Goaltender Petr Vasko posted a photo of the two of them with the caption "Thank you, coach."

Not all fans were sad to see him go. A banner reading "FIRE LINDGREN" had hung in Section 112 for three straight games.

Hughes, 41, said he plans to simplify the team's defensive system. "We've been thinking too much," he said. "I want us playing fast."

The Sabers host Vancouver on Tuesday.
""",
    q("General manager Colleen Fairweather", "announced", "the decision", "person", "speech", at="Fairweather announced "),
    q(None, "thanking", 'Lindgren for "his professionalism and his commitment to this city."', "none", "evaluation", name="Colleen Fairweather"),
    q("Fairweather", "told", "the decision was hers alone", "person", "speech", name="Colleen Fairweather"),
    q("she", "said", ['"Ownership did not push me,"', '"I saw the same games you saw."'], "pronoun", "speech", name="Colleen Fairweather"),
    q("his agent", "said", 'Lindgren was "disappointed but not surprised."', "person", "speech", name="Martin Kovac"),
    q("Defenseman Ryan Oduya", "tweeted", "Lindgren was \"the best human being I've played for.\"", "person", "speech"),
    q("Goaltender Petr Vasko", "posted", '"Thank you, coach."', "person", "speech"),
    q("Hughes", "said", "he plans to simplify the team's defensive system", "person", "speech", name="Darnell Hughes"),
    q("he", "plans to", "simplify the team's defensive system", "pronoun", "intent", name="Darnell Hughes"),
    q("he", "said", ["\"We've been thinking too much,\"", '"I want us playing fast."'], "pronoun", "speech", name="Darnell Hughes"),
    q("I", "want", "us playing fast", "pronoun", "intent", name="Darnell Hughes"),
    module=__name__)

A("c20-letters-dog-ban", """
Readers respond: the Riverside Park dog ban

Last week's story on the proposed ban on off-leash dogs in Riverside Park drew more mail than anything we have published this year. A selection follows.

I have walked my dogs in Riverside every morning for eleven years. In that time I have seen exactly one dog bite, and the owner paid the vet bill on the spot. The parks commissioner says complaints have tripled. I would like to see those complaints.
— Gordon Pelletier, Riverside

The commissioner is right. My daughter was knocked flat by a Labrador last spring while its owner shouted that it was "friendly." Friendly dogs still weigh 80 pounds.
— Anita Kowalski, North End

Why not fence off a dog run, as Cedar Falls did? Their parks director told your reporter the run cost less than $40,000. Problem solved.
— Rev. Thomas Achebe, Eastgate

I'm a dog owner and I support the ban. Most owners are responsible. The ones who aren't have ruined it for the rest of us.
— Jill Stroud, Riverside

Share this: Facebook | X | Email
""",
    q("Gordon Pelletier", "—", "I have walked my dogs in Riverside every morning for eleven years. In that time I have seen exactly one dog bite, and the owner paid the vet bill on the spot. The parks commissioner says complaints have tripled. I would like to see those complaints", "person", "speech", quote="direct"),
    q("The parks commissioner", "says", "complaints have tripled", "person", "speech"),
    q("I", "would like to", "see those complaints", "pronoun", "intent", name="Gordon Pelletier"),
    q("Anita Kowalski", "—", 'The commissioner is right. My daughter was knocked flat by a Labrador last spring while its owner shouted that it was "friendly." Friendly dogs still weigh 80 pounds', "person", "speech", quote="direct"),
    q("its owner", "shouted", 'it was "friendly."', "person", "speech"),
    q("Rev. Thomas Achebe", "—", "Why not fence off a dog run, as Cedar Falls did? Their parks director told your reporter the run cost less than $40,000. Problem solved", "person", "speech", quote="direct"),
    q("Their parks director", "told", "the run cost less than $40,000", "person", "speech"),
    q("Jill Stroud", "—", "I'm a dog owner and I support the ban. Most owners are responsible. The ones who aren't have ruined it for the rest of us", "person", "speech", quote="direct"),
    q("I", "support", "the ban", "pronoun", "evaluation", name="Jill Stroud", at="I support "),
    module=__name__)

A("c21-column-stadium-subsidy", """
The stadium deal is a bad bet, and the mayor knows it

Mayor Phil Gorski wants Kansas City taxpayers to put $450 million toward a new downtown ballpark. He says the stadium will "pay for itself" within 20 years. Nobody who has studied stadium deals believes that, and I suspect the mayor doesn't either.

Economists have been remarkably consistent on this point. A 2022 review of three decades of research by economists at the University of Chicago concluded that publicly financed stadiums rarely produce measurable growth in local income. The team's owners have not disputed those findings; they simply do not mention them.

Team president Dale Whitford's claim that the ballpark would create 12,000 jobs deserves particular scrutiny. Most of those jobs, the team's own consultant acknowledged in a footnote, would be temporary construction work.

It was reported last month that the team had also explored sites in suburban Johnson County. Gorski has dismissed those reports as "a negotiating tactic." Maybe so. But if the team is bluffing, the city should call the bluff.

Councilwoman Renata Hollis has condemned the deal as "corporate welfare with a nice view." Councilman Brent Amos, by contrast, praised the mayor for "thinking big." Both of them voted for the last stadium subsidy, in 2011, which is still being paid off.

The council votes on Dec. 4. It should vote no.
""",
    q("Mayor Phil Gorski", "wants", "Kansas City taxpayers to put $450 million toward a new downtown ballpark", "person", "intent"),
    q("He", "says", 'the stadium will "pay for itself" within 20 years', "pronoun", "speech", name="Phil Gorski"),
    q("A 2022 review of three decades of research by economists at the University of Chicago", "concluded", "publicly financed stadiums rarely produce measurable growth in local income", "organization", "evidence"),
    q("Team president Dale Whitford's", "claim", "the ballpark would create 12,000 jobs", "person", "speech", name="Dale Whitford"),
    q("the team's own consultant", "acknowledged", ["Most of those jobs", "would be temporary construction work"], "person", "speech"),
    q(None, "It was reported", "the team had also explored sites in suburban Johnson County", "none", "speech"),
    q("Gorski", "has dismissed", 'those reports as "a negotiating tactic."', "person", "evaluation", name="Phil Gorski"),
    q("Councilwoman Renata Hollis", "has condemned", 'the deal as "corporate welfare with a nice view."', "person", "evaluation"),
    q("Councilman Brent Amos", "praised", 'the mayor for "thinking big."', "person", "evaluation"),
    module=__name__)

A("c22-qa-ultrarunner", """
Q&A: Ultrarunner Leah Montoya on 100 miles, bad knees and her father

Leah Montoya, 34, of Flagstaff won the Western Ridge 100 last month in a course-record 17 hours, 12 minutes. She spoke to the Sun by phone from her home. Answers have been lightly edited.

Q: When did you know you had the record?

A: Honestly, not until mile 95. My crew chief kept telling me I was "on pace," and I kept telling her to stop lying to me.

Q: Your father ran the race in 1988. Did he give you advice?

A: He told me to walk the hills and never sit down in an aid station. He says the chair is where races go to die. He was right.

Q: Doctors have warned that ultra distances are hard on joints. Do you worry?

A: My orthopedist thinks my knees have maybe five more years of this. I think she's being optimistic. I'm going to enjoy them while they work.

Q: What's next?

A: I want to run the Tor des Géants in Italy next September. That's 205 miles. My husband has asked me to please not talk about it at dinner.
""",
    q("A", ":", 'Honestly, not until mile 95. My crew chief kept telling me I was "on pace," and I kept telling her to stop lying to me', "person", "speech", name="Leah Montoya", quote="direct"),
    q("My crew chief", "kept telling", 'I was "on pace,"', "person", "speech"),
    q("I", "kept telling", "her to stop lying to me", "pronoun", "evaluation", name="Leah Montoya"),
    q("A", ":", "He told me to walk the hills and never sit down in an aid station. He says the chair is where races go to die. He was right", "person", "speech", name="Leah Montoya", quote="direct"),
    q("He", "told", "me to walk the hills and never sit down in an aid station", "pronoun", "evaluation", name="her father", near="He told me"),
    q("He", "says", "the chair is where races go to die", "pronoun", "speech", name="her father", near="He says the"),
    q("Doctors", "have warned", "ultra distances are hard on joints", "group", "speech"),
    q("A", ":", "My orthopedist thinks my knees have maybe five more years of this. I think she's being optimistic. I'm going to enjoy them while they work", "person", "speech", name="Leah Montoya", quote="direct"),
    q("My orthopedist", "thinks", "my knees have maybe five more years of this", "person", "belief"),
    q("I", "think", "she's being optimistic", "pronoun", "belief", name="Leah Montoya", near="I think she's"),
    q("A", ":", "I want to run the Tor des Géants in Italy next September. That's 205 miles. My husband has asked me to please not talk about it at dinner", "person", "speech", name="Leah Montoya", quote="direct"),
    q("I", "want to", "run the Tor des Géants in Italy next September", "pronoun", "intent", name="Leah Montoya"),
    q("My husband", "has asked", "me to please not talk about it at dinner", "person", "evaluation"),
    module=__name__)

A("c23-local-converter-thefts", """
Two charged in catalytic converter thefts across three counties

Two Akron men have been charged in connection with a string of catalytic converter thefts that police say cost car owners more than $300,000 over 18 months.

Devon Larkin, 27, and Marcus Tillery, 31, were arrested Friday after a traffic stop on Interstate 77, according to the Summit County Sheriff's Office. Deputies found 14 converters and a battery-powered saw in the trunk, a criminal complaint said.

Sheriff Kandiss Moore said the arrests followed a six-month investigation with police in Stark and Portage counties. "These were not kids playing around," Moore said at a news conference Monday. "This was a business."

F.B.I. agents assisted in tracing the sale of the parts to a scrapyard in Pennsylvania, officials said. The scrapyard's owner has not been charged, and a lawyer for the business, Adam Reiss, told the Beacon Journal that his client "had no idea where those parts came from."

Larkin's attorney, Shauna Mills, said her client would plead not guilty. Tillery's lawyer could not be reached.

Residents of the Highland Square neighborhood, where at least 40 thefts were reported, welcomed the arrests. "I've replaced mine twice," said Ellen Brandt, a retired teacher. "I hope they throw the book at them."

Both men are being held in the Summit County Jail on $50,000 bond.
""",
    q("police", "say", "cost car owners more than $300,000 over 18 months", "group", "speech"),
    q("the Summit County Sheriff's Office", "according to", "Devon Larkin, 27, and Marcus Tillery, 31, were arrested Friday after a traffic stop on Interstate 77", "organization", "speech"),
    q("a criminal complaint", "said", "Deputies found 14 converters and a battery-powered saw in the trunk", "organization", "speech"),
    q("Sheriff Kandiss Moore", "said", "the arrests followed a six-month investigation with police in Stark and Portage counties", "person", "speech"),
    q("Moore", "said", ['"These were not kids playing around,"', '"This was a business."'], "person", "speech", name="Kandiss Moore"),
    q("officials", "said", "F.B.I. agents assisted in tracing the sale of the parts to a scrapyard in Pennsylvania", "group", "speech"),
    q("a lawyer for the business", "told", 'his client "had no idea where those parts came from."', "person", "speech", name="Adam Reiss"),
    q("Larkin's attorney", "said", "her client would plead not guilty", "person", "speech", name="Shauna Mills"),
    q("Residents of the Highland Square neighborhood", "welcomed", "the arrests", "group", "evaluation", at="welcomed "),
    q("Ellen Brandt", "said", ["\"I've replaced mine twice,\"", '"I hope they throw the book at them."'], "person", "speech"),
    q("I", "hope", "they throw the book at them", "pronoun", "intent", name="Ellen Brandt"),
    module=__name__)

A("c24-feature-last-ferry-run", """
Last run of the Island Belle

BAYFIELD, Wis. — For 41 summers, Captain Gus Lindahl has piloted the Island Belle across the two-mile channel to Madeline Island. On Sunday he will make his final crossing.

Lindahl, 73, says he never meant to stay this long. He took the job in 1984 as a summer deckhand, he recalled, because a friend had told him the ferry company paid better than the cannery.

"That friend was wrong, by the way," he said, laughing.

The Madeline Island Ferry Line announced in June that the Belle, built in 1952, would be retired and replaced by a larger diesel-electric vessel. Company spokeswoman Kari Jonsson said the new boat would carry 30 percent more vehicles and cut fuel costs nearly in half.

Lindahl does not argue with the numbers. But longtime passengers say the Belle has a personality the new boat will never match. Marjorie Flood, who has summered on the island since the 1960s, said her late husband once told her that the Belle's horn was "the sound of coming home."

Lindahl plans to spend his retirement fishing — from the shore. "I've had enough of boats," he said. "Don't tell anybody."

The company has invited the public to a farewell crossing at 4 p.m. Sunday.
""",
    q("Lindahl", "says", "he never meant to stay this long", "person", "speech", name="Gus Lindahl"),
    q("he", "recalled", ["He took the job in 1984 as a summer deckhand", "because a friend had told him the ferry company paid better than the cannery"], "pronoun", "speech", name="Gus Lindahl"),
    q("a friend", "had told", "the ferry company paid better than the cannery", "person", "speech"),
    q("he", "said", '"That friend was wrong, by the way,"', "pronoun", "speech", name="Gus Lindahl"),
    q("The Madeline Island Ferry Line", "announced", "the Belle, built in 1952, would be retired and replaced by a larger diesel-electric vessel", "organization", "speech"),
    q("Company spokeswoman Kari Jonsson", "said", "the new boat would carry 30 percent more vehicles and cut fuel costs nearly in half", "person", "speech"),
    q("longtime passengers", "say", "the Belle has a personality the new boat will never match", "group", "speech"),
    q("Marjorie Flood", "said", 'her late husband once told her that the Belle\'s horn was "the sound of coming home."', "person", "speech"),
    q("her late husband", "once told", 'the Belle\'s horn was "the sound of coming home."', "person", "speech"),
    q("Lindahl", "plans to", "spend his retirement fishing — from the shore", "person", "intent", name="Gus Lindahl"),
    q("he", "said", ["\"I've had enough of boats,\"", "\"Don't tell anybody.\""], "pronoun", "speech", name="Gus Lindahl"),
    module=__name__)

A("c25-tabloid-subway-rats", """
RAT PACK ATTACK: Straphangers flee as rodents swarm Q train

Riders on a Manhattan-bound Q train got more than they bargained for Thursday morning when a half-dozen rats poured out of a ceiling panel near Canal Street, sending screaming commuters scrambling over seats.

''It was like a horror movie,'' said Brooklyn nurse Tamika Greene, 38, who was riding to her shift at Bellevue. ''One landed on a guy's shoulder. He didn't even scream. He just left.''

Cellphone video of the chaos racked up more than two million views by Thursday night. In one clip, a man can be heard shouting, ''Everybody off! Everybody off!''

The M.T.A. blamed the mess on a maintenance crew that had left a panel unsecured overnight, a transit source told The News. An agency spokesman, Joe Castellano, would only say that the car had been ''taken out of service for a thorough cleaning.''

Transport Workers Union Local 100 pounced, accusing agency brass of slashing cleaning budgets. ''This is what happens when you treat the people who keep the subway running like an afterthought,'' a union official said.

City Councilman Victor Batista demanded an inspection of every car on the line. Rat experts, meanwhile, say the episode is no surprise. ''Rats go where the food is,'' said pest control consultant Irv Mandelbaum. ''And there is a lot of food on the Q.''
""",
    q("Brooklyn nurse Tamika Greene", "said", ["''It was like a horror movie,''", "''One landed on a guy's shoulder. He didn't even scream. He just left.''"], "person", "speech"),
    q("a man", "can be heard shouting", "''Everybody off! Everybody off!''", "anonymous", "speech"),
    q("a transit source", "told", "The M.T.A. blamed the mess on a maintenance crew that had left a panel unsecured overnight", "anonymous", "speech"),
    q("The M.T.A.", "blamed", "the mess on a maintenance crew that had left a panel unsecured overnight", "organization", "evaluation"),
    q("An agency spokesman", "would only say", "the car had been ''taken out of service for a thorough cleaning.''", "person", "speech", name="Joe Castellano", quote="mixed"),
    q("Transport Workers Union Local 100", "accusing", "agency brass of slashing cleaning budgets", "organization", "evaluation"),
    q("a union official", "said", "''This is what happens when you treat the people who keep the subway running like an afterthought,''", "anonymous", "speech"),
    q("City Councilman Victor Batista", "demanded", "an inspection of every car on the line", "person", "evaluation"),
    q("Rat experts", "say", "the episode is no surprise", "group", "speech"),
    q("pest control consultant Irv Mandelbaum", "said", ["''Rats go where the food is,''", "''And there is a lot of food on the Q.''"], "person", "speech"),
    module=__name__)
