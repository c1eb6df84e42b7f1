/**
 * Read once: "the council" after "Ashworth District Council" stands for the council, so a
 * question that names it meets the sentence that does not (read-pack.ts).
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';

const council = {
  id: 'ashworth-council',
  name: 'Ashworth District Council',
  kind: 'organisation',
  aliases: ['Ashworth council'],
  summary: 'A council.',
  paragraphs: [2],
};
const text = [
  'The council will appeal, a spokesman said.',
  "Ashworth District Council approved the plan. The council's leader, Janet Prosser, said it was a good day.",
  'The river council of elders met too.',
].join('\n\n');
const [, before, named, after, other] = createKnowledgeBase([
  articlePack('p', text, { title: 'P', entities: [council] }),
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
