"""Policy-heavy business, economy, health and science news: central banks, budgets, regulators, drug approvals,
climate policy, studies and surveys (ids b01-...)."""
from annotate import A, q

A("b01-central-bank-holds-rates", """
Central bank holds rates, signals cuts may come later in the year

FRANKFURT (Wire) — The Eurozone Monetary Authority left its benchmark deposit rate unchanged at 3.25 percent on Thursday, but its president, Ilse Vandermeer, said policymakers were "increasingly confident" that inflation was heading back to target.

"We are not there yet," Ms. Vandermeer told a news conference after the meeting. "But the data of the last three months point in the right direction, and we will not wait for perfection before we act."

Figures published last week by the statistics office showed consumer prices rising 2.6 percent in the year to October, down from 3.1 percent in the summer. Core inflation, which strips out food and energy, remains stubborn, the bank's own staff projections suggest.

Two members of the governing council argued for an immediate cut of a quarter point, according to people familiar with the discussion. One of them, the people said, warned that waiting risked pushing the manufacturing sector into recession. Ms. Vandermeer declined to say how the vote had split, saying only that the decision had been taken "by a clear majority."

Markets had largely priced in a pause. Futures trading suggests investors expect the first cut in March, and most economists surveyed by the Financial Courier before the meeting forecast two cuts by the end of next year.

"The tone was more dovish than the statement," said Pieter Hals, chief economist at Nordbank in Amsterdam. "She's opening the door without walking through it." Hals added that wage growth, which hit 4.8 percent in the third quarter, was the figure the council was watching most closely.

Others were less convinced. Marta Ferreira, an economist at the Lisbon Institute for Economic Studies, called the decision "a mistake that households in the south will pay for," and noted that mortgage arrears in Portugal and Spain had risen for four straight quarters.

German Finance Minister Klaus Reinholt, who has repeatedly urged the bank to hold its nerve, welcomed the decision in a brief statement. Italy's government, by contrast, has pressed for faster relief. Rome is expected to renew that call at a meeting of finance ministers on Monday.

A survey of 4,000 businesses published alongside the decision found that firms expect their selling prices to rise more slowly in the coming six months than at any point since 2021. The bank's next meeting is on Dec. 12.
""",
    q("its president", "said", 'policymakers were "increasingly confident" that inflation was heading back to target', "person", "speech", name="Ilse Vandermeer"),
    q("Ms. Vandermeer", "told", ['"We are not there yet,"', '"But the data of the last three months point in the right direction, and we will not wait for perfection before we act."'], "person", "speech", name="Ilse Vandermeer"),
    q("Figures published last week by the statistics office", "showed", "consumer prices rising 2.6 percent in the year to October, down from 3.1 percent in the summer", "organization", "evidence", name="the statistics office"),
    q("the bank's own staff projections", "suggest", "Core inflation, which strips out food and energy, remains stubborn", "organization", "evidence"),
    q("Two members of the governing council", "argued for", "an immediate cut of a quarter point", "group", "evaluation"),
    q("people familiar with the discussion", "according to", "Two members of the governing council argued for an immediate cut of a quarter point", "anonymous", "speech"),
    q("the people", "said", ["One of them", "warned that waiting risked pushing the manufacturing sector into recession"], "anonymous", "speech", name="people familiar with the discussion"),
    q("One of them", "warned", "waiting risked pushing the manufacturing sector into recession", "anonymous", "speech"),
    q("Ms. Vandermeer", "declined to say", "how the vote had split", "person", "speech", name="Ilse Vandermeer"),
    q(None, "saying", 'the decision had been taken "by a clear majority."', "none", "speech", name="Ilse Vandermeer"),
    q("Futures trading", "suggests", "investors expect the first cut in March", "group", "evidence"),
    q("investors", "expect", "the first cut in March", "group", "belief"),
    q("most economists surveyed by the Financial Courier before the meeting", "forecast", "two cuts by the end of next year", "group", "belief"),
    q("Pieter Hals", "said", ['"The tone was more dovish than the statement,"', "\"She's opening the door without walking through it.\""], "person", "speech"),
    q("Hals", "added", "wage growth, which hit 4.8 percent in the third quarter, was the figure the council was watching most closely", "person", "speech", name="Pieter Hals"),
    q("Marta Ferreira", "called", 'the decision "a mistake that households in the south will pay for,"', "person", "evaluation"),
    q(None, "noted", "mortgage arrears in Portugal and Spain had risen for four straight quarters", "none", "speech", name="Marta Ferreira"),
    q("who", "has repeatedly urged", "the bank to hold its nerve", "pronoun", "evaluation", name="Klaus Reinholt"),
    q("German Finance Minister Klaus Reinholt", "welcomed", "the decision", "person", "evaluation", at="hold its nerve"),
    q("Italy's government", "has pressed for", "faster relief", "organization", "evaluation"),
    q(None, "is expected to", ["Rome", "renew that call at a meeting of finance ministers on Monday"], "none", "belief"),
    q("A survey of 4,000 businesses published alongside the decision", "found", "firms expect their selling prices to rise more slowly in the coming six months than at any point since 2021", "organization", "evidence"),
    q("firms", "expect", "their selling prices to rise more slowly in the coming six months than at any point since 2021", "group", "belief"),
    module=__name__)

A("b02-drug-approval-alzheimers", """
Regulator approves second antibody for early Alzheimer's, with strict warning label

WASHINGTON — Federal regulators on Wednesday approved an antibody drug for early-stage Alzheimer's disease, the second treatment of its kind to reach the U.S. market, despite concerns among some of the agency's own advisers that its benefits are modest and its risks significant.

The Food and Drug Administration said in a statement that the drug, donemarab, would carry a boxed warning about brain swelling and bleeding, which appeared on scans in about one in five patients in the main clinical trial. The agency said doctors should test patients for a gene variant that raises the risk before prescribing it.

Trial results published in March showed that patients who received the monthly infusion declined 27 percent more slowly over 18 months on a standard memory and function scale than those given a placebo. Dr. Aaron Whitlock, the neurologist who led the trial, called the approval "a real step forward for families who have had nothing to hope for."

Not everyone agrees. Dr. Naomi Esterhaus, a geriatrician at Columbia who sat on the FDA's advisory panel in June, said she still doubted that patients would notice the difference in their daily lives. "Slowing decline by a few months is not nothing," she said. "But we are asking frail people to accept real danger for a benefit they may not feel."

The drug's maker, Halvern Therapeutics, said it planned to price the treatment at $24,500 a year, below its main competitor. Chief executive Lorna Beck told investors on a call that the company expected 40,000 patients to begin treatment in the first year. Analysts at Morrow & Pike suggested in a note that the figure was optimistic, pointing out that few hospitals have enough MRI capacity to monitor patients.

Medicare officials are expected to decide within weeks whether to cover the drug without requiring patients to enroll in a registry. A senior official, who was not authorized to speak publicly, said the agency was leaning toward broad coverage.

Patient groups welcomed the news. The Alzheimer's Family Alliance urged insurers to "move quickly and not put up paperwork walls." A poll the group commissioned last year found that 68 percent of caregivers would accept serious side effects for a chance to delay decline.

Halvern's shares rose 9 percent in after-hours trading.
""",
    q("some of the agency's own advisers", "concerns", "its benefits are modest and its risks significant", "group", "belief"),
    q("The Food and Drug Administration", "said in a statement", "the drug, donemarab, would carry a boxed warning about brain swelling and bleeding, which appeared on scans in about one in five patients in the main clinical trial", "organization", "speech"),
    q("The agency", "said", "doctors should test patients for a gene variant that raises the risk before prescribing it", "organization", "speech", name="The Food and Drug Administration"),
    q("Trial results published in March", "showed", "patients who received the monthly infusion declined 27 percent more slowly over 18 months on a standard memory and function scale than those given a placebo", "organization", "evidence"),
    q("Dr. Aaron Whitlock", "called", 'the approval "a real step forward for families who have had nothing to hope for."', "person", "evaluation"),
    q("Dr. Naomi Esterhaus", "said", "she still doubted that patients would notice the difference in their daily lives", "person", "speech"),
    q("she", "doubted", "patients would notice the difference in their daily lives", "pronoun", "belief", name="Naomi Esterhaus"),
    q("she", "said", ['"Slowing decline by a few months is not nothing,"', '"But we are asking frail people to accept real danger for a benefit they may not feel."'], "pronoun", "speech", name="Naomi Esterhaus"),
    q("The drug's maker", "said", "it planned to price the treatment at $24,500 a year, below its main competitor", "organization", "speech", name="Halvern Therapeutics"),
    q("it", "planned", "to price the treatment at $24,500 a year, below its main competitor", "pronoun", "intent", name="Halvern Therapeutics"),
    q("Chief executive Lorna Beck", "told", "the company expected 40,000 patients to begin treatment in the first year", "person", "speech"),
    q("the company", "expected", "40,000 patients to begin treatment in the first year", "organization", "belief", name="Halvern Therapeutics"),
    q("Analysts at Morrow & Pike", "suggested", "the figure was optimistic", "group", "belief"),
    q(None, "pointing out", "few hospitals have enough MRI capacity to monitor patients", "none", "speech", name="Analysts at Morrow & Pike"),
    q(None, "are expected to", ["Medicare officials", "decide within weeks whether to cover the drug without requiring patients to enroll in a registry"], "none", "belief"),
    q("A senior official", "said", "the agency was leaning toward broad coverage", "anonymous", "speech"),
    q("Patient groups", "welcomed", "the news", "group", "evaluation"),
    q("The Alzheimer's Family Alliance", "urged", 'insurers to "move quickly and not put up paperwork walls."', "organization", "evaluation"),
    q("A poll the group commissioned last year", "found", "68 percent of caregivers would accept serious side effects for a chance to delay decline", "organization", "evidence"),
    module=__name__)

A("b03-budget-deficit-plan", """
Treasurer's budget: deficit to halve in three years

CANBERRA — Treasurer Helen Marsh unveiled a budget on Tuesday that she said would cut the federal deficit by half within three years, relying on a new levy on large mining companies and a freeze on the number of public service jobs.

"This is a budget for people who pay the bills," Ms Marsh told Parliament. "We are asking those who have done best out of the resources boom to pay a little more, and we are asking the government itself to live within its means."

Treasury forecasts released with the budget show the deficit falling from A$42 billion this year to A$19 billion in 2029, while growth is projected to slow to 1.9 percent next year. The Parliamentary Budget Office, in a separate analysis, estimated that the mining levy would raise A$6.4 billion over four years, about A$1 billion less than the government claims.

Opposition Leader Grant Feeney accused the government of "taxing the industry that keeps the lights on" and said the Coalition would vote against the levy in the Senate. He told reporters he feared investment would flow to Canada and Chile.

The Minerals Council, which represents the largest miners, warned that three planned projects in Western Australia could be shelved. Its chief executive, Robyn Tait, said the industry had not been consulted. "We read about it in the newspaper like everyone else," she said.

Economists were broadly supportive of the government's aim but questioned its arithmetic. "The revenue side is believable; the spending side is heroic," said Callum Price, a former Treasury official now at the Grattan Forum. He noted that health spending has grown faster than forecast in each of the last six budgets.

The Greens, whose votes the government will need in the Senate, welcomed the levy but demanded that the money be spent on public housing. Greens Senator Imogen Fahey said her party wanted "concrete numbers, not a promise."

Welfare groups were less impressed. The Council of Social Services said the budget did nothing for the 1.2 million people on unemployment benefits, which, it noted, have not risen in real terms since 2022.

The government is understood to be preparing a second package for the states before the election, which is due by May. Ms Marsh refused to discuss it. "There's a budget on the table today," she said. "Read it."

A Newspoll survey published on Monday showed 54 percent of voters supported a higher tax on mining profits.
""",
    q("Treasurer's budget", ":", "deficit to halve in three years", "organization", "speech", name="Helen Marsh"),
    q("she", "said", "would cut the federal deficit by half within three years, relying on a new levy on large mining companies and a freeze on the number of public service jobs", "pronoun", "speech", name="Helen Marsh"),
    q("Ms Marsh", "told", ['"This is a budget for people who pay the bills,"', '"We are asking those who have done best out of the resources boom to pay a little more, and we are asking the government itself to live within its means."'], "person", "speech", name="Helen Marsh"),
    q("Treasury forecasts released with the budget", "show", "the deficit falling from A$42 billion this year to A$19 billion in 2029, while growth is projected to slow to 1.9 percent next year", "organization", "evidence"),
    q(None, "is projected to", ["growth", "slow to 1.9 percent next year"], "none", "belief"),
    q("The Parliamentary Budget Office", "estimated", "the mining levy would raise A$6.4 billion over four years, about A$1 billion less than the government claims", "organization", "evidence"),
    q("Opposition Leader Grant Feeney", "accused", 'the government of "taxing the industry that keeps the lights on"', "person", "evaluation"),
    q(None, "said", "the Coalition would vote against the levy in the Senate", "none", "speech", name="Grant Feeney"),
    q("He", "told", "he feared investment would flow to Canada and Chile", "pronoun", "speech", name="Grant Feeney"),
    q("he", "feared", "investment would flow to Canada and Chile", "pronoun", "belief", name="Grant Feeney"),
    q("The Minerals Council", "warned", "three planned projects in Western Australia could be shelved", "organization", "speech"),
    q("Its chief executive", "said", "the industry had not been consulted", "person", "speech", name="Robyn Tait"),
    q("she", "said", '"We read about it in the newspaper like everyone else,"', "pronoun", "speech", name="Robyn Tait"),
    q("Economists", "questioned", "its arithmetic", "group", "question"),
    q("Callum Price", "said", '"The revenue side is believable; the spending side is heroic,"', "person", "speech"),
    q("He", "noted", "health spending has grown faster than forecast in each of the last six budgets", "pronoun", "speech", name="Callum Price"),
    q("The Greens", "welcomed", "the levy", "organization", "evaluation", at="welcomed"),
    q(None, "demanded", "the money be spent on public housing", "none", "evaluation", name="The Greens"),
    q("Greens Senator Imogen Fahey", "said", 'her party wanted "concrete numbers, not a promise."', "person", "speech"),
    q("her party", "wanted", '"concrete numbers, not a promise."', "organization", "intent", name="The Greens"),
    q("The Council of Social Services", "said", "the budget did nothing for the 1.2 million people on unemployment benefits, which, it noted, have not risen in real terms since 2022", "organization", "speech"),
    q("it", "noted", ["which", "have not risen in real terms since 2022"], "pronoun", "speech", name="The Council of Social Services", at="unemployment benefits,"),
    q(None, "is understood to", ["The government", "be preparing a second package for the states before the election"], "none", "belief"),
    q("Ms Marsh", "refused to discuss", "it", "person", "speech", name="Helen Marsh", at="refused to discuss"),
    q("she", "said", ["\"There's a budget on the table today,\"", '"Read it."'], "pronoun", "speech", name="Helen Marsh"),
    q("A Newspoll survey published on Monday", "showed", "54 percent of voters supported a higher tax on mining profits", "outlet", "evidence"),
    module=__name__)

