/**
 * Typing slips (`typos.ts`): a lower-case question word that neither the dictionary nor any article holds is read
 * as the word one edit away, so a slip no longer makes the question ask about a word nothing holds.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { dictionaryOf, withSlipsFixed } from '../../src/briefing/ask/typos.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { renderText } from '../../src/render/text.ts';
import { articlePack, askerOf } from '../support/article-pack.ts';

const kb = createKnowledgeBase([
  articlePack(
    'petition',
    'A petition against closing the Harwick ferry was signed by 4,210 people, its organisers said on Monday.\n\n' +
      'The ferry will stop running on 1 March. Its owner, Brenmoor Lines, said fuel had become too expensive.',
  ),
]);
const dictionary = dictionaryOf(kb.reading!);

describe('typing slips', () => {
  it('reads two letters swapped, and a letter dropped, added or changed in a long word, as the word meant', () => {
    expect(withSlipsFixed('waht did tehy say', dictionary)).toBe('what did they say');
    expect(withSlipsFixed('how many ppl signed the petiton', dictionary)).toBe('how many ppl signed the petition');
    expect(withSlipsFixed('when was the petittion', dictionary)).toBe('when was the petition');
    expect(withSlipsFixed('why is fuel so expensove', dictionary)).toBe('why is fuel so expensive');
  });

  it('reads a slip only as a word that carries no topic or that an article holds', () => {
    // "lawyer" is one swap from "laywer", but no article holds it: the question is no better for it.
    expect(withSlipsFixed('which laywer signed', dictionary)).toBe('which laywer signed');
  });

  it('leaves words, names the articles hold, chat without apostrophes, short words and capitals alone', () => {
    const kept = 'who runs brenmoor, why dont they redo it, wasnt it moaning Ferrt, is it sel or pandas';
    expect(withSlipsFixed(kept, dictionary)).toBe(kept);
  });

  it('looks at a dozen unknown words at most, so that a line of noise costs no more than a question', () => {
    const many = Array.from({ length: 13 }, () => 'zqxjk').join(' ') + ' petiton';
    expect(withSlipsFixed(many, dictionary)).toBe(many);
  });

  it('lets a question with a slip be answered', () => {
    const frame = readQuestion('how many people signed the petiton?', kb.reading!.lexicon, dictionary);
    expect(frame.terms.map((t) => t.word)).toContain('petition');
    const reply = askerOf(kb)('how many people signed the petiton?');
    expect(reply.found).toBe(true);
    expect(renderText(reply)).toContain('4,210');
  });
});
