/**
 * Round 2 of the evaluation set, held-out failures and fresh phrasings of each kind: events
 * named in other words, speakers, news verbs, near-miss names, event descriptions, times asked
 * of a date; then the first round-3 cases (who holds a role, who met whom, and when last).
 */
import { ask, brief, nothing } from './case-builders.ts';
import type { EvalCase } from './cases.ts';

export const ROUND_2: EvalCase[] = [
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
];
