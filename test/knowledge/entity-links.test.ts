/**
 * A sentence's names are linked to the pack's entities even where the text writes a
 * character the entity's name folds away: the apostrophe of "Traders' Association", the
 * hyphen of "Asante-Lund". An acronym links only where it is written in capitals.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';

const pack = articlePack(
  'market',
  "A petition organised by the Millbrook Traders' Association gathered 4,300 signatures.\n\n" +
    'The winner came when Kofi Asante-Lund curled a shot into the far corner.\n\n' +
    'Is There an Alternative to the Plan\n\n' +
    'IS fighters took the town.',
  {
    entities: [
      {
        id: 'traders',
        name: "Millbrook Traders' Association",
        kind: 'organisation',
        summary: 'A group.',
        paragraphs: [2],
      },
      { id: 'kofi', name: 'Kofi Asante-Lund', kind: 'person', summary: 'A winger.', paragraphs: [3] },
      { id: 'isil', name: 'ISIL', aliases: ['IS'], kind: 'group', summary: 'A militant group.', paragraphs: [5] },
    ],
  },
);
const readings = createKnowledgeBase([pack]).reading!.ofPack('market');
const linked = (at: number) => readings[at]!.mentions.filter((m) => m.entity).map((m) => m.entity);

describe('links to pack entities', () => {
  it('links a name the text writes with an apostrophe ("Traders\' Association")', () => {
    expect(linked(1)).toContain('traders');
  });

  it('links a hyphenated name ("Asante-Lund")', () => {
    expect(linked(2)).toContain('kofi');
  });

  it('links an acronym written in capitals only: "Is" opening a heading is no "IS"', () => {
    expect(linked(3)).not.toContain('isil');
    expect(linked(4)).toContain('isil');
  });
});
