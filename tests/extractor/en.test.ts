// English given/want cases, written for this project (invented people).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotesOf, runCases, type Case } from '../helpers/quotes.js';

const CASES: Case[] = [
  {
    name: 'an apposition whose title opens in lower case names the one described ("His rival, state Sen. Jane Sample, dismissed …")',
    given: 'Sam Example is running. His rival, state Sen. Jane Sample, dismissed the announcement as "more of the same."',
    want: [{ text: 'more of the same.', speaker: 'Jane Sample', mention: 'His rival, state Sen. Jane Sample' }],
  },
  {
    name: 'a possessive "her" or "his" before a noun opens a subject ("Her campaign said"), and the organisation it owns is named by the owner\'s surname ("Sample campaign")',
    given: 'Jane Sample is running. Her campaign said voters wanted "new ideas, not old promises." Sam Example spoke later. His campaign said he "will win."',
    want: [
      { text: 'new ideas, not old promises.', speaker: 'Sample campaign', mention: 'Her campaign' },
      { text: 'will win.', speaker: 'Example campaign', mention: 'His campaign' },
    ],
  },
  {
    name: 'an office or a person brought in unnamed ("a witness", "a guest at the dinner") is nobody named when the text comes back to it ("the witness said", "the guest said")',
    given: 'John Sample, the chief executive, announced the plan on Monday. A witness said the crowd had been calm. "Nobody was hurt," the witness said. According to a guest at the dinner, talks go on. "Nothing is settled," the guest said.',
    want: [{ text: 'Nobody was hurt,', speaker: null, role: 'witness' }, { text: 'Nothing is settled,', speaker: null, role: null }],
  },
  {
    name: 'a continent is a place, nobody a pronoun could stand for ("Western Europe\'s busiest harbour town")',
    given: 'Western Europe\'s busiest harbour town grew nervous. "We will act," he said.',
    want: [{ text: 'We will act,', speaker: null }],
  },
  {
    name: 'after an opening prepositional phrase the colon\'s introduction has its subject after the comma ("In reply to a plan to keep Greeks off …, X’s right-hand woman gathered members, saying:" is no "Greeks")',
    given: 'In reply to the mayor’s plan to keep Greeks off the ferries, Jo Example’s right-hand woman gathered members, saying: “The harbour must stay open.”',
    want: [{ text: 'The harbour must stay open.', speaker: null, mention: 'Jo Example’s right-hand woman' }],
  },
  {
    name: 'a name that opens its clause after a dash and runs up to the colon introduces the quote ("… are hard to make - Sample Research: “…”"), not the word that opens the sentence',
    given: 'Estimates of turnout are hard to make - Sample Research: “All the samples include more engaged people than they should.”',
    want: [{ text: 'All the samples include more engaged people than they should.', speaker: 'Sample Research' }],
  },
  {
    name: 'a quantifier alone before a speech verb is its subject, people the text does not name ("Some chanted “…”"; a verb after "the" is still a noun: "the said plan")',
    given: 'Fans filled the streets. Some chanted “We won! We won!”',
    want: [{ text: 'We won! We won!', speaker: null, mention: 'Some' }],
  },
  {
    name: 'an office for an organisation keeps it ("a spokeswoman for the Sample campaign"), and a name after an owned office\'s comma is the speaker ("Example’s spokesman, Sam Sample, said")',
    given: '“No comment,” a spokeswoman for the Sample campaign said. “That is not true,” Example’s spokesman, Sam Sample, said in an email.',
    want: [
      { text: 'No comment,', speaker: null, role: 'spokeswoman for the Sample campaign' },
      { text: 'That is not true,', speaker: 'Sam Sample' },
    ],
  },
  {
    name: 'an organisation\'s name runs on through "of" ("the Department of Sample Security said"); a lower-case act does not ("the online publication of emails")',
    given: '“The threat is high,” the Department of Sample Security said. The online publication of emails by the group led to resignations, the paper reported, calling it “a scandal.”',
    want: [{ text: 'The threat is high,', speaker: 'Department of Sample Security' }, { text: 'a scandal.', mention: 'the paper' }],
  },
  {
    name: 'a week, month or year named relative to now ("last week") is a period, and dates no statement; "two days ago" does',
    given: '“We need speed,” Jo Example said last week. “We still do,” Sam Sample said two days ago.',
    publishedAt: '2025-04-03',
    want: [{ text: 'We need speed,', date: null }, { text: 'We still do,', date: '2025-04-01' }],
  },
  {
    name: 'an age between the name and its apposition leaves the role to the apposition ("said Sam Sample, 42, a teacher from Dayton")',
    given: '“It is a tough call,” said Sam Sample, 42, a teacher from Springfield.',
    want: [{ text: 'It is a tough call,', speaker: 'Sam Sample', role: 'teacher from Springfield' }],
  },
  {
    name: 'lower-case words in marks after a title noun are someone\'s words ("said the bill “goes too far”"); after a noun for words used as words they stay words ("the term “anchor baby”")',
    given: 'The senator, a Democrat from Ohio, said the bill “goes too far.” Jo Example said he would keep using the term “quiet money” in his speeches.',
    want: [{ text: 'goes too far.', mention: 'The senator' }],
  },
  {
    name: 'a dateline in capitals gives its place as the place is written ("NEW YORK (AP) —" → New York); a label set as one ("EXCLUSIVE —") is no place',
    given: 'NEW YORK (AP) — Senator Jo Example attacked the plan on Tuesday. “It is a disaster,” she said.',
    want: [{ text: 'It is a disaster,', speaker: 'Jo Example', place: 'New York' }],
  },
  {
    name: 'a label set as a dateline is no place',
    given: 'EXCLUSIVE — Senator Jo Example attacked the plan on Tuesday. “It is a disaster,” she said.',
    want: [{ text: 'It is a disaster,', speaker: 'Jo Example', place: null }],
  },
  {
    name: 'closed-class words and adverbs in -ly that open a sentence are no names ("Shortly after …", "Within the campaign …", "Regardless, …"); a name after the comma is no apposition of them',
    given: 'Jo Example spoke at noon. Shortly after the call ended, Sample’s campaign sent a statement calling it "a stunt." Conversely, FactWatch rated 22% of the claims as "entirely true."',
    want: [
      { text: 'a stunt.', speaker: null },
      { text: 'entirely true.', speaker: 'FactWatch', mention: 'FactWatch' },
    ],
  },
  {
    name: 'an indefinite adverb opening a sentence is no name ("Somewhere along the way, he threw in a “shifty” X" was named "Somewhere")',
    given: 'Jo Example attacked Marco Sample. Somewhere along the way, he threw in a "shifty" Ted Probe.',
    want: [{ text: 'shifty', mention: 'he' }],
  },
  {
    name: 'a verb after ", and" opens a clause of its own and attributes no quote before it ("X said he would turn the desert “into a parking lot,” for example, and Y vowed to “tear it all down” …"); a new sentence opening with "But" still may',
    given: 'Jo Example said he would turn the desert "into a parking lot," for example, and Sam Sample vowed to "tear it all down" by spring. "It is over." But Ann Probe said she disagreed.',
    want: [
      { text: 'into a parking lot,', type: 'partial', speaker: 'Jo Example' },
      { text: 'tear it all down', type: 'partial', speaker: 'Sam Sample' },
      { text: 'It is over.' },
    ],
  },
  {
    name: 'one capitalised word opening a clause before lower-case words that end in a noun that can speak describes a group, naming no one ("Clinton supporters responded", "Florida election officials say"); "Jo Example rallied supporters" is a clause ("did" and verb endings stop the description)',
    given: 'Jo Example spoke in Iowa. Example supporters responded with chants of “We are with her” until she spoke. Florida election officials say the count was “complete and fair.” Jo Example rallied supporters by warning that “the town’s water supply is at risk.” Example did post that the rally was “huge.”',
    want: [
      { text: 'We are with her', speaker: null, mention: 'Example supporters' },
      { text: 'complete and fair.', speaker: null, mention: 'Florida election officials' },
      { text: 'the town’s water supply is at risk.', speaker: 'Jo Example' },
      { text: 'huge.', speaker: 'Jo Example' },
    ],
  },
  {
    name: 'an adjective dating an office that opens the sentence is no name ("Former Republican governor X"); the name after lower-case role words is the head',
    given: 'Former Republican governor Ben Example explained what was wrong with the photo: "It was so insensitive." Republican political consultant Chris Sample said: "It is over."',
    want: [
      { text: 'It was so insensitive.', speaker: 'Ben Example', mention: 'Former Republican governor Ben Example', role: 'Former Republican governor' },
      { text: 'It is over.', speaker: 'Chris Sample', role: 'Republican political consultant' },
    ],
  },
  {
    name: 'an abbreviated office inside a run of capitals belongs to the person after it ("Indiana Gov. X"), no name of its own, and a verb before it no part of the office ("calling Indiana Gov. X"); a member of a party or a day is no surname ("Wisconsin Republican", "Super Tuesday")',
    given: 'Tom Sample named his deputy, calling Indiana Gov. Ann Example "a fine choice." "She will be great," she said. The Wisconsin Republican primary drew crowds. So did Super Tuesday. "We will win," he said.',
    want: [
      { text: 'a fine choice.', speaker: 'Tom Sample' },
      { text: 'She will be great,', speaker: 'Ann Example', mention: 'she', role: 'Indiana Governor' },
      { text: 'We will win,', speaker: 'Tom Sample', mention: 'he' },
    ],
  },
  {
    name: 'a member of a party with the place they are from is a description that speaks ("said a Vermont Republican", "the Utah Republican asks"); it names nobody',
    given: '"It is over," said a Vermont Republican. In a letter, the Utah Republican asks whether "the rules were broken."',
    want: [
      { text: 'It is over,', speaker: null, mention: 'a Vermont Republican' },
      { text: 'the rules were broken.', speaker: null, mention: 'the Utah Republican' },
    ],
  },
  {
    name: 'a day after publication is when something will happen, never the day words were said ("over the next week")',
    publishedAt: '2025-04-05',
    given: 'Jan Example expects two rivals to "quit the race" over the next week. "We will win," Example said on Tuesday.',
    want: [
      { text: 'quit the race', speaker: 'Jan Example', date: null },
      { text: 'We will win,', speaker: 'Jan Example', date: '2025-04-01' },
    ],
  },
  {
    name: 'a naming verb after an object relative reports its subject\'s own term ("what she called “…”", "which aide X called “…”"), and that subject speaks wherever the clause stands; "a group called “…”" still names',
    given: 'Ann Example phoned Tom Sample to praise what she called "a campaign run with real heart." As the party prepares for what aide Jo Probe called "the loudest race in recent memory," the mood is tense. The ad was paid for by a group called "Friends Of The Lake."',
    want: [
      { text: 'a campaign run with real heart.', speaker: 'Ann Example' },
      { text: 'the loudest race in recent memory,', speaker: 'Jo Probe', role: 'aide' },
    ],
  },
  {
    name: '"it said" speaks for the organisation or text quoted in the sentence before, and stays the mention; never for a person, nor across a sentence that quotes nobody',
    given: 'Greenpeace criticized the plan. "The plan is reckless," Greenpeace said. "It will cost jobs," it said. Jo Example agreed. "It is bad," Jo Example said. "It will fail," it said. "We are ready," the Example Foundation said. The Post reported the news. It added, "the meeting was short."',
    want: [
      { text: 'The plan is reckless,', speaker: 'Greenpeace' },
      { text: 'It will cost jobs,', speaker: 'Greenpeace', mention: 'it' },
      { text: 'It is bad,', speaker: 'Jo Example' },
      { text: 'It will fail,', speaker: null, mention: 'it' },
      { text: 'We are ready,', speaker: 'Example Foundation' },
      { text: 'the meeting was short.', speaker: null, mention: 'It' },
    ],
  },
  {
    name: 'a pronoun stands for someone brought in without a name who acts ("confirmed by an army spokeswoman. She said"), not for a description in the quote or after "being"',
    given: 'Chancellor Eva Example went to Paris. The attack was confirmed by an army spokeswoman. She said: "There were three dead." Ann Sample spoke next. "As a Gold Star mother, I grieve," she said. Tom Probe likes being a father. "It is fun," he said.',
    want: [
      { text: 'There were three dead.', speaker: null, mention: 'She', role: 'army spokeswoman' },
      { text: 'As a Gold Star mother, I grieve,', speaker: 'Ann Sample', mention: 'she' },
      { text: 'It is fun,', speaker: 'Tom Probe', mention: 'he' },
    ],
  },
  {
    name: 'namesakes are two people ("Hillary Example", "Bill Example"): a surname alone is the one named in full just before it, else the one named first; a title says which ("Mr. Example"); a short form of the first name is the same person ("Sandy"/"Sandra")',
    given: 'Hillary Example spoke in Iowa. "We will win," Hillary Example said. Then former president Bill Example took the stage. "She is ready," Bill Example said. "Vote," Example added. Later in the week, the campaign went on to Ohio and then to Florida for three long rallies, with crowds in every city and small towns on the way. "Thank you," Example said. "It was fun," Mr. Example said. Sandra Sample agreed. "Good," Sandy Sample said.',
    want: [
      { text: 'We will win,', speaker: 'Hillary Example' },
      { text: 'She is ready,', speaker: 'Bill Example' },
      { text: 'Vote,', speaker: 'Bill Example' },
      { text: 'Thank you,', speaker: 'Hillary Example' },
      { text: 'It was fun,', speaker: 'Bill Example' },
      { text: 'Good,', speaker: 'Sandra Sample' },
    ],
  },
  {
    name: 'one letter is a transcript\'s label or an initial, no name ("Q: …")',
    given: 'Jo Example met the press. Q: "Will you run?" A: "It has been a month."',
    want: [
      { text: 'Will you run?', speaker: null },
      { text: 'It has been a month.', speaker: null },
    ],
  },
  {
    name: 'an adverb that is no name before a preposition opens an adverbial, and the subject follows its comma ("Early in his campaign, X attacked …", "Here in Columbia, X stepped up …")',
    given: 'Ann Sample spoke first. Early in his campaign, Tom Example attacked Sample, calling her "a failed candidate." Here in Columbia, Jo Probe stepped up his push, saying, "We need to do more."',
    want: [
      { text: 'a failed candidate.', speaker: 'Tom Example' },
      { text: 'We need to do more.', speaker: 'Jo Probe' },
    ],
  },
  {
    name: 'a part of a group speaks as a description ("Hundreds of demonstrators … chanting", "Some of the voters said"); a clause with a verb and an article is no description ("Both women released a statement, Jo Example saying …")',
    given: 'Hundreds of demonstrators marched through the city, chanting "No more war," and waving flags. Some of the voters said "No."\n\nThe vote was close.\n\nBoth women released a statement, Jo Example saying she was "quite hopeful."',
    want: [
      { text: 'No more war,', speaker: null, mention: 'Hundreds of demonstrators' },
      { text: 'No.', speaker: null, mention: 'Some of the voters' },
      { text: 'quite hopeful.', speaker: null, mention: null },
    ],
  },
  {
    name: '"they" stands for a group, no one person ("The protesters marched. “…,” they said")',
    given: 'Jo Example spoke first. The protesters marched outside. "No more," they said.',
    want: [{ text: 'No more,', speaker: null, mention: 'they' }],
  },
  {
    name: 'an organisation noun capitalised only because it opens a sentence names nobody where the article writes it in lower case ("Police said …" beside "the police"); an acronym still names ("The GOP said")',
    given: 'The police were called at noon. Police said "two men" were arrested. The GOP said it was "a sad day."',
    want: [
      { text: 'two men', speaker: null, mention: 'Police' },
      { text: 'a sad day.', speaker: 'GOP' },
    ],
  },
  {
    name: 'a compound adjective is no part of a name ("South Korean-born Jo Example", "Texas-based strategist X"); nor is an owner in the possessive before a first name and surname ("FOX13’s Jan Sample"), while "People’s Daily" stays one name',
    given: 'South Korean-born Monte Example said: "It is fine." FOX13’s Craig Sample reported: "It is over." Texas-based strategist Matt Probe said "No." The People’s Daily wrote: "It is good."',
    want: [
      { text: 'It is fine.', speaker: 'Monte Example' },
      { text: 'It is over.', speaker: 'Craig Sample' },
      { text: 'No.', speaker: 'Matt Probe', role: 'Texas-based strategist' },
      { text: 'It is good.', speaker: 'People’s Daily' },
    ],
  },
  {
    name: 'a person\'s organisation speaks as one, named by the person\'s surname and its noun ("Jo Example’s campaign", "the Jo Example campaign", "Mrs. Example’s constrained campaign" → "Example campaign"); "the Sample administration" is no Sample; "the Example Foundation" keeps its name',
    given: 'Jo Example spoke. “We will win,” Example’s campaign said. “We will win,” the Jo Example campaign said. “Yes,” Mrs. Example’s constrained campaign said. “No,” the Sample administration said. “Fine,” the Example Foundation said.',
    want: [
      { text: 'We will win,', speaker: 'Example campaign' },
      { text: 'We will win,', speaker: 'Example campaign' },
      { text: 'Yes,', speaker: 'Example campaign' },
      { text: 'No,', speaker: 'Sample administration', role: null },
      { text: 'Fine,', speaker: 'Example Foundation' },
    ],
  },
  {
    name: 'a contracted pronoun or negation opening a sentence is no name ("They’re calling it …", "Don\'t call it …")',
    given: 'Jo Example spoke. They’re calling it "a fraud." Don\'t call it "a win."',
    want: [
      { text: 'a fraud.', speaker: null },
      { text: 'a win.', speaker: null },
    ],
  },
  {
    name: '"Democratic" and organisation nouns (Partnership, Initiative, Fund) end no person\'s name a pronoun could stand for ("the Minnesota Democratic primary", "the Trans-Pacific Partnership")',
    given: 'Tom Example spoke in Minnesota. He won the Minnesota Democratic primary and attacked the Trans-Pacific Partnership. "We did it," he said.',
    want: [{ text: 'We did it,', speaker: 'Tom Example', mention: 'he' }],
  },
  {
    name: 'places, buildings and institutions are no people a pronoun could stand for ("Wall Street", "Islamic State", "Silicon Valley"), while a first name before such a word makes a person ("Allen West")',
    given: 'Tom Example spoke in Ohio. He attacked Wall Street, the Islamic State and Silicon Valley. "We will win," he said. Allen West spoke next. "So will we," West said.',
    want: [
      { text: 'We will win,', speaker: 'Tom Example', mention: 'he' },
      { text: 'So will we,', speaker: 'Allen West', mention: 'West' },
    ],
  },
  {
    name: 'a pronoun for someone the text does not name ("Someone called it …", "Others shouted") is the mention and names nobody',
    given: 'Jo Example won the vote. Someone called it a "gentle uprising." Others shouted, "Stop the count!"',
    want: [
      { text: 'gentle uprising.', speaker: null, mention: 'Someone' },
      { text: 'Stop the count!', speaker: null, mention: 'Others' },
    ],
  },
  {
    name: 'number words open descriptions like quantifiers ("Thirty-one percent said", "the two lawmakers"), no name; a span of time is no subject ("Eight years ago, he said")',
    given: 'Pollsters asked voters in May. Thirty-one percent said they felt "more eager" about the race. The two lawmakers called it "a disaster." Senator Jan Sample spoke too. Eight years ago, he backed the bill and said, "It is a good law."',
    want: [
      { text: 'more eager', speaker: null, mention: 'Thirty-one percent' },
      { text: 'a disaster.', speaker: null, mention: 'The two lawmakers' },
      { text: 'It is a good law.', speaker: 'Jan Sample', mention: 'he' },
    ],
  },
  {
    name: 'adjectives of an office capitalised in a title ("Republican Presidential hopeful Sen. X") are no name',
    given: 'Like most of the party, Republican Presidential hopeful Sen. Tom Example objected as well, telling a local radio station: "The plan is wrong."',
    want: [{ text: 'The plan is wrong.', speaker: 'Tom Example' }],
  },
  {
    name: 'a function word that is the surname of someone named in full is that name inside a sentence ("“…,” Will wrote", "From said"), not where it opens one',
    given: 'Columnist George Will and strategist Al From met. "The war is a reminder," Will wrote. "The circumstances have changed," From said. Will the talks go on? "We will see."',
    want: [
      { text: 'The war is a reminder,', speaker: 'George Will', mention: 'Will' },
      { text: 'The circumstances have changed,', speaker: 'Al From', mention: 'From' },
      { text: 'We will see.', speaker: 'Al From' },
    ],
  },
  {
    name: 'lower-case words and numbers describing the person may stand between "said" and a full name after the quote ("said former secretary of state X", "said 9/11 widow X"); "9/11" names the attacks, it dates nothing',
    publishedAt: '2016-09-23',
    given: '"Neighbours keep each other safe," said former secretary of state Ann Example, who praised the plan. "The reasons do not hold," said 9/11 widow Eva Sample.',
    want: [
      { text: 'Neighbours keep each other safe,', speaker: 'Ann Example', role: 'former secretary of state' },
      { text: 'The reasons do not hold,', speaker: 'Eva Sample', role: '9/11 widow', date: null },
    ],
  },
  {
    name: '"went on" after a quote reports words ("“…,” she went on"), "went on to" does not; a phrasal verb\'s particle may take an adverb before its colon ("fired back forcefully:")',
    given: 'Ann Example spoke after Tom Sample. "It worries me a little," she went on. Tom Sample, who went on to work for the firm, said it was "fine." When Example suggested a vote, Sample fired back forcefully: "They are going to lose."',
    want: [
      { text: 'It worries me a little,', speaker: 'Ann Example', mention: 'she' },
      { text: 'fine.', speaker: 'Tom Sample' },
      { text: 'They are going to lose.', speaker: 'Tom Sample' },
    ],
  },
  {
    name: 'a word in capitals is a headline\'s, no speech verb ("SMALL TOWNS OUTVOTE BIG CITIES - Jo Example: “…”")',
    given: 'The polls moved.\n\nSMALL TOWNS OUTVOTE BIG CITIES - Jo Example: "Our analysis finds that twenty states lean one way."',
    want: [{ text: 'Our analysis finds that twenty states lean one way.', speaker: 'Jo Example' }],
  },
  {
    name: 'a sentence that opens with "That" or "This" before its verb points back to the quote before it, however long',
    given: 'The rally began. "We will stay." That is what Governor Tom Example told a crowd of several hundred supporters at a rally in the city on Monday evening.',
    want: [{ text: 'We will stay.', speaker: 'Tom Example' }],
  },
  {
    name: 'where and when come from the reporter\'s words, not from inside the quote ("in Florida" is what the speaker talks about)',
    given: "Jan Example, a former head of the party, said the committee would spend most of its money in four states.\n\n''If turnout falls by two points in Iowa, Nevada and Maine, we lose 60 seats,'' Mr. Example said.",
    want: [
      { text: 'If turnout falls by two points in Iowa, Nevada and Maine, we lose 60 seats,', type: 'direct', speaker: 'Jan Example', place: null },
    ],
  },
  {
    name: 'after an abbreviated title a surname that is also an office is the surname ("Mr. King" is Jan King, "Sen. Bishop" is named Bishop)',
    given: 'Jan King spoke first. "We are ready," Mr. King said. "Fine," said Sen. Bishop.',
    want: [
      { text: 'We are ready,', speaker: 'Jan King', role: null },
      { text: 'Fine,', speaker: 'Bishop', role: 'Senator' },
    ],
  },
  {
    name: 'the period of an abbreviated title or of "R-Pa." does not end the attribution after a quote that ends in "!"',
    given: '"Perpetual motion!" Rep. Glenn Example, R-Pa., said of the session. "We won!" Gov. Jo Sample said.',
    want: [
      { text: 'Perpetual motion!', type: 'direct', speaker: 'Glenn Example', role: 'Representative' },
      { text: 'We won!', type: 'direct', speaker: 'Jo Sample', role: 'Governor' },
    ],
  },
  {
    name: 'a verb after ", but" (perhaps with an adverb: ", but now said") shares the subject of the clause before the comma, not the name nearest to it',
    given: 'Senator Eva Example was defending the group against attacks from nominee Jan Sample, but admitted “a few errors” there. Rep. Tom Probe used to support fellow Ohioan Jan Sample, but now said he had “the duty to unite us.”',
    want: [
      { text: 'a few errors', type: 'partial', speaker: 'Eva Example' },
      { text: 'the duty to unite us.', type: 'partial', speaker: 'Tom Probe' },
    ],
  },
  {
    name: 'an opening prepositional phrase with a place ("At a rally in Keene, New Hampshire,") is no subject; the phrase before the verb after it is',
    given: 'Jan Example leads the polls. At a rally in Keene, New Hampshire, Example turned on Sample, calling him “a sore loser.”',
    want: [{ text: 'a sore loser.', type: 'partial', speaker: 'Jan Example', mention: 'Example' }],
  },
  {
    name: 'an opening "Before …," without a verb of its own is a phrase, not a clause with a subject; the subject follows its comma',
    given: 'Jan Example leads. Before the vote in Ohio, Example went after Sample, calling him “a disgrace.”',
    want: [{ text: 'a disgrace.', type: 'partial', speaker: 'Jan Example', mention: 'Example' }],
  },
  {
    name: '"Neither" opens no name; "Comedian", "Actor", "Assemblywoman" are roles, not first names',
    given: 'Neither Jan Example nor Eva Sample attended. "We were busy," Example said. Comedian Ida Probe spoke first. "It was fun," Probe said. Assemblywoman Ann Muster agreed: "Fun indeed."',
    want: [
      { text: 'We were busy,', speaker: 'Jan Example', role: null },
      { text: 'It was fun,', speaker: 'Ida Probe', role: 'Comedian' },
      { text: 'Fun indeed.', speaker: 'Ann Muster', role: 'Assemblywoman' },
    ],
  },
  {
    name: '"Secretary of State Jan Example": the word after "of" belongs to the office, the name starts at the first name',
    given: 'Secretary of State John Example met the press. "We are ready," Example said. "Fine," said Secretary of State Sample.',
    want: [
      { text: 'We are ready,', speaker: 'John Example', role: 'Secretary of State' },
      { text: 'Fine,', speaker: 'Sample', role: 'Secretary of State' },
    ],
  },
  {
    name: 'a headline\'s capitals are no names ("Understated Example Says …"), but a first name there completes a surname the body gives alone',
    title: 'Understated Example Says Eva Sample Won',
    given: 'Understated Example Says Eva Sample Won\n\nLabor Secretary Jan Example spoke on Monday. "She won," Example said. "I did," Sample said.',
    want: [
      { text: 'She won,', speaker: 'Jan Example', role: 'Labor Secretary' },
      { text: 'I did,', speaker: 'Eva Sample' },
    ],
  },
  {
    name: 'a quote standing alone after a sentence that ends "…, X said." is X\'s, not the sentence subject\'s',
    given: 'The city will wait for the budget before it moves, Jan Example said. "The other factor is the election."',
    want: [{ text: 'The other factor is the election.', type: 'direct', speaker: 'Jan Example' }],
  },
  {
    name: 'a fragment that closes with its own comma and is followed by a named speaker is theirs, though the lead-in has a subject and verb of its own',
    given: 'In 2011, when Governor Jan Example gave towns money for roads, “towns were running out of cash. They took it,” Eva Sample said.',
    want: [{ text: 'towns were running out of cash. They took it,', speaker: 'Eva Sample' }],
  },
  {
    name: 'after a quote that ends in "!" or "?", the attribution that follows as a sentence of its own is read however long it is',
    given: 'Skywriters flew over the stadium.\n\n“Not us but we cannot argue with it!” Jan Example, the head of the Example Fund, posted on Friday along with a photo of the plane circling above the fans in the stands.',
    want: [{ text: 'Not us but we cannot argue with it!', type: 'direct', speaker: 'Jan Example' }],
  },
  {
    name: 'a quote standing alone after a sentence about "the pastor" is the pastor\'s, the one the article named so',
    given: 'Pastor Jan Example opened the service on Sunday. The pastor then turned to the crowd. “I sensed a call to speak.”',
    want: [{ text: 'I sensed a call to speak.', type: 'direct', speaker: 'Jan Example', mention: 'The pastor' }],
  },
  {
    name: 'a quote that opens a paragraph after one that ends with a sentence about someone is theirs',
    given: 'Senator Jan Example praised the governor’s leadership after the storm.\n\n“We need someone who gets things done.”',
    want: [{ text: 'We need someone who gets things done.', type: 'direct', speaker: 'Jan Example' }],
  },
  {
    name: 'an opening adverbial of time ("Earlier this week,") is no subject; the phrase after its comma is',
    given: 'Jan Example is worried. Earlier this week, Example told donors at a dinner in the suburbs, “I cannot tell which rival will turn up.”',
    want: [{ text: 'I cannot tell which rival will turn up.', speaker: 'Jan Example', mention: 'Example' }],
  },
  {
    name: 'a fragment listed right before another ("“…” and “…,” X proclaimed") shares the speaker named after the second',
    given: 'Sugary drinks are “a quiet epidemic” and “rot children’s teeth,” Jan Example, the former mayor of Dayton, declared to the assembled parents.',
    want: [
      { text: 'a quiet epidemic', speaker: 'Jan Example' },
      { text: 'rot children’s teeth,', speaker: 'Jan Example' },
    ],
  },
  {
    name: 'a courtesy title ("Mr.", "Mrs.", "Ms.") is no role; the role the article gives the person is',
    given: 'Senator Jan Example spoke first. "We are ready," Mr. Example said. "Me too," said Mrs. Sample.',
    want: [
      { text: 'We are ready,', speaker: 'Jan Example', role: 'Senator' },
      { text: 'Me too,', speaker: 'Sample', role: null },
    ],
  },
  {
    name: '"…," X said, with a day of the week resolved against publication',
    given: '"We will win this state," Senator Jane Example said on Tuesday in Denver.',
    publishedAt: '2016-03-10',
    want: [{ text: 'We will win this state,', type: 'direct', speaker: 'Jane Example', role: 'Senator', place: 'Denver', date: '2016-03-08' }],
  },
  {
    name: 'said X, then a pronoun continues',
    given: '“The plan is dead,” said Mark Sample, the party chairman. “Nobody wants it,” he added.',
    want: [
      { text: 'The plan is dead,', speaker: 'Mark Sample', mention: 'Mark Sample' },
      { text: 'Nobody wants it,', speaker: 'Mark Sample', mention: 'he' },
    ],
  },
  {
    name: 'colon introduction',
    given: 'Governor Lee Exemplar told reporters: “We are not raising taxes.”',
    want: [{ text: 'We are not raising taxes.', speaker: 'Lee Exemplar' }],
  },
  {
    name: 'according to X',
    given: 'According to Ann Placeholder, the deal was “a disaster for workers.”',
    want: [{ text: 'a disaster for workers.', type: 'partial', speaker: 'Ann Placeholder' }],
  },
  {
    name: 'apostrophes are not quotation marks',
    given: "Trump's campaign didn't comment. \"It's over,\" said Bob Example.",
    want: [{ text: "It's over,", speaker: 'Bob Example' }],
  },
  {
    name: 'a book title after "titled" is not a quote',
    given: 'She wrote a memoir titled "Hard Roads Home" last year.',
    want: [],
  },
  {
    name: 'a text can be the source ("The ad targets …")',
    given: 'Sam Example released a new ad on Monday. The ad targets a "rigged economic order."',
    want: [{ text: 'rigged economic order.', speaker: null, mention: 'The ad' }],
  },
  {
    name: 'a noun that is no speaker is none ("The irony is …"), not whoever was named last',
    given: 'Historian Sam Example wrote a book about her. The irony is that she was "the quietest person in the room."',
    want: [{ text: 'the quietest person in the room.', speaker: null, mention: null }],
  },
  {
    name: 'a period instead of a comma before the attribution ("“….” Example said.")',
    given: 'The crowd cheered loudly.\n\n“We will build it and they will pay.” Sam Example said.\n\nThe rally ended at noon.',
    want: [{ text: 'We will build it and they will pay.', type: 'direct', speaker: 'Sam Example' }],
  },
  {
    name: 'an attribution right after a quote inside a sentence beats a lead-in without a speaker; nested closing marks do not hide the comma',
    given: 'Then came the biggest surprise of the night: "It is about time," exhorted actress Jane Example. The protest is about "parents telling the board, \'we were never asked,\'" Sam Sample said.',
    want: [
      { text: 'It is about time,', speaker: 'Jane Example' },
      { text: "parents telling the board, 'we were never asked,'", speaker: 'Sam Sample' },
    ],
  },
  {
    name: 'a capitalised adjective before a lower-case role noun ("The Republican frontrunner wrote")',
    given: 'The Republican frontrunner wrote in a local paper that "the district is often neglected."',
    want: [{ text: 'the district is often neglected.', speaker: null, mention: 'The Republican frontrunner', role: 'Republican frontrunner' }],
  },
  {
    name: 'verbs of judging report words as said ("condemned the “attack”", "called it “absurd”")',
    given: 'In an address on Friday, President Jean Example condemned the "attack whose nature cannot be denied." Senator Ann Sample called the plan "absurd and inhumane."',
    want: [
      { text: 'attack whose nature cannot be denied.', speaker: 'Jean Example' },
      { text: 'absurd and inhumane.', speaker: 'Ann Sample' },
    ],
  },
  {
    name: 'a coordinated verb shares its clause subject (", he laughed and said, …"); a time phrase is no subject',
    given: 'Asked whether the governor would hold a press conference, he smiled and said, "We will see." A few days ago he slammed the press for being "shockingly unfair."',
    want: [
      { text: 'We will see.', mention: 'he' },
      { text: 'shockingly unfair.', mention: 'he' },
    ],
  },
  {
    name: 'after a quote, "asked X" names the asker; a dash signs a quote ("“…” ― Name"); "shaking his head no." ends a sentence',
    given: 'Politicians resist.\n\n"Asking them to abolish their own jobs?" asked Sen. Jane Example of Maryland.\n\n"We are tired of this." ― Carla Sample\n\n"Do I think he should quit?" Sam Muster asked, shaking his head no. "Still, I do think he erred."',
    want: [
      { text: 'Asking them to abolish their own jobs?', speaker: 'Jane Example' },
      { text: 'We are tired of this.', speaker: 'Carla Sample' },
      { text: 'Do I think he should quit?', speaker: 'Sam Muster' },
      { text: 'Still, I do think he erred.', speaker: 'Sam Muster' },
    ],
  },
  {
    name: 'an adverb set off by a comma is no subject ("Instead, he went on bragging about “momentum”")',
    given: 'Sam Example lost in Iowa. Instead, he went on bragging about "momentum" on Tuesday.',
    want: [{ text: 'momentum', speaker: 'Sam Example', mention: 'he' }],
  },
  {
    name: 'a possessor is not the speaker: "X denounced Y’s remarks as “…”", "Y’s campaign …, telling reporters, “…”", "Y’s response was: “…”"',
    given: 'Mayor Lena Example met Senator Tom Sample. Example denounced Sample’s words as “cruel and degrading.” Sample’s campaign shrugged off the criticism, telling reporters, “Nobody on our team asked for her support.” Sample’s response was: “I stand by every word.”',
    want: [
      { text: 'cruel and degrading.', speaker: 'Lena Example' },
      { text: 'Nobody on our team asked for her support.', speaker: 'Sample campaign' },
      { text: 'I stand by every word.', speaker: 'Tom Sample' },
    ],
  },
  {
    name: 'a plural description is no one person named before ("…, the groups say"); "He’s predicting" is the pronoun',
    given: 'Gen. Tom Sample spoke at a rally. His comments further “a climate of fear,” the groups say. He’s predicting a “very, very good” result.',
    want: [
      { text: 'a climate of fear,', speaker: null, mention: 'the groups' },
      { text: 'very, very good', speaker: 'Tom Sample', mention: 'He’s' },
    ],
  },
  {
    name: 'a participle opening the sentence is no name; the subject follows its clause ("Reprising one of her lines, the senator talked about “…”")',
    given: 'It was a sharp break from the governor. Reprising one of her favorite lines, the senator talked about the “progress we made together.”',
    want: [{ text: 'progress we made together.', mention: 'the senator' }],
  },
  {
    name: 'title case is a title however long ("The Last Summer Before the Storm Came to Town"); a short question in capitals is still said',
    given: 'She starred in "Thelma and Louise" and in "The Last Summer Before the Storm Came to Town" last year.\n\nThe judge turned to me. "Mr. Example?" he asked.',
    want: [{ text: 'Mr. Example?', mention: 'he' }],
  },
  {
    name: 'more reporting verbs ("he answered"), phrasal ones ("shot back", "points out"); a day inside an earlier quote ("tonight") dates nothing',
    publishedAt: '2025-04-05',
    given: 'Governor Chris Sample gave a short reply. "Boston," he answered.\n\n"Chris wants to look strong tonight," Tom Example shot back. "Let me finish."\n\n"Voters reject the establishment," Example points out.',
    want: [
      { text: 'Boston,', speaker: 'Chris Sample', mention: 'he' },
      { text: 'Chris wants to look strong tonight,', speaker: 'Tom Example', date: null },
      { text: 'Let me finish.', speaker: 'Tom Example', date: null },
      { text: 'Voters reject the establishment,', speaker: 'Tom Example' },
    ],
  },
  {
    name: 'a pronoun in a clause leading up to the quote stands for the name the sentence opens with ("X has complained about what he calls “…”")',
    given: 'Senator Ted Sample spoke. Sample has complained about what he calls the "capital club" for months.',
    want: [{ text: 'capital club', speaker: 'Ted Sample', mention: 'Sample' }],
  },
  {
    name: 'a pronoun opening a clause of its own after a comma, a semicolon or "and"/"but" is the mention of its quote ("…, but he said …")',
    given: 'Senator Ted Sample spoke. Sample met donors; indeed, he said the plan was "a disaster." Sample left early, but he called it "a good day."',
    want: [
      { text: 'a disaster.', speaker: 'Ted Sample', mention: 'he' },
      { text: 'a good day.', speaker: 'Ted Sample', mention: 'he' },
    ],
  },
  {
    name: 'a relative pronoun after an apposition stands for the name before it and is the mention ("X, the Council’s strategist, who added …"); with no name before it, it names nobody',
    given: '"We are ready," said Tom Example, the Council\'s lead planner, who added that his team would focus on "local issues." "It failed," said one Democrat who took part in the talks, who added that the board seemed "tired" by the vote.',
    want: [
      { text: 'We are ready,', speaker: 'Tom Example' },
      { text: 'local issues.', speaker: 'Tom Example', mention: 'who' },
      { text: 'It failed,', speaker: null, mention: 'one Democrat' },
      { text: 'tired', speaker: null, mention: 'who' },
    ],
  },
  {
    name: 'a fragment joined to the one before by "and" or a comma has its attribution ("who added that it seemed “tired” and “confused”")',
    given: '"It failed," said Tom Example, who added that the board seemed "tired" and "confused" by the vote.',
    want: [
      { text: 'It failed,', speaker: 'Tom Example' },
      { text: 'tired', speaker: 'Tom Example', mention: 'who' },
      { text: 'confused', speaker: 'Tom Example', mention: 'who' },
    ],
  },
  {
    name: 'an opening clause with a name used as an attribute after "the" ("After the Paris attacks,") ends at its comma; the subject follows',
    given: 'After the Berlin talks, Tom Example released an ad calling the deal "a disaster."',
    want: [{ text: 'a disaster.', speaker: 'Tom Example' }],
  },
  {
    name: 'a quantifier opening a description is no name ("Several senators said", "Most reporters I\'ve met called it"): the group speaks, named by nobody',
    given: 'Tom Example spoke first. Several senators said they would back the bill as a "fair deal." Most reporters I\'ve met called it "a mess."',
    want: [
      { text: 'fair deal.', speaker: null, mention: 'Several senators' },
      { text: 'a mess.', speaker: null },
    ],
  },
  {
    name: 'an organisation known only by a lower-case noun ("the company said") is the mention and names nobody',
    given: 'The plant closed on Monday. "We are proud of our workers," the company said.',
    want: [{ text: 'We are proud of our workers,', speaker: null, mention: 'the company' }],
  },
  {
    name: 'a capitalised word inside a name is no verb ("the United States" is not "states"), so the attribution after the quote counts',
    given: 'Tom Example wants to lift small farms in the United States by backing "local banks and cheap loans," Ben Sample said Monday.',
    want: [{ text: 'local banks and cheap loans,', speaker: 'Ben Sample' }],
  },
  {
    name: 'abbreviated titles give the role in full ("Sen. X" → Senator, "Gov. Y" → Governor)',
    given: '"We will win," said Sen. Tom Sample. "We lost," said Gov. Ann Example of Ohio.',
    want: [
      { text: 'We will win,', speaker: 'Tom Sample', role: 'Senator' },
      { text: 'We lost,', speaker: 'Ann Example', role: 'Governor' },
    ],
  },
  {
    name: '"with the words “…”" introduces a whole utterance',
    given: 'Senator Tom Sample closed the debate with the words "This is not over yet, my friends."',
    want: [{ text: 'This is not over yet, my friends.', type: 'direct', speaker: 'Tom Sample' }],
  },
  {
    name: 'an event after "since" or "until" is no place of the statement; after "stopped by" it is',
    given: 'Ann Example has signed up 900 volunteers since the caucuses in Iowa. "We are in good shape," she said.\n\nTom Sample stopped by his headquarters in Concord. "It is huge," he said.',
    want: [
      { text: 'We are in good shape,', speaker: 'Ann Example', place: null },
      { text: 'It is huge,', speaker: 'Tom Sample', place: 'Concord' },
    ],
  },
  {
    name: 'a lower-case description someone gave of themselves is their words ("called himself “a lifelong skeptic”")',
    given: 'The clip shows Tom Sample on a radio show in 2003, in which he called himself "a lifelong skeptic" and said more.',
    want: [{ text: 'a lifelong skeptic', type: 'partial', speaker: 'Tom Sample' }],
  },
  {
    name: 'what someone is regarded as is no one\'s words; what a speaker describes them as is',
    given: 'Tom Sample, long regarded as "the kingmaker of Ohio," stayed home. Ann Example described him as "a coward."',
    want: [{ text: 'a coward.', speaker: 'Ann Example' }],
  },
  {
    name: 'a part someone presents themselves in is quoted as their word ("presenting herself as “the outsider”")',
    given: 'Ann Example, like Tom Sample, runs a campaign built on presenting herself as "the outsider."',
    want: [{ text: 'the outsider.', type: 'partial', speaker: 'Ann Example' }],
  },
  {
    name: 'a name right before a lower-case role noun says where someone is from ("the Ohio senator" is the senator named before, "a senior Sample adviser" is nobody named)',
    given: 'Senator Tom Sample ended his campaign on Tuesday. The Ohio senator said he would send "best wishes" to the winner. "We will be back," a senior Sample adviser said.',
    want: [
      { text: 'best wishes', type: 'partial', speaker: 'Tom Sample', mention: 'The Ohio senator', role: 'Senator' },
      { text: 'We will be back,', type: 'direct', speaker: null, mention: 'a senior Sample adviser' },
    ],
  },
  {
    name: 'a dateline ("WASHINGTON, Dec. 8 (UPI) —") is no speaker; its day holds for the sentence it opens',
    publishedAt: '2015-12-09',
    given: 'BOSTON, Dec. 8 (AP) — Senator Ann Example urged supporters on, saying: "We must stay alert."',
    want: [{ text: 'We must stay alert.', type: 'direct', speaker: 'Ann Example', date: '2015-12-08' }],
  },
  {
    name: 'a speaker carried over from the sentences before is shown where the quote\'s own sentence names them',
    given: 'Tom Sample spoke in Ohio on Monday. "We will win," he said.\n\nIt is strange that Sample would denounce "open borders," which he once backed.',
    want: [
      { text: 'We will win,', speaker: 'Tom Sample', mention: 'he' },
      { text: 'open borders,', speaker: 'Tom Sample', mention: 'Sample' },
    ],
  },
  {
    name: 'a name never runs over a line break (a heading above it is no part of it)',
    given: 'The Latest: Contract\nTom Sample was asked about the police.\n"There are many who disagree," he said.',
    want: [{ text: 'There are many who disagree,', speaker: 'Tom Sample', mention: 'he' }],
  },
  {
    name: 'texts speak by what they read ("the letter reads"), plural subjects in the plain present ("they conclude"), "admitted" with its doubled t; a surname that is a verb ("Ian Read said") stays a name',
    given: '"We see hope," the letter reads. "Many oppose it," they conclude. "I made mistakes," Tom Sample admitted.\n\nChief executive Ian Read said profits rose. "We have assessed this deal," Read said.',
    want: [
      { text: 'We see hope,', mention: 'the letter' },
      { text: 'Many oppose it,', mention: 'they' },
      { text: 'I made mistakes,', speaker: 'Tom Sample' },
      { text: 'We have assessed this deal,', speaker: 'Ian Read', mention: 'Read' },
    ],
  },
  {
    name: 'a curly mark closed by a straight one, and the other way round, is one quote ("“Our roads are crumbling," she said. "Families …”")',
    given: '“Our roads are crumbling," Ann Example said. "Families endure blackouts.” Later she added: "He said “no” to us."',
    want: [
      { text: 'Our roads are crumbling,', speaker: 'Ann Example' },
      { text: 'Families endure blackouts.', speaker: 'Ann Example' },
      { text: 'He said “no” to us.', speaker: 'Ann Example' },
    ],
  },
  {
    name: '"one source", "another commenter", "some protesters", "one of the witnesses" are speakers without a name; one of several holds the role in the singular ("secretaries" → secretary)',
    given: '"It was grim," said one source who knew the aide. "Go," wrote another commenter. "Hey!" some protesters chanted. "No," said one of the witnesses. "Yes," said one of the party secretaries.',
    want: [
      { text: 'It was grim,', speaker: null, mention: 'one source' },
      { text: 'Go,', speaker: null, mention: 'another commenter' },
      { text: 'Hey!', speaker: null, mention: 'some protesters' },
      { text: 'No,', speaker: null, mention: 'one of the witnesses', role: 'witness' },
      { text: 'Yes,', speaker: null, mention: 'one of the party secretaries', role: 'party secretary' },
    ],
  },
  {
    name: '"the senior Sample adviser" is not Sample, nor the next person named',
    given: 'Senator Tom Sample spoke on Monday. "We are practical people," the senior Sample adviser said. Roy Example, a donor, agreed.',
    want: [{ text: 'We are practical people,', speaker: null, mention: 'the senior Sample adviser' }],
  },
  {
    name: 'a headline the text opens with (the article title) sums up the body: its quoted words are not quotes',
    title: 'Former governor Sam Example calls tax plan ‘reckless’',
    given: 'Former governor Sam Example calls tax plan ‘reckless.’\n\nSam Example attacked the plan on Monday. “It is reckless,” Example said.',
    want: [{ text: 'It is reckless,', speaker: 'Sam Example' }],
  },
  {
    name: 'a first line that is not the title is text like any other',
    title: 'Tax plan under fire',
    given: 'Former governor Sam Example called the tax plan “reckless.”\n\nHe spoke on Monday.',
    want: [{ text: 'reckless.', speaker: 'Sam Example' }],
  },
  {
    name: 'a title takes the comma or period the house style puts inside the closing mark (“Meet the Press.”, “Thelma and Louise,”); a short question still is said',
    given: 'She starred in “Thelma and Louise,” a film of 1991. He appeared on “Meet the Press.”\n\nThe judge turned to me. “Mr. Example?” he asked.',
    want: [{ text: 'Mr. Example?' }],
  },
  {
    name: 'a first name tells "she" from "he" where no office does; a name used for both (Morgan) excludes no one',
    given: 'Hillary Example and Bernie Sample debated on Monday. Sample attacked the banks. “We will win,” she said.\n\nMorgan Probe met Eva Muster. Muster spoke first. “It works,” he said.',
    want: [{ text: 'We will win,', speaker: 'Hillary Example' }, { text: 'It works,', speaker: 'Morgan Probe' }],
  },
  {
    name: 'a sentence opening before a known surname is no fuller name ("Meanwhile Example" after "Donald Example")',
    given: 'Donald Example spoke first. Meanwhile Example attacked the press. “It is a disgrace,” Example said.',
    want: [{ text: 'It is a disgrace,', speaker: 'Donald Example' }],
  },
  {
    name: 'a function word capitalised only because it opens the sentence does not hide the subject after it ("Now Example says …")',
    given: 'Sam Example had decided not to run. Now Example says the campaign is “a scandal and an insult to readers.”',
    want: [{ text: 'a scandal and an insult to readers.', speaker: 'Sam Example' }],
  },
  {
    name: 'a text speaks for the author named right after it ("a fundraising letter sent out by X"), not for one its verb names ("The ad shows clips of X")',
    given: 'A fundraising letter sent out by Sam Example warned of the road ahead: “We have 9 states to go.”\n\nThe ad shows clips of Eva Sample. “Why am I not ahead?” the ad asks.',
    want: [
      { text: 'We have 9 states to go.', speaker: 'Sam Example', mention: 'A fundraising letter sent out by Sam Example' },
      { text: 'Why am I not ahead?', speaker: null },
    ],
  },
  {
    name: 'the subject follows a speech verb after the comma that closes the quote\'s clause ("“…” about the decision, said X"), and a name with an apposition between commas comes before the verb ("…,” X, the former governor, proclaimed")',
    given: '“We are very pleased” about the decision, said Jane Example, director of the union.\n\nPotholes are “a daily insult to drivers,” Howard Sample, the former mayor of Toledo, proclaimed to a packed hall.',
    want: [
      { text: 'We are very pleased', speaker: 'Jane Example' },
      { text: 'a daily insult to drivers,', speaker: 'Howard Sample' },
    ],
  },
  {
    name: 'an adverb in -ly may stand between the subject and its speech verb ("Example firmly declared at a news briefing, “…”")',
    given: 'Hillary Example spoke. After the leak became public, Example firmly declared at a news briefing, “I did not share any private data.”',
    want: [{ text: 'I did not share any private data.', speaker: 'Hillary Example' }],
  },
  {
    name: 'a relative pronoun before the speech verb stands for the name before its comma, and is the mention ("Sen. X of Florida, who said …")',
    given: 'He was attacked by Sen. Marco Example of Florida, who said her early moves in office “might well turn out” illegal.',
    want: [{ text: 'might well turn out', speaker: 'Marco Example', mention: 'who' }],
  },
  {
    name: 'a sentence adverb that opens the sentence is no part of the name after it ("Meanwhile Example said")',
    given: 'Sam Example did not answer. Meanwhile Example said the rivals were “losers.”',
    want: [{ text: 'losers.', speaker: 'Sam Example', mention: 'Example' }],
  },
  {
    name: 'a question word that opens the clause is no part of the name after it ("Wherever Example goes, she says …")',
    given: 'Sam Example spoke in Ohio. Wherever Example goes, she says the rules are “new and unfair.”',
    want: [{ text: 'new and unfair.', speaker: 'Sam Example', mention: 'she' }],
  },
  {
    name: 'a short paragraph in single marks and nothing else is a section heading; single marks with an attribution are a quote',
    given: 'Sam Example ran the company for years.\n\n\'A long road to the top.\'\n\nThe merger was her idea. \'It worked,\' she said.',
    want: [{ text: 'It worked,', speaker: 'Sam Example' }],
  },
  {
    name: 'a stretch whose closing comma is followed by "by" and an author is the title of a piece (a byline), not a quote',
    given: 'GOODBYE—“Club Example shuts its doors after twenty years,” by Times’ Ben Example: “The nightclub will close its doors.”',
    want: [{ text: 'The nightclub will close its doors.' }],
  },
  {
    name: 'a function word stands as a name after a first name ("Theresa May", "Jill A. Sample") or as a first name inside a sentence ("said Will Example")',
    given: '“We will leave,” said Prime Minister Theresa May. “It works,” said Will Example, a professor of economics. “Fine,” said Jill A. Sample, a lawyer.',
    want: [
      { text: 'We will leave,', speaker: 'Theresa May' },
      { text: 'It works,', speaker: 'Will Example' },
      { text: 'Fine,', speaker: 'Jill A. Sample' },
    ],
  },
  {
    name: 'auxiliaries and adverbs of the verb group stand between a subject and its speech verb ("House Speaker Jan Example has said", "Eva Sample would later say")',
    given: 'The move is notable because House Speaker Jan Example has said he is “in no hurry” to back anyone. Governor Eva Sample would later say the plan was “dead on arrival.”',
    want: [
      { text: 'in no hurry', speaker: 'Jan Example' },
      { text: 'dead on arrival.', speaker: 'Eva Sample' },
    ],
  },
  {
    name: 'a sentence opened by a preposition ("Across", "Amid", "During") has no subject there: "Across Asia" speaks no fragment',
    given: 'Senator Jan Example spoke in Ohio on Monday.\n\nAcross Asia, officials have been alarmed by Example’s “protectionist” trade policy statements.',
    want: [],
  },
  {
    name: 'a surname misspelt by one letter is the person named in full ("Mayor Dan Morrisey", then "Morrissey said")',
    given: 'Mayor Dan Morrisey opened the plant on Monday. “We need these jobs,” Morrissey said.',
    want: [{ text: 'We need these jobs,', speaker: 'Dan Morrisey', role: 'Mayor' }],
  },
  {
    name: '"who" after a comma or a dash stands for the description before it too ("the Brazilian president, who said"), and for a name set off by a dash ("Jan Example - who said")',
    given: 'In Brasília, Jan Example got a warm welcome from the Brazilian president, who said the deal was “fair to both sides.” Governor Eva Sample - who previously said she would “veto the bill” - spoke on Friday.',
    want: [
      { text: 'fair to both sides.', mention: 'who', role: 'Brazilian president' },
      { text: 'veto the bill', speaker: 'Eva Sample', mention: 'who' },
    ],
  },
  {
    name: 'a person\'s full name right before a colon introduces the quote whatever the clause says before it ("… does not surprise pollster Daniel Example:", "SHIFTS IN THE VOTE - Maria Sample:")',
    given: 'The timing of the surge does not surprise Republican pollster Daniel Example: “Historically, lesser-known candidates gain.”\n\nVOTERS CARE MORE ABOUT HOPE - Maria Sample: “We found that inspiring leaders win.”',
    want: [
      { text: 'Historically, lesser-known candidates gain.', speaker: 'Daniel Example', role: 'Republican pollster' },
      { text: 'We found that inspiring leaders win.', speaker: 'Maria Sample' },
    ],
  },
  {
    name: 'a dateline that writes its place as a name, with the agency in brackets ("Springfield (AFP) –"), is no subject',
    given: 'Springfield (AFP) – Senator Ann Example took a swipe at her rival, saying that "loud words hurt more than they help."',
    want: [{ text: 'loud words hurt more than they help.', speaker: 'Ann Example' }],
  },
  {
    name: 'an opening participial clause ends at the comma after which the subject stands before its verb ("Speaking in Keene, New Hampshire, Example turned …")',
    given: 'Speaking at a school in Keene, New Hampshire, Tom Sample turned on his rival, calling him "a sore loser."',
    want: [{ text: 'a sore loser.', speaker: 'Tom Sample' }],
  },
  {
    name: 'an opening span of time ("Hours later,", "Twelve years earlier,") is no subject',
    given: 'Hours later, Tom Sample answered in kind, telling reporters, "He is a remarkable fellow."\n\nAnn Example lost in Ohio. Twelve years earlier, she had backed the tax from "the view of a mayor."',
    want: [{ text: 'He is a remarkable fellow.', speaker: 'Tom Sample' }, { text: 'the view of a mayor.', speaker: 'Ann Example', mention: 'she' }],
  },
  {
    name: 'a pronoun after a comma is the subject, no apposition to the word before it ("Sure, he admits")',
    given: 'Tom Sample likes the chair of the bank. Sure, he admits that "low rates are unfair to savers."',
    want: [{ text: 'low rates are unfair to savers.', speaker: 'Tom Sample', mention: 'he' }],
  },
  {
    name: 'a title in marks before the noun it describes ("the “Jane The Example” actress") names nobody',
    given: 'The “Jane The Example” actress said she is “Latino enough.”',
    want: [{ text: 'Latino enough.', speaker: null }],
  },
  {
    name: 'a capitalised quote right after a speech verb and its comma is a whole utterance, as after a colon; a lower-case one is a fragment',
    given: 'Tom Sample said, "Look, such pictures do not belong in a campaign." Ann Example said that it was "not the point."',
    want: [
      { text: 'Look, such pictures do not belong in a campaign.', type: 'direct', speaker: 'Tom Sample' },
      { text: 'not the point.', type: 'partial', speaker: 'Ann Example' },
    ],
  },
  {
    name: 'a capitalised title noun before the marks is a name ("Dr. Ann Song “was …”"), no sign of a title as "the song “…”" is',
    given: 'Tom Sample said that the remark by Dr. Ann Song "was careless and unkind."',
    want: [{ text: 'was careless and unkind.', type: 'partial', speaker: 'Tom Sample' }],
  },
  {
    name: 'a name after a preposition and a title ("by Dr. Jan Probe") is no subject a pronoun goes back to',
    given: 'Tom Sample said that the comment by Dr. Jan Probe was bad. He writes that "such language has no place here."',
    want: [{ text: 'such language has no place here.', speaker: 'Tom Sample', mention: 'He' }],
  },
  {
    name: 'schools, colleges, centers and churches are organisations, no person a pronoun goes back to ("Texas School officials agreed. He called …")',
    given: 'Tom Sample, who teaches at the Texas School of Law, spoke on Monday. Texas School officials agreed. He called the conduct "extremely careless."',
    want: [{ text: 'extremely careless.', speaker: 'Tom Sample', mention: 'He' }],
  },
  {
    name: 'a clause with its verb before a comma is no apposition to the name after it ("After the library was covered in graffiti, Example said")',
    given: 'Dexter Example was at the meeting. After the library was covered in graffiti, Example said he would "paint over" the words.',
    want: [{ text: 'paint over', speaker: 'Dexter Example', mention: 'Example' }],
  },
  {
    name: 'a capitalised word before a lower-case noun after a speech verb ("had told Jewish leaders") is no person; before a participle it may be one ("described Ban sitting")',
    given: 'Malcolm Example met the president on Monday. The president had told Jewish leaders about his plan. "I said no," he recalled.',
    want: [{ text: 'I said no,', speaker: 'Malcolm Example', mention: 'he' }],
  },
  {
    name: 'capitalised words in marks after a capitalised owner, with no sentence end, are a programme\'s title ("on WXMP’s “Week in Review,”"), not words said',
    given: 'Speaking Sunday on WXMP’s “Week in Review,” Tom Sample admitted that the label was “misleading.”',
    want: [{ text: 'misleading.', type: 'partial', speaker: 'Tom Sample' }],
  },
  {
    name: 'a title-cased stretch governed by a preposition is a title even where the sentence reports speech ("appearance on “Meet the Nation.”", "author of “Going Far,”")',
    given: 'Tom Sample said he was inspired by his appearance on “Meet the Nation.” Ann Example, author of “Going Far,” said the race was “over.”',
    want: [{ text: 'over.', type: 'partial', speaker: 'Ann Example' }],
  },
  {
    name: 'a member of a party after an article that is not definite is a speaker ("said one Republican involved in the planning", "said a Democrat close to the campaign")',
    given: '"You will see a flood of ads in the fall," said one Republican involved in the planning.\n\n"It will not stick," said a Democrat close to the campaign.',
    want: [
      { text: 'You will see a flood of ads in the fall,', speaker: null, mention: 'one Republican' },
      { text: 'It will not stick,', speaker: null, mention: 'a Democrat' },
    ],
  },
  {
    name: '"it" speaks for a text or an organisation: it is the mention and names no person ("“…,” it stated"); "It is unclear" names nobody',
    given: 'Zoltar Example chairs the panel. The panel released a memo. "Until now, 41 of the 60 witnesses had never been questioned," it stated.\n\nIt is unclear whether the claim is "entirely true."',
    want: [
      { text: 'Until now, 41 of the 60 witnesses had never been questioned,', speaker: null, mention: 'it' },
      { text: 'entirely true.', speaker: null },
    ],
  },
  {
    name: '"it" before a verb of its own is the one the sentence is about ("Meanwhile, it attacked Sample, saying he “…”")',
    given: 'The paper praised Ann Example.\n\nMeanwhile, it attacked Tom Sample, saying he "has offended voters with his remarks."',
    want: [{ text: 'has offended voters with his remarks.', speaker: null, mention: 'it' }],
  },
  {
    name: 'an adjective or a participle with its prepositional phrase may follow the subject before its verb ("a Democrat close to the campaign said")',
    given: 'Ann Example spoke first. "It will not stick," a Democrat close to the campaign said.',
    want: [{ text: 'It will not stick,', speaker: null, mention: 'a Democrat' }],
  },
];

