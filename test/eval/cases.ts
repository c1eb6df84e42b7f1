/**
 * The evaluation set for the seed article (knowledge/kerry-putin-moscow-2015). Each case
 * is what a person might really type, and states what the answer must contain: the card
 * kind or title, paragraphs that must be cited, and words that must appear in the text.
 * `found: false` cases have no answer in the article: the bot must say so, not guess.
 */
import type { CardKind } from '../../src/core/reply.ts';
import { ROUND_3 } from './cases-round3.ts';
import { ROUND_4 } from './cases-round4.ts';
import { ROUND_5 } from './cases-round5.ts';

export interface EvalCase {
  command: 'brief' | 'ask';
  input: string;
  /** Default true. */
  found?: boolean;
  kind?: CardKind;
  /** The card title must equal this. */
  title?: string;
  /** Every one of these ¶ must be cited. */
  paragraphs?: number[];
  /** Every one of these must appear in the rendered text (case-insensitive). */
  words?: string[];
  /** None of these may appear in the rendered text (a wrong lead or quote). */
  absent?: string[];
}

const brief = (input: string, expect: Omit<EvalCase, 'command' | 'input'>): EvalCase => ({
  command: 'brief',
  input,
  ...expect,
});
const ask = (input: string, expect: Omit<EvalCase, 'command' | 'input'>): EvalCase => ({
  command: 'ask',
  input,
  ...expect,
});
const nothing = (command: 'brief' | 'ask', input: string): EvalCase => ({
  command,
  input,
  found: false,
  kind: 'not-found',
});

