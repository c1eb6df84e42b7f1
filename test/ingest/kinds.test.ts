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

  it('reads a given name and a surname as a person when nothing else marks the name', () => {
    const found = kinds(
      "In the wheelchair races, Priya Lal won the women's event for the third year running. " +
        'Daniel Kiprono outsprinted his compatriot Eliud Tanui in the final 400 metres. ' +
        'The new app comes from Pinwheel Interactive, and Kestrel Payments said it would appeal.',
    );
    expect(found['Priya Lal']).toBe('person');
    expect(found['Eliud Tanui']).toBe('person');
    // A firm's name may open with a word that is a given name somewhere; its everyday last word is no surname.
    expect(found['Pinwheel Interactive']).not.toBe('person');
    expect(found['Kestrel Payments']).not.toBe('person');
  });

  it('reads a firm by the last word of its name, whatever preposition comes before it', () => {
    const found = kinds(
      'About 140 staff work at Pinwheel Interactive in Dundee. ' +
        'The studio was bought in 2022 by Halcyon Entertainment. The app was tested by Lumen Health.',
    );
    expect(found['Pinwheel Interactive']).toBe('organisation');
    expect(found['Halcyon Entertainment']).toBe('organisation');
    expect(found['Lumen Health']).toBe('organisation');
  });

  it('reads no name in an ordinary word that opens a quote', () => {
    const found = kinds(
      'Gary Lindqvist questioned the decision, but added: "It\'s not why we lost." ' +
        'Lorraine Featherstone said: "This is good news for people waiting."',
    );
    expect(Object.keys(found).sort()).toEqual(['Gary Lindqvist', 'Lorraine Featherstone']);
  });

  it('reads a road number as a place, a party by its short name as an organisation, and a holiday as no name', () => {
    const found = kinds(
      'His car was swept off the B4410 near Ashcombe. Dr Kwame Asante said Labour held on only in Dunford. ' +
        'Drivers refused to work Sundays. A trading update will cover the Christmas period.',
    );
    expect(found['B4410']).toBe('place');
    expect(found['Labour']).toBe('organisation');
    expect(found['Sundays']).toBeUndefined();
    expect(found['Christmas']).toBeUndefined();
  });

  it('reads a named storm as an event, a team or a race as an organisation, and an era as no name', () => {
    const found = kinds(
      'Homes were flooded by Storm Imogen. Volunteers from the Hollinsdale Mountain Rescue Team found him. ' +
        'She won the Harrowgate City Marathon in Harrowgate. The villa was built in about AD 280.',
    );
    expect(found['Storm Imogen']).toBe('theme');
    expect(found['Hollinsdale Mountain Rescue Team']).toBe('organisation');
    expect(found['Harrowgate City Marathon']).toBe('organisation');
    expect(found['AD']).toBeUndefined();
  });

  it('reads no name in "I" and its contractions', () => {
    const found = kinds('"I kept thinking I\'d been an idiot, and I\'m lucky," said Graham Ellery.');
    expect(Object.keys(found)).toEqual(['Graham Ellery']);
  });

  it('does not read a name called by its first word alone as a person: that is how a firm is called', () => {
    const found = kinds(
      'Halvorsen Marine plc has agreed to acquire Corbett Subsea for £410 million. ' +
        '"Corbett gives us the deepwater fleet we have wanted," the chief executive said.',
    );
    expect(found['Corbett Subsea']).not.toBe('person');
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
