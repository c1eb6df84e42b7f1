/**
 * The general lexicon's words for who leads an organisation: "in charge" reads as "lead",
 * which meets "chair", "president", "director" and the like, and the titles of a company's
 * officers meet their short forms ("chief technology officer" and "CTO").
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { buildLexicon, GENERAL_LEXICON } from '../../src/knowledge/lexicon/lexicon.ts';
import { parse } from '../../src/knowledge/nlp.ts';
import { keysOf } from '../../src/knowledge/reading.ts';

const lexicon = buildLexicon(GENERAL_LEXICON);
const keys = (text: string) => keysOf(parse(text).tokens, lexicon).keys;

describe('who leads an organisation', () => {
  it('reads "in charge of" as leading, which meets a chair or a president', () => {
    const lead = readQuestion("Who's in charge of the residents' group?", lexicon).terms.find((t) => t.word === 'in');
    expect(lead?.key).toBe(lexicon.key('lead'));
    expect(lead?.related).toEqual(expect.arrayContaining([lexicon.key('chair'), lexicon.key('president')]));
  });

  it("keys a company officer's title as its short form", () => {
    expect(keys('the chief technology officer')).toEqual(keys('the CTO'));
  });
});
