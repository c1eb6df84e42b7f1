/**
 * Round 3 of the evaluation set: answerable questions a held-out set found refused, and
 * traps beside each. "Who said X" names the speaker; "what X mentions" reads X as the
 * speaker; goal questions want what the entity will do where the question puts it; "what
 * is the name of the <role>" is "who is the <role>"; "what role does X play" describes X.
 */
import type { EvalCase } from './cases.ts';

const ask = (input: string, expect: Omit<EvalCase, 'command' | 'input'>): EvalCase => ({
  command: 'ask',
  input,
  ...expect,
});
const nothing = (input: string): EvalCase => ({ command: 'ask', input, found: false, kind: 'not-found' });

export const ROUND_3: EvalCase[] = [
  // 1–2. Who said / spoke about X: the speaker of the sentence about X, from speech verbs or pack quotes.
  ask('who spoke about mid-air collisions?', {
    kind: 'answer',
    paragraphs: [14],
    words: ['Who: Fyodor Lukyanov', 'mid-air collisions'],
  }),
  ask("who mentioned Turkey's attack on Russian forces?", {
    kind: 'answer',
    paragraphs: [14],
    words: ['Who: Fyodor Lukyanov'],
  }),
  ask('who warned that the situation is reaching breaking-point?', {
    kind: 'answer',
    paragraphs: [14],
    words: ['Who: Fyodor Lukyanov'],
  }),
  ask('who claims Putin has assembled facts the world must deal with?', {
    kind: 'answer',
    paragraphs: [5],
    words: ['Who: Andrew Weiss'],
    absent: ['Who: Carnegie Centre', 'Who: Vladimir Putin'],
  }),
  ask('who said Russia should focus on ISIL?', {
    kind: 'answer',
    paragraphs: [9],
    words: ['Who: United States', 'ISIL'],
  }),
  ask('who said major breakthroughs will not be quickly achieved?', {
    kind: 'answer',
    paragraphs: [15],
    words: ['Who: Boris Dolgov'],
  }),
  ask('who said the tone was business-like?', {
    kind: 'answer',
    paragraphs: [5],
    words: ['Who: US Administration', 'business-like'],
    absent: ['Toner'],
  }),
  ask('who described the tone as neither friendly nor acrimonious?', {
    kind: 'answer',
    paragraphs: [5],
    words: ['Who: US Administration'],
  }),
  ask('who said that terrorists must be excluded from the political process?', {
    kind: 'answer',
    paragraphs: [12],
    words: ['Who: Russian government'],
  }),
  nothing('who spoke about Crimea?'),
  nothing('who said the tone was hostile?'),
  nothing('who mentioned Merkel?'),
  nothing('who warned about nuclear weapons?'),
  nothing('who said Kerry will visit Paris?'),
  // 3. What X mentions / says about Y: X is the speaker, Y the topic.
  ask('what are the conflicting interests Lukyanov mentions?', {
    kind: 'answer',
    paragraphs: [14],
    words: ['conflicting interests', 'Turkey'],
  }),
  ask('what does Lukyanov say about Turkey?', { kind: 'answer', paragraphs: [14], words: ['Turkey'] }),
  ask('what Dolgov thinks about the Tuesday meetings', {
    kind: 'answer',
    paragraphs: [15],
    words: ['Tuesday meetings'],
  }),
  ask('what attacks does Lavrov mention?', { kind: 'answer', paragraphs: [9], words: ['no international mandate'] }),
  ask("what did Toner say about Kerry's trip?", { kind: 'answer', paragraphs: [10], words: ['political resolution'] }),
  nothing('what are the conflicting interests Dolgov mentions?'),
  nothing('what does Lukyanov say about Crimea?'),
  nothing('what are the concerns Obama mentions about China?'),
  // 4. The name of a role: the role holder, and nobody for a role nobody holds.
  ask('What is the name of the Russian president?', { kind: 'answer', title: 'Vladimir Putin' }),
  ask("what's the name of the US Secretary of State?", { kind: 'answer', title: 'John Kerry' }),
  ask("what is the White House spokesman's name?", { kind: 'answer', title: 'Josh Ernest', absent: ['Mark Toner'] }),
  ask("what's the Russian foreign minister called?", { kind: 'answer', title: 'Sergey Lavrov' }),
  ask('name the State Department spokesman', { kind: 'answer', title: 'Mark Toner', absent: ['Josh Ernest'] }),
  nothing('What is the name of the Turkish president?'),
  nothing("what's the name of the Russian defence minister?"),
  nothing('name the German chancellor'),
  // 5. Goals: what the entity will do or means to do, tied to the place asked.
  ask('what is Kerry hoping to achieve in Moscow?', {
    kind: 'answer',
    paragraphs: [10, 8],
    words: ['political resolution', 'priority'],
  }),
  ask("what is Kerry's priority?", { kind: 'answer', paragraphs: [8], words: ['Minsk'] }),
  ask("what's Kerry's goal in Moscow?", { kind: 'answer', paragraphs: [10], words: ['outlining the prospects'] }),
  ask('what will Kerry do in Moscow?', { kind: 'answer', paragraphs: [10], words: ['outlining the prospects'] }),
  ask("what is the purpose of Kerry's trip to Moscow?", {
    kind: 'answer',
    paragraphs: [10],
    words: ['political resolution'],
  }),
  ask('what does Kerry aim to accomplish during his visit?', { kind: 'answer', paragraphs: [8], words: ['priority'] }),
  ask('what does the USA plan to do on 18 December?', { kind: 'answer', paragraphs: [10], words: ['New York'] }),
  nothing('what is Kerry hoping to achieve in Paris?'),
  nothing('what is Lavrov hoping to achieve in Moscow?'),
  nothing('what is Merkel hoping to achieve in Moscow?'),
  nothing("what is Kerry's goal in Beijing?"),
  // 6. The part an organisation plays: its facts, as "tell me about X".
  ask('What role does the UN play?', {
    kind: 'answer',
    title: 'United Nations',
    paragraphs: [9],
    words: ['UN mandate'],
  }),
  ask('what part does the United Nations play?', { kind: 'answer', title: 'United Nations', paragraphs: [9] }),
  ask('how is the UN involved?', { kind: 'answer', title: 'United Nations', paragraphs: [9] }),
  ask('where does the ISSG come in?', {
    kind: 'answer',
    title: 'International Support Group for Syria',
    paragraphs: [10],
  }),
  ask('what role does Turkey play?', { kind: 'answer', title: 'Turkey', words: ['Kurdish delegation'] }),
  nothing('what role does China play?'),
  nothing('how is NATO involved?'),
];
