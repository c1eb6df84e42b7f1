/**
 * "Who is the defence minister?" when no article says "defence" is not in the briefing, however
 * well "minister" matches. But "what is the purpose of the trip?" asks what the trip is for: its
 * head noun, absent from every article, is what is asked, not a name the articles lack.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, askerOf } from '../support/article-pack.ts';

const kb = createKnowledgeBase([
  articlePack(
    'visit',
    'During his Moscow trip, Kerry will be outlining the prospects for a political resolution, his spokesman said. ' +
      'The foreign minister met him at the airport. ' +
      '"We are all waiting," said Maria Lopez, 38, a translator from Cork.',
    { title: 'Kerry in Moscow' },
  ),
]);
const ask = askerOf(kb);

describe('a subject with a word no article holds', () => {
  it('is not in the briefing when it names someone', () => {
    expect(ask('who is the defence minister?').found).toBe(false);
  });

  it('is asked about when the word only says a person is asked: "the woman from cork" is no word to find', () => {
    expect(ask("who's the woman from cork").card.title).toBe('Who: Maria Lopez');
  });

  it('is asked about when the word is its head noun in a "what" question', () => {
    const reply = ask("what is the purpose of Kerry's trip to Moscow?");
    expect(reply.found).toBe(true);
    expect(reply.card.blocks.some((b) => b.type === 'quote' && b.text.includes('political resolution'))).toBe(true);
  });
});
