/**
 * "Who speaks for the action group" asks for its spokesperson, not for whoever speaks: the
 * group the question names is no answer even where the group itself says something.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { buildLexicon, GENERAL_LEXICON, termKey } from '../../src/knowledge/lexicon/lexicon.ts';
import { articlePack, bestFor } from '../support/article-pack.ts';

const lexicon = buildLexicon(GENERAL_LEXICON);
const group = {
  id: 'action-group',
  name: 'Stanning Cross Action Group',
  kind: 'group',
  aliases: [],
  summary: 'Residents against the data centre.',
  paragraphs: [2],
};
const text =
  'The Stanning Cross Action Group, which says it has 870 members, handed in a petition. ' +
  'Its spokeswoman, Helen Garside, said villages had lived under a hosepipe ban.';
const index = createKnowledgeBase([articlePack('p', text, { title: 'P', entities: [group] })]).reading!;

describe('who speaks for someone', () => {
  it('asks for a spokesperson, not for what was said', () => {
    const frame = readQuestion('who speaks for the action group', lexicon);
    expect(frame.saidBy).toBe(false);
    expect(frame.terms[0]!.related).toContain(termKey('spokeswoman'));
    expect(readQuestion('who said the plans were wrong', lexicon).saidBy).toBe(true);
  });

  it('is answered by the spokeswoman, not by the group it names', () => {
    expect(bestFor(index, 'who speaks for the stanning cross action group').top.answers.map((m) => m.text)).toContain(
      'Helen Garside',
    );
    const said = bestFor(index, 'who said something about the stanning cross action group').top;
    expect(said.answers.map((m) => m.text)).not.toContain('Stanning Cross Action Group');
  });
});
