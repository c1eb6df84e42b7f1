/**
 * A quotation over several sentences is one speaker's words: its sentences all take the speaker
 * that one of them names, and "what did X say?" quotes the rest of it after the best sentence.
 */
import { describe, expect, it } from 'vitest';
import { quotationRuns, quotedBy } from '../../src/knowledge/quotation.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { renderText } from '../../src/render/text.ts';
import { articlePack, askerOf, readingOf } from '../support/article-pack.ts';

const QUOTED = [
  'Okafor saved three match points in the second set.',
  `"I was one shot from going home, and now I'm holding the trophy. I still can't believe it," Okafor said.`,
  'He dedicated the win to his grandfather.',
];

describe('quotations over several sentences', () => {
  it('finds the sentences one quotation spans, by its marks alone', () => {
    expect(
      quotationRuns(['"I was one shot from home.', 'I still can\'t believe it," Okafor said.', 'He won.']),
    ).toEqual([[0, 1]]);
    expect(quotationRuns(['He said: “We will win.', 'We always do.', 'Trust us,” he added.'])).toEqual([[0, 1, 2]]);
    expect(quotationRuns(['"We won," he said.', 'Then he left.'])).toEqual([]);
  });

  it('gives every sentence of the quotation its speaker', () => {
    const readings = readingOf(QUOTED.join('\n\n')).ofPack('p');
    const spoken = readings.filter((r) => r.sentence.text.includes('trophy') || r.sentence.text.includes('believe'));
    expect(spoken).toHaveLength(2);
    expect(spoken.map((r) => r.speaker)).toEqual(['Okafor', 'Okafor']);
  });

  it('quotes the whole quotation for "what did Okafor say?"', () => {
    const ask = askerOf(createKnowledgeBase([articlePack('final', QUOTED.join('\n\n'), { title: 'Okafor wins' })]));
    const text = renderText(ask('what did Okafor say?'));
    expect(text).toContain("I still can't believe it");
    expect(text).toContain('one shot from going home');
  });

  it('gives a bare quotation the speaker of the sentence before it', () => {
    const said = ['"We leave at six," she said.', '"Nobody eats in the dark."', 'Then it rained.', '"Why?"'];
    expect([...quotedBy(said, ['Meta', undefined, undefined, undefined])]).toEqual([[1, 'Meta']]);
    // The first sentence of a paragraph has no sentence before it to go on from.
    expect([...quotedBy(['"Nobody eats in the dark."'], [undefined])]).toEqual([]);
  });

  it('quotes a speaker\'s next words, written as a bare quotation, for "what did the restaurant owner say?"', () => {
    const paragraph =
      'Tourism businesses backed the change, said Klodiana Meta, who runs a seafront restaurant in Sarande. ' +
      '"In October my customers leave at six because it is dark," she said. "Tourists do not eat dinner in the dark."';
    const ask = askerOf(createKnowledgeBase([articlePack('clocks', paragraph, { title: 'Clocks' })]));
    expect(renderText(ask('what did the restaurant owner in sarande say?'))).toContain('Tourists do not eat dinner');
  });
});
