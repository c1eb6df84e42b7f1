/**
 * The small harbour pack the pipeline tests share: a council, its mayor (an entity with an
 * alias) and a ferry operator, beside an unrelated museum article.
 */
import { answerReply, rankCandidates } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { RULES } from '../../src/briefing/ask/rules.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import type { LoadedPack } from '../../src/knowledge/knowledge-base.ts';
import { Pack } from '../../src/knowledge/schema.ts';

export const ARTICLE = [
  'Harbour council closes the old terminal',
  'The Northport Harbour Council voted on Monday to close the old ferry terminal. ' +
    'Mayor Helen Okafor said the building was falling into the sea.',
  'The terminal will close on 21 March because repairs would cost £4 million. She said the council had no choice.',
  'Ferry operator Bluewater Lines said passenger numbers have fallen by a third since 2019.',
].join('\n\n');

export function pack(id: string, text: string): LoadedPack {
  const data = Pack.parse({
    id,
    title: `Article ${id}`,
    published: '2024-03-04',
    source: 'test',
    timezone: 'UTC',
    summary: 'A test article.',
    entities: [
      {
        id: 'helen-okafor',
        name: 'Helen Okafor',
        kind: 'person',
        aliases: ['Okafor'],
        role: 'Mayor',
        summary: 'Mayor.',
        paragraphs: [2],
      },
    ],
  });
  return { id, data, paragraphs: splitParagraphs(text), dir: '.' };
}

export const kb = createKnowledgeBase([
  pack('harbour', ARTICLE),
  pack('other', 'Other news\n\nThe museum will close in May for repairs.'),
]);
export const index = kb.reading!;
export const ask = (q: string) =>
  answerReply({ kb, question: q, page: 1, continuations: memoryContinuations(manualClock(new Date())) });
export const top = (q: string) => {
  const frame = readQuestion(q, index.lexicon);
  return { frame, ranked: rankCandidates(index, frame) };
};
export const rule = (name: string) => RULES.find((r) => r.name === name)!;
