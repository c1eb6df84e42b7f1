/**
 * A pack added, changed or removed while the bot runs changes the reading index instead of
 * rebuilding it; what it answers from must be what a fresh build over the same packs gives.
 */
import { describe, expect, it } from 'vitest';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';
import { createKnowledgeBase, preparePack } from '../../src/knowledge/create-knowledge-base.ts';
import type { KnowledgeBase, LoadedPack } from '../../src/knowledge/knowledge-base.ts';
import { memoryReadings } from '../../src/knowledge/reading-store.ts';
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

const questions = ['how much did the surgical hub cost?', 'when did the council vote?', 'where is the telescope?'];

function kbOf(packs: LoadedPack[], store: ReturnType<typeof memoryReadings>, previous?: KnowledgeBase): KnowledgeBase {
  return createKnowledgeBase(packs, (p) => preparePack(p, { store }), previous, store);
}

const found = (kb: KnowledgeBase, q: string) =>
  retrieve(kb.reading!, readQuestion(q, kb.reading!.lexicon)).candidates.map((c) => [
    c.reading.sentence.text,
    Math.round(c.bm25 * 1e6),
  ]);

describe('a pack added to a running knowledge base', () => {
  it('is answered from as if the index had been built with it', () => {
    // As the knowledge holder does: one store of readings across reloads.
    const store = memoryReadings();
    const before = kbOf([harbour, telescope], store);
    void before.reading;
    const grown = kbOf([harbour, telescope, hub], store, before);
    const fresh = createKnowledgeBase([harbour, telescope, hub]);
    for (const q of questions) expect(found(grown, q)).toEqual(found(fresh, q));
    // Extended, not rebuilt: the packs it had are read from the very same readings.
    expect(grown.reading!.ofPack('harbour')[0]).toBe(before.reading!.ofPack('harbour')[0]);
    const own = grown.reading!.ofPack('hub');
    expect(own.map((r) => r.sentence.text)).toEqual(fresh.reading!.ofPack('hub').map((r) => r.sentence.text));
    const opened = own.find((r) => r.sentence.text.startsWith('The trust opened'))!;
    expect(grown.reading!.neighbour(opened, 1)?.sentence.text).toBe('It has four theatres.');
  });

  it('is answered from as if built anew when a pack changes or goes, and the others are not read again', () => {
    const store = memoryReadings();
    const before = kbOf([harbour, telescope, hub], store);
    void before.reading;
    const edited = pack('telescope', 'The observatory lost its €40 million grant for a telescope in Chile.');
    const changed = kbOf([harbour, edited, hub], store, before);
    const fresh = createKnowledgeBase([harbour, edited, hub]);
    for (const q of [...questions, 'what did the observatory lose?'])
      expect(found(changed, q)).toEqual(found(fresh, q));
    expect(changed.reading!.ofPack('harbour')[0]).toBe(before.reading!.ofPack('harbour')[0]);
    expect(changed.reading!.ofPack('telescope')[1]!.sentence.text).toMatch(/lost/);
    // A pack gone: nothing of it is found.
    const smaller = kbOf([harbour, hub], store, changed);
    const freshSmaller = createKnowledgeBase([harbour, hub]);
    for (const q of questions) expect(found(smaller, q)).toEqual(found(freshSmaller, q));
    expect(smaller.reading!.events.every((e) => e.pack !== edited)).toBe(true);
    expect(kbOf([harbour, hub], store, smaller).reading).toBe(smaller.reading);
  });
});
