/**
 * "Has this happened before?" in a conversation asks for the story's precedents: it is answered by the sentence that
 * tells of an earlier time, not by the one after the last answer; "before" that dates something else ("before he
 * joined") asks nothing of the kind.
 */
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { tellsEarlier } from '../../src/briefing/ask/earlier.ts';
import { RULES } from '../../src/briefing/ask/rules.ts';
import { withCarried } from '../../src/briefing/ask/follow-up.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';

const BODY = [
  'The Vellmar reservoir fell to 3% of its capacity on Monday 9 November, the lowest level on record.',
  'Farmers below the dam have lost more than 1,200 cows to thirst.',
  'The water board said it would truck water to 40 villages from Friday.',
  'In 2015 the reservoir fell below 5%, and the board rationed water for four months.',
  'Rain is not forecast before the end of the month.',
].join('\n\n');
const kb = createKnowledgeBase([articlePack('dam', BODY)]);
const continuations = memoryContinuations(manualClock(new Date('2024-03-05')));
const ask = (question: string, recentAt: number) =>
  answerReply({ kb, question, page: 1, continuations, recentArticle: 'dam', recentAt });
const firstQuote = (question: string, recentAt: number) => {
  const quote = ask(question, recentAt).card.blocks.find((b) => b.type === 'quote');
  return quote?.type === 'quote' ? quote.text : undefined;
};

describe('what happened before', () => {
  it('is asked by "before" or "b4" that ends its clause, not by "before" that dates something else', () => {
    const earlier = (q: string) => readQuestion(q, kb.reading!.lexicon).earlier;
    expect(earlier('has this happened before?')).toBe(true);
    expect(earlier('have they tried this b4 tho')).toBe(true);
    expect(earlier('what did her son do before he joined')).toBe(false);
    expect(readQuestion('has this happened before?', kb.reading!.lexicon).terms).toEqual([]);
    // The thread's topics do not join it: "has this happened before Vellmar reservoir" would ask nothing of the kind.
    const question = 'has this happened before?';
    const carried = withCarried(readQuestion(question, kb.reading!.lexicon), question, { topics: ['Vellmar'] }, kb);
    expect(carried.earlier).toBe(true);
    // "Before" asks, so it is no word of order for the sentence to contradict ("since 1962").
    expect(carried.order).toEqual([]);
  });

  it('is told by a year without a weekday, or by words that look back ("has tried this before.")', () => {
    const told = (text: string) => {
      const pack = createKnowledgeBase([articlePack('one', text)]);
      return pack.reading!.ofPack('one').some((r) => r.sentence.text === text && tellsEarlier(r));
    };
    expect(told('In 2015 the reservoir fell below 5%.')).toBe(true);
    expect(told('The country has tried this before.')).toBe(true);
    expect(told('The board met on Monday 9 November.')).toBe(false);
    expect(told('The dam will be raised by 2027.')).toBe(false);
  });

  it('is answered in the conversation by the sentence that tells of an earlier time', () => {
    // The last answer quoted "Farmers below the dam have lost more than 1,200 cows to thirst." (the headline is 0).
    expect(firstQuote('has this happened before?', 2)).toContain('In 2015');
  });

  it('is a rule of its own: it applies to such questions only, and scores the sentences that look back', () => {
    const rule = RULES.find((r) => r.name === 'earlier')!;
    const lexicon = kb.reading!.lexicon;
    expect(rule.applies(readQuestion('has this happened before?', lexicon))).toBe(true);
    expect(rule.applies(readQuestion('how many cows have died?', lexicon))).toBe(false);
    const readings = kb.reading!.ofPack('dam');
    const scoreOf = (start: string) => {
      const reading = readings.find((r) => r.sentence.text.startsWith(start))!;
      const frame = readQuestion('has this happened before?', lexicon);
      const candidate = { reading, bm25: 0, matches: [], answers: [] };
      return rule.score({ frame, candidate, bestBm25: 1 } as unknown as Parameters<typeof rule.score>[0]);
    };
    expect(scoreOf('In 2015')).toBe(1);
    expect(scoreOf('Farmers below')).toBe(0);
  });
});
