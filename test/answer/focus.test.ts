/**
 * Every sentence of the article(s) a question is about is scored (stage 3, focus.ts), however
 * many unrelated packs share the question's common words: answers do not change when
 * unrelated articles are loaded.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { Pack } from '../../src/knowledge/schema.ts';

const pack = (id: string, text: string) => {
  const data = Pack.parse({
    id,
    title: id,
    published: '2024-03-04',
    source: 'test',
    timezone: 'UTC',
    summary: 'A test article.',
  });
  return { id, data, paragraphs: splitParagraphs(`${id}\n\n${text}`), dir: '.' };
};

const target = 'The talks resumed on 3 May at the town hall after a long pause over the whole of the winter.';
const focus = pack('varnholt', `Varnholt is a harbour town on the north coast. ${target}`);
const noise = Array.from({ length: 80 }, (_, i) => pack(`noise-${i}`, 'Talks resumed. Talks resumed again.'));
const index = createKnowledgeBase([focus, ...noise]).reading!;

describe('the sentences of the focus article', () => {
  it('are scored even when unrelated packs fill the archive’s best few dozen', () => {
    const { candidates } = retrieve(index, readQuestion('When did the Varnholt talks resume?', index.lexicon));
    expect(candidates[0]!.reading.pack.id).toBe('varnholt');
    expect(candidates.some((c) => c.reading.sentence.text === target)).toBe(true);
  });
});
