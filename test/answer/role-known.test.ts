/**
 * A sentence that names someone, or stands for them with a pronoun, knows their role too:
 * "the Rovers boss" finds "He questioned the decision …" when the pack gives Lindqvist the role
 * "Rovers manager", though the sentence never says "Rovers".
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';

const text =
  'Rovers manager Gary Lindqvist said his side had switched off. ' +
  'He questioned the decision to allow the equaliser, saying goalkeeper Ollie Shaw had been impeded.';
const lindqvist = {
  id: 'gary-lindqvist',
  name: 'Gary Lindqvist',
  kind: 'person',
  aliases: ['Lindqvist'],
  summary: 'The Rovers manager.',
  paragraphs: [2],
};

const known = (role?: string) => {
  const entities = [{ ...lindqvist, ...(role ? { role } : {}) }];
  const index = createKnowledgeBase([articlePack('p', text, { title: 'P', entities })]).reading!;
  return index.ofPack('p').find((r) => r.sentence.text.startsWith('He questioned'))!.known;
};

describe("an entity's role", () => {
  it('is known to the sentences that stand for the entity', () => {
    expect(known('Rovers manager')).toContain('rover');
    expect(known()).not.toContain('rover');
  });
});
