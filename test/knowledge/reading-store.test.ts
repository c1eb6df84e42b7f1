/**
 * Readings of an archive live on disk (issue 12): the merged index is stored and opened
 * without reading a pack, a question reads only the packs it touches, and at most a few
 * packs' readings stay in memory. Answers must be those of a knowledge base held in memory.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerReply } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';
import { compiledPacksIn } from '../../src/knowledge/compiled-packs.ts';
import { createKnowledgeHolder } from '../../src/knowledge/holder.ts';
import type { KnowledgeBase, LoadedPack } from '../../src/knowledge/knowledge-base.ts';
import { buildReadingIndex, type PartsOf, type ReadingIndex } from '../../src/knowledge/reading-index.ts';
import { readingStoreIn } from '../../src/knowledge/reading-store.ts';
import { Pack } from '../../src/knowledge/schema.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'reading-store-'));
  dirs.push(dir);
  return dir;
};

function pack(id: string, text: string): LoadedPack {
  const data = Pack.parse({ id, title: id, published: '2024-03-04', source: 'test', timezone: 'UTC', summary: 'A.' });
  return { id, data, paragraphs: splitParagraphs(`${id}\n\n${text}`), dir: id };
}

const packs = [
  pack('harbour', 'The council voted on Monday to close the old ferry terminal. Repairs would cost £4 million.'),
  pack('telescope', 'The observatory won €40 million for a telescope in Chile, its director said.'),
  pack('hub', 'The trust opened a £14.2 million surgical hub on Tuesday. It has four theatres.'),
  pack('bridge', 'Engineers closed the Tay bridge after a crack was found in a steel girder.'),
  pack('school', 'Ofsted rated the academy outstanding in March, praising its science teaching.'),
];
const questions = ['how much did the surgical hub cost?', 'when did the council vote?', 'why was the bridge closed?'];

const found = (index: ReadingIndex, q: string) =>
  retrieve(index, readQuestion(q, index.lexicon)).candidates.map((c) => [c.reading.sentence.text, c.bm25]);

/** A `partsOf` that counts which packs it was asked for. */
function counting(partsOf: PartsOf) {
  const asked: string[] = [];
  return { asked, partsOf: ((p) => (asked.push(p.id), partsOf(p))) as PartsOf };
}

describe('readings kept on disk', () => {
  it('open the stored index without reading a pack, and answer as an index held in memory', () => {
    const dir = temp();
    const first = readingStoreIn(dir);
    first.saveIndex(buildReadingIndex(packs, first.partsOf));
    const memory = buildReadingIndex(packs);
    const later = readingStoreIn(dir);
    const { asked, partsOf } = counting(later.partsOf);
    const opened = later.openIndex(packs, partsOf)!;
    expect(opened).toBeDefined();
    expect(asked).toEqual([]);
    for (const q of questions) expect(found(opened, q)).toEqual(found(memory, q));
    // Only the packs a question's candidates come from were read.
    expect(new Set(asked).size).toBeLessThan(packs.length);
    expect(opened.events.length).toBe(memory.events.length);
  });

  it('are no index for other packs, and the same index for the same packs in any order', () => {
    const dir = temp();
    const store = readingStoreIn(dir);
    const built = buildReadingIndex(packs, store.partsOf);
    store.saveIndex(built);
    expect(readingStoreIn(dir).openIndex(packs.slice(1), store.partsOf)).toBeUndefined();
    const reordered = readingStoreIn(dir).openIndex([...packs].reverse(), store.partsOf)!;
    for (const q of questions) expect(found(reordered, q)).toEqual(found(built, q));
  });

  it('hold only the last packs used in memory, and read the others back from disk', () => {
    const store = readingStoreIn(temp(), 2);
    const [a, b, c] = packs;
    const first = store.partsOf(a!);
    store.partsOf(b!);
    const kept = store.partsOf(c!);
    expect(store.partsOf(c!)).toBe(kept);
    const again = store.partsOf(a!);
    expect(again).not.toBe(first);
    expect(again.all().map((r) => r.terms)).toEqual(first.all().map((r) => r.terms));
    expect(again.at(0)!.pack).toBe(a);
  });
});

describe('a bot whose readings live on disk', () => {
  it('answers as one holding them all in memory, though it holds two packs at a time', async () => {
    const root = temp();
    for (const p of packs) {
      mkdirSync(join(root, p.id));
      writeFileSync(join(root, p.id, 'pack.json'), JSON.stringify({ ...p.data, article: 'article.txt' }));
      writeFileSync(join(root, p.id, 'article.txt'), p.paragraphs.map((para) => para.text).join('\n\n'));
    }
    const onDisk = createKnowledgeHolder(root, { compiled: compiledPacksIn(join(temp(), 'c')), readingsHeld: 2 });
    const inMemory = createKnowledgeHolder(root);
    const continuations = { put: () => 'x', get: async () => ({ status: 'missing' as const }), flush: async () => {} };
    const ask = (kb: KnowledgeBase, question: string) => answerReply({ kb, question, page: 1, continuations });
    const asked = [...questions, 'who rated the academy?', 'what did the director say?', 'how many theatres?'];
    // Twice round, so the second round reads packs the first let go.
    for (const q of [...asked, ...asked]) {
      expect(JSON.stringify(await ask(onDisk.current(), q))).toBe(JSON.stringify(await ask(inMemory.current(), q)));
    }
    expect(JSON.stringify(await ask(onDisk.current(), questions[0]!))).toContain('14.2 million');
    expect(onDisk.current().reading!.bm25.size).toBe(inMemory.current().reading!.bm25.size);
  });
});