runCases('English quotes', 'en', CASES);

describe('English reported speech', () => {
  it('a participle after a comma reports what follows it, not the clause before ("…, X gathered members, saying: “…”" reports no "In reply to …, X")', () => {
    const got = quotesOf('In reply to the mayor’s plan to keep Greeks off the ferries, Jo Example’s right-hand woman gathered members, saying: “The harbour must stay open.”', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text]), [['direct', 'The harbour must stay open.']]);
  });
  it('a participle reports speech without marks ("…, saying the plan was dead"), after a verb with only a prepositional phrase ("spoke for an hour, saying …")', () => {
    const got = quotesOf('Jo Example spoke for an hour, saying the plan was dead. Sam Sample left the meeting early, warning that the vote would fail.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.text, q.speaker?.name ?? null]), [['the plan was dead', 'Jo Example'], ['that the vote would fail', 'Sam Sample']]);
  });
  it('a speech verb in a relative clause gives way to the main clause\'s ("X, who spoke briefly because …, said …"), and a relative clause\'s own report ends with it', () => {
    const got = quotesOf('Jo Example, who spoke briefly because the session was closed to the press, said the talks had stalled. Sam Sample, who said he was tired, left early.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.text, q.speaker?.name ?? null]), [['the talks had stalled', 'Jo Example'], ['he was tired', 'Sam Sample']]);
  });
  it('after a quote, a clause a subordinator opens says when, not what ("“…,” she said when asked about the deal.")', () => {
    const got = quotesOf('Jo Example spoke briefly. “I don’t know,” she said when asked about the deal.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text]), [['direct', 'I don’t know,']]);
  });
  it('a plural organisation noun ends the source ("according to two news agencies", "three news outlets"); one that is as often a verb stays a verb ("The dispute centers on …")', () => {
    const got = quotesOf('According to two news agencies, the minister resigned on Friday. The governor left on Monday, according to three news outlets.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.text, q.speaker?.mention?.text ?? null]), [['the minister resigned on Friday', 'two news agencies'], ['The governor left on Monday', 'three news outlets']]);
    const verb = quotesOf('The dispute centers on one phrase in the law, “use it or lose it.”', { lang: 'en' });
    assert.deepEqual(verb.map((q) => [q.text, q.speaker?.mention?.text ?? null]), [['use it or lose it.', null]]);
  });
  it('after a quote, what follows the one told is no report ("“…,” X told reporters Tuesday in Albany.")', () => {
    const got = quotesOf('“We are not going to back down,” Governor Jo Example told reporters Tuesday in Springfield.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text]), [['direct', 'We are not going to back down,']]);
  });
  it('the clause before ", who said" holds the one "who" stands for, not what was said', () => {
    const got = quotesOf('In Brasília, Jan Example got a warm welcome from the Brazilian president, who said the deal was “fair to both sides.”', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text]), [['partial', 'fair to both sides.']]);
  });
  it('a second speech verb joined to the first reports what follows it, for the same speaker ("called the delay “a disgrace” and said …", "… and warned that …")', () => {
    const got = quotesOf('Rep. John Sample called the delay "a disgrace" and said his party would keep pushing. Jo Example praised the mayor for the deal and warned that the budget would stay tight.', { lang: 'en' }, true);
    assert.deepEqual(got.filter((q) => q.type === 'indirect').map((q) => [q.text, q.speaker?.name]), [
      ['his party would keep pushing', 'John Sample'], ['the mayor for the deal', 'Jo Example'], ['that the budget would stay tight', 'Jo Example'],
    ]);
  });
  it('verbs that attribute quotes but open no report of their own ("spoke", "continued", "put") report nothing without marks; the quote they attribute keeps its speaker', () => {
    const got = quotesOf('Sam Sample spoke to the council on Monday evening. The group continued the work until June. “We are done,” Jo Example put it.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name]), [['direct', 'We are done,', 'Jo Example']]);
  });
  it('after a verb that takes whom it is said to, "that" opens the report further on ("told supporters at a rally in Exampleville on Monday that …")', () => {
    const got = quotesOf('Sam Example told supporters at a rally in Exampleville on Monday that the city had been forgotten.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name]), [['indirect', 'that the city had been forgotten', 'Sam Example']]);
  });
  it('a participle after a comma comments on the report and is no part of it ("said that the council would not vote, handing the mayor a defeat")', () => {
    const got = quotesOf('Council President Jo Example said Tuesday that the council would not vote on the budget before June, handing the mayor a defeat.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text]), [['indirect', 'that the council would not vote on the budget before June']]);
  });
  it('reported content that only says where or how something was said is no report ("said during a call with the paper", "At a picnic …, X spoke."); one with a subject of its own is ("said in 2015 the economy grew")', () => {
    const got = quotesOf('Sam Sample said during a phone call with the Example Herald. At a picnic in Exampleville on Sunday, Jo Example spoke. After the vote on Sunday, Jo Example said the city would recover.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name]), [['indirect', 'the city would recover', 'Jo Example']]);
  });
  it('after a quote, a place or occasion after the speech verb is no reported content ("“…,” X said in an interview."); without a quote before it, a clause after it still is', () => {
    const got = quotesOf('"The plan is reckless," Jo Example said in a phone interview. Jo Example said in 2015 the economy grew.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text]), [['direct', 'The plan is reckless,'], ['indirect', 'in 2015 the economy grew']]);
  });
  it('a "that" far after the verb is inside a bare clause, not its complementiser ("Jo said Sam has never understood the value … that the town has prized"); "told reporters on Tuesday that" still opens with it', () => {
    const got = quotesOf('Jo Example said Sam Sample has never understood the value of a quiet public park that the town has prized. Jo Example told reporters on Tuesday that it was over.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text]), [
      ['indirect', 'Sam Sample has never understood the value of a quiet public park that the town has prized'],
      ['indirect', 'that it was over'],
    ]);
  });
  it('reported content ends before a second speech verb joined to the first ("said … and accused …", "but said …"), which reports what follows it', () => {
    const got = quotesOf('Jo Example said the warning was a sign of panic, and accused the office of lying. She said she had met the donor twice but said he played no role.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text]), [
      ['indirect', 'the warning was a sign of panic'],
      ['indirect', 'the office of lying'],
      ['indirect', 'she had met the donor twice'],
      ['indirect', 'he played no role'],
    ]);
  });
  it('"according to" set off by commas names its source whole, though it is no speaker ("…, according to three major broadcasters.", "According to figures published Monday, …"), a long one too', () => {
    const got = quotesOf('Jo Example wins. Jo Example has won the Wisconsin primary, according to three major broadcasters. According to figures published Monday, revenue rose sharply in May. According to early counts of the survey run for the city council and two local papers by Sample Research, most residents back the plan.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.mention?.text ?? null, q.speaker?.name ?? null]), [
      ['indirect', 'Jo Example has won the Wisconsin primary', 'three major broadcasters', null],
      ['indirect', 'revenue rose sharply in May', 'figures published Monday', null],
      ['indirect', 'most residents back the plan', 'early counts of the survey run for the city council and two local papers by Sample Research', null],
    ]);
  });
  it('a subject and its verb set off by commas inside the reported clause ("This season, he says, is not like the last."): what was said stands on both sides; lower-case words a preposition governs describe no one ("since the floods, Jo Example says")', () => {
    const got = quotesOf('Jo Example spoke. This season, he says, is not like the last. In the months since the floods, Sam Sample says, far too many homes have stood empty.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.spans.length, q.text, q.speaker?.mention?.text]), [
      ['indirect', 2, 'This season … is not like the last', 'he'],
      ['indirect', 2, 'In the months since the floods … far too many homes have stood empty', 'Sam Sample'],
    ]);
  });
  it('reported content ends before ", and <name> <speech verb>"', () => {
    const got = quotesOf('Jo Example said he would turn the desert into a parking lot, for example, and Sam Sample vowed to tear it down.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text]), [['indirect', 'he would turn the desert into a parking lot, for example']]);
  });
  it('a poll\'s share said a bare clause: the share is the mention ("Nearly half said they want …", "Some 56 percent of voters polled said …"); a clause opened by a pronoun is none', () => {
    const got = quotesOf('The poll is out. Nearly half said they want a mayor who has run a business. Some 56 percent of voters polled said they were less likely to vote this year.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.mention?.text ?? null, q.speaker?.name ?? null]), [
      ['indirect', 'they want a mayor who has run a business', 'Nearly half', null],
      ['indirect', 'they were less likely to vote this year', 'Some 56 percent of voters polled', null],
    ]);
  });
  it('a clause after the verb joined to a second one by "and that" / "but that" is all reported ("X said she welcomed it and that …"); after a verb that names whom it is told, the second clause only', () => {
    const got = quotesOf('The hearing ended late. Jo Example said the offer came too late but that the talks would go on. Sam Sample told reporters the fund was empty and that nobody would refill it.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name ?? null]), [
      ['indirect', 'the offer came too late but that the talks would go on', 'Jo Example'],
      ['indirect', 'that nobody would refill it', 'Sam Sample'],
    ]);
  });
  it('a poll\'s share after an opening phrase and its comma is the mention, not what was said ("In Ohio, half of the county voters said …"); "Six in 10" is a share; a comma inside a number and a number alone are no share; a number in words counts, and an approximator may open the share ("About 3 in 10")', () => {
    const got = quotesOf('The survey is out. Earlier this year, 38 percent said Jo Example had their support. In Ohio, half of the county voters said the roads got worse. Six in 10 voters said the mayor is honest. By Friday, 4,051 delegates said the hall felt too small. After the vote, 12 said the count took too long. Sixty-two percent of the members say the fee is fair. About 3 in 10 say the town needs a new school.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.mention?.text ?? null, q.speaker?.name ?? null]), [
      ['indirect', 'Jo Example had their support', '38 percent', null],
      ['indirect', 'the roads got worse', 'half of the county voters', null],
      ['indirect', 'the mayor is honest', 'Six in 10 voters', null],
      ['indirect', 'the hall felt too small', '4,051 delegates', null],
      ['indirect', 'the fee is fair', 'Sixty-two percent of the members', null],
      ['indirect', 'the town needs a new school', 'About 3 in 10', null],
    ]);
  });
  it('"<clause>, said X, <apposition>": the clause before is what was said, the words after the inverted subject are who said it', () => {
    const got = quotesOf('Jo Example spoke first. Towns have more freedom to leave the scheme early, said Sam Sample, an Ohio lawyer advising several councils.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.name]), [['indirect', 'Towns have more freedom to leave the scheme early', 'Sam Sample']]);
  });
  it('a text or a survey reports what it found ("a poll shows …", "the audit found that …"): the text is the mention and speaks for its author; a verb of finding after anything else reports nothing, and a later one in the sentence may', () => {
    const got = quotesOf('The race is tight. This week, a poll by the Example Institute shows Jo Sample ahead by six points in Ohio. The audit found that two offices had lost their files. The crowd found the speech too long. Voters found the debate dull, but a new survey shows the mayor ahead in the suburbs.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.mention?.text ?? null, q.speaker?.name ?? null]), [
      ['indirect', 'Jo Sample ahead by six points in Ohio', 'a poll by the Example Institute', 'Example Institute'],
      ['indirect', 'that two offices had lost their files', 'The audit', null],
      ['indirect', 'the mayor ahead in the suburbs', 'a new survey', null],
    ]);
  });
  it('a text with attributes before its verb of finding ("Footage from the hall shows …"), and a name before a text noun in lower case ("The Example poll shows …", the poll speaks for Example)', () => {
    const got = quotesOf('The vote was close. Footage from the hall shows that several members left early. The Sample poll shows the race tightening in the suburbs.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.mention?.text ?? null, q.speaker?.name ?? null]), [
      ['indirect', 'that several members left early', 'Footage', null],
      ['indirect', 'the race tightening in the suburbs', 'The Sample poll', 'Sample'],
    ]);
  });
  it('a headline "Name: claim" puts the claim in the mouth of someone the body names, or of an organisation or a text; a label before the colon ("The Latest:") names no one; without the title no line is a headline', () => {
    const text = 'Sample: Farm bill will fail in the fall.\n\nSenator Jo Sample spoke in Iowa on Monday.';
    const got = quotesOf(text, { lang: 'en', title: 'Sample: Farm bill will fail in the fall.' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.mention?.text ?? null, q.speaker?.name ?? null]), [['indirect', 'Farm bill will fail in the fall', 'Sample', 'Jo Sample']]);
    const label = 'The Latest: Sample wins the vote in Ohio.\n\nSenator Jo Sample spoke on Monday.';
    assert.deepEqual(quotesOf(label, { lang: 'en', title: 'The Latest: Sample wins the vote in Ohio.' }, true), []);
  });
  it('a view held is reported as one said ("Economists believe …", "Jo Example thinks that …", "Sam Sample hopes …"); a verb of belief in the passive is nobody\'s view ("The firm is expected to …")', () => {
    const got = quotesOf('The bill passed. Economists believe the change gives employers a reason to cut wages. Jo Example thinks that the mayor will run again. Sam Sample hopes the council votes in May. The firm is expected to close two plants.', { lang: 'en' }, true);
    assert.deepEqual(got.map((q) => [q.type, q.text, q.speaker?.mention?.text ?? null, q.speaker?.name ?? null]), [
      ['indirect', 'the change gives employers a reason to cut wages', 'Economists', null],
      ['indirect', 'that the mayor will run again', 'Jo Example', 'Jo Example'],
      ['indirect', 'the council votes in May', 'Sam Sample', 'Sam Sample'],
    ]);
  });
});
