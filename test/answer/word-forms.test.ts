/**
 * A question word in another form than the article's: "baker" for "bakery" (derived from one word,
 * which the stemmer keeps apart), "how deep" for "a depth of" (a measure's adjective and its noun)
 * and "died" for "killing".
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { renderText } from '../../src/render/text.ts';
import { articlePack, askerOf } from '../support/article-pack.ts';

const kb = createKnowledgeBase([
  articlePack(
    'quake',
    [
      'An earthquake struck southern Valdoria early on Saturday, killing at least 14 people, the agency said.',
      'The quake hit at 3:17am local time, west of the town of Serrano, at a depth of 10km.',
      '"We heard a roar, and then everything was shaking," said Lucia Ferrante, who runs a bakery in Serrano.',
    ].join('\n\n'),
    { title: 'Earthquake in Valdoria' },
  ),
]);
const ask = askerOf(kb);
const index = kb.reading!;

describe('word forms', () => {
  it('finds a word no sentence holds in the word derived from it: "baker" in "bakery"', () => {
    const reply = ask('what did the baker say?');
    expect(reply.found).toBe(true);
    expect(renderText(reply)).toContain('We heard a roar');
  });

  it('meets "died" in "killing": how many died is how many were killed', () => {
    const reply = ask('how many died in the earthquake?');
    expect(reply.found).toBe(true);
    expect(renderText(reply).split('\n')[0]).toBe('At least 14');
  });

  it('reads "how heavy" as asking a measure, and "how fast" an amount, a rate or a speed', () => {
    expect(readQuestion('how heavy was the satellite?', index.lexicon).asks).toBe('measure');
    expect(readQuestion('how fast did sales grow?', index.lexicon).accepts).toEqual(
      expect.arrayContaining(['percent', 'measure']),
    );
  });

  it('meets a measure\'s adjective in its noun: "how deep" in "a depth of 10km"', () => {
    const reply = ask('how deep was it?');
    expect(reply.found).toBe(true);
    expect(renderText(reply)).toContain('a depth of 10km');
  });
});
