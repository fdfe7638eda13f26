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
