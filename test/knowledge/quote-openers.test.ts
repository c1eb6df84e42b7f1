/**
 * A pronoun that opens a quotation is capitalised, and the model tags it a proper noun: '"Everything we
 * have seen points to the switch," said Piotr Zawadzki' named someone "Everything", who then answered
 * "where was the train headed?" ("Where: Everything").
 */
import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../src/knowledge/reading.ts';
import { parse } from '../../src/knowledge/nlp.ts';

const names = (text: string) => {
  const { tokens, spans } = parse(text);
  return mentionsOf(tokens, spans)
    .filter((m) => m.type === 'name')
    .map((m) => m.text);
};

describe('a pronoun opening a quotation', () => {
  it('is no name', () => {
    expect(names('"Everything we have seen points to the switch," said Piotr Zawadzki.')).toEqual(['Piotr Zawadzki']);
    expect(names('"Nobody plans for a 99-degree day," said Daniel Whitfield.')).toEqual(['Daniel Whitfield']);
  });
});
