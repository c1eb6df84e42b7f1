/**
 * "What did X say?" is answered by what X says: a sentence X speaks holds X as fully as one that
 * names X, so the quote outranks the sentence that only introduces X. "What do doctors think?"
 * asks a group's stance, which news reports without quoting anyone: no speaker is required.
 */
import { describe, expect, it } from 'vitest';
import { answerReply, rankCandidates } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import type { Reply } from '../../src/core/reply.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, askerOf } from '../support/article-pack.ts';

const kb = createKnowledgeBase([
  articlePack(
    'blackout',
    [
      'A fire at a substation cut power to 310,000 homes in Valparaíso on Monday.',
      "Enervalle's chief executive, Ignacio Ferrada, 58, apologised at a press conference on Tuesday.",
      '"We failed the people of this city, and I take full responsibility," he said.',
      "Doctors' groups were divided over the response.",
      'The local mayor, Ron Campbell, said workers were worried. ' +
        '"People here have families. They need certainty," he said.',
    ].join('\n\n'),
    {
      title: 'Substation fire leaves Valparaíso in the dark',
      entities: [
        {
          id: 'enervalle',
          name: 'Enervalle',
          kind: 'organisation',
          aliases: [],
          summary: 'The grid.',
          paragraphs: [2],
        },
        {
          id: 'campbell',
          name: 'Ron Campbell',
          kind: 'person',
          aliases: [],
          role: 'mayor',
          summary: 'The local mayor.',
          paragraphs: [6],
        },
        {
          id: 'ferrada',
          name: 'Ignacio Ferrada',
          kind: 'person',
          aliases: ['Ferrada'],
          summary: "Enervalle's chief executive.",
          paragraphs: [3, 4],
        },
      ],
    },
  ),
]);
const ask = askerOf(kb);

const firstQuote = (reply: Reply) => reply.card.blocks.find((b) => b.type === 'quote')?.text ?? '';

describe('speech questions', () => {
  it('quotes what the asked person said before the sentence that introduces them', () => {
    expect(firstQuote(ask('what did Ignacio Ferrada say?'))).toContain('We failed the people of this city');
  });

  it('reads "he" in a follow-up as the person among the topics carried, not the company named before him', () => {
    const continuations = memoryContinuations(manualClock(new Date('2024-03-05')));
    const carried = { topics: ['Enervalle', 'Ignacio Ferrada'] };
    const reply = answerReply({ kb, question: 'what did he say?', page: 1, continuations, carried });
    expect(firstQuote(reply)).toContain('We failed the people of this city');
  });

  it('quotes the holder of a role asked alone, by the role the pack gives them', () => {
    const quotes = ask('what did the mayor say?').card.blocks.flatMap((b) => (b.type === 'quote' ? [b.text] : []));
    expect(quotes.join(' ')).toContain('They need certainty');
    // '"…," he said' is the mayor's by his entity, and the quotation is found by what it is known by: his role.
    const quote = kb.reading!.ofPack('blackout').find((r) => r.sentence.text.startsWith('They need certainty'));
    expect(quote?.speaker).toBe('campbell');
    const frame = readQuestion('what did the mayor say?', kb.reading!.lexicon);
    const found = rankCandidates(kb.reading!, frame).map((r) => r.candidate.reading.sentence.text);
    expect(found).toContain('"People here have families.');
  });

  it('answers what a group thinks from a sentence that quotes no one', () => {
    const reply = ask('what do doctors think?');
    expect(reply.found).toBe(true);
    expect(firstQuote(reply)).toContain('Doctors');
  });
});