A("b04-emissions-trading-expansion", """
Ministers agree to extend carbon market to heating and road fuel

BRUSSELS — Environment ministers agreed late on Monday to extend the bloc's carbon market to home heating and road fuel from 2028, a year later than the European Commission had proposed, after Poland and Hungary warned the plan would punish poorer households.

Climate Commissioner Anneliese Dorn said the deal kept the bloc "firmly on track" to cut emissions 55 percent by 2030. She acknowledged that the delay was a concession but insisted it was a small price for unanimity. "One year is not the end of the world," she said. "A collapse of the deal would have been."

Polish Climate Minister Tomasz Wrona told reporters his government had secured a larger social climate fund, worth 86 billion euros, to compensate low-income families. He claimed that without the fund, heating bills in rural Poland could have risen by a third.

An analysis by the research group Carbon Ledger, published last month, found that the new market could raise fuel prices by 10 to 12 cents a liter in its first year. The group's director, Sven Aalto, said the fund would cover only part of that for most families. "It's the right policy with the wrong timing," Mr. Aalto said.

Environmental campaigners condemned the delay. Greenwatch Europe described the outcome as "a gift to the oil lobby," while the Climate Action Network argued that every year of delay locks in more fossil-fuel boilers.

Industry reacted more warmly. FuelsEurope, which represents refiners, said it welcomed "a realistic timetable." Diplomats said privately that France had pushed hardest for the compromise, fearing a repeat of the fuel-tax protests of 2018.

The agreement must still be approved by the European Parliament, where lawmakers are said to be divided. Dutch Green lawmaker Femke Oosterhuis, who negotiates for the Parliament, wrote on social media that she would "not rubber-stamp a watered-down deal."

A Eurobarometer survey released in September showed that 71 percent of Europeans want faster action on climate change, but only 38 percent said they would pay more for fuel to achieve it.

Separately, officials said the Commission intends to propose a 2040 target of a 90 percent cut by early next year. The proposal is likely to face resistance from several capitals, according to a diplomat involved in the talks, who asked not to be named because the discussions are confidential.

Markets shrugged off the news. The price of a carbon permit in the existing market closed at 71 euros a ton.
""",
    q("Poland and Hungary", "warned", "the plan would punish poorer households", "organization", "speech"),
    q("Climate Commissioner Anneliese Dorn", "said", 'the deal kept the bloc "firmly on track" to cut emissions 55 percent by 2030', "person", "speech"),
    q("She", "acknowledged", "the delay was a concession", "pronoun", "speech", name="Anneliese Dorn"),
    q(None, "insisted", "it was a small price for unanimity", "none", "speech", name="Anneliese Dorn"),
    q("she", "said", ['"One year is not the end of the world,"', '"A collapse of the deal would have been."'], "pronoun", "speech", name="Anneliese Dorn"),
    q("Polish Climate Minister Tomasz Wrona", "told", "his government had secured a larger social climate fund, worth 86 billion euros, to compensate low-income families", "person", "speech"),
    q("He", "claimed", "without the fund, heating bills in rural Poland could have risen by a third", "pronoun", "speech", name="Tomasz Wrona"),
    q("An analysis by the research group Carbon Ledger", "found", "the new market could raise fuel prices by 10 to 12 cents a liter in its first year", "organization", "evidence", name="Carbon Ledger"),
    q("The group's director", "said", "the fund would cover only part of that for most families", "person", "speech", name="Sven Aalto"),
    q("Mr. Aalto", "said", "\"It's the right policy with the wrong timing,\"", "person", "speech", name="Sven Aalto"),
    q("Environmental campaigners", "condemned", "the delay", "group", "evaluation", at="condemned"),
    q("Greenwatch Europe", "described", 'the outcome as "a gift to the oil lobby,"', "organization", "evaluation"),
    q("the Climate Action Network", "argued", "every year of delay locks in more fossil-fuel boilers", "organization", "speech"),
    q("FuelsEurope", "said", 'it welcomed "a realistic timetable."', "organization", "speech"),
    q("it", "welcomed", '"a realistic timetable."', "pronoun", "evaluation", name="FuelsEurope"),
    q("Diplomats", "said privately", "France had pushed hardest for the compromise, fearing a repeat of the fuel-tax protests of 2018", "anonymous", "speech"),
    q(None, "fearing", "a repeat of the fuel-tax protests of 2018", "none", "belief", name="France"),
    q(None, "are said to", ["lawmakers", "be divided"], "none", "speech"),
    q("Dutch Green lawmaker Femke Oosterhuis", "wrote", 'she would "not rubber-stamp a watered-down deal."', "person", "speech"),
    q("A Eurobarometer survey released in September", "showed", "71 percent of Europeans want faster action on climate change, but only 38 percent said they would pay more for fuel to achieve it", "organization", "evidence"),
    q("only 38 percent", "said", "they would pay more for fuel to achieve it", "group", "speech", name="Europeans"),
    q("officials", "said", "the Commission intends to propose a 2040 target of a 90 percent cut by early next year", "group", "speech"),
    q("the Commission", "intends", "to propose a 2040 target of a 90 percent cut by early next year", "organization", "intent"),
    q("a diplomat involved in the talks", "according to", "The proposal is likely to face resistance from several capitals", "anonymous", "speech"),
    module=__name__)

A("b05-ultraprocessed-food-study", """
Diets heavy in ultra-processed food linked to faster cognitive decline, study finds

People who get more than a fifth of their daily calories from ultra-processed foods such as packaged snacks, soft drinks and ready meals showed faster declines in memory and reasoning over a decade, according to a large study published on Wednesday in the journal Neurology Open.

Researchers at the University of Porto followed 11,400 adults aged 50 and over in Portugal and Brazil. Those in the highest quarter of consumption declined about 25 percent faster on standard cognitive tests than those in the lowest quarter, the authors reported, even after accounting for income, education, smoking and physical activity.

"The association was consistent across both countries and across the different tests," said the study's lead author, Dr. Beatriz Coelho, an epidemiologist. "That makes us think it is not simply an accident of one population."

But Dr. Coelho stressed that the study could not prove that processed food caused the decline. "People who eat a lot of these products may differ in ways we did not measure," she said.

Outside experts were cautious. Professor Malcolm Reid, a nutritional scientist at the University of Edinburgh who was not involved in the research, said the findings were "plausible but not conclusive." He pointed out that participants reported their own diets on questionnaires, which are known to be unreliable.

The food industry pushed back harder. The Consumer Brands Council said in a statement that the term "ultra-processed" lumped together products as different as wholegrain bread and candy, and called the category "scientifically meaningless."

The study adds to a growing body of evidence. A review of 45 earlier studies, published last year, found links between heavy consumption of such foods and higher rates of heart disease, type 2 diabetes and depression.

Regulators are paying attention. Brazil's health ministry is reportedly considering warning labels for products that contain certain additives, and Britain's food standards agency has said it will review the evidence next year.

Q&A with the lead author

Q: Should people stop eating ultra-processed food?

COELHO: I would not say stop. I would say reduce, and cook from whole ingredients when you can. The people at the lowest level of consumption in our study still ate some of these foods.

Q: What would convince you that the link is causal?

COELHO: A long randomized trial. It is expensive and difficult, but I believe it can be done, and we are applying for funding now.
""",
    q("a large study published on Wednesday in the journal Neurology Open", "according to", "People who get more than a fifth of their daily calories from ultra-processed foods such as packaged snacks, soft drinks and ready meals showed faster declines in memory and reasoning over a decade", "organization", "evidence"),
    q("study", "finds", "Diets heavy in ultra-processed food linked to faster cognitive decline", "organization", "evidence"),
    q("the authors", "reported", "Those in the highest quarter of consumption declined about 25 percent faster on standard cognitive tests than those in the lowest quarter", "group", "evidence"),
    q("the study's lead author", "said", ['"The association was consistent across both countries and across the different tests,"', '"That makes us think it is not simply an accident of one population."'], "person", "speech", name="Beatriz Coelho"),
    q("us", "think", "it is not simply an accident of one population", "pronoun", "belief", name="the researchers at the University of Porto"),
    q("Dr. Coelho", "stressed", "the study could not prove that processed food caused the decline", "person", "speech", name="Beatriz Coelho"),
    q("she", "said", '"People who eat a lot of these products may differ in ways we did not measure,"', "pronoun", "speech", name="Beatriz Coelho"),
    q("Professor Malcolm Reid", "said", 'the findings were "plausible but not conclusive."', "person", "speech"),
    q("He", "pointed out", "participants reported their own diets on questionnaires, which are known to be unreliable", "pronoun", "speech", name="Malcolm Reid"),
    q("The Consumer Brands Council", "said in a statement", 'the term "ultra-processed" lumped together products as different as wholegrain bread and candy', "organization", "speech"),
    q(None, "called", 'the category "scientifically meaningless."', "none", "evaluation", name="The Consumer Brands Council"),
    q("A review of 45 earlier studies", "found", "links between heavy consumption of such foods and higher rates of heart disease, type 2 diabetes and depression", "organization", "evidence", name="A review of 45 earlier studies"),
    q(None, "reportedly", ["Brazil's health ministry", "considering warning labels for products that contain certain additives"], "none", "speech"),
    q("Britain's food standards agency", "has said", "it will review the evidence next year", "organization", "speech"),
    q("Q", ":", "Should people stop eating ultra-processed food?", "anonymous", "question", name="reporter", quote="direct"),
    q("COELHO", ":", "I would not say stop. I would say reduce, and cook from whole ingredients when you can. The people at the lowest level of consumption in our study still ate some of these foods", "person", "speech", name="Beatriz Coelho", quote="direct"),
    q("Q", ":", "What would convince you that the link is causal?", "anonymous", "question", name="reporter", quote="direct", at="ate some of these foods"),
    q("COELHO", ":", "A long randomized trial. It is expensive and difficult, but I believe it can be done, and we are applying for funding now", "person", "speech", name="Beatriz Coelho", quote="direct"),
    q("I", "believe", "it can be done", "pronoun", "belief", name="Beatriz Coelho"),
    module=__name__)

