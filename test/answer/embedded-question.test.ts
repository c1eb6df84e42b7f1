/**
 * "Did they say why it sank?", "do we know who built it?": a question word after a verb of saying or knowing
 * opens the question that is asked (`opening.ts`); the verb is no word to find. So does one after a break: "did u
 * see oman opened a plant?? where is it" asks where. A question word after a
 * noun ("is he the one who built it") opens a relative clause, and the question stays yes or no.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { buildLexicon, GENERAL_LEXICON } from '../../src/knowledge/lexicon/lexicon.ts';
import { articlePack, askerOf } from '../support/article-pack.ts';

const lexicon = buildLexicon(GENERAL_LEXICON);

describe('a question inside a yes-or-no question', () => {
  it.each([
    ['did they say why it sank', 'reason'],
    ['do we know who built it', 'person'],
    ['is it known where the meteorite landed', 'place'],
    ['did the minister say when the pipeline will be ready', 'time'],
    ['can u tell me who runs it', 'person'],
    ['did he explain why he quit', 'reason'],
    ['did u see oman opened a huge desalination plant?? where is it', 'place'],
    ['is it true they found a ship, who found it', 'person'],
    ['is he the one who built it', 'yes-no'],
    ['was the man who attacked her arrested', 'yes-no'],
  ])('%s → %s', (question, asks) => {
    expect(readQuestion(question, lexicon).asks).toBe(asks);
  });

  it('leaves the verb of saying out of the words to find', () => {
    const words = readQuestion('did the minister say when the pipeline will be ready', lexicon).terms.map(
      (t) => t.word,
    );
    expect(words).not.toContain('say');
    expect(words).toContain('pipeline');
  });

  it('is answered by the name it asks for', () => {
    const kb = createKnowledgeBase([
      articlePack(
        'dam',
        'A new dam on the Arda river was opened on Friday.\n\n' +
          'The dam was built by Kestner Bau, a firm from Linz, at a cost of €90 million.\n\n' +
          'It will supply power to 40,000 homes.',
        { title: 'Arda dam opens' },
      ),
    ]);
    const reply = askerOf(kb)('do we know who built the dam?');
    expect(reply.card.title).toBe('Who: Kestner Bau');
  });
});
