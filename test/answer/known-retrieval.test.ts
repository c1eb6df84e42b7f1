/**
 * A sentence of the article in focus is scored when a name the question says is among the
 * names and roles of what it names, though its own words do not hold it: "who runs the VWRA"
 * reaches the chief executive's sentence that only says "the authority's".
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, askerOf } from '../support/article-pack.ts';

const entities = [
  {
    id: 'vwra',
    name: 'Vale Water Regulatory Authority',
    kind: 'organisation',
    aliases: ['VWRA'],
    summary: 'The water regulator.',
    paragraphs: [2],
  },
  {
    id: 'priya-ramaswamy',
    name: 'Priya Ramaswamy',
    kind: 'person',
    aliases: ['Ramaswamy'],
    role: 'VWRA chief executive',
    summary: 'Head of the regulator.',
    paragraphs: [3],
  },
];
const text =
  'The VWRA confirmed the new tiered tariffs on Monday.\n\n' +
  '"Essential use should be affordable," said Priya Ramaswamy, the authority\'s chief executive.';

describe('sentences known by what they name', () => {
  it('are scored when only their names and roles hold the question', () => {
    const ask = askerOf(createKnowledgeBase([articlePack('p', text, { title: 'Water tariffs', entities })]));
    const { card } = ask('who runs the VWRA');
    expect(JSON.stringify(card.title)).toContain('Priya Ramaswamy');
  });
});