A("b06-competition-authority-grocery-merger", """
Competition watchdog blocks £7bn grocery merger

LONDON — Britain’s competition regulator on Thursday blocked the proposed £7.3 billion merger of the supermarket chains Harcourt’s and FreshWay, concluding that the deal would leave shoppers in more than 200 towns with higher prices and fewer choices.

The Competition and Markets Authority said its 18-month investigation had found that the combined company would control more than 40 percent of the grocery market in large parts of the Midlands and the north of England. “The evidence was clear,” said Dame Ruth Abernethy, who chaired the inquiry panel. “This merger would have hurt the households that can least afford it.”

The companies had argued that the deal would let them cut costs by £500 million a year and pass savings on to customers. The regulator rejected that claim, saying there was “no reliable mechanism” to ensure that savings would reach shoppers rather than shareholders.

Harcourt’s chief executive, Simon Lyle, said he was “deeply disappointed” and did not rule out an appeal to the Competition Appeal Tribunal. “We believe the panel has misunderstood how people shop today,” Mr Lyle said in a statement, adding that online rivals and discounters had transformed the market.

FreshWay’s board said it would “consider all options,” which analysts took to mean the company could be put up for sale again. Two people close to the board said a private equity firm had already made informal contact.

Consumer groups praised the decision. Which Shopper, the consumer association, called it “a win for every family doing a weekly shop,” and said its own price checks showed prices in towns with only one big supermarket were 6 percent higher on average.

Investors were less enthusiastic. Shares in Harcourt’s fell 11 percent in morning trading. Jamie Okafor, a retail analyst at Balfour Securities, said the ruling had “removed the only growth story the company had.” He expects Harcourt’s to announce job cuts within months.

The decision is the third major deal the regulator has blocked this year, and some business leaders have accused it of hostility to investment. The Business Secretary, Lorraine Tewk, is understood to have asked officials to review the authority’s remit, according to two government sources. A spokesperson for the department declined to comment on what they called “speculation.”

Abernethy dismissed suggestions that the regulator was anti-business. “We approve the overwhelming majority of deals we look at,” she told the BBC. “We block the ones that would hurt people.”
""",
    q("Britain’s competition regulator", "concluding", "the deal would leave shoppers in more than 200 towns with higher prices and fewer choices", "organization", "belief", name="The Competition and Markets Authority"),
    q("The Competition and Markets Authority", "said", "its 18-month investigation had found that the combined company would control more than 40 percent of the grocery market in large parts of the Midlands and the north of England", "organization", "speech"),
    q("its 18-month investigation", "had found", "the combined company would control more than 40 percent of the grocery market in large parts of the Midlands and the north of England", "organization", "evidence", name="The Competition and Markets Authority"),
    q("Dame Ruth Abernethy", "said", ["“The evidence was clear,”", "“This merger would have hurt the households that can least afford it.”"], "person", "speech"),
    q("The companies", "had argued", "the deal would let them cut costs by £500 million a year and pass savings on to customers", "group", "speech"),
    q("The regulator", "rejected", "that claim", "organization", "evaluation", name="The Competition and Markets Authority"),
    q(None, "saying", "there was “no reliable mechanism” to ensure that savings would reach shoppers rather than shareholders", "none", "speech", name="The Competition and Markets Authority"),
    q("Harcourt’s chief executive", "said", "he was “deeply disappointed”", "person", "speech", name="Simon Lyle"),
    q(None, "did not rule out", "an appeal to the Competition Appeal Tribunal", "none", "intent", name="Simon Lyle"),
    q("Mr Lyle", "said in a statement", "“We believe the panel has misunderstood how people shop today,”", "person", "speech", name="Simon Lyle"),
    q("We", "believe", "the panel has misunderstood how people shop today", "pronoun", "belief", name="Harcourt’s"),
    q(None, "adding", "online rivals and discounters had transformed the market", "none", "speech", name="Simon Lyle"),
    q("FreshWay’s board", "said", "it would “consider all options,”", "organization", "speech"),
    q("analysts", "took", "to mean the company could be put up for sale again", "group", "belief"),
    q("Two people close to the board", "said", "a private equity firm had already made informal contact", "anonymous", "speech"),
    q("Consumer groups", "praised", "the decision", "group", "evaluation", at="Consumer groups"),
    q("Which Shopper", "called", "it “a win for every family doing a weekly shop,”", "organization", "evaluation"),
    q(None, "said", "its own price checks showed prices in towns with only one big supermarket were 6 percent higher on average", "none", "speech", name="Which Shopper"),
    q("its own price checks", "showed", "prices in towns with only one big supermarket were 6 percent higher on average", "organization", "evidence", name="Which Shopper"),
    q("Jamie Okafor", "said", "the ruling had “removed the only growth story the company had.”", "person", "speech"),
    q("He", "expects", "Harcourt’s to announce job cuts within months", "pronoun", "belief", name="Jamie Okafor"),
    q("some business leaders", "have accused", "it of hostility to investment", "group", "evaluation"),
    q(None, "is understood to", ["The Business Secretary", "have asked officials to review the authority’s remit"], "none", "belief", name="Lorraine Tewk"),
    q("two government sources", "according to", "The Business Secretary, Lorraine Tewk, is understood to have asked officials to review the authority’s remit", "anonymous", "speech"),
    q("A spokesperson for the department", "declined to comment", "on what they called “speculation.”", "anonymous", "speech"),
    q("Abernethy", "dismissed", "suggestions that the regulator was anti-business", "person", "evaluation", name="Dame Ruth Abernethy"),
    q("she", "told", ["“We approve the overwhelming majority of deals we look at,”", "“We block the ones that would hurt people.”"], "pronoun", "speech", name="Dame Ruth Abernethy"),
    module=__name__)

A("b07-jobs-report-live", """
Live: U.S. jobs report — hiring slows sharply in November

8:31 a.m. ET — The economy added 94,000 jobs in November, far fewer than the 160,000 economists polled by Dow Jones had expected, the Labor Department said. The unemployment rate rose to 4.4 percent from 4.2 percent.

8:36 a.m. — Revisions show that hiring in September and October was 61,000 lower than first reported, the department said. "That's the number that jumps out," said Rachel Bloom, chief U.S. economist at Carrow Capital. "The labor market is cooling faster than the headline suggests."

8:42 a.m. — Average hourly earnings rose 0.2 percent on the month and 3.6 percent from a year earlier. Economists at Goldfield wrote in a note that wage growth was now "fully consistent" with the Fed's 2 percent inflation target.

8:50 a.m. — Treasury yields fell. Traders now see a 78 percent chance of a rate cut at the Fed's meeting next week, up from 55 percent on Thursday, according to the CME FedWatch tool.

9:05 a.m. — The White House welcomed the wage numbers. "Paychecks are growing faster than prices for the 20th month in a row," press secretary Dana Whitcombe posted on X. She did not mention the slowdown in hiring.

9:12 a.m. — Senate Minority Leader Paul Oberst blamed the administration's tariffs. "Factories are not hiring because they can't plan," he said in a statement. Manufacturing lost 18,000 jobs, the department's data showed, the fourth monthly decline in a row.

9:20 a.m. — Is this a recession signal? Not yet, says Marcus Yee of the Brookings Policy Lab. "A rise of two-tenths in unemployment is worth watching, not panicking about," he told us. But he acknowledged that the so-called Sahm rule, which has flagged every recession since 1970, is "uncomfortably close" to being triggered.

9:34 a.m. — Fed Governor Lydia Fairbanks, speaking at a conference in Chicago, said she saw "no reason to hesitate" on a cut. She is the first Fed official to comment publicly since the report. Reuters reported that at least two regional Fed presidents have privately argued for a pause.

9:41 a.m. — Health care and government were the only sectors adding more than 20,000 jobs. Retailers cut 12,000 positions heading into the holiday season, which surprised analysts. "Either stores hired early or they are not expecting a big Christmas," wrote Tomasz Lewandowski of Beacon Research.

9:50 a.m. — Stocks opened higher. The S&P 500 rose 0.6 percent in the first minutes of trading.
""",
    q("economists polled by Dow Jones", "had expected", "160,000", "group", "belief"),
    q("the Labor Department", "said", "The economy added 94,000 jobs in November, far fewer than the 160,000 economists polled by Dow Jones had expected", "organization", "speech"),
    q("Revisions", "show", "hiring in September and October was 61,000 lower than first reported", "organization", "evidence", name="the Labor Department"),
    q("the department", "said", "Revisions show that hiring in September and October was 61,000 lower than first reported", "organization", "speech", name="the Labor Department"),
    q("Rachel Bloom", "said", ['"That\'s the number that jumps out,"', '"The labor market is cooling faster than the headline suggests."'], "person", "speech"),
    q("Economists at Goldfield", "wrote in a note", 'wage growth was now "fully consistent" with the Fed\'s 2 percent inflation target', "group", "speech"),
    q("Traders", "see", "a 78 percent chance of a rate cut at the Fed's meeting next week, up from 55 percent on Thursday", "group", "belief"),
    q("the CME FedWatch tool", "according to", "Traders now see a 78 percent chance of a rate cut at the Fed's meeting next week, up from 55 percent on Thursday", "organization", "evidence"),
    q("The White House", "welcomed", "the wage numbers", "organization", "evaluation"),
    q("press secretary Dana Whitcombe", "posted", '"Paychecks are growing faster than prices for the 20th month in a row,"', "person", "speech"),
    q("She", "did not mention", "the slowdown in hiring", "pronoun", "speech", name="Dana Whitcombe"),
    q("Senate Minority Leader Paul Oberst", "blamed", "the administration's tariffs", "person", "evaluation"),
    q("he", "said in a statement", "\"Factories are not hiring because they can't plan,\"", "pronoun", "speech", name="Paul Oberst"),
    q("the department's data", "showed", "Manufacturing lost 18,000 jobs", "organization", "evidence", name="the Labor Department"),
    q("Marcus Yee of the Brookings Policy Lab", "says", "Not yet", "person", "speech", name="Marcus Yee"),
    q("he", "told", '"A rise of two-tenths in unemployment is worth watching, not panicking about,"', "pronoun", "speech", name="Marcus Yee"),
    q("he", "acknowledged", 'the so-called Sahm rule, which has flagged every recession since 1970, is "uncomfortably close" to being triggered', "pronoun", "speech", name="Marcus Yee"),
    q("Fed Governor Lydia Fairbanks", "said", 'she saw "no reason to hesitate" on a cut', "person", "speech"),
    q("Reuters", "reported", "at least two regional Fed presidents have privately argued for a pause", "outlet", "speech"),
    q("at least two regional Fed presidents", "have privately argued for", "a pause", "group", "evaluation"),
    q("Tomasz Lewandowski of Beacon Research", "wrote", '"Either stores hired early or they are not expecting a big Christmas,"', "person", "speech", name="Tomasz Lewandowski"),
    module=__name__)

A("b08-measles-outbreak-health-ministry", """
Health officials: measles outbreak in southern province now largest in 20 years

JOHANNESBURG — A measles outbreak in Limpopo province has grown to more than 1,900 confirmed cases and 14 deaths, the National Institute for Communicable Diseases said on Friday, making it the largest in South Africa in two decades.

Health Minister Thandiwe Mokoena told a briefing in Pretoria that the government would send 300 additional nurses to the province and extend a vaccination drive to adults under 30. "We are behind, and I will not pretend otherwise," she said. "But we know how to stop measles. We have done it before."

Data from the institute suggest that about 70 percent of those infected had not received both doses of the vaccine. Vaccination coverage for the second dose in the province fell to 74 percent in 2025, well below the 95 percent experts say is needed to prevent outbreaks, according to figures from the provincial health department.

Dr. Sipho Ndlovu, an epidemiologist at the University of the Witwatersrand, said the decline was partly the result of disruption during the pandemic and partly of growing mistrust. He warned that misinformation spread on messaging apps had persuaded some parents that the vaccine was unsafe. "We hear the same rumors in clinic after clinic," he said.

The World Health Organization said it was sending a team of specialists and had released emergency funds. Its regional director, Dr. Amara Diallo, praised the government's "swift and transparent" response but urged neighbouring countries to check the vaccination status of travellers from the affected districts.

Opposition health spokesperson Johan Pretorius accused the ministry of ignoring warnings. He pointed to a report by the auditor-general, published in March, which found that a third of rural clinics in Limpopo had run out of vaccines at least once in the previous year. "They were told, in writing, and they did nothing," Mr. Pretorius said.

The ministry denied that stockouts were to blame. A spokesman, Lebo Sithole, said supply problems had been fixed by June and insisted that "every clinic in the province now has vaccine."

Parents interviewed in Polokwane gave mixed accounts. Grace Maluleke, a mother of three, said she had waited four hours at a clinic last week. "I want my children protected," she said, "but I can't lose a day's pay every time."

Schools in the two worst-hit districts are expected to reopen on Monday. Officials believe the number of new cases could peak within three weeks if the campaign reaches its targets, though the minister warned that "believe is not the same as know."
""",
    q("Health officials", ":", "measles outbreak in southern province now largest in 20 years", "group", "speech"),
    q("the National Institute for Communicable Diseases", "said", "A measles outbreak in Limpopo province has grown to more than 1,900 confirmed cases and 14 deaths", "organization", "speech"),
    q("Health Minister Thandiwe Mokoena", "told", "the government would send 300 additional nurses to the province and extend a vaccination drive to adults under 30", "person", "speech"),
    q("she", "said", ['"We are behind, and I will not pretend otherwise,"', '"But we know how to stop measles. We have done it before."'], "pronoun", "speech", name="Thandiwe Mokoena"),
    q("Data from the institute", "suggest", "about 70 percent of those infected had not received both doses of the vaccine", "organization", "evidence", name="the National Institute for Communicable Diseases"),
    q("experts", "say", "is needed to prevent outbreaks", "group", "speech"),
    q("figures from the provincial health department", "according to", "Vaccination coverage for the second dose in the province fell to 74 percent in 2025, well below the 95 percent experts say is needed to prevent outbreaks", "organization", "evidence"),
    q("Dr. Sipho Ndlovu", "said", "the decline was partly the result of disruption during the pandemic and partly of growing mistrust", "person", "speech"),
    q("He", "warned", "misinformation spread on messaging apps had persuaded some parents that the vaccine was unsafe", "pronoun", "speech", name="Sipho Ndlovu"),
    q("he", "said", '"We hear the same rumors in clinic after clinic,"', "pronoun", "speech", name="Sipho Ndlovu"),
    q("The World Health Organization", "said", "it was sending a team of specialists and had released emergency funds", "organization", "speech"),
    q("Its regional director", "praised", 'the government\'s "swift and transparent" response', "person", "evaluation", name="Amara Diallo"),
    q(None, "urged", "neighbouring countries to check the vaccination status of travellers from the affected districts", "none", "evaluation", name="Amara Diallo"),
    q("Opposition health spokesperson Johan Pretorius", "accused", "the ministry of ignoring warnings", "person", "evaluation"),
    q("which", "found", "a third of rural clinics in Limpopo had run out of vaccines at least once in the previous year", "pronoun", "evidence", name="the auditor-general"),
    q("Mr. Pretorius", "said", '"They were told, in writing, and they did nothing,"', "person", "speech", name="Johan Pretorius"),
    q("The ministry", "denied", "stockouts were to blame", "organization", "speech"),
    q("A spokesman", "said", "supply problems had been fixed by June", "person", "speech", name="Lebo Sithole"),
    q(None, "insisted", '"every clinic in the province now has vaccine."', "none", "speech", name="Lebo Sithole"),
    q("Grace Maluleke", "said", "she had waited four hours at a clinic last week", "person", "speech"),
    q("she", "said", ['"I want my children protected,"', "\"but I can't lose a day's pay every time.\""], "pronoun", "speech", name="Grace Maluleke"),
    q(None, "are expected to", ["Schools in the two worst-hit districts", "reopen on Monday"], "none", "belief"),
    q("Officials", "believe", "the number of new cases could peak within three weeks if the campaign reaches its targets", "group", "belief"),
    q("the minister", "warned", '"believe is not the same as know."', "person", "speech", name="Thandiwe Mokoena"),
    module=__name__)

