/**
 * The entity a question names is never its answer, however the question spells it: in
 * lower case, or by an alias, as people type in chat.
 */
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/briefing/ask/answer.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';

const kb = createKnowledgeBase([
  articlePack(
    'bank',
    'Caixa Meridional, founded in Porto Alegre in 1957, has been under pressure since a wave of defaults. ' +
      'Caixa Meridional is run by chief executive Helena Prado, who joined in 2019.',
    { title: 'Bank agrees takeover' },
  ),
  articlePack(
    'talks',
    'Foreign Minister Anna Berg arrived in Oslo on Monday. ' +
      'In Oslo, Foreign Minister Anna Berg met Prime Minister Tomas Lund for two hours.',
    {
      title: 'Berg holds talks in Oslo',
      entities: [
        {
          id: 'anna-berg',
          name: 'Anna Berg',
          kind: 'person',
          aliases: ['Berg'],
          summary: 'A minister.',
          paragraphs: [2],
        },
        {
          id: 'tomas-lund',
          name: 'Tomas Lund',
          kind: 'person',
          aliases: ['Lund'],
          summary: 'A premier.',
          paragraphs: [2],
        },
      ],
    },
  ),
]);
const ask = (question: string) =>
  answerReply({ kb, question, page: 1, continuations: memoryContinuations(manualClock(new Date('2024-03-05'))) });

describe('the entity a question names', () => {
  it.each(['who did Berg meet in Oslo?', 'who did berg meet in oslo?', 'who did anna berg meet'])(
    '%s: answered by the other person, not by her',
    (question) => {
      const reply = ask(question);
      expect(reply.found).toBe(true);
      expect(reply.card.title).toMatch(/^Who: (Prime Minister )?Tomas Lund$/);
    },
  );

  it('is no answer to "who" by part of its name: "who runs meridional" is not "Caixa Meridional"', () => {
    expect(ask('who runs meridional rn').card.title).toBe('Who: Helena Prado');
  });
});
