/**
 * WordNet's synonyms (`wordnet-synonyms.json`, `lexicon.synonyms`): a question's word is found in a sentence that
 * words it otherwise, where neither the lexicon's groups nor the word vectors meet them ("pupils" for "students",
 * "stop" for "cease"), and it counts less there than the word itself.
 */
import { describe, expect, it } from 'vitest';
import { FOUND, matchCandidate } from '../../src/briefing/ask/match.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import { GENERAL_LEXICON, buildLexicon, termKey } from '../../src/knowledge/lexicon/lexicon.ts';
import { renderText } from '../../src/render/text.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, askerOf } from '../support/article-pack.ts';

const lexicon = buildLexicon(GENERAL_LEXICON);
const kb = createKnowledgeBase([
  articlePack(
    'passes',
    'The Harwick Trust said on Monday that 412 pupils would get free bus passes from 1 March.\n\n' +
      'Its chair, Rosa Pell, said the scheme would cost 90,000 pounds a year.',
  ),
]);
const index = kb.reading!;

describe('WordNet synonyms', () => {
  it('gives a word its synonyms in its common senses, by index key', () => {
    expect(lexicon.synonyms(termKey('student'))).toContain(termKey('pupil'));
    expect(lexicon.synonyms(termKey('cease'))).toContain(termKey('stop'));
    // Names and words WordNet does not hold have none.
    expect(lexicon.synonyms(termKey('harwick'))).toEqual([]);
  });

  it('finds a question word through its synonym, counting less than the word itself', () => {
    const frame = readQuestion('how many students will get free bus passes?', index.lexicon);
    const { terms, candidates } = retrieve(index, frame);
    const best = candidates.find((c) => c.reading.sentence.text.includes('pupils'))!;
    const found = matchCandidate(index, frame, terms, best.reading, best.bm25).matches;
    expect(found.find((m) => m.term.word === 'students')?.as).toBe('synonym');
    expect(FOUND.synonym).toBeLessThan(FOUND.related);
  });

  it('lets such a question be answered from that sentence', () => {
    // No article holds "students": the sentence is retrieved by the synonym, and "412 pupils" counts them.
    const reply = askerOf(kb)('how many students?');
    expect(reply.found).toBe(true);
    expect(renderText(reply)).toContain('412');
  });
});
