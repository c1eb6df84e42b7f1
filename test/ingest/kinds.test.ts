/**
 * Kinds of names: a street's or a landscape's last word makes a place (unless the name is a
 * person's), and a name nothing marks takes the kind of the names it is listed with, when
 * the list really is one (it ends with "and" or "or", and its last name is not a modifier).
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/ingest/entities.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';

const kinds = (text: string) => Object.fromEntries(extractEntities(splitParagraphs(text)).map((e) => [e.name, e.kind]));

describe('kinds of names', () => {
  it('reads a street or a landscape by its last word, a person first', () => {
    const found = kinds(
      'Buses will use Church Lane from June. The fire spread across the Carrickmore Moors overnight. ' +
        'Project manager Min-jun Park said the bridge was safe.',
    );
    expect(found['Church Lane']).toBe('place');
    expect(found['Carrickmore Moors']).toBe('place');
    expect(found['Min-jun Park']).toBe('person');
  });

  it('gives a listed name the kind of the names beside it', () => {
    const found = kinds(
      'Residents of Holmby, Farrow Bridge and Upper Skelton were told to leave. ' +
        'Crews reached Farrow Bridge by midnight.',
    );
    expect(found['Upper Skelton']).toBe('place');
    // "Residents of" is the people of the place, not a title: the place is still listed.
    expect(found['Holmby']).toBe('place');
  });

  it('does not read an apposition or a modifier as a list', () => {
    const found = kinds(
      'The outage lasted six hours, said Laura Quennell, Kestrel Payments chief executive. ' +
        'The line-up includes fiddler Catriona Gillis and Mi\u2019kmaw singer-songwriter Jolene Sylliboy.',
    );
    expect(found['Kestrel Payments']).not.toBe('person');
    expect(found['Mi\u2019kmaw']).not.toBe('person');
  });
});
