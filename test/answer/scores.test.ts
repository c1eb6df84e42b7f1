/**
 * Scores as sport and votes write them ("3-2", "4-6, 7-6, 7-5", "27-19") are read as mentions of
 * their own, and "what was the score?" is answered with one, not with the first number around it.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { renderText } from '../../src/render/text.ts';
import { articlePack, askerOf, mentionTexts } from '../support/article-pack.ts';

describe('scores', () => {
  it('reads a score, a run of sets and a vote, and no range before a noun', () => {
    expect(mentionTexts('Ferrisby beat Dunmore Rovers 3-2 after extra time.', 'score')).toEqual(['3-2']);
    expect(mentionTexts('Okafor beat Delgado 4-6, 7-6, 7-5 in the final.', 'score')).toEqual(['4-6, 7-6, 7-5']);
    expect(mentionTexts('Councillors voted 27-19 in favour.', 'score')).toEqual(['27-19']);
    expect(mentionTexts('Between 10-15 people came, and prices rose 3-4% in a year.', 'score')).toEqual([]);
  });

  it('answers "what was the score?" with the score, though the sentence holds a duration too', () => {
    const ask = askerOf(
      createKnowledgeBase([
        articlePack(
          'final',
          'Okafor beat the top seed Marco Delgado 4-6, 7-6, 7-5 in a final that lasted three hours.',
          { title: 'Okafor wins the Lisbon Open' },
        ),
      ]),
    );
    const reply = ask('what was the score in the Lisbon final?');
    expect(reply.found).toBe(true);
    expect(renderText(reply).split('\n')[0]).toBe('4-6, 7-6, 7-5');
  });
});
