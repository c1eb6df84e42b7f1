/**
 * An organisation is known by its initials too: "how much was the NERC grant" is answered by
 * the sentence that spells the Natural Environment Research Council out, and never writes NERC.
 */
import { describe, expect, it } from 'vitest';
import { acronymOf, acronymsOf } from '../../src/knowledge/acronym.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, bestFor } from '../support/article-pack.ts';

const council = {
  id: 'nerc',
  name: 'Natural Environment Research Council',
  kind: 'organisation',
  aliases: [],
  summary: 'A funder.',
  paragraphs: [1],
};
const text =
  'The dig was funded by a £420,000 grant from the Natural Environment Research Council. ' +
  'Volunteers from the village gave their weekends to it.';

describe('initials of a name', () => {
  it('are the capitalised words’ first letters, small words left out, three at least or two side by side', () => {
    expect(acronymOf('Natural Environment Research Council')).toBe('nerc');
    expect(acronymOf('Driver and Vehicle Licensing Agency')).toBe('dvla');
    expect(acronymOf('European Union')).toBe('eu');
    expect(acronymOf('United Nations')).toBe('un');
    expect(acronymOf('University of Stellbridge')).toBeUndefined();
    expect(acronymOf('the village hall committee')).toBeUndefined();
  });

  it('are also those of the name before a closing "of" and its place: the PUCT is the PUC', () => {
    expect(acronymsOf('Public Utility Commission of Texas')).toEqual(['puct', 'puc']);
    // Two words before "of" make no initials of their own: the FBI is never the "FB".
    expect(acronymsOf('Federal Bureau of Investigation')).toEqual(['fbi']);
  });

  it('meet the question that uses them, for an organisation of the pack', () => {
    const index = createKnowledgeBase([articlePack('p', text, { title: 'P', entities: [council] })]).reading!;
    const { top, refused } = bestFor(index, 'how much was the NERC grant');
    expect(refused).toBeUndefined();
    expect(top.reading.sentence.text).toContain('£420,000');
  });

  it('are no name of a person', () => {
    const person = { ...council, id: 'nora', name: 'Nora Eve Rhys Cole', kind: 'person' };
    const body = 'The dig was funded by a £420,000 grant from Nora Eve Rhys Cole.';
    const index = createKnowledgeBase([articlePack('p', body, { title: 'P', entities: [person] })]).reading!;
    expect(bestFor(index, 'how much was the NERC grant').refused).toBe('missing-term');
  });
});