A("b09-offshore-wind-subsidy", """
State Raises Offshore Wind Subsidy as Costs Climb

ALBANY — New York will raise the price it pays developers for power from offshore wind farms by about 30 percent, state officials announced Tuesday, in an effort to rescue a program that has been battered by rising interest rates and supply-chain delays.

''Without this adjustment, these projects would not get built, and our climate targets would be out of reach,'' said Doreen Caldwell, the president of the state energy authority. She said the new contracts would add about $2.40 a month to the average household bill starting in 2029.

The state's climate law requires 9 gigawatts of offshore wind by 2035. An analysis by the state comptroller, released in October, concluded that the state was ''significantly behind'' that goal, with only one small project operating.

Developers had pressed for the increase for more than a year. Two of them canceled contracts in 2024, saying the old prices no longer covered their costs. Eric Hollander, a spokesman for Atlantic Shoals Energy, said the company was ''encouraged'' and expected to sign a revised contract by spring.

Critics questioned whether ratepayers should bear the cost. Assemblywoman Patrice Gant, a Republican from Long Island, called the decision ''a bailout for foreign energy companies paid for by working families.'' The Business Council of New York State said manufacturers were already paying some of the highest electricity prices in the country.

Environmental groups, which have long supported the program, applauded the move. ''Every year we wait, the bill for climate damage gets bigger,'' said Luis Ortega of the Clean Air Coalition. He argued that the state's own modeling shows offshore wind lowering wholesale prices in winter, when demand peaks.

Some fishermen remain opposed. The Long Island Commercial Fishing Association has sued to block one of the projects, arguing that turbines will damage scallop grounds. A federal judge is expected to rule on its request for an injunction next month.

Gov. Helen Strand, who has made clean energy a centerpiece of her administration, did not appear at the announcement. In a statement, she said she believed New Yorkers would ''look back on this as the moment we stopped talking and started building.''

According to a Siena College poll released last week, 57 percent of state voters support offshore wind development, but only 31 percent said they would accept higher electricity bills to pay for it.

The state also plans to open bids for a new round of projects in the spring.
""",
    q("state officials", "announced", "New York will raise the price it pays developers for power from offshore wind farms by about 30 percent", "group", "speech"),
    q("Doreen Caldwell", "said", "''Without this adjustment, these projects would not get built, and our climate targets would be out of reach,''", "person", "speech"),
    q("She", "said", "the new contracts would add about $2.40 a month to the average household bill starting in 2029", "pronoun", "speech", name="Doreen Caldwell"),
    q("An analysis by the state comptroller", "concluded", "the state was ''significantly behind'' that goal, with only one small project operating", "organization", "evidence", quote="mixed"),
    q("Developers", "had pressed for", "the increase", "group", "evaluation"),
    q(None, "saying", "the old prices no longer covered their costs", "none", "speech", name="Developers"),
    q("Eric Hollander", "said", "the company was ''encouraged'' and expected to sign a revised contract by spring", "person", "speech", quote="mixed"),
    q("the company", "expected", "to sign a revised contract by spring", "organization", "intent", name="Atlantic Shoals Energy"),
    q("Critics", "questioned", "whether ratepayers should bear the cost", "group", "question"),
    q("Assemblywoman Patrice Gant", "called", "the decision ''a bailout for foreign energy companies paid for by working families.''", "person", "evaluation", quote="mixed"),
    q("The Business Council of New York State", "said", "manufacturers were already paying some of the highest electricity prices in the country", "organization", "speech"),
    q("which", "have long supported", "the program", "pronoun", "evaluation", name="Environmental groups"),
    q("Environmental groups", "applauded", "the move", "group", "evaluation"),
    q("Luis Ortega of the Clean Air Coalition", "said", "''Every year we wait, the bill for climate damage gets bigger,''", "person", "speech", name="Luis Ortega"),
    q("He", "argued", "the state's own modeling shows offshore wind lowering wholesale prices in winter, when demand peaks", "pronoun", "speech", name="Luis Ortega"),
    q("the state's own modeling", "shows", "offshore wind lowering wholesale prices in winter, when demand peaks", "organization", "evidence"),
    q("The Long Island Commercial Fishing Association", "has sued to block", "one of the projects", "organization", "evaluation"),
    q(None, "arguing", "turbines will damage scallop grounds", "none", "speech", name="The Long Island Commercial Fishing Association"),
    q(None, "is expected to", ["A federal judge", "rule on its request for an injunction next month"], "none", "belief"),
    q("she", "said", "she believed New Yorkers would ''look back on this as the moment we stopped talking and started building.''", "pronoun", "speech", quote="mixed", name="Helen Strand"),
    q("she", "believed", "New Yorkers would ''look back on this as the moment we stopped talking and started building.''", "pronoun", "belief", quote="mixed", name="Helen Strand"),
    q("a Siena College poll released last week", "According to", "57 percent of state voters support offshore wind development, but only 31 percent said they would accept higher electricity bills to pay for it", "organization", "evidence"),
    q("only 31 percent", "said", "they would accept higher electricity bills to pay for it", "group", "speech", name="state voters"),
    module=__name__)

A("b10-housing-minutes-anonymous", """
Bank of Canada minutes reveal split over housing risk

OTTAWA — Officials at the Bank of Canada were divided last month over how much weight to give a rebound in house prices, according to minutes of the governing council's deliberations released on Wednesday.

Some members worried that a renewed housing boom could push household debt, already the highest among the Group of Seven countries, to dangerous levels. Others argued that higher prices largely reflected a shortage of supply that interest rates could not fix, the minutes said.

The council ultimately decided to cut its policy rate by a quarter point to 2.5 percent. Members agreed that further cuts would depend on incoming data, but several believed the bank was "close to the end" of its easing cycle, the document said.

Governor Jean-Marc Leduc has said repeatedly that housing is not the bank's target. Asked about the minutes in Montreal on Wednesday, he said the council's job was "to get inflation right, not house prices."

Yet data released by the Canadian Real Estate Association this week show the average home price rising 6.8 percent from a year earlier, the fastest pace since 2022. In Toronto, sales jumped 19 percent in November, the association said.

Two people familiar with the council's thinking said that Senior Deputy Governor Claire Aubin had been among the most concerned. She is believed to favour tougher mortgage rules, the people said, speaking on condition of anonymity because the deliberations are confidential. The bank does not set mortgage rules; that power rests with the federal banking regulator, OSFI.

OSFI said in a statement that it was "monitoring conditions closely" and would publish an updated assessment of mortgage stress tests in January. It is reportedly considering raising the minimum qualifying rate for uninsured mortgages.

Economists were split. Derek Sandhu of Maple Leaf Bank said he thought the minutes were hawkish and expects the bank to hold rates through the spring. "They are telling us the easy part is over," he said. But Julie Tremblay of Desjardins-Laval argued that weak business investment would force further cuts regardless of what happens to housing.

Housing Minister Raj Malhotra wondered aloud on Tuesday whether the bank's cuts were "pouring fuel on the fire." His office later said the minister respected the bank's independence and had not meant to criticise it.

A Leger survey published in November found that 64 percent of Canadians under 35 believe they will never be able to afford a home.
""",
    q("minutes of the governing council's deliberations released on Wednesday", "according to", "Officials at the Bank of Canada were divided last month over how much weight to give a rebound in house prices", "organization", "evidence", name="Bank of Canada minutes"),
    q("Bank of Canada minutes", "reveal", "split over housing risk", "organization", "evidence"),
    q("Some members", "worried", "a renewed housing boom could push household debt, already the highest among the Group of Seven countries, to dangerous levels", "group", "belief"),
    q("Others", "argued", "higher prices largely reflected a shortage of supply that interest rates could not fix", "group", "speech"),
    q("the minutes", "said", ["Some members worried that a renewed housing boom could push household debt, already the highest among the Group of Seven countries, to dangerous levels", "Others argued that higher prices largely reflected a shortage of supply that interest rates could not fix"], "organization", "speech", name="Bank of Canada minutes"),
    q("Members", "agreed", "further cuts would depend on incoming data", "group", "evaluation"),
    q("several", "believed", 'the bank was "close to the end" of its easing cycle', "group", "belief"),
    q("the document", "said", ["Members agreed that further cuts would depend on incoming data", 'several believed the bank was "close to the end" of its easing cycle'], "organization", "speech", name="Bank of Canada minutes"),
    q("Governor Jean-Marc Leduc", "has said repeatedly", "housing is not the bank's target", "person", "speech"),
    q("he", "said", 'the council\'s job was "to get inflation right, not house prices."', "pronoun", "speech", name="Jean-Marc Leduc"),
    q("data released by the Canadian Real Estate Association this week", "show", "the average home price rising 6.8 percent from a year earlier, the fastest pace since 2022", "organization", "evidence", name="the Canadian Real Estate Association"),
    q("the association", "said", "In Toronto, sales jumped 19 percent in November", "organization", "speech", name="the Canadian Real Estate Association"),
    q("Two people familiar with the council's thinking", "said", "Senior Deputy Governor Claire Aubin had been among the most concerned", "anonymous", "speech"),
    q(None, "is believed to", ["She", "favour tougher mortgage rules"], "none", "belief", name="Claire Aubin"),
    q("the people", "said", "She is believed to favour tougher mortgage rules", "anonymous", "speech", name="Two people familiar with the council's thinking"),
    q("OSFI", "said in a statement", 'it was "monitoring conditions closely" and would publish an updated assessment of mortgage stress tests in January', "organization", "speech"),
    q(None, "reportedly", ["It", "considering raising the minimum qualifying rate for uninsured mortgages"], "none", "speech", name="OSFI"),
    q("Derek Sandhu of Maple Leaf Bank", "said", "he thought the minutes were hawkish and expects the bank to hold rates through the spring", "person", "speech", name="Derek Sandhu"),
    q("he", "thought", "the minutes were hawkish", "pronoun", "belief", name="Derek Sandhu"),
    q("he", "said", '"They are telling us the easy part is over,"', "pronoun", "speech", name="Derek Sandhu"),
    q("Julie Tremblay of Desjardins-Laval", "argued", "weak business investment would force further cuts regardless of what happens to housing", "person", "speech", name="Julie Tremblay"),
    q("Housing Minister Raj Malhotra", "wondered aloud", 'whether the bank\'s cuts were "pouring fuel on the fire."', "person", "question"),
    q("His office", "said", "the minister respected the bank's independence and had not meant to criticise it", "organization", "speech", name="Raj Malhotra's office"),
    q("A Leger survey published in November", "found", "64 percent of Canadians under 35 believe they will never be able to afford a home", "organization", "evidence"),
    q("64 percent of Canadians under 35", "believe", "they will never be able to afford a home", "group", "belief"),
    module=__name__)