export const CASES: EvalCase[] = [
  // Topic lookups: typos, partial names, other spellings, aliases, case and diacritics.
  brief('Kery', { kind: 'person', title: 'John Kerry', paragraphs: [3], words: ['US Secretary of State'] }),
  brief('jon kery', { kind: 'person', title: 'John Kerry' }),
  brief('KERRY', { kind: 'person', title: 'John Kerry' }),
  brief('sergei lavrov', {
    kind: 'person',
    title: 'Sergey Lavrov',
    paragraphs: [9],
    words: ['Russian Foreign Minister'],
  }),
  brief('Lavrof', { kind: 'person', title: 'Sergey Lavrov' }),
  brief('ISIS', { kind: 'group', title: 'ISIL', paragraphs: [9] }),
  brief('Daesh', { kind: 'group', title: 'ISIL' }),
  brief('Free Syrian Army', { kind: 'group', title: 'Syrian Free Army', paragraphs: [1] }),
  brief('Earnest', { kind: 'person', title: 'Josh Ernest', paragraphs: [6], words: ['White House spokesman'] }),
  brief('Lukyanow', { kind: 'person', title: 'Fyodor Lukyanov', paragraphs: [14] }),
  brief('fiodor lukianov', { kind: 'person', title: 'Fyodor Lukyanov' }),
  brief('Vladimír Pútin', { kind: 'person', title: 'Vladimir Putin' }),
  brief('putin', { kind: 'person', title: 'Vladimir Putin', words: ['Russian President', 'third meeting'] }),
  brief('al-Assad', { kind: 'person', title: 'Bashar Assad', paragraphs: [12] }),
  brief('Mark Toner', { kind: 'person', title: 'Mark Toner', paragraphs: [10], words: ['State Department spokesman'] }),
  brief('White House spokesman', { kind: 'person', title: 'Josh Ernest' }),
  brief('dolgov', { kind: 'person', title: 'Boris Dolgov', paragraphs: [15] }),
  brief('NY meeting', {
    kind: 'event',
    title: 'Meetings on Syria in New York',
    paragraphs: [10],
    words: ['Friday 18 December 2015', 'On 18 December'],
  }),
  brief('new york meetings', { kind: 'event', title: 'Meetings on Syria in New York' }),
  brief('Sochi meeting', {
    kind: 'event',
    title: 'Kerry–Putin meeting in Sochi',
    words: ['May 2015', 'in May this year'],
  }),
  brief('Minsk', { kind: 'agreement', title: 'Minsk Agreement', paragraphs: [8] }),
  brief('coalition', { kind: 'choices', words: ['US-led coalition'] }),
  brief('Putin meeting', { kind: 'choices', words: ['Kerry–Putin meeting in Sochi'] }),
  brief('Ukraine', { kind: 'place', title: 'Ukraine', paragraphs: [8] }),
  brief('Moscow', { kind: 'place', title: 'Moscow' }),
  brief('ISSG', { kind: 'organisation', title: 'International Support Group for Syria', paragraphs: [10] }),
  brief('mid-air collisions', { kind: 'theme', title: 'Avoiding mid-air collisions over Syria', paragraphs: [14] }),
  brief('sources', {
    kind: 'info',
    words: ['whattheysayaboutusa.com', 'curated', 'published Tuesday 15 December 2015'],
  }),
  nothing('brief', 'Merkel'),
  nothing('brief', 'Beijing'),
  nothing('brief', 'qwxzv'),

  // Questions: who / what / when / where / why / how many / how long, casual and formal.
  ask("when's the NY meeting", { kind: 'answer', paragraphs: [10], words: ['Friday 18 December 2015'] }),
  ask('When is the New York meeting on Syria?', { kind: 'answer', paragraphs: [10], words: ['18 December'] }),
  ask('Who is Mark Toner?', { kind: 'answer', paragraphs: [10], words: ['State Department spokesman'] }),
  ask('how long did the Sochi meeting last', { kind: 'answer', paragraphs: [3], words: ['four hours'] }),
  ask('How many hours did the Sochi meeting last?', { kind: 'answer', paragraphs: [3], words: ['four hours'] }),
  ask("why won't Russia join the US-led coalition", { kind: 'answer', paragraphs: [9], words: ['prevents Russia'] }),
  ask('where did Lavrov give his press conference', { kind: 'answer', paragraphs: [9], words: ['Italy'] }),
  ask('how many times has Kerry met Putin', { kind: 'answer', paragraphs: [3], words: ['third meeting'] }),
  ask('what did Assad say about negotiations', {
    kind: 'answer',
    paragraphs: [12],
    words: ['negotiation with terrorists'],
  }),
  ask('what is the ISSG', { kind: 'answer', paragraphs: [10], words: ['International Support Group for Syria'] }),
  ask('Who is the Russian foreign minister?', { kind: 'answer', words: ['Sergey Lavrov'] }),
  ask("who's josh earnest", { kind: 'answer', paragraphs: [6], words: ['White House spokesman'] }),
  ask('who is Fyodor Lukyanov', { kind: 'answer', paragraphs: [14], words: ['Presidium Chair'] }),
  ask('what is the Minsk agreement?', { kind: 'answer', paragraphs: [8], words: ['Minsk Agreement obligations'] }),
  ask('when did Kerry first meet Putin', { kind: 'answer', paragraphs: [3], words: ['May 2013'] }),
  ask('where was the last Kerry Putin meeting before this one', { kind: 'answer', paragraphs: [3], words: ['Sochi'] }),
  ask('Why did Obama decide to hold direct talks with Putin?', {
    kind: 'answer',
    paragraphs: [6],
    words: ['dilatory'],
  }),
  ask('what does Putin propose instead of the US-led coalition', {
    kind: 'answer',
    paragraphs: [9],
    words: ['UN mandate'],
  }),
  ask('what should Russia focus on according to Washington', { kind: 'answer', paragraphs: [9], words: ['ISIL'] }),
  ask('who stopped the Kurdish delegation from attending', { kind: 'answer', paragraphs: [11], words: ['Turkey'] }),
  ask('where were the Syrian opposition meetings held last week', {
    kind: 'answer',
    paragraphs: [11],
    words: ['Saudi Arabia'],
  }),
  ask('when was the agreement reached in Vienna', { kind: 'answer', paragraphs: [10], words: ['14 December'] }),
  ask('when are negotiations between the Syrian opposition and the Assad regime due to start', {
    kind: 'answer',
    paragraphs: [10],
    words: ['next year'],
  }),
  ask("what's Kerry's priority on Ukraine", { kind: 'answer', paragraphs: [8], words: ['Minsk'] }),
  ask('How were the talks described?', { kind: 'answer', paragraphs: [5], words: ['business-like'] }),
  ask('what did the White House spokesman say about separatists in Eastern Ukraine', {
    kind: 'answer',
    paragraphs: [8],
    words: ['destabilizes'],
  }),
  ask('who is Boris Dolgov', { kind: 'answer', paragraphs: [15], words: ['Institute of Oriental Studies'] }),
  ask('do experts expect a quick breakthrough?', {
    kind: 'answer',
    paragraphs: [15],
    words: ['breakthroughs will not be quickly achieved'],
  }),
  ask('which organisations attended the Riyadh talks', { kind: 'answer', paragraphs: [12], words: ['Ahrar ash-Sham'] }),
  ask('where did Obama and Putin talk on the sidelines', { kind: 'answer', paragraphs: [4], words: ['Antalya'] }),
  ask('what does Andrew Weiss think about Putin', { kind: 'answer', paragraphs: [5], words: ['assembled facts'] }),
  ask("what's the mood on Capitol Hill", { kind: 'answer', paragraphs: [5], words: ['cooperation with Russia'] }),
  ask('why are breakthroughs in the political process unlikely according to Lukyanov', {
    kind: 'answer',
    paragraphs: [14],
    words: ['conflicting interests'],
  }),
  ask('who is Kerry meeting in Moscow', { kind: 'answer', paragraphs: [3], words: ['Lavrov'] }),
  ask('What did Lavrov say about Kiev?', { kind: 'answer', paragraphs: [8], words: ['failures'] }),
  ask('what did Moscow say about plain-clothes terrorists', {
    kind: 'answer',
    paragraphs: [12],
    words: ['excluded from the Syrian political process'],
  }),
  ask('so when r they meeting in new york?', { kind: 'answer', paragraphs: [10], words: ['18 December'] }),
  ask('whats the deal with the syrian free army', { kind: 'answer', paragraphs: [1], words: ['Syrian Free Army'] }),
  ask('how long was the sochi meeting', { kind: 'answer', paragraphs: [3], words: ['four hours'] }),
  ask("what's Lavrov's view on Kiev", { kind: 'answer', paragraphs: [8], words: ["Kiev's failures"] }),
  ask('When did Kerry arrive in Moscow?', { kind: 'answer', paragraphs: [3], words: ['Tuesday 15 December 2015'] }),
  ask('where will the meetings on Syria take place', { kind: 'answer', paragraphs: [10], words: ['New York'] }),
  ask('what does the US want Russia to do in Syria', { kind: 'answer', paragraphs: [9], words: ['ISIL'] }),
  ask('who is the US president', { kind: 'answer', paragraphs: [4], words: ['Barack Obama'] }),
  ask('who is the expert from the Carnegie Centre', { kind: 'answer', paragraphs: [5], words: ['Andrew Weiss'] }),
  ask('which groups does Moscow consider terrorists', { kind: 'answer', paragraphs: [12], words: ['Jaish al-Islam'] }),
  ask('who wants Russia to join the coalition', { kind: 'answer', paragraphs: [9], words: ['Washington'] }),

  // No answer in the article: the bot must say so.
  nothing('ask', 'what is the capital of France'),
  nothing('ask', 'who won the 2016 election'),
  nothing('ask', 'what did Merkel say'),
  nothing('ask', 'when will Kerry visit Beijing'),
  nothing('ask', 'how old is Putin'),
  nothing('ask', 'What did Putin say about Crimea?'),
  nothing('ask', 'how many people have died in Syria'),
  nothing('ask', 'who is the German chancellor'),
  nothing('ask', 'what is the price of oil'),
  nothing('ask', 'where was Kerry born'),
  nothing('ask', 'what did Xi Jinping say about Syria'),
  nothing('ask', 'how much did the Sochi meeting cost'),
  nothing('ask', 'who will win the Syrian war'),
  nothing('ask', 'how long will Kerry stay in Moscow'),
  nothing('ask', 'where is the ISSG based'),
  nothing('ask', 'what is the weather in Moscow'),

  // Questions nobody tuned for: present tense, yes/no, two entities, wrong-entity traps, metadata.
  ask('where is Kerry now?', {
    kind: 'answer',
    paragraphs: [3],
    words: ['Where: Moscow', 'has arrived in Moscow'],
    absent: ['Capitol Hill'],
  }),
  ask('where is John Kerry currently', {
    kind: 'answer',
    paragraphs: [3],
    words: ['Moscow'],
    absent: ['Capitol Hill'],
  }),
  nothing('ask', 'When will Putin visit Washington?'),
  nothing('ask', 'did Lavrov meet Obama?'),
  ask('did Kerry meet Putin?', {
    kind: 'answer',
    paragraphs: [1],
    words: ['Putin has met with US Secretary of State'],
  }),
  ask('has Putin talked with Obama?', { kind: 'answer', paragraphs: [4], words: ['Barack Obama and Vladimir Putin'] }),
  nothing('ask', 'did Obama meet Lavrov in Moscow?'),
  nothing('ask', 'is Toner meeting Assad?'),
  ask('when did Obama and Putin meet in Paris?', {
    kind: 'answer',
    paragraphs: [4],
    words: ['When: November 2015', 'in November'],
    absent: ['first talks for two year” (the article'],
  }),
  ask('when did Obama and Putin talk in Antalya', {
    kind: 'answer',
    paragraphs: [4],
    words: ['Antalya G20'],
    absent: ['November 2015'],
  }),
  ask('who are the terrorists', {
    kind: 'answer',
    paragraphs: [12],
    words: ['Ahrar ash-Sham'],
    absent: ['Who: Bashar Assad'],
  }),
  ask("what is Lukyanov's job", {
    kind: 'answer',
    title: 'Fyodor Lukyanov',
    paragraphs: [14],
    words: ['Presidium Chair'],
  }),
  ask('what does Lukyanov do', {
    kind: 'answer',
    title: 'Fyodor Lukyanov',
    paragraphs: [14],
    words: ['Presidium Chair'],
  }),
  ask("what is Toner's role", {
    kind: 'answer',
    title: 'Mark Toner',
    paragraphs: [10],
    words: ['State Department spokesman'],
  }),
  ask("what's Dolgov's position", {
    kind: 'answer',
    title: 'Boris Dolgov',
    paragraphs: [15],
    words: ['Institute of Oriental Studies'],
  }),
  ask('who is Mark Toner', {
    kind: 'answer',
    title: 'Mark Toner',
    paragraphs: [10],
    words: ['Mark Toner — US State Department spokesman.'],
    absent: ['spokesman: US State'],
  }),
  brief('tuesday talks', {
    kind: 'event',
    title: "Kerry's talks in Moscow with Lavrov and Putin",
    words: ['Tuesday 15 December 2015'],
  }),
  brief('the tuesday meetings', { kind: 'event', title: "Kerry's talks in Moscow with Lavrov and Putin" }),
  brief('moscow talks', { kind: 'event', title: "Kerry's talks in Moscow with Lavrov and Putin" }),
  brief('paris talks', {
    kind: 'event',
    title: 'Obama–Putin talks at the Paris Climate Change conference',
    words: ['November 2015'],
  }),
  ask('When was this article published?', { kind: 'answer', words: ['Tuesday 15 December 2015'] }),
  ask("what's the source?", { kind: 'answer', words: ['whattheysayaboutusa.com'] }),
  ask('who wrote this', { kind: 'answer', words: ['names no author'] }),
  ask("what's the headline of the article", {
    kind: 'answer',
    words: ['Kerry meets Putin in Moscow as Syria and Ukraine top the agenda'],
  }),
  nothing('ask', 'when did Lavrov visit Sochi?'),
  nothing('ask', 'what did Obama say about ISIL?'),
  nothing('ask', 'where will the Vienna meeting be held next?'),
  nothing('ask', 'when did Kerry arrive in Washington'),
  nothing('ask', 'where did Obama meet Kerry'),
  nothing('ask', 'did Assad meet Putin'),
  nothing('ask', 'when does the ISSG meet next'),
  ask('where is Putin now', { kind: 'answer', paragraphs: [3], words: ['Where: Moscow'], absent: ['Antalya'] }),
  ask('will Russia join the US-led coalition?', {
    kind: 'answer',
    paragraphs: [9],
    words: ['formally join the US-led coalition'],
  }),
  ask('where did Kerry and Putin meet in May this year', { kind: 'answer', paragraphs: [3], words: ['Sochi'] }),
  ask('when did Lavrov hold a press conference in Italy', { kind: 'answer', paragraphs: [9], words: ['last week'] }),
  ask('where are the Syrian opposition groups meeting', { kind: 'answer', paragraphs: [11], words: ['Saudi Arabia'] }),
  ask('what did Lavrov say about the US-led coalition', {
    kind: 'answer',
    paragraphs: [9],
    words: ['prevents Russia'],
  }),
  ask('does Dolgov expect a breakthrough', {
    kind: 'answer',
    paragraphs: [15],
    words: ['major breakthroughs will not be quickly achieved'],
  }),

  // Round 2, held-out failures and fresh phrasings of each kind.
  // 1. An event named by its title words, worded differently in the sentence.
  ask('when was the Vienna agreement reached?', { kind: 'answer', paragraphs: [10], words: ['14 December'] }),
  ask('when was the agreement in Vienna', { kind: 'answer', paragraphs: [10], words: ['Monday 14 December 2015'] }),
  ask('when did the ISSG agree on the New York meetings', {
    kind: 'answer',
    paragraphs: [10],
    words: ['14 December'],
    absent: ['18 December 2015 (the'],
  }),
  ask('on what date was the Vienna deal reached', { kind: 'answer', paragraphs: [10], words: ['14 December'] }),
  ask('when did they reach agreement in Vienna', { kind: 'answer', paragraphs: [10], words: ['14 December'] }),
  ask('what date was the ISSG agreement', { kind: 'answer', paragraphs: [10], words: ['14 December'] }),
  ask('when was the accord in Vienna', { kind: 'answer', paragraphs: [10], words: ['14 December'] }),
  ask('when did the International Support Group for Syria reach its agreement', {
    kind: 'answer',
    paragraphs: [10],
    words: ['14 December'],
  }),
  ask('what was agreed in Vienna', { kind: 'answer', words: ['New York'] }),
  // 2. The event whose participants are the people asked about, in the tense asked.
  ask('when is kerry meeting putin', { kind: 'answer', words: ['Tuesday 15 December 2015'], absent: ['Friday'] }),
  ask('when will Kerry meet Putin', { kind: 'answer', words: ['Tuesday 15 December 2015'], absent: ['Friday'] }),
  ask('when does Kerry meet Lavrov', { kind: 'answer', words: ['Tuesday 15 December 2015'] }),
  ask('when is Kerry talking to Lavrov', { kind: 'answer', words: ['Tuesday 15 December 2015'] }),
  ask('when are Kerry and Putin meeting', { kind: 'answer', words: ['Tuesday 15 December 2015'], absent: ['Friday'] }),
  ask('when is Kerry meeting Putin in Moscow', { kind: 'answer', words: ['Tuesday 15 December 2015'] }),
  ask('when did Kerry discuss Syria with Putin', { kind: 'answer', words: ['Tuesday 15 December 2015'] }),
  ask('when did Obama talk to Putin', { kind: 'answer', paragraphs: [4], absent: ['Friday'] }),
  // 3. What someone said: only from sentences where they are the speaker.
  nothing('ask', 'What did Kerry say after meeting Putin?'),
  nothing('ask', 'what did Kerry say about Syria'),
  nothing('ask', 'what does Kerry think about Russia'),
  nothing('ask', "what is Kerry's view on the coalition"),
  nothing('ask', 'what did Obama say about Putin'),
  nothing('ask', 'what did Lavrov say about Putin'),
  ask('what did Putin say', { kind: 'answer', paragraphs: [9], words: ['fresh coalition'] }),
  ask('what does Putin think about the coalition', { kind: 'answer', paragraphs: [9], words: ['UN mandate'] }),
  ask('what did Toner say', { kind: 'answer', paragraphs: [10], words: ['political resolution'] }),
  ask('what did Josh Earnest say about talks', { kind: 'answer', paragraphs: [6], words: ['dilatory'] }),
  ask('what did Lukyanov say about Turkey', { kind: 'answer', paragraphs: [14], words: ['conflicting interests'] }),
  ask("what's Weiss's opinion of Putin", { kind: 'answer', paragraphs: [5], words: ['assembled facts'] }),
  ask('according to Dolgov, will there be a breakthrough', {
    kind: 'answer',
    paragraphs: [15],
    words: ['not be quickly achieved'],
  }),
  ask('what did Politico say about Kerry', { kind: 'answer', paragraphs: [5], words: ['personally favors'] }),
  // 4. News verbs in other words, and the country by its other names.
  ask('Who does the US say Russia should fight?', {
    kind: 'answer',
    paragraphs: [9],
    words: ['struggle against ISIL'],
  }),
  ask('what does Washington say Russia should focus on', { kind: 'answer', paragraphs: [9], words: ['ISIL'] }),
  ask('what should Russia be fighting according to the US', {
    kind: 'answer',
    paragraphs: [9],
    words: ['struggle against ISIL'],
  }),
  ask('who should Russia combat according to Washington', { kind: 'answer', paragraphs: [9], words: ['ISIL'] }),
  ask('who does America want Russia to battle', { kind: 'answer', paragraphs: [9], words: ['ISIL'] }),
  ask('what does the American side say about ISIL', {
    kind: 'answer',
    paragraphs: [9],
    words: ['struggle against ISIL'],
  }),
  ask('who struck Russian forces', { kind: 'answer', paragraphs: [14], words: ['Turkey'] }),
  ask("why won't Russia participate in the coalition", { kind: 'answer', paragraphs: [9], words: ['prevents Russia'] }),
  // 5. The speaker is the constraint; a place is met by the event it belongs to.
  ask('what did the Russian Foreign Ministry say about the Riyadh meeting?', {
    kind: 'answer',
    paragraphs: [11],
    words: ['failed to attend'],
  }),
  ask('what did the Foreign Ministry say about the Saudi meetings', {
    kind: 'answer',
    paragraphs: [11],
    words: ['failed to attend'],
  }),
  ask("what did Russia's foreign ministry say about the meetings in Saudi Arabia", {
    kind: 'answer',
    paragraphs: [11],
    words: ['failed to attend'],
  }),
  ask('how did the Russian Foreign Ministry react to the Riyadh meeting', {
    kind: 'answer',
    paragraphs: [11],
    words: ['failed to attend'],
  }),
  ask('what did Assad say about Riyadh', { kind: 'answer', paragraphs: [12], words: ['collaboration'] }),
  nothing('ask', 'what did the Kremlin say about the Riyadh meeting'),
  // 6. A near miss that is another name, not a typo, is a "did you mean".
  { ...nothing('brief', 'Iran'), words: ['Did you mean Iraq?'] },
  nothing('ask', 'what did Iran say about Syria'),
  brief('Lavrof', { kind: 'person', title: 'Sergey Lavrov' }),
  brief('Sergei', { kind: 'person', title: 'Sergey Lavrov' }),
  brief('Lukianov', { kind: 'person', title: 'Fyodor Lukyanov' }),
  brief('Obamma', { kind: 'person', title: 'Barack Obama' }),
  brief('Obana', { kind: 'person', title: 'Barack Obama' }),
  brief('Putn', { kind: 'person', title: 'Vladimir Putin' }),
  brief('Kyev', { kind: 'place', title: 'Kiev' }),
  brief('Sochy', { kind: 'place', title: 'Sochi' }),
  brief('Itlay', { kind: 'place', title: 'Italy' }),
  brief('Irak', { kind: 'place', title: 'Iraq' }),
  // 7. Describing an event: its summary and its own sentences.
  ask('what was the Sochi meeting like', {
    kind: 'answer',
    title: 'Kerry–Putin meeting in Sochi',
    paragraphs: [3],
    words: ['four hours'],
  }),
  ask('tell me about the Sochi meeting', {
    kind: 'answer',
    title: 'Kerry–Putin meeting in Sochi',
    words: ['lasted nearly four hours'],
  }),
  ask('describe the Sochi meeting', { kind: 'answer', title: 'Kerry–Putin meeting in Sochi', words: ['May 2015'] }),
  ask('how did the Sochi meeting go', { kind: 'answer', title: 'Kerry–Putin meeting in Sochi' }),
  ask('how was the Sochi meeting', { kind: 'answer', title: 'Kerry–Putin meeting in Sochi' }),
  ask('what were the New York meetings like', {
    kind: 'answer',
    title: 'Meetings on Syria in New York',
    paragraphs: [10],
  }),
  ask('tell me about the Riyadh meeting', {
    kind: 'answer',
    title: 'Syrian opposition meetings in Saudi Arabia (Riyadh)',
    paragraphs: [11],
  }),
  ask('what was the Paris conference like', {
    kind: 'answer',
    title: 'Obama–Putin talks at the Paris Climate Change conference',
    paragraphs: [4],
  }),
  ask('how were the Moscow talks', {
    kind: 'answer',
    title: "Kerry's talks in Moscow with Lavrov and Putin",
    paragraphs: [3],
  }),
  nothing('ask', 'what was the meeting in Beijing like'),
  // 8. A time of day asked, a date given: say so.
  ask('what time does the New York meeting start?', {
    kind: 'answer',
    paragraphs: [10],
    words: ['The article gives the date, not the time: Friday 18 December 2015'],
  }),
  ask('what time are the New York meetings', { kind: 'answer', words: ['not the time: Friday 18 December 2015'] }),
  ask('what hour do the NY meetings start', { kind: 'answer', words: ['not the time: Friday 18 December 2015'] }),
  ask('what time is Kerry meeting Putin', {
    kind: 'answer',
    words: ['not the time: Tuesday 15 December 2015'],
    absent: ['Friday'],
  }),
  ask('what time did the Sochi meeting begin', { kind: 'answer', paragraphs: [3], words: ['not the time: May 2015'] }),
  ask('when does the New York meeting start', {
    kind: 'answer',
    words: ['When: Friday 18 December 2015'],
    absent: ['not the time'],
  }),
  // Round 3: "who is the <role>" names only someone whose role agrees with every word of it.
  nothing('ask', 'Who is the Russian defence minister?'),
  nothing('ask', 'who is the US defense secretary'),
  nothing('ask', 'who is the Russian prime minister'),
  nothing('ask', 'who is the Syrian foreign minister'),
  nothing('ask', 'who is the syrian foriegn minister'),
  ask('who is the White House spokesman', {
    kind: 'answer',
    title: 'Josh Ernest',
    paragraphs: [6],
    absent: ['Mark Toner'],
  }),
  ask('who is the spokesman of the White House', { kind: 'answer', title: 'Josh Ernest', absent: ['Mark Toner'] }),
  ask('who is the spokesman of the State Department', { kind: 'answer', title: 'Mark Toner', absent: ['Josh Ernest'] }),
  ask('who is the Russian foreign minister', { kind: 'answer', title: 'Sergey Lavrov' }),
  ask('who is the russian foriegn minister', {
    kind: 'answer',
    title: 'Sergey Lavrov',
    absent: ['Who: Vladimir Putin'],
  }),
  ask('who is the US president', { kind: 'answer', title: 'Barack Obama' }),
  ask('who is the Syrian president', { kind: 'answer', title: 'Bashar Assad' }),
  // Round 3: "when did A meet B" needs A and B meeting each other, not both in someone else's talks.
  nothing('ask', 'when did Putin meet Lavrov'),
  nothing('ask', 'did Putin meet Lavrov'),
  nothing('ask', 'where did Putin and Lavrov meet'),
  ask('when did Kerry meet Lavrov', { kind: 'answer', words: ['When: Tuesday 15 December 2015'] }),
  ask('did Kerry meet Putin', { kind: 'answer', paragraphs: [1], words: ['has met with'] }),
  ask('when did Obama meet Putin', { kind: 'answer', paragraphs: [4], words: ['November 2015'] }),
  // Round 3: see / sit down with / visit are meeting words; "last" / "most recent" is the latest past event.
  ask('When did Kerry last see Putin?', {
    kind: 'answer',
    paragraphs: [3],
    words: ['When: May 2015', 'Sochi'],
    absent: ['When: May 2013', 'When: Tuesday'],
  }),
  ask('when did Kerry most recently meet Putin', { kind: 'answer', paragraphs: [3], words: ['When: May 2015'] }),
  ask('where did Kerry last meet Putin', { kind: 'answer', paragraphs: [3], words: ['Where: Sochi'] }),
  ask('when did Kerry first see Putin', {
    kind: 'answer',
    paragraphs: [3],
    words: ['May 2013'],
    absent: ['When: May 2015'],
  }),
  ask('when did Obama and Putin last meet', { kind: 'answer', paragraphs: [4], words: ['When: November 2015'] }),
  ask('when did Kerry sit down with Putin', { kind: 'answer', words: ['When: Tuesday 15 December 2015'] }),
  nothing('ask', 'when did Putin last meet Lavrov'),
  nothing('ask', 'when did Kerry last visit Beijing'),
  ...ROUND_3,
  ...ROUND_4,
  ...ROUND_5,
];
