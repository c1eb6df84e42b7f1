/**
 * Round 4 of the evaluation set: wrong answers and refusals found on fresh questions, each
 * with traps beside it. "Who from X" names only someone who belongs to X; a place naming an
 * event ("the Moscow talks") rules out another place's event, and "how long did … last"
 * wants a stated duration; "instead of" wants the asked entity's counter-proposal; the
 * gist / summary of an event or of the article; obstacles, reactions and roles.
 */
import type { EvalCase } from './cases.ts';

const ask = (input: string, expect: Omit<EvalCase, 'command' | 'input'>): EvalCase => ({
  command: 'ask',
  input,
  ...expect,
});
const nothing = (input: string): EvalCase => ({ command: 'ask', input, found: false, kind: 'not-found' });

export const ROUND_4: EvalCase[] = [
  // 1. Who from <organisation>: a speaker who belongs to it, never someone unrelated.
  ask('who from the White House commented?', {
    kind: 'answer',
    paragraphs: [6],
    words: ['Who: Josh Ernest'],
    absent: ['Who: Vladimir Putin'],
  }),
  ask('who from the White House spoke?', {
    kind: 'answer',
    words: ['Who: Josh Ernest'],
    absent: ['Who: Vladimir Putin'],
  }),
  ask('who at the White House commented on the talks?', { kind: 'answer', words: ['Who: Josh Ernest'] }),
  ask('who from the State Department commented?', { kind: 'answer', paragraphs: [10], words: ['Who: Mark Toner'] }),
  ask('who from the Carnegie Centre said something?', {
    kind: 'answer',
    paragraphs: [5],
    words: ['Who: Andrew Weiss'],
  }),
  ask('who from the Russian Foreign Ministry commented?', { kind: 'answer', words: ['Who: Sergey Lavrov'] }),
  nothing('who from the Kremlin commented?'),
  nothing('who from the Pentagon spoke?'),
  nothing('who from the Vatican commented?'),
  // 2. A duration of the event the question names, not of another place's event.
  nothing('how many hours did the Moscow talks last?'),
  nothing('how long did the Moscow talks last?'),
  nothing('how long did the Paris talks last?'),
  nothing('how many hours did the New York meeting last?'),
  ask('how many hours did the Sochi meeting last?', { kind: 'answer', paragraphs: [3], words: ['four hours'] }),
  ask('how long was the Sochi meeting?', { kind: 'answer', paragraphs: [3], words: ['four hours'] }),
  ask("how long did Kerry's meeting with Putin in Sochi last?", {
    kind: 'answer',
    paragraphs: [3],
    words: ['four hours'],
  }),
  // 3. Instead of / alternative: the asked entity's counter-proposal.
  ask('What does Russia want instead of joining the coalition?', {
    kind: 'answer',
    paragraphs: [9],
    words: ['fresh coalition', 'UN mandate'],
    absent: ['Washington is also suggesting'],
  }),
  ask('what did Putin propose?', { kind: 'answer', paragraphs: [9], words: ['fresh coalition'] }),
  nothing('what does China want instead of joining the coalition?'),
  // 4. The gist of an event, and of the article.
  ask('give me the gist of the Kerry visit', {
    kind: 'answer',
    title: "Kerry's talks in Moscow with Lavrov and Putin",
    paragraphs: [3],
  }),
  ask("summarise Kerry's trip", { kind: 'answer', title: "Kerry's talks in Moscow with Lavrov and Putin" }),
  ask('sum up the Sochi meeting', { kind: 'answer', title: 'Kerry–Putin meeting in Sochi', words: ['four hours'] }),
  ask("what's the story?", {
    kind: 'answer',
    words: ['Kerry', 'Moscow', 'Putin proposes a fresh UN-mandated coalition'],
  }),
  ask('summarise the article', { kind: 'answer', words: ['third meeting with Putin'] }),
  ask('what is this about?', { kind: 'answer', words: ['Syria and Ukraine'] }),
  ask('give me a summary', { kind: 'answer', words: ['Syria and Ukraine'] }),
  ask("what's the gist of the Sochi meeting?", { kind: 'answer', title: 'Kerry–Putin meeting in Sochi' }),
  ask("what's the gist?", { kind: 'answer', words: ['Syria and Ukraine'] }),
  nothing('summarise the Beijing summit'),
  nothing("summarise Obama's trip"),
  // 5. Obstacles are what prevents.
  ask('what are the obstacles to a coalition?', {
    kind: 'answer',
    paragraphs: [9],
    words: ['no international mandate'],
  }),
  ask('what are the barriers to Russia joining the coalition?', {
    kind: 'answer',
    paragraphs: [9],
    words: ['prevents Russia'],
  }),
  ask('what is the main obstacle to Russia joining the coalition?', {
    kind: 'answer',
    paragraphs: [9],
    words: ['not ratified'],
  }),
  nothing('what are the obstacles to a trade deal?'),
  // 6. Reactions: a place speaks through its bodies; the speaker alone on another topic is no answer.
  ask('how did Moscow react to the opposition meetings?', {
    kind: 'answer',
    paragraphs: [11],
    words: ['Russian Foreign Ministry pointed out'],
  }),
  ask("what was Moscow's reaction to the Riyadh meetings?", { kind: 'answer', paragraphs: [11] }),
  ask('how did Russia respond to the Saudi meetings?', { kind: 'answer', paragraphs: [11] }),
  nothing('how did Beijing react to the opposition meetings?'),
  nothing('how did Washington react to the opposition meetings?'),
  nothing('how did Moscow react to the Paris talks?'),
  // 7. A role: the entity's role, or the entity described when it has none.
  ask("what's Turkey's role?", { kind: 'answer', title: 'Turkey', paragraphs: [11, 14, 15] }),
  ask("what is Turkey's role in Syria?", { kind: 'answer', title: 'Turkey' }),
  ask('how is Turkey involved?', { kind: 'answer', title: 'Turkey' }),
  ask("what's Lukyanov's role?", { kind: 'answer', title: 'Fyodor Lukyanov', words: ['Presidium Chair'] }),
  nothing("what's Japan's role?"),
  // 8. A position / stance: sentences the entity, or the people and bodies it speaks through, hold.
  ask('what is the US position on Ukraine?', {
    kind: 'answer',
    paragraphs: [8],
    words: ['Minsk Agreement obligations'],
    absent: ['have been discussed'],
  }),
  ask('what is the US stance on Ukraine?', { kind: 'answer', paragraphs: [8], words: ['Minsk Agreement'] }),
  ask("what is Russia's position on the coalition?", { kind: 'answer', paragraphs: [9], words: ['prevents Russia'] }),
  ask('what does Russia propose instead of the coalition?', {
    kind: 'answer',
    paragraphs: [9],
    words: ['fresh coalition'],
  }),
  nothing("what is China's position on Ukraine?"),
  nothing('what is the US position on Crimea?'),
  // Traps found while probing: "suggested that the United States…" is Putin speaking; what one sets against.
  ask('what did the US say about Syria?', {
    kind: 'answer',
    paragraphs: [9],
    words: ['American side says'],
    absent: ['Putin, however'],
  }),
  ask("what does the US want instead of Russia's plan?", {
    kind: 'answer',
    paragraphs: [9],
    words: ['Washington is also suggesting'],
    absent: ['Putin, however'],
  }),
  nothing('what is the US position on Turkey?'),
];
