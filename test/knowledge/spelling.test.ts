/**
 * A misspelt question word meets the article word it misspells, a hyphenated one its parts;
 * real words, short words and negated compounds are left alone.
 */
import { describe, expect, it } from 'vitest';
import { buildBm25 } from '../../src/knowledge/bm25.ts';
import { spellingOf } from '../../src/knowledge/spelling.ts';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { Pack } from '../../src/knowledge/schema.ts';

describe('spelling against the articles', () => {
  const spelling = spellingOf(
    buildBm25([
      ['foreign', 'minist'],
      ['aristocraci', 'hartmani'],
      ['clan', 'foreign'],
    ]),
  );

  it('corrects a key no document holds to the closest one', () => {
    expect(spelling.correct('foriegn')).toBe('foreign');
    expect(spelling.correct('arristocraci')).toBe('aristocraci');
    expect(spelling.correct('hatmani')).toBe('hartmani');
  });

  it('leaves known keys, short keys and far keys alone', () => {
    expect(spelling.correct('foreign')).toBeUndefined();
    expect(spelling.correct('caan')).toBeUndefined();
    expect(spelling.correct('fiscal')).toBeUndefined();
  });

  it('lets a misspelt question word retrieve the sentence, but not a real word the articles lack', () => {
    const data = Pack.parse({
      id: 'p',
      title: 'P',
      published: '2024-03-04',
      source: 'test',
      timezone: 'UTC',
      summary: 'A test article.',
    });
    const text = 'P\n\nThe foreign minister met the aristocracy in Moscow.';
    const kb = createKnowledgeBase([{ id: 'p', data, paragraphs: splitParagraphs(text), dir: '.' }]);
    const terms = (q: string) => retrieve(kb.reading!, readQuestion(q, kb.reading!.lexicon)).terms;
    expect(terms('who met the arristocracy?').find((t) => t.word === 'arristocracy')?.absent).toBe(false);
    expect(terms('what did the ex-aristocracy say?').find((t) => t.word === 'ex-aristocracy')?.absent).toBe(false);
    expect(terms('who met the non-aristocracy?').find((t) => t.word === 'non-aristocracy')?.absent).toBe(true);
    // "ministry" is two edits from "minist", but an English word the articles lack: no typo.
    expect(terms('who met the ministry?').find((t) => t.word === 'ministry')?.absent).toBe(true);
  });
});
