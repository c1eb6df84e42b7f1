/**
 * A knowledge pack made from an article's text alone, for tests of the answer pipeline: the
 * title is the article's first paragraph, and the pack names no entities unless asked to.
 */
import { answerReply, rankCandidates } from '../../src/briefing/ask/answer.ts';
import { refusal } from '../../src/briefing/ask/abstain.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import type { Reply } from '../../src/core/reply.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import type { KnowledgeBase, LoadedPack } from '../../src/knowledge/knowledge-base.ts';
import type { ReadingIndex } from '../../src/knowledge/reading-index.ts';
import { Pack } from '../../src/knowledge/schema.ts';

/** The pack `id` whose article is `title` and then `body`; `extra` adds to its pack.yaml (entities…). */
export function articlePack(
  id: string,
  body: string,
  { title = id, ...extra }: { title?: string; entities?: object[]; events?: object[]; quotes?: object[] } = {},
): LoadedPack {
  const data = Pack.parse({
    id,
    title,
    published: '2024-03-04',
    source: 'test',
    timezone: 'UTC',
    summary: 'A test article.',
    ...extra,
  });
  return { id, data, paragraphs: splitParagraphs(`${title}\n\n${body}`), dir: '.' };
}

/** A person entity for such a pack's `entities`, named in `paragraphs`. */
export function personEntity(id: string, name: string, paragraphs: number[], summary = 'A person.') {
  return { id, name, kind: 'person', aliases: [], summary, paragraphs };
}

/** The reading index of one such pack (id `p`, title `P`) holding `body`. */
export function readingOf(body: string): ReadingIndex {
  return createKnowledgeBase([articlePack('p', body, { title: 'P' })]).reading!;
}

/** The texts of the mentions of `type` that the reading of `body` (as in `readingOf`) holds, in order. */
export function mentionTexts(body: string, type: string): string[] {
  return readingOf(body)
    .ofPack('p')
    .flatMap((r) => r.mentions.filter((m) => m.type === type).map((m) => m.text));
}

/** Asks `kb` a question the way the core does, on the first page, on the day `now`. */
export function askerOf(kb: KnowledgeBase, now = new Date('2024-03-05')): (question: string) => Reply {
  const continuations = memoryContinuations(manualClock(now));
  return (question) => answerReply({ kb, question, page: 1, continuations });
}

/** The best candidate for a question, and why it is refused (undefined when it is not). */
export function bestFor(index: ReadingIndex, question: string) {
  const frame = readQuestion(question, index.lexicon);
  const top = rankCandidates(index, frame)[0]!.candidate;
  return { top, refused: refusal(frame, top) };
}
