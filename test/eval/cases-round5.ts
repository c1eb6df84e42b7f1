/**
 * Round 5 of the evaluation set: wrong answers and refusals found on fresh questions, each
 * with traps beside it. "How many X" wants a count of X, not any number word; "where is X
 * going after Y / next" wants a destination other than Y; a year matches an event dated then;
 * "called / termed / described" and "report / claim / write" are speech verbs (media
 * organisations speak through them).
 */
import type { EvalCase } from './cases.ts';

const ask = (input: string, expect: Omit<EvalCase, 'command' | 'input'>): EvalCase => ({
  command: 'ask',
  input,
  ...expect,
});
const nothing = (input: string): EvalCase => ({ command: 'ask', input, found: false, kind: 'not-found' });

export const ROUND_5: EvalCase[] = [
  // 1. How many X: a count tied to X ("third meeting", "four hours"), not "first … second …".
  nothing('How many countries are in the US-led coalition?'),
  nothing('how many countries have joined the US-led coalition?'),
  nothing('how many troops does Russia have in Syria?'),
  nothing('how many people attended the Riyadh talks?'),
  ask('how many times has Kerry met Putin?', { kind: 'answer', paragraphs: [3], words: ['third meeting'] }),
  ask('how many hours did the Sochi meeting last?', { kind: 'answer', paragraphs: [3], words: ['four hours'] }),
  ask("how many months between Kerry's visits to Moscow?", { kind: 'answer', paragraphs: [3], words: ['six months'] }),
  // 2. Where is X going after Y / next: a destination other than Y, or nothing.
  nothing('Where is Kerry going after Moscow?'),
  nothing('where will Kerry travel after Moscow?'),
  nothing('where is Kerry heading next?'),
  ask('where is Kerry now?', { kind: 'answer', paragraphs: [3], words: ['Moscow'] }),
  // 3. A year in the question matches an event dated that year ("due to commence next year" = 2016).
  ask('which parties will negotiate in 2016?', {
    kind: 'answer',
    paragraphs: [10],
    words: ['Who: Syrian opposition and Syrian government'],
  }),
  ask('who will negotiate in 2016?', { kind: 'answer', paragraphs: [10], words: ['Assad regime'] }),
  ask('who will take part in the negotiations in 2016?', { kind: 'answer', paragraphs: [10] }),
  ask('what happens in 2016?', { kind: 'answer', paragraphs: [10], words: ['next year'] }),
  nothing('who will negotiate in 2017?'),
  nothing('which parties negotiated in 2014?'),
  // 4. Called / described as / termed are speech verbs; talks ≈ discussions.
  ask('who called the talks business-like?', {
    kind: 'answer',
    paragraphs: [5],
    words: ['Who: US Administration', 'business-like'],
  }),
  ask('who described the discussions as business-like?', {
    kind: 'answer',
    paragraphs: [5],
    words: ['Who: US Administration'],
  }),
  ask('who termed the talks neither friendly nor acrimonious?', {
    kind: 'answer',
    paragraphs: [5],
    words: ['Who: US Administration'],
  }),
  nothing('who called the talks hostile?'),
  nothing('who called Kerry a liar?'),
  // 5. Yes/no: one entity named, the other tied to it by an event (Riyadh = the Saudi Arabia meetings).
  ask('Was the Kurdish delegation at the Riyadh talks?', {
    kind: 'answer',
    paragraphs: [11],
    words: ['prevented the Kurdish delegation'],
  }),
  ask('was the Kurdish delegation in Riyadh?', {
    kind: 'answer',
    paragraphs: [11],
    words: ['prevented the Kurdish delegation'],
  }),
  ask('did the Kurdish delegation attend the meetings in Saudi Arabia?', { kind: 'answer', paragraphs: [11] }),
  nothing('was Kerry at the Riyadh talks?'),
  nothing('did the Kurdish delegation attend the Vienna meeting?'),
  nothing('was the Kurdish delegation at the New York meetings?'),
  // 6. Report / claim / write: what a media organisation says.
  ask('what did Politico report?', { kind: 'answer', paragraphs: [5], words: ['Kerry personally favors'] }),
  ask('what does Politico claim?', { kind: 'answer', paragraphs: [5], words: ['Kerry personally favors'] }),
  ask('what did Politico write?', { kind: 'answer', paragraphs: [5], words: ['Kerry personally favors'] }),
  ask('what did Reuters report?', { kind: 'answer', paragraphs: [8], words: ['destabilizes'] }),
  nothing('what did the New York Times report?'),
];
