/**
 * Organisation names the draft keeps whole: a name an acronym in brackets defines, "and"
 * included; a head noun alone ("Police") as the one organisation it ends; a title word
 * inside an institution's name ("General Hospital"); and "I" is nobody.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/ingest/entities.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';

const entities = (text: string) =>
  extractEntities(splitParagraphs(text)).map((e) => `${e.kind}: ${e.name}${e.aliases.length ? ` (${e.aliases})` : ''}`);

describe('organisation names', () => {
  it('joins a name an acronym defines across "and", and takes the acronym as its alias', () => {
    const found = entities(
      'Northmoor Fire and Rescue Service (NFRS) said the fire had spread.\n\n' +
        'Residents of Holmby, Farrow Bridge and Upper Skelton were told to leave. NFRS crews stayed overnight.',
    );
    expect(found).toContain('organisation: Northmoor Fire and Rescue Service (NFRS)');
    expect(found.join('\n')).not.toMatch(/: (Northmoor Fire|Rescue Service|NFRS)$/m);
    // Without an acronym whose letters agree, "and" still parts names.
    expect(found.join('\n')).toMatch(/: Farrow Bridge$/m);
    expect(found.join('\n')).toMatch(/: Upper Skelton$/m);
  });

  it('takes an acronym that skips words or takes two letters of one, when brackets define it', () => {
    const found = entities(
      'The Cambodian Mine Action and Victim Assistance Authority (CMAA) made the declaration.\n\n' +
        'Officials from the UK Health Security Agency (UKHSA) attended. The CMAA said the UKHSA had helped.',
    );
    expect(found).toContain('organisation: Cambodian Mine Action and Victim Assistance Authority (CMAA)');
    expect(found).toContain('organisation: UK Health Security Agency (UKHSA)');
    expect(found.join('\n')).not.toMatch(/: (CMAA|UKHSA|Cambodian Mine Action|Victim Assistance Authority)$/m);
  });

  it('does not join when the letters disagree', () => {
    const found = entities('Kestrel Mining and Halden Energy (KHX) signed the deal on Monday.');
    expect(found.join('\n')).not.toContain('Kestrel Mining and Halden Energy');
  });

  it('reads a head noun alone as the one organisation whose name ends with it', () => {
    const found = entities(
      'Millbrook Borough Council voted on Tuesday.\n\nCouncil officers said the square would close. ' +
        'Northmoor Police attended. Police said no one was hurt.',
    );
    expect(found).toContain('organisation: Millbrook Borough Council (Council)');
    expect(found).toContain('organisation: Northmoor Police (Police)');
  });

  it('keeps a title word that is part of an institution name, and finds no one in "I"', () => {
    const found = entities(
      'Two runners were treated at Harrowgate General Hospital. "I have never seen heat like it," said Ann Lowe.',
    );
    expect(found.join('\n')).toMatch(/organisation: Harrowgate General Hospital/);
    expect(found.join('\n')).not.toMatch(/: I$/m);
  });
});
