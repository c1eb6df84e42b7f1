/**
 * Every sentence of the article(s) a question is about is scored (stage 3, focus.ts), however
 * many unrelated packs share the question's common words: answers do not change when
 * unrelated articles are loaded.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';

const target = 'The talks resumed on 3 May at the town hall after a long pause over the whole of the winter.';
const focus = articlePack('varnholt', `Varnholt is a harbour town on the north coast. ${target}`);
const noise = Array.from({ length: 80 }, (_, i) => articlePack(`noise-${i}`, 'Talks resumed. Talks resumed again.'));
const index = createKnowledgeBase([focus, ...noise]).reading!;

describe('the sentences of the focus article', () => {
  it('are scored even when unrelated packs fill the archive’s best few dozen', () => {
    const { candidates } = retrieve(index, readQuestion('When did the Varnholt talks resume?', index.lexicon));
    expect(candidates[0]!.reading.pack.id).toBe('varnholt');
    expect(candidates.some((c) => c.reading.sentence.text === target)).toBe(true);
  });
});
