/**
 * "He" in a follow-up stands for the person the conversation is about, not for whoever the last quoted
 * sentence happens to name: "how much are they paying for him?" answered by a sentence about the old record's
 * holder leaves "how old is he?" about the striker (`answer.ts` keepingReferent, `card.ts` topicsOf). And "The
 * 23-year-old forward signed …" is about the person the sentence before names, as "He signed …" would be
 * (`knowledge/read-pack.ts`).
 */
import { describe, expect, it } from 'vitest';
import ask from '../../commands/ask.ts';
import type { Origin } from '../../src/core/incoming.ts';
import { topicsOf } from '../../src/briefing/ask/card.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, personEntity, readingOf } from '../support/article-pack.ts';
import { asking, channelOrigin, testCore } from '../support/core-harness.ts';

const person = (id: string, name: string, paragraphs: number[]) => personEntity(id, name, paragraphs, 'A footballer.');

const signing = articlePack(
  'signing',
  'Virtus Ancona have signed Brazilian striker Caio Mendonça from Vitória Guimarães for €38 million. ' +
    'The 23-year-old forward signed a five-year contract on Wednesday.\n\n' +
    'The fee nearly doubles the previous club record of €21.5 million paid for Serbian midfielder Luka Tadić, ' +
    'who was 27 when he joined in 2021.',
  {
    title: 'Ancona break their transfer record for a Brazilian striker',
    entities: [person('caio', 'Caio Mendonça', [2]), person('tadic', 'Luka Tadić', [3])],
  },
);
const storm = articlePack(
  'storm',
  'Storm Uri left 4.5 million homes without power in February 2021, and forecaster Dana Whitfield, 51, said the ' +
    'grid had never been so close to failing.',
  { title: 'Grid strained again', entities: [person('dana', 'Dana Whitfield', [2])] },
);

describe('who "he" stands for in a follow-up', () => {
  const run = testCore([ask], createKnowledgeBase([signing, storm]), new Date('2024-03-05T09:00:00Z'));
  const asked = asking(run.core);

  it('stays the person asked about when the answer quotes a sentence naming someone else', async () => {
    const origin: Origin = { ...channelOrigin, user: { id: 'u1' } };
    expect((await asked('who did ancona sign', origin)).topics?.[0]).toBe('Caio Mendonça');
    const paid = await asked('how much did they pay for him', origin);
    expect(paid.found).toBe(true);
    expect(paid.topics?.[0]).toBe('Caio Mendonça');
    const old = await asked('how old is he', origin);
    expect(old.card.title).toBe('23');
    // The sentence that tells his age does not name him: he is still who the thread is about.
    expect(old.topics?.[0]).toBe('Caio Mendonça');
  });

  it('is no person of another story the conversation was on before', async () => {
    const origin: Origin = { ...channelOrigin, user: { id: 'u2' } };
    expect((await asked('what did dana whitfield say about the grid', origin)).article).toBe('storm');
    const signed = await asked('ancona signed a brazilian striker?? whats his name', origin);
    expect(signed.article).toBe('signing');
    expect(signed.topics).not.toContain('Dana Whitfield');
  });
});

describe('a sentence opening on an age ("The 23-year-old forward …")', () => {
  it('is about the person the sentence before names', () => {
    const index = readingOf(
      'Caio Mendonça joined Ancona on Tuesday. The 23-year-old forward passed a medical in Rome.',
    );
    const aged = index.ofPack('p').find((r) => r.sentence.text.startsWith('The 23-year-old'))!;
    expect(aged.antecedent).toBe('Caio Mendonça');
  });
});

describe("an answer's topics", () => {
  it('keep first the person the question named, though the answering sentence does not name them', () => {
    const index = createKnowledgeBase([signing]).reading!;
    const fee = index.ofPack('signing').find((r) => r.sentence.text.startsWith('The fee'))!;
    expect(topicsOf(readQuestion('how much did they pay for Caio Mendonça', index.lexicon), fee)[0]).toBe(
      'Caio Mendonça',
    );
  });
});