A("b11-drug-price-hearing", """
Drugmakers defend insulin prices at Senate hearing

WASHINGTON — Executives from three of the largest insulin makers told a Senate committee on Tuesday that list prices no longer reflect what most patients pay, but faced sharp questions over why a vial that costs less than $10 to produce still sells for more than $250 in American pharmacies.

“The list price is a number almost nobody pays,” testified Markus Lindqvist, president of the U.S. business of Nordhavn Pharma. He said the company’s net price, after rebates to insurers and pharmacy benefit managers, had fallen 40 percent since 2019.

Senator Ellen Drummond, the committee’s chairwoman, was unmoved. “If nobody pays it, cut it,” she replied. She accused the companies of “hiding behind a system you built and profit from,” and said she intended to bring a bill to cap list prices at $35 a vial to the floor before the summer recess.

A study by researchers at Yale, published in February, found that one in four Americans who use insulin had rationed their doses in the past year because of cost. Drummond read from a letter from a constituent in Ohio, who wrote: “I cut my pills in half and pray.”

The executives conceded that some uninsured patients still pay full price. Dr. Anita Sorensen of Caldor Labs said her company would expand its patient-assistance program to cover anyone earning less than four times the poverty line. Asked by Senator Roy Haskett whether that amounted to an admission that prices were too high, she said, “It’s an admission that the system is too complicated.”

Haskett, a Republican, echoed some of Drummond’s criticism but questioned whether price caps would discourage research. His view is that competition from cheaper generic versions, not government controls, is the answer. The Congressional Budget Office has estimated that a federal cap would cost the government about $1.6 billion over ten years, largely through Medicare.

The pharmacy benefit managers, which were not invited to testify, issued a joint statement blaming the manufacturers. “Drugmakers set the list price. Full stop,” said the statement from the Pharmaceutical Care Management Association. The group argued that rebates had saved patients billions.

Patient advocates who packed the hearing room were skeptical of both. “Everybody points at everybody else, and my daughter’s insulin still costs $300,” said Kim Ferrante of the advocacy group T1 Families.

The bill is not expected to pass the House this year, aides to both parties said privately.

— Reporting by Carla Moss in Washington; editing by Dan Reese
""",
    q("Executives from three of the largest insulin makers", "told", "list prices no longer reflect what most patients pay", "group", "speech"),
    q("Markus Lindqvist", "testified", "“The list price is a number almost nobody pays,”", "person", "speech"),
    q("He", "said", "the company’s net price, after rebates to insurers and pharmacy benefit managers, had fallen 40 percent since 2019", "pronoun", "speech", name="Markus Lindqvist"),
    q("she", "replied", "“If nobody pays it, cut it,”", "pronoun", "speech", name="Ellen Drummond"),
    q("She", "accused", "the companies of “hiding behind a system you built and profit from,”", "pronoun", "evaluation", name="Ellen Drummond"),
    q(None, "said", "she intended to bring a bill to cap list prices at $35 a vial to the floor before the summer recess", "none", "speech", name="Ellen Drummond"),
    q("she", "intended", "to bring a bill to cap list prices at $35 a vial to the floor before the summer recess", "pronoun", "intent", name="Ellen Drummond"),
    q("A study by researchers at Yale", "found", "one in four Americans who use insulin had rationed their doses in the past year because of cost", "organization", "evidence"),
    q("who", "wrote", "“I cut my pills in half and pray.”", "pronoun", "speech", name="a constituent in Ohio"),
    q("The executives", "conceded", "some uninsured patients still pay full price", "group", "speech"),
    q("Dr. Anita Sorensen of Caldor Labs", "said", "her company would expand its patient-assistance program to cover anyone earning less than four times the poverty line", "person", "speech", name="Anita Sorensen"),
    q("Senator Roy Haskett", "Asked", "whether that amounted to an admission that prices were too high", "person", "question"),
    q("she", "said", "“It’s an admission that the system is too complicated.”", "pronoun", "speech", name="Anita Sorensen"),
    q("Haskett", "echoed", "some of Drummond’s criticism", "person", "evaluation", name="Roy Haskett"),
    q(None, "questioned", "whether price caps would discourage research", "none", "question", name="Roy Haskett"),
    q("His", "view is", "competition from cheaper generic versions, not government controls, is the answer", "pronoun", "belief", name="Roy Haskett"),
    q("The Congressional Budget Office", "has estimated", "a federal cap would cost the government about $1.6 billion over ten years, largely through Medicare", "organization", "evidence"),
    q("the statement from the Pharmaceutical Care Management Association", "said", "“Drugmakers set the list price. Full stop,”", "organization", "speech", name="Pharmaceutical Care Management Association"),
    q("The group", "argued", "rebates had saved patients billions", "organization", "speech", name="Pharmaceutical Care Management Association"),
    q("Kim Ferrante of the advocacy group T1 Families", "said", "“Everybody points at everybody else, and my daughter’s insulin still costs $300,”", "person", "speech", name="Kim Ferrante"),
    q("aides to both parties", "said privately", "The bill is not expected to pass the House this year", "anonymous", "speech"),
    q(None, "is not expected to", ["The bill", "pass the House this year"], "none", "belief"),
    module=__name__)

A("b12-imf-outlook-downgrade", """
IMF cuts global growth forecast, warns trade tensions 'biting harder'

WASHINGTON (Wire) - The International Monetary Fund on Tuesday lowered its forecast for global growth next year to 2.7 percent, from 3.0 percent in July, saying rising trade barriers and high debt were weighing on investment around the world.

"The global economy is holding up, but the cracks are widening," the fund's chief economist, Dr. Rohan Mehta, told reporters as the IMF released its World Economic Outlook. "Trade tensions are biting harder than we expected six months ago."

The report says that tariffs introduced this year could reduce world output by 0.8 percent by 2027 if they remain in place. It projects U.S. growth of 1.6 percent next year and eurozone growth of 0.9 percent, while China is forecast to grow 4.1 percent, its slowest pace in more than three decades outside the pandemic.

Mehta said the fund was particularly worried about low-income countries, where debt-service costs now consume a fifth of government revenue on average. He urged wealthy nations to "keep the door open" for exports from poorer economies.

U.S. Treasury officials disputed the fund's assessment of American trade policy. A Treasury spokesperson said the forecast "underestimates the strength of U.S. investment" and noted that factory construction has hit record levels. China's finance ministry did not respond to a request for comment.

Independent economists broadly agreed with the direction of the revision. "If anything, they are being generous," said Lena Osei, head of global macro research at Stanbridge Partners in London. She suspects that the forecast for Europe will be cut again in April.

Others think the fund is too gloomy. Kenji Watanabe, a former Bank of Japan official, argued in a commentary published on Monday that consumer spending in Asia had surprised on the upside all year and that the IMF "keeps fighting the last war."

IMF Managing Director Sofia Brandt is expected to repeat the warnings in a speech on Thursday opening the fund's annual meetings in Marrakesh. Finance ministers from the Group of 20 are also due to meet there, and the fund hopes they will agree on a framework for restructuring the debts of struggling countries, officials said.

It was reported last week that several G20 governments had objected to draft language on trade. Two officials involved in preparing the communique, who asked not to be identified, said the wording was still being negotiated.

The fund kept its inflation forecast largely unchanged, projecting that consumer prices in advanced economies would rise 2.3 percent next year.
""",
    q("IMF", "warns", "trade tensions 'biting harder'", "organization", "speech", name="The International Monetary Fund", quote="mixed"),
    q(None, "saying", "rising trade barriers and high debt were weighing on investment around the world", "none", "speech", name="The International Monetary Fund"),
    q("the fund's chief economist", "told", ['"The global economy is holding up, but the cracks are widening,"', '"Trade tensions are biting harder than we expected six months ago."'], "person", "speech", name="Rohan Mehta"),
    q("The report", "says", "tariffs introduced this year could reduce world output by 0.8 percent by 2027 if they remain in place", "organization", "evidence", name="World Economic Outlook"),
    q("It", "projects", "U.S. growth of 1.6 percent next year and eurozone growth of 0.9 percent", "pronoun", "evidence", name="World Economic Outlook"),
    q(None, "is forecast to", ["China", "grow 4.1 percent, its slowest pace in more than three decades outside the pandemic"], "none", "belief", at="0.9 percent, while"),
    q("Mehta", "said", "the fund was particularly worried about low-income countries, where debt-service costs now consume a fifth of government revenue on average", "person", "speech", name="Rohan Mehta"),
    q("the fund", "was particularly worried", "low-income countries, where debt-service costs now consume a fifth of government revenue on average", "organization", "belief", name="The International Monetary Fund"),
    q("He", "urged", 'wealthy nations to "keep the door open" for exports from poorer economies', "pronoun", "evaluation", name="Rohan Mehta"),
    q("U.S. Treasury officials", "disputed", "the fund's assessment of American trade policy", "group", "evaluation"),
    q("A Treasury spokesperson", "said", 'the forecast "underestimates the strength of U.S. investment"', "anonymous", "speech"),
    q(None, "noted", "factory construction has hit record levels", "none", "speech", name="A Treasury spokesperson"),
    q("Independent economists", "broadly agreed with", "the direction of the revision", "group", "evaluation"),
    q("Lena Osei", "said", '"If anything, they are being generous,"', "person", "speech"),
    q("She", "suspects", "the forecast for Europe will be cut again in April", "pronoun", "belief", name="Lena Osei"),
    q("Others", "think", "the fund is too gloomy", "group", "belief"),
    q("Kenji Watanabe", "argued", ["consumer spending in Asia had surprised on the upside all year", 'the IMF "keeps fighting the last war."'], "person", "speech"),
    q(None, "is expected to", ["IMF Managing Director Sofia Brandt", "repeat the warnings in a speech on Thursday opening the fund's annual meetings in Marrakesh"], "none", "belief"),
    q("the fund", "hopes", "they will agree on a framework for restructuring the debts of struggling countries", "organization", "intent", name="The International Monetary Fund"),
    q("officials", "said", "the fund hopes they will agree on a framework for restructuring the debts of struggling countries", "group", "speech"),
    q(None, "It was reported", "several G20 governments had objected to draft language on trade", "none", "speech"),
    q("several G20 governments", "had objected to", "draft language on trade", "group", "evaluation"),
    q("Two officials involved in preparing the communique", "said", "the wording was still being negotiated", "anonymous", "speech"),
    q(None, "projecting", "consumer prices in advanced economies would rise 2.3 percent next year", "none", "evidence", name="The International Monetary Fund"),
    module=__name__)

A("b13-glacier-melt-report", """
Alpine glaciers lost a record 4 percent of their ice this year, scientists say

ZURICH — Switzerland's glaciers lost about 4 percent of their remaining volume in 2026, the second-largest annual loss on record, according to the Swiss glacier monitoring network, which released its annual assessment on Monday.

The network's director, glaciologist Dr. Matthias Huber, said a dry winter with little snow, followed by two intense heat waves in June and August, had left many glaciers exposed for weeks. "We are no longer measuring retreat. We are measuring disappearance," he told a news conference in Bern.

The report shows that about 1,000 small glaciers have vanished entirely since 1973. Its authors estimate that, at the current rate of warming, the Alps will lose between half and two-thirds of their remaining ice by 2060.

Scientists have long known that mountain glaciers are among the clearest indicators of a warming climate. A separate study published in Nature Geoscience in May found that Alpine summers have warmed roughly twice as fast as the global average since 1990, a result its lead author, Dr. Chiara Benedetti of the University of Padua, attributed partly to changes in atmospheric circulation.

The losses have practical consequences. Swiss hydropower companies, which generate about 60 percent of the country's electricity, rely on meltwater to fill their reservoirs. Axpo Grid, one of the largest, said in a statement that it expected summer output to fall in the coming decades and was studying new dams at the foot of retreating glaciers.

That plan has divided environmentalists. Pro Natura, a conservation group, warned that new dams would destroy some of the last untouched valleys in the Alps. "You don't fight climate change by pouring concrete into a glacier forefield," said its spokeswoman, Laura Kälin.

Swiss Environment Minister Beat Zollinger acknowledged the dilemma. He said the government would publish guidelines for hydropower projects in sensitive areas by next summer, and insisted that Switzerland would meet its target of net-zero emissions by 2050.

Some lawmakers doubt that. Marco Rüegg, a member of parliament for the Green Party, posted on social media that the government was "treating the symptoms while the patient is bleeding out." He called for a ban on new fossil-fuel heating systems from 2028.

Tourism officials are worried too. A survey by the Swiss ski resorts association found that 40 percent of resorts below 1,500 meters expect to close at least one lift within ten years because of unreliable snow.

Huber said he was not without hope. "Every tenth of a degree matters," he said. "What we save now, we save for a very long time."
""",
    q("scientists", "say", "Alpine glaciers lost a record 4 percent of their ice this year", "group", "speech"),
    q("the Swiss glacier monitoring network", "according to", "Switzerland's glaciers lost about 4 percent of their remaining volume in 2026, the second-largest annual loss on record", "organization", "evidence"),
    q("The network's director", "said", "a dry winter with little snow, followed by two intense heat waves in June and August, had left many glaciers exposed for weeks", "person", "speech", name="Matthias Huber"),
    q("he", "told", ['"We are no longer measuring retreat. We are measuring disappearance,"'], "pronoun", "speech", name="Matthias Huber"),
    q("The report", "shows", "about 1,000 small glaciers have vanished entirely since 1973", "organization", "evidence", name="the Swiss glacier monitoring network"),
    q("Its authors", "estimate", "at the current rate of warming, the Alps will lose between half and two-thirds of their remaining ice by 2060", "group", "belief"),
    q("Scientists", "have long known", "mountain glaciers are among the clearest indicators of a warming climate", "group", "belief"),
    q("A separate study published in Nature Geoscience in May", "found", "Alpine summers have warmed roughly twice as fast as the global average since 1990", "organization", "evidence"),
    q("its lead author", "attributed", ["a result", "partly to changes in atmospheric circulation"], "person", "belief", name="Chiara Benedetti"),
    q("Axpo Grid", "said in a statement", "it expected summer output to fall in the coming decades and was studying new dams at the foot of retreating glaciers", "organization", "speech"),
    q("it", "expected", "summer output to fall in the coming decades", "pronoun", "belief", name="Axpo Grid"),
    q("Pro Natura", "warned", "new dams would destroy some of the last untouched valleys in the Alps", "organization", "speech"),
    q("its spokeswoman", "said", "\"You don't fight climate change by pouring concrete into a glacier forefield,\"", "person", "speech", name="Laura Kälin"),
    q("Swiss Environment Minister Beat Zollinger", "acknowledged", "the dilemma", "person", "speech"),
    q("He", "said", "the government would publish guidelines for hydropower projects in sensitive areas by next summer", "pronoun", "speech", name="Beat Zollinger"),
    q(None, "insisted", "Switzerland would meet its target of net-zero emissions by 2050", "none", "speech", name="Beat Zollinger"),
    q("Some lawmakers", "doubt", "that", "group", "belief", at="Some lawmakers doubt"),
    q("Marco Rüegg", "posted", 'the government was "treating the symptoms while the patient is bleeding out."', "person", "speech"),
    q("He", "called for", "a ban on new fossil-fuel heating systems from 2028", "pronoun", "evaluation", name="Marco Rüegg"),
    q("A survey by the Swiss ski resorts association", "found", "40 percent of resorts below 1,500 meters expect to close at least one lift within ten years because of unreliable snow", "organization", "evidence"),
    q("40 percent of resorts below 1,500 meters", "expect", "to close at least one lift within ten years because of unreliable snow", "group", "belief"),
    q("Huber", "said", "he was not without hope", "person", "speech", name="Matthias Huber"),
    q("he", "said", ['"Every tenth of a degree matters,"', '"What we save now, we save for a very long time."'], "pronoun", "speech", name="Matthias Huber"),
    module=__name__)

