/**
 * A pack added while the bot runs extends the reading index instead of rebuilding it; what
 * it answers from must be what a fresh build over the same packs gives.
 */
import { describe, expect, it } from 'vitest';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import type { LoadedPack } from '../../src/knowledge/knowledge-base.ts';
import { Pack } from '../../src/knowledge/schema.ts';

function pack(id: string, text: string): LoadedPack {
  const data = Pack.parse({ id, title: id, published: '2024-03-04', source: 'test', timezone: 'UTC', summary: 'A.' });
  return { id, data, paragraphs: splitParagraphs(`${id}\n\n${text}`), dir: id };
}

const harbour = pack(
  'harbour',
  'The council voted on Monday to close the old ferry terminal. Repairs would cost £4 million.',
);
const telescope = pack('telescope', 'The observatory won €40 million for a telescope in Chile, its director said.');
const hub = pack('hub', 'The trust opened a £14.2 million surgical hub on Tuesday. It has four theatres.');

describe('a pack added to a running knowledge base', () => {
  it('is answered from as if the index had been built with it', () => {
    const before = createKnowledgeBase([harbour, telescope]);
    void before.reading;
    const grown = createKnowledgeBase([harbour, telescope, hub], undefined, before);
    const fresh = createKnowledgeBase([harbour, telescope, hub]);
    const found = (kb: typeof fresh, q: string) =>
      retrieve(kb.reading!, readQuestion(q, kb.reading!.lexicon)).candidates.map((c) => [
        c.reading.sentence.text,
        Math.round(c.bm25 * 1e6),
      ]);
    for (const q of ['how much did the surgical hub cost?', 'when did the council vote?', 'where is the telescope?']) {
      expect(found(grown, q)).toEqual(found(fresh, q));
    }
    // Extended, not rebuilt: the packs it had are read from the very same readings.
    expect(grown.reading!.ofPack('harbour')[0]).toBe(before.reading!.ofPack('harbour')[0]);
    const own = grown.reading!.ofPack('hub');
    expect(own.map((r) => r.sentence.text)).toEqual(fresh.reading!.ofPack('hub').map((r) => r.sentence.text));
    const opened = own.find((r) => r.sentence.text.startsWith('The trust opened'))!;
    expect(grown.reading!.neighbour(opened, 1)?.sentence.text).toBe('It has four theatres.');
  });
});
