/**
 * A quote's speaker is the sentence's "I": '"… in 26 years in the job," he said' is known by the
 * speaker's name (read-pack.ts), and a name the question writes in lower case, as chat does
 * ("rafferty"), finds the sentences known by it (retrieve.ts).
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, askerOf } from '../support/article-pack.ts';

const rafferty = {
  id: 'declan-rafferty',
  name: 'Declan Rafferty',
  kind: 'person',
  aliases: ['Rafferty'],
  summary: 'A group manager of the fire service.',
  paragraphs: [2],
};
const kb = createKnowledgeBase([
  articlePack(
    'fire',
    'Group manager Declan Rafferty said two farm buildings had been damaged. ' +
      '"The fire moved faster than anything I have seen in 26 years in the job," he said.\n\n' +
      'One firefighter was treated in hospital for smoke inhalation.',
    {
      title: 'Moorland fire',
      entities: [rafferty],
      // As the drafter records a quote and its speaker.
      quotes: [
        {
          speaker: 'declan-rafferty',
          text: 'The fire moved faster than anything I have seen in 26 years in the job',
          kind: 'direct',
          paragraphs: [2],
        },
      ],
    },
  ),
]);

describe("a quote's speaker", () => {
  it("makes the quote known by the speaker's name", () => {
    const quote = kb.reading!.ofPack('fire').find((r) => r.sentence.text.includes('26 years'))!;
    expect(quote.speaker).toBe('declan-rafferty');
    expect(quote.entities).toContain('declan-rafferty');
  });

  it('answers a question naming the speaker in lower case from the quote', () => {
    const reply = askerOf(kb)('how long has rafferty been a firefighter');
    expect(reply.card.title).toContain('26 years');
  });
});
