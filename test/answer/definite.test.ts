/**
 * Read once: "the council" after "Ashworth District Council" stands for the council, so a
 * question that names it meets the sentence that does not (read-pack.ts).
 */
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/knowledge/article.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { Pack } from '../../src/knowledge/schema.ts';

const data = Pack.parse({
  id: 'p',
  title: 'P',
  published: '2024-03-04',
  source: 'test',
  timezone: 'UTC',
  summary: 'A test article.',
  entities: [
    {
      id: 'ashworth-council',
      name: 'Ashworth District Council',
      kind: 'organisation',
      aliases: ['Ashworth council'],
      summary: 'A council.',
      paragraphs: [2],
    },
  ],
});
const text = [
  'P',
  'The council will appeal, a spokesman said.',
  "Ashworth District Council approved the plan. The council's leader, Janet Prosser, said it was a good day.",
  'The river council of elders met too.',
].join('\n\n');
const [, before, named, after, other] = createKnowledgeBase([
  { id: 'p', data, paragraphs: splitParagraphs(text), dir: '.' },
]).reading!.ofPack('p');

describe('"the" and the last word of an organisation\'s name', () => {
  it('stands for the organisation named before it', () => {
    expect(named!.entities).toContain('ashworth-council');
    expect(after!.entities).toContain('ashworth-council');
    expect(after!.known).toContain('ashworth');
  });

  it('stands for nothing before the organisation is named, nor without "the"', () => {
    expect(before!.entities).not.toContain('ashworth-council');
    expect(other!.entities).not.toContain('ashworth-council');
  });
});