A("b14-data-regulator-fine", """
Irish regulator fines social app €310 million over children's data

DUBLIN — Ireland's Data Protection Commission fined the video-sharing app Flikr Social €310 million on Thursday, finding that it had failed to protect the personal data of millions of European children and had made their accounts public by default.

The commission said its inquiry, which began in 2024, had established that the company set the profiles of users aged 13 to 17 to public unless they changed the setting themselves, exposing their videos and comments to strangers. It also found that the app's age checks could be bypassed "in seconds."

Deputy Commissioner Aoife Brennan said the case sent a clear message. "Children are not small adults, and the law does not allow companies to treat them as a growth market," she said in a statement.

Flikr Social said it disagreed with the decision and would appeal. The company claimed that it had changed the default settings for teenagers in 2025, long before the inquiry concluded, and that the fine was "disproportionate to any harm." A person familiar with the company's plans said it had also considered challenging the commission's jurisdiction in the European courts.

The fine is one of the largest imposed under the EU's General Data Protection Regulation. Critics of the Irish regulator, which oversees most of the big U.S. technology companies because they have their European headquarters in Dublin, have accused it for years of moving too slowly. Johnny Rourke of the Irish Council for Civil Liberties welcomed the decision but said it had come "three years and millions of exposed children too late."

European lawmakers went further. German MEP Katrin Vogt, who sits on the Parliament's civil liberties committee, said she would press the European Commission to ban targeted advertising to minors altogether. She told reporters she was convinced that fines alone would not change the companies' behaviour.

Research published last month by the London School of Economics suggests that parents share those concerns: 72 percent of parents surveyed in six EU countries said they did not trust social media companies to keep their children safe, and 58 percent said they wanted a legal minimum age of 16.

The company, which has 180 million monthly users in Europe, is also being investigated by the European Commission under the Digital Services Act. That inquiry is expected to conclude next year, officials in Brussels said.

Flikr Social's shares were little changed in New York. Analysts at Hartwell Research noted that the fine was equal to less than two weeks of the company's revenue.
""",
    q("Ireland's Data Protection Commission", "finding", "it had failed to protect the personal data of millions of European children and had made their accounts public by default", "organization", "evaluation"),
    q("The commission", "said", "its inquiry, which began in 2024, had established that the company set the profiles of users aged 13 to 17 to public unless they changed the setting themselves, exposing their videos and comments to strangers", "organization", "speech", name="Ireland's Data Protection Commission"),
    q("its inquiry", "had established", "the company set the profiles of users aged 13 to 17 to public unless they changed the setting themselves, exposing their videos and comments to strangers", "organization", "evidence", name="Ireland's Data Protection Commission"),
    q("It", "also found", 'the app\'s age checks could be bypassed "in seconds."', "pronoun", "evidence", name="Ireland's Data Protection Commission"),
    q("Deputy Commissioner Aoife Brennan", "said", "the case sent a clear message", "person", "speech"),
    q("she", "said in a statement", '"Children are not small adults, and the law does not allow companies to treat them as a growth market,"', "pronoun", "speech", name="Aoife Brennan"),
    q("Flikr Social", "said", "it disagreed with the decision and would appeal", "organization", "speech", near="said it disagreed"),
    q("it", "disagreed with", "the decision", "pronoun", "evaluation", name="Flikr Social", at="it disagreed with"),
    q("The company", "claimed", ["it had changed the default settings for teenagers in 2025, long before the inquiry concluded", 'the fine was "disproportionate to any harm."'], "organization", "speech", name="Flikr Social"),
    q("A person familiar with the company's plans", "said", "it had also considered challenging the commission's jurisdiction in the European courts", "anonymous", "speech"),
    q("Critics of the Irish regulator", "have accused", "it for years of moving too slowly", "group", "evaluation"),
    q("Johnny Rourke of the Irish Council for Civil Liberties", "welcomed", "the decision", "person", "evaluation", name="Johnny Rourke", at="Civil Liberties welcomed"),
    q(None, "said", 'it had come "three years and millions of exposed children too late."', "none", "speech", name="Johnny Rourke"),
    q("German MEP Katrin Vogt", "said", "she would press the European Commission to ban targeted advertising to minors altogether", "person", "speech"),
    q("She", "told", "she was convinced that fines alone would not change the companies' behaviour", "pronoun", "speech", name="Katrin Vogt"),
    q("she", "was convinced", "fines alone would not change the companies' behaviour", "pronoun", "belief", name="Katrin Vogt"),
    q("Research published last month by the London School of Economics", "suggests", "parents share those concerns", "organization", "evidence"),
    q("72 percent of parents surveyed in six EU countries", "said", "they did not trust social media companies to keep their children safe", "group", "speech"),
    q("58 percent", "said", "they wanted a legal minimum age of 16", "group", "speech", name="parents surveyed in six EU countries"),
    q(None, "is expected to", ["That inquiry", "conclude next year"], "none", "belief"),
    q("officials in Brussels", "said", "That inquiry is expected to conclude next year", "group", "speech"),
    q("Analysts at Hartwell Research", "noted", "the fine was equal to less than two weeks of the company's revenue", "group", "speech"),
    module=__name__)

A("b15-opec-output-delegates", """
OPEC+ set to extend output cuts into next year, delegates say

VIENNA — OPEC and its allies are likely to extend their current oil production cuts until at least the end of March when ministers meet on Sunday, according to four delegates from the group, as a slowdown in Chinese demand keeps prices under pressure.

The delegates, who spoke on condition of anonymity because the talks are private, said Saudi Arabia had been lobbying other members to keep about 2.2 million barrels a day off the market. One delegate said an even deeper cut was "on the table but not the base case."

Saudi Energy Minister Prince Faisal bin Nasser has repeatedly said the group will do "whatever is necessary" to stabilize the market. He told a conference in Riyadh last week that speculators who had bet against oil would "regret it," comments that traders interpreted as a warning of further cuts.

Brent crude rose 1.4 percent to $68.20 a barrel on the reports. Prices have fallen about 15 percent since April.

The International Energy Agency said in its monthly report on Thursday that global oil demand would grow by only 750,000 barrels a day next year, the weakest increase since 2020 outside the pandemic. The agency's data show Chinese imports falling for a fifth straight month, as electric vehicles replace gasoline cars at a rapid pace.

Not all members are happy. Iraq and Kazakhstan have repeatedly produced more than their quotas, the agency's figures suggest, and a Kazakh official said this week that his country "cannot keep investing in fields we are not allowed to use." Russia's deputy prime minister, Andrei Volkov, was quoted by the Interfax news agency as saying Moscow supported "a balanced approach," without committing to any figure.

Analysts doubt that the extension will do much for prices. "The market is already looking past this meeting to 2027, when a lot of new supply comes from Brazil, Guyana and the U.S.," said Helima Rashed, head of commodities research at Caspian Bank. She predicted that Brent would average about $65 next year.

Anjali Mehra of Energy Aspects took a different view, arguing that inventories were lower than many traders realized. Goldman Sachs wrote in a note to clients that a surprise deeper cut could lift prices by $5 a barrel in the short term.

U.S. officials have urged the group to keep supplies flowing. A White House spokesman said the administration was "in regular contact" with producers, but declined to say whether President Caldwell had discussed the issue with Saudi leaders.

The ministers will meet online rather than in Vienna, the OPEC secretariat confirmed on Friday, citing scheduling difficulties.
""",
    q("delegates", "say", "OPEC+ set to extend output cuts into next year", "anonymous", "speech"),
    q("four delegates from the group", "according to", "OPEC and its allies are likely to extend their current oil production cuts until at least the end of March when ministers meet on Sunday", "anonymous", "speech"),
    q("The delegates", "said", "Saudi Arabia had been lobbying other members to keep about 2.2 million barrels a day off the market", "anonymous", "speech", name="four delegates from the group"),
    q("One delegate", "said", 'an even deeper cut was "on the table but not the base case."', "anonymous", "speech"),
    q("Saudi Energy Minister Prince Faisal bin Nasser", "has repeatedly said", 'the group will do "whatever is necessary" to stabilize the market', "person", "speech"),
    q("He", "told", 'speculators who had bet against oil would "regret it,"', "pronoun", "speech", name="Faisal bin Nasser"),
    q("traders", "interpreted", ["comments", "as a warning of further cuts"], "group", "belief", at="regret it,"),
    q("The International Energy Agency", "said in its monthly report", "global oil demand would grow by only 750,000 barrels a day next year, the weakest increase since 2020 outside the pandemic", "organization", "speech"),
    q("The agency's data", "show", "Chinese imports falling for a fifth straight month, as electric vehicles replace gasoline cars at a rapid pace", "organization", "evidence", name="The International Energy Agency"),
    q("the agency's figures", "suggest", "Iraq and Kazakhstan have repeatedly produced more than their quotas", "organization", "evidence", name="The International Energy Agency"),
    q("a Kazakh official", "said", 'his country "cannot keep investing in fields we are not allowed to use."', "anonymous", "speech"),
    q("Russia's deputy prime minister", "was quoted by the Interfax news agency as saying", 'Moscow supported "a balanced approach,"', "person", "speech", name="Andrei Volkov"),
    q("Moscow", "supported", '"a balanced approach,"', "organization", "evaluation", name="Russia"),
    q("Analysts", "doubt", "the extension will do much for prices", "group", "belief"),
    q("Helima Rashed", "said", '"The market is already looking past this meeting to 2027, when a lot of new supply comes from Brazil, Guyana and the U.S.,"', "person", "speech"),
    q("She", "predicted", "Brent would average about $65 next year", "pronoun", "belief", name="Helima Rashed"),
    q(None, "arguing", "inventories were lower than many traders realized", "none", "speech", name="Anjali Mehra"),
    q("Goldman Sachs", "wrote", "a surprise deeper cut could lift prices by $5 a barrel in the short term", "organization", "speech"),
    q("U.S. officials", "have urged", "the group to keep supplies flowing", "group", "evaluation"),
    q("A White House spokesman", "said", 'the administration was "in regular contact" with producers', "anonymous", "speech"),
    q(None, "declined to say", "whether President Caldwell had discussed the issue with Saudi leaders", "none", "speech", name="A White House spokesman"),
    q("the OPEC secretariat", "confirmed", "The ministers will meet online rather than in Vienna", "organization", "speech"),
    module=__name__)

