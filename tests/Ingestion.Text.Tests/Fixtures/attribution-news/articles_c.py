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
