/**
 * A word that only says "a person" ("guy", "woman", "bloke") is no word a sentence must hold: "who's the guy in
 * charge?" asks who leads, and the sentence that answers names a director, never a guy. Counted ("how many men")
 * or qualifying another noun ("the women's race"), it stays a word to find.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { GENERAL_LEXICON, buildLexicon } from '../../src/knowledge/lexicon/lexicon.ts';
import { renderText } from '../../src/render/text.ts';
import { articlePack, askerOf } from '../support/article-pack.ts';

const lexicon = buildLexicon(GENERAL_LEXICON);
const words = (question: string) => readQuestion(question, lexicon).terms.map((t) => t.word.toLowerCase());

describe('words that only say "a person"', () => {
  it('are no terms of the question', () => {
    expect(words("who's the guy in charge of the museum")).not.toContain('guy');
    expect(words('how old is the woman who found it')).not.toContain('woman');
  });

  it('stay terms when counted or when they qualify another noun', () => {
    expect(words('how many men were in the army')).toContain('men');
    expect(words("who won the women's race")).toContain('women');
  });

  it('let the person who leads answer "who is the guy in charge"', () => {
    const kb = createKnowledgeBase([
      articlePack(
        'museum',
        'The Tarrow Museum reopened on Saturday after a two-year repair of its roof.\n\n' +
          '"We waited a long time for this," said Ines Valcourt, 49, the museum\'s director, who led the repair.',
      ),
    ]);
    const reply = askerOf(kb)("who's the guy in charge");
    expect(reply.found).toBe(true);
    expect(renderText(reply)).toContain('Ines Valcourt');
  });
});
