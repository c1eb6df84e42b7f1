/**
 * A "what" or "why" answer's best sentence may set the scene while the next one in its paragraph says what
 * happened: the card quotes that next sentence too (`context.ts`), after the runner-up. A question asking a
 * type of mention (how many, when) brings nothing in, and neither does the next paragraph.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, askerOf } from '../support/article-pack.ts';

const kb = createKnowledgeBase([
  articlePack(
    'voyage',
    'In April 1191 Richard left Messina with a large fleet of 200 ships in order to reach Acre. ' +
      'A storm scattered the fleet within days, and several ships ran aground on Cyprus.\n\n' +
      'Richard reached Acre on 8 June with his allies, and the siege ended a month later.\n\n' +
      'The crusaders had hoped to take the port before the summer heat.\n\n' +
      'Pilgrims still visit its walls, which the city repaired in 2019.',
    { title: 'Richard sails for Acre' },
  ),
]);
const ask = askerOf(kb);
const quotes = (question: string) => ask(question).card.blocks.flatMap((b) => (b.type === 'quote' ? [b.text] : []));

describe('the sentence after the best one', () => {
  it('is quoted when the question asks what happened', () => {
    const shown = quotes('what ruined richards plan to reach acre with the fleet?');
    expect(shown[0]).toMatch(/^In April 1191 Richard left Messina/);
    expect(shown).toContain('A storm scattered the fleet within days, and several ships ran aground on Cyprus.');
  });

  it('is not brought in when the question asks for a number', () => {
    const shown = quotes('how many ships did richard take to acre?');
    expect(shown[0]).toMatch(/^In April 1191 Richard left Messina/);
    expect(shown.join(' ')).not.toContain('A storm');
  });

  it('is not taken from the next paragraph', () => {
    const shown = quotes('what did the crusaders hope to do before the summer heat?');
    expect(shown[0]).toMatch(/^The crusaders had hoped/);
    expect(shown.join(' ')).not.toContain('Pilgrims');
  });
});