A("b16-hospital-waiting-lists", """
Waiting lists hit new high as health secretary vows "winter of recovery"

LONDON — The number of people waiting for planned hospital treatment in England rose to 7.9 million in September, official figures showed on Thursday, undermining the government's claim that the backlog had peaked.

Health Secretary Oliver Grant vowed that the coming months would be "a winter of recovery, not a winter of crisis." He said an extra £1.2 billion for diagnostic centres would allow hospitals to treat 300,000 more patients by April. "I am not going to stand here and tell you it is fixed," he told LBC radio. "It isn't. But it is turning."

His claim that the tide was turning drew scorn from the opposition. Shadow Health Secretary Priya Lal called the figures "a damning verdict on three years of broken promises" and demanded that Grant publish the modelling behind his April target.

Analysis by the Nuffield Health Trust found that the number of patients waiting more than a year for treatment had fallen slightly, to 289,000, but that waits for cancer diagnosis had worsened in two-thirds of hospital trusts. "The headline hides real progress in some places and real deterioration in others," said Dr. Helen Frost, the think tank's chief economist.

NHS England's medical director, Professor Sanjay Mistry, said hospitals had been hit by the longest run of strikes by junior doctors in the service's history. He estimated that the walkouts had led to the cancellation of more than a million appointments since 2023.

The British Medical Association rejected that framing. A spokesman for the union said ministers were "looking for someone to blame" and insisted that the real problem was a shortage of staff and beds. The union has said it will ballot members on further strikes in January if talks on pay fail.

Hospital leaders fear worse is to come. A survey of 180 chief executives by NHS Providers, published alongside the figures, found that 84 percent expected this winter to be as bad as or worse than last year. Nearly half said they had already been forced to treat patients in corridors.

Patients' groups expressed frustration. Rachel Dunn, 54, from Leeds, has been waiting 14 months for a hip replacement. "They keep telling me I'm on the list," she said. "I've been on the list so long I've forgotten what it's like to walk without pain."

Downing Street said the prime minister retained full confidence in Grant. Treasury sources indicated that no further money for the health service would be announced before the spring budget.

Economists at the Institute for Fiscal Studies have warned that without reform, health spending could consume 45 percent of day-to-day government budgets by 2035.
""",
    q("health secretary", "vows", '"winter of recovery"', "person", "intent", name="Oliver Grant"),
    q("official figures", "showed", "The number of people waiting for planned hospital treatment in England rose to 7.9 million in September", "organization", "evidence"),
    q("the government's", "claim", "the backlog had peaked", "organization", "speech", name="the government"),
    q("Health Secretary Oliver Grant", "vowed", 'the coming months would be "a winter of recovery, not a winter of crisis."', "person", "intent"),
    q("He", "said", "an extra £1.2 billion for diagnostic centres would allow hospitals to treat 300,000 more patients by April", "pronoun", "speech", name="Oliver Grant"),
    q("he", "told", ['"I am not going to stand here and tell you it is fixed,"', '"It isn\'t. But it is turning."'], "pronoun", "speech", name="Oliver Grant"),
    q("His", "claim", "the tide was turning", "pronoun", "speech", name="Oliver Grant"),
    q("Shadow Health Secretary Priya Lal", "called", 'the figures "a damning verdict on three years of broken promises"', "person", "evaluation"),
    q(None, "demanded", "Grant publish the modelling behind his April target", "none", "evaluation", name="Priya Lal"),
    q("Analysis by the Nuffield Health Trust", "found", ["the number of patients waiting more than a year for treatment had fallen slightly, to 289,000", "waits for cancer diagnosis had worsened in two-thirds of hospital trusts"], "organization", "evidence", name="the Nuffield Health Trust"),
    q("Dr. Helen Frost", "said", '"The headline hides real progress in some places and real deterioration in others,"', "person", "speech"),
    q("NHS England's medical director", "said", "hospitals had been hit by the longest run of strikes by junior doctors in the service's history", "person", "speech", name="Sanjay Mistry"),
    q("He", "estimated", "the walkouts had led to the cancellation of more than a million appointments since 2023", "pronoun", "belief", name="Sanjay Mistry"),
    q("The British Medical Association", "rejected", "that framing", "organization", "evaluation"),
    q("A spokesman for the union", "said", 'ministers were "looking for someone to blame"', "anonymous", "speech"),
    q(None, "insisted", "the real problem was a shortage of staff and beds", "none", "speech", name="A spokesman for the union"),
    q("The union", "has said", "it will ballot members on further strikes in January if talks on pay fail", "organization", "speech", name="The British Medical Association"),
    q("Hospital leaders", "fear", "worse is to come", "group", "belief"),
    q("A survey of 180 chief executives by NHS Providers", "found", "84 percent expected this winter to be as bad as or worse than last year", "organization", "evidence"),
    q("84 percent", "expected", "this winter to be as bad as or worse than last year", "group", "belief", name="180 chief executives"),
    q("Nearly half", "said", "they had already been forced to treat patients in corridors", "group", "speech", name="180 chief executives"),
    q("she", "said", ["\"They keep telling me I'm on the list,\"", "\"I've been on the list so long I've forgotten what it's like to walk without pain.\""], "pronoun", "speech", name="Rachel Dunn"),
    q("Downing Street", "said", "the prime minister retained full confidence in Grant", "organization", "speech"),
    q("Treasury sources", "indicated", "no further money for the health service would be announced before the spring budget", "anonymous", "speech"),
    q("Economists at the Institute for Fiscal Studies", "have warned", "without reform, health spending could consume 45 percent of day-to-day government budgets by 2035", "group", "speech"),
    module=__name__)

A("b17-crypto-exchange-charges", """
SEC sues crypto exchange Corvex, alleging it traded against its own customers

NEW YORK — The Securities and Exchange Commission sued the cryptocurrency exchange Corvex and its founder on Monday, alleging that a trading firm secretly controlled by the company had profited by betting against customer orders on its platform.

The complaint, filed in federal court in Manhattan, says Corvex misled users for at least three years about the independence of its largest market maker, Lattice Trading, and diverted about $1.1 billion in customer fees to entities owned by founder Viktor Salas. The agency is seeking to freeze his assets.

"Investors were told they were trading on a level playing field. They were not," SEC Chairwoman Gwendolyn Price said in a statement. "The house was playing every hand."

Corvex denied wrongdoing. In a post on X, Salas wrote that the lawsuit was "regulation by enforcement at its worst" and promised to "fight this in court and win." A Corvex spokeswoman said customer funds were safe and that withdrawals were being processed normally.

Blockchain data analyzed by the research firm Chainsight show that customers withdrew about $640 million from the exchange in the 12 hours after the lawsuit became public. Chainsight's head of research, Priyanka Rao, said the outflows were large but not yet at the level that had preceded past exchange collapses.

The case is likely to intensify a fight in Washington over how digital assets should be regulated. Senator Tom Bexley, a Republican who has sponsored a bill that would move oversight of most tokens to the Commodity Futures Trading Commission, accused the SEC of "grandstanding." But Senator Maria Kowal, a Democrat, said the allegations showed "exactly why these firms need a cop on the beat."

Legal experts said the agency's case appeared strong. "The SEC doesn't usually file for an asset freeze unless it has the documents," said Jared Feld, a former enforcement lawyer now at the firm Holloway & Rhee. He said the allegations, if proven, could also expose Salas to criminal charges.

Federal prosecutors in Manhattan are reportedly examining the same conduct. A person briefed on the inquiry said a grand jury had issued subpoenas to several former Corvex employees in September. The U.S. attorney's office declined to comment.

Bitcoin fell 3 percent on the news, to about $71,000. Some traders said they were worried about contagion, since Corvex handles roughly a tenth of global spot trading, according to data from the analytics firm Kaiko.
""",
    q(None, "alleging", "it traded against its own customers", "none", "speech", name="The Securities and Exchange Commission"),
    q(None, "alleging", "a trading firm secretly controlled by the company had profited by betting against customer orders on its platform", "none", "speech", name="The Securities and Exchange Commission"),
    q("The complaint", "says", "Corvex misled users for at least three years about the independence of its largest market maker, Lattice Trading, and diverted about $1.1 billion in customer fees to entities owned by founder Viktor Salas", "organization", "speech", name="The Securities and Exchange Commission"),
    q("The agency", "is seeking to", "freeze his assets", "organization", "intent", name="The Securities and Exchange Commission"),
    q("SEC Chairwoman Gwendolyn Price", "said in a statement", ['"Investors were told they were trading on a level playing field. They were not,"', '"The house was playing every hand."'], "person", "speech"),
    q("Corvex", "denied", "wrongdoing", "organization", "speech"),
    q("Salas", "wrote", 'the lawsuit was "regulation by enforcement at its worst"', "person", "speech", name="Viktor Salas"),
    q(None, "promised", 'to "fight this in court and win."', "none", "intent", name="Viktor Salas"),
    q("A Corvex spokeswoman", "said", "customer funds were safe and that withdrawals were being processed normally", "anonymous", "speech"),
    q("Blockchain data analyzed by the research firm Chainsight", "show", "customers withdrew about $640 million from the exchange in the 12 hours after the lawsuit became public", "organization", "evidence", name="Chainsight"),
    q("Chainsight's head of research", "said", "the outflows were large but not yet at the level that had preceded past exchange collapses", "person", "speech", name="Priyanka Rao"),
    q(None, "is likely to", ["The case", "intensify a fight in Washington over how digital assets should be regulated"], "none", "belief"),
    q("Senator Tom Bexley", "accused", 'the SEC of "grandstanding."', "person", "evaluation"),
    q("Senator Maria Kowal", "said", 'the allegations showed "exactly why these firms need a cop on the beat."', "person", "speech"),
    q("the allegations", "showed", '"exactly why these firms need a cop on the beat."', "organization", "evidence", name="The Securities and Exchange Commission"),
    q("Legal experts", "said", "the agency's case appeared strong", "group", "speech"),
    q("Jared Feld", "said", "\"The SEC doesn't usually file for an asset freeze unless it has the documents,\"", "person", "speech"),
    q("He", "said", "the allegations, if proven, could also expose Salas to criminal charges", "pronoun", "speech", name="Jared Feld"),
    q(None, "reportedly", ["Federal prosecutors in Manhattan", "examining the same conduct"], "none", "speech"),
    q("A person briefed on the inquiry", "said", "a grand jury had issued subpoenas to several former Corvex employees in September", "anonymous", "speech"),
    q("Some traders", "said", "they were worried about contagion, since Corvex handles roughly a tenth of global spot trading, according to data from the analytics firm Kaiko", "group", "speech"),
    q("they", "were worried", "about contagion", "pronoun", "belief", name="Some traders"),
    q("data from the analytics firm Kaiko", "according to", "Corvex handles roughly a tenth of global spot trading", "organization", "evidence", name="Kaiko"),
    module=__name__)

A("b18-listeria-recall", """
Listeria outbreak linked to packaged salads; two deaths reported

ATLANTA — Federal health officials said on Friday that a listeria outbreak linked to bagged salads from a California processor had sickened at least 38 people in 14 states, killing two, and urged consumers to throw away any of the affected products still in their refrigerators.

The Centers for Disease Control and Prevention said genetic testing had matched bacteria found in samples from patients to a strain discovered during an inspection at the Greenvale Fresh plant in Salinas. Of those who fell ill, 31 were hospitalized, the agency said, and one illness was in a pregnant woman who suffered a miscarriage.

"Listeria is especially dangerous for older adults, pregnant people and anyone with a weakened immune system," said Dr. Carmen Ruiz, who leads the CDC's foodborne outbreak response team. "If you are in one of those groups and you have eaten these salads, watch for fever and muscle aches, and call your doctor."

Greenvale Fresh announced a voluntary recall of 41 products sold under its own label and several store brands on Wednesday. In a statement, the company said it was "heartbroken" and had halted production at the plant while it cleans and disinfects the facility. It said it was cooperating fully with regulators.

Inspection records obtained by the Bay Area Ledger show that Food and Drug Administration inspectors had cited the Salinas plant in 2024 for standing water near a packing line, a condition that experts say can allow listeria to persist. An FDA spokesman said the agency could not comment on an open investigation.

Food safety advocates said the outbreak exposed gaps in oversight. "The FDA inspects most produce plants once every few years. That is not a safety system, it's a lottery," said Thomas Gale of the Center for Food Integrity, who called on Congress to double the agency's inspection budget.

The Produce Safety Alliance, an industry group, argued that outbreaks remain rare given the billions of servings of fresh vegetables eaten every year. Its president, Linda Okoro, acknowledged, however, that "one death is one too many."

Lawyers have already filed suit. The family of a 79-year-old man from Oregon who died in October alleges in a complaint filed in federal court that Greenvale "knew or should have known" about contamination at the plant.

The CDC believes the true number of cases is likely higher, because many people with mild illness do not seek care. Officials expect more illnesses to be reported in the coming weeks, since symptoms can take up to 70 days to appear.

Retailers including Foodway and Harvest Market said they had removed the products from shelves.
""",
    q("Federal health officials", "said", "a listeria outbreak linked to bagged salads from a California processor had sickened at least 38 people in 14 states, killing two", "group", "speech"),
    q(None, "urged", "consumers to throw away any of the affected products still in their refrigerators", "none", "evaluation", name="Federal health officials"),
    q("The Centers for Disease Control and Prevention", "said", "genetic testing had matched bacteria found in samples from patients to a strain discovered during an inspection at the Greenvale Fresh plant in Salinas", "organization", "speech"),
    q("the agency", "said", ["Of those who fell ill, 31 were hospitalized", "one illness was in a pregnant woman who suffered a miscarriage"], "organization", "speech", name="The Centers for Disease Control and Prevention"),
    q("Dr. Carmen Ruiz", "said", ['"Listeria is especially dangerous for older adults, pregnant people and anyone with a weakened immune system,"', '"If you are in one of those groups and you have eaten these salads, watch for fever and muscle aches, and call your doctor."'], "person", "speech"),
    q("Greenvale Fresh", "announced", "a voluntary recall of 41 products sold under its own label and several store brands", "organization", "speech"),
    q("the company", "said", 'it was "heartbroken" and had halted production at the plant while it cleans and disinfects the facility', "organization", "speech", name="Greenvale Fresh"),
    q("It", "said", "it was cooperating fully with regulators", "pronoun", "speech", name="Greenvale Fresh"),
    q("Inspection records obtained by the Bay Area Ledger", "show", "Food and Drug Administration inspectors had cited the Salinas plant in 2024 for standing water near a packing line, a condition that experts say can allow listeria to persist", "organization", "evidence"),
    q("experts", "say", "can allow listeria to persist", "group", "speech"),
    q("An FDA spokesman", "said", "the agency could not comment on an open investigation", "anonymous", "speech"),
    q("Food safety advocates", "said", "the outbreak exposed gaps in oversight", "group", "speech"),
    q("Thomas Gale of the Center for Food Integrity", "said", ['"The FDA inspects most produce plants once every few years. That is not a safety system, it\'s a lottery,"'], "person", "speech", name="Thomas Gale"),
    q("who", "called on", "Congress to double the agency's inspection budget", "pronoun", "evaluation", name="Thomas Gale"),
    q("The Produce Safety Alliance", "argued", "outbreaks remain rare given the billions of servings of fresh vegetables eaten every year", "organization", "speech"),
    q("Its president", "acknowledged", '"one death is one too many."', "person", "speech", name="Linda Okoro"),
    q("The family of a 79-year-old man from Oregon who died in October", "alleges", 'Greenvale "knew or should have known" about contamination at the plant', "group", "speech", name="The family of a 79-year-old man from Oregon"),
    q("The CDC", "believes", "the true number of cases is likely higher, because many people with mild illness do not seek care", "organization", "belief", name="The Centers for Disease Control and Prevention"),
    q("Officials", "expect", "more illnesses to be reported in the coming weeks, since symptoms can take up to 70 days to appear", "group", "belief"),
    q("Retailers including Foodway and Harvest Market", "said", "they had removed the products from shelves", "group", "speech"),
    q(None, "reported", "two deaths", "none", "speech"),
    module=__name__)

A("b19-minimum-wage-commission", """
Low Pay Commission recommends 6.1% rise in national living wage

The independent Low Pay Commission has recommended that the national living wage rise by 6.1 percent to £13.20 an hour next April, a bigger increase than many business groups had hoped for, the government confirmed on Wednesday.

Chancellor Rebecca Hale said the government would accept the recommendation in full. "Work should pay, and this rise will mean £1,400 more a year for a full-time worker on the lowest wage," she said. She added that the increase would benefit about 2.9 million people.

The commission's report says that the current rate has not led to the job losses some economists had predicted, noting that employment among low-paid workers rose last year. But it warns that employers in hospitality and retail "are close to the limit of what they can absorb," and suggests the government monitor the effects closely.

Business leaders reacted with alarm. Karen Nolan of the hospitality trade body UKHospitality said the increase, combined with higher employer national insurance contributions, would cost the sector £3.4 billion. "Pubs and restaurants will close. Some of them will close this winter," she warned.

The Federation of Small Businesses was more measured. Its chairman, Graham Leckie, said he understood the need to help low-paid workers but urged ministers to offer relief on business rates. A poll of its members conducted last month found that 38 percent planned to freeze hiring if the wage rose by more than 5 percent.

Unions welcomed the rise but said it did not go far enough. The Trades Union Congress wants a minimum of £15 an hour "as soon as possible," its general secretary, Dermot Healy, said, arguing that living costs in London and the south-east far outstrip the national rate.

The Resolution Foundation, a think tank that focuses on living standards, said its analysis suggested the rise would reduce the number of workers in low pay to its lowest level in 40 years. Ffion Reece, a principal economist there, cautioned that some employers might respond by cutting hours rather than jobs.

The opposition's business spokesman, Andrew Griffin, accused the chancellor of "pushing up wages with one hand and taxes with the other" and questioned whether small firms could survive both. Hale rejected the criticism, telling MPs that "the same people who warned of mass unemployment in 1999 are warning of it again, and they were wrong then."

The Bank of England is expected to take the increase into account when it updates its inflation forecast next month. Some economists have suggested it could add 0.2 percentage points to services inflation.
""",
    q("The independent Low Pay Commission", "has recommended", "the national living wage rise by 6.1 percent to £13.20 an hour next April", "organization", "evaluation"),
    q("the government", "confirmed", "The independent Low Pay Commission has recommended that the national living wage rise by 6.1 percent to £13.20 an hour next April, a bigger increase than many business groups had hoped for", "organization", "speech"),
    q("Low Pay Commission", "recommends", "6.1% rise in national living wage", "organization", "evaluation", name="The independent Low Pay Commission"),
    q("Chancellor Rebecca Hale", "said", "the government would accept the recommendation in full", "person", "speech"),
    q("she", "said", '"Work should pay, and this rise will mean £1,400 more a year for a full-time worker on the lowest wage,"', "pronoun", "speech", name="Rebecca Hale"),
    q("She", "added", "the increase would benefit about 2.9 million people", "pronoun", "speech", name="Rebecca Hale"),
    q("The commission's report", "says", "the current rate has not led to the job losses some economists had predicted", "organization", "evidence", name="The independent Low Pay Commission"),
    q("some economists", "had predicted", "the job losses", "group", "belief"),
    q(None, "noting", "employment among low-paid workers rose last year", "none", "speech", name="The independent Low Pay Commission"),
    q("it", "warns", 'employers in hospitality and retail "are close to the limit of what they can absorb,"', "pronoun", "speech", name="The independent Low Pay Commission"),
    q(None, "suggests", "the government monitor the effects closely", "none", "evaluation", name="The independent Low Pay Commission"),
    q("Karen Nolan of the hospitality trade body UKHospitality", "said", "the increase, combined with higher employer national insurance contributions, would cost the sector £3.4 billion", "person", "speech", name="Karen Nolan"),
    q("she", "warned", '"Pubs and restaurants will close. Some of them will close this winter,"', "pronoun", "speech", name="Karen Nolan"),
    q("Its chairman", "said", "he understood the need to help low-paid workers", "person", "speech", name="Graham Leckie"),
    q(None, "urged", "ministers to offer relief on business rates", "none", "evaluation", name="Graham Leckie"),
    q("A poll of its members conducted last month", "found", "38 percent planned to freeze hiring if the wage rose by more than 5 percent", "organization", "evidence", name="The Federation of Small Businesses"),
    q("38 percent", "planned", "to freeze hiring if the wage rose by more than 5 percent", "group", "intent", name="members of the Federation of Small Businesses"),
    q("Unions", "welcomed", "the rise", "group", "evaluation", at="Unions welcomed"),
    q(None, "said", "it did not go far enough", "none", "speech", name="Unions", near="but said it did not"),
    q("The Trades Union Congress", "wants", 'a minimum of £15 an hour "as soon as possible,"', "organization", "intent"),
    q("its general secretary", "said", 'The Trades Union Congress wants a minimum of £15 an hour "as soon as possible,"', "person", "speech", name="Dermot Healy", near="Dermot Healy, said"),
    q(None, "arguing", "living costs in London and the south-east far outstrip the national rate", "none", "speech", name="Dermot Healy"),
    q("The Resolution Foundation", "said", "its analysis suggested the rise would reduce the number of workers in low pay to its lowest level in 40 years", "organization", "speech"),
    q("its analysis", "suggested", "the rise would reduce the number of workers in low pay to its lowest level in 40 years", "organization", "evidence", name="The Resolution Foundation"),
    q("Ffion Reece", "cautioned", "some employers might respond by cutting hours rather than jobs", "person", "speech"),
    q("The opposition's business spokesman", "accused", 'the chancellor of "pushing up wages with one hand and taxes with the other"', "person", "evaluation", name="Andrew Griffin"),
    q(None, "questioned", "whether small firms could survive both", "none", "question", name="Andrew Griffin"),
    q("Hale", "rejected", "the criticism", "person", "evaluation", name="Rebecca Hale"),
    q(None, "telling", '"the same people who warned of mass unemployment in 1999 are warning of it again, and they were wrong then."', "none", "speech", name="Rebecca Hale"),
    q(None, "is expected to", ["The Bank of England", "take the increase into account when it updates its inflation forecast next month"], "none", "belief"),
    q("Some economists", "have suggested", "it could add 0.2 percentage points to services inflation", "group", "belief"),
    module=__name__)

A("b20-radio-interview-finance-minister", """
Transcript: Finance Minister Okafor on the fuel subsidy, the naira and the IMF

The following is an edited transcript of an interview broadcast on Monday on "The Morning Ledger" on Capital FM in Abuja. Finance Minister Adaeze Okafor spoke with host Femi Olawale about the government's decision to phase out the remaining fuel subsidy.

OLAWALE: Minister, petrol prices have gone up 40 percent in a month. Traders in Kano tell us they cannot afford to move goods. Why now?

OKAFOR: Because the subsidy was costing us more than we spend on health and education combined. Our own audit showed that a large part of it was going to smugglers and to people who are not poor. We could not keep borrowing to pay for that.

OLAWALE: The Nigeria Labour Congress says it will strike next week if the price is not reversed. Will you negotiate?

OKAFOR: Our door is open. I have spoken to the union leadership twice this week, and I believe we can reach an agreement on transport support for workers. What we will not do is bring back the subsidy.

OLAWALE: Critics say you are doing this because the IMF told you to.

OKAFOR: That is simply not true. The Fund has been supportive, and I welcome that, but this decision was taken here, by this government, for Nigerian reasons.

OLAWALE: The central bank's figures suggest inflation will pass 30 percent next month. Are you worried?

OKAFOR: Of course I am worried. Anyone who says they are not worried about inflation is not paying attention. But the central bank governor and I agree that the spike will be temporary, and we expect prices to stabilise by the second quarter.

Opposition reaction was swift. Senator Ibrahim Dogo, who chairs the Senate finance committee, told Capital FM after the broadcast that the minister was "living in a different country from the rest of us." He said he would summon her to testify before the committee.

Economists gave mixed reviews. Dr. Ngozi Adeyemi of the Lagos Business School said the reform was overdue but warned that cash transfers promised to poor households had reached fewer than a third of those eligible, citing World Bank data. "The policy is right; the sequencing is wrong," she said.

A labour official who asked not to be named said union leaders were divided on whether to go ahead with the strike. The Nigeria Labour Congress is expected to announce its decision on Thursday.

The naira, which has lost a quarter of its value against the dollar this year, was little changed on Monday, traders said.
""",
    q("OLAWALE", ":", "Minister, petrol prices have gone up 40 percent in a month. Traders in Kano tell us they cannot afford to move goods. Why now?", "person", "question", name="Femi Olawale", quote="direct"),
    q("Traders in Kano", "tell", "they cannot afford to move goods", "group", "speech"),
    q("OKAFOR", ":", "Because the subsidy was costing us more than we spend on health and education combined. Our own audit showed that a large part of it was going to smugglers and to people who are not poor. We could not keep borrowing to pay for that", "person", "speech", name="Adaeze Okafor", quote="direct"),
    q("Our own audit", "showed", "a large part of it was going to smugglers and to people who are not poor", "organization", "evidence", name="the government"),
    q("OLAWALE", ":", "The Nigeria Labour Congress says it will strike next week if the price is not reversed. Will you negotiate?", "person", "question", name="Femi Olawale", quote="direct"),
    q("The Nigeria Labour Congress", "says", "it will strike next week if the price is not reversed", "organization", "speech"),
    q("OKAFOR", ":", "Our door is open. I have spoken to the union leadership twice this week, and I believe we can reach an agreement on transport support for workers. What we will not do is bring back the subsidy", "person", "speech", name="Adaeze Okafor", quote="direct"),
    q("I", "believe", "we can reach an agreement on transport support for workers", "pronoun", "belief", name="Adaeze Okafor"),
    q("OLAWALE", ":", "Critics say you are doing this because the IMF told you to.", "person", "speech", name="Femi Olawale", quote="direct"),
    q("Critics", "say", "you are doing this because the IMF told you to", "group", "speech"),
    q("OKAFOR", ":", "That is simply not true. The Fund has been supportive, and I welcome that, but this decision was taken here, by this government, for Nigerian reasons", "person", "speech", name="Adaeze Okafor", quote="direct"),
    q("OLAWALE", ":", "The central bank's figures suggest inflation will pass 30 percent next month. Are you worried?", "person", "question", name="Femi Olawale", quote="direct"),
    q("The central bank's figures", "suggest", "inflation will pass 30 percent next month", "organization", "evidence", name="the central bank"),
    q("OKAFOR", ":", "Of course I am worried. Anyone who says they are not worried about inflation is not paying attention. But the central bank governor and I agree that the spike will be temporary, and we expect prices to stabilise by the second quarter", "person", "speech", name="Adaeze Okafor", quote="direct"),
    q("the central bank governor and I", "agree", "the spike will be temporary", "group", "belief"),
    q("we", "expect", "prices to stabilise by the second quarter", "pronoun", "belief", name="the central bank governor and Adaeze Okafor"),
    q("Senator Ibrahim Dogo", "told", 'the minister was "living in a different country from the rest of us."', "person", "speech"),
    q("He", "said", "he would summon her to testify before the committee", "pronoun", "speech", name="Ibrahim Dogo"),
    q("Dr. Ngozi Adeyemi of the Lagos Business School", "said", "the reform was overdue", "person", "speech", name="Ngozi Adeyemi"),
    q(None, "warned", "cash transfers promised to poor households had reached fewer than a third of those eligible", "none", "speech", name="Ngozi Adeyemi"),
    q(None, "citing", "World Bank data", "none", "evidence", name="Ngozi Adeyemi"),
    q("she", "said", '"The policy is right; the sequencing is wrong,"', "pronoun", "speech", name="Ngozi Adeyemi"),
    q("A labour official who asked not to be named", "said", "union leaders were divided on whether to go ahead with the strike", "anonymous", "speech"),
    q(None, "is expected to", ["The Nigeria Labour Congress", "announce its decision on Thursday"], "none", "belief", at="go ahead with the strike"),
    q("traders", "said", "The naira, which has lost a quarter of its value against the dollar this year, was little changed on Monday", "group", "speech"),
    module=__name__)
