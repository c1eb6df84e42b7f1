/**
 * The pipeline's stages on a small pack written for the test (test/support/pipeline-fixture.ts):
 * what is read once at load, and each rule on its own. The abstention reasons and the answer
 * card are in pipeline-card.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { answerReply, rankCandidates } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { matchCandidate } from '../../src/briefing/ask/match.ts';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import { scoreCandidate } from '../../src/briefing/ask/rules.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { index, pack, rule, top } from '../support/pipeline-fixture.ts';

/** Whether each sentence of a one-paragraph article gives a reason. */
const reasons = (text: string) =>
  createKnowledgeBase([pack('why', `Why\n\n${text}`)])
    .reading!.ofPack('why')
    .slice(1)
    .map((r) => r.reason);

describe('reading once, at load', () => {
  it("annotates each sentence with typed mentions, entities, the pronoun's antecedent and the speaker", () => {
    const [first, second, third, fourth] = index.ofPack('harbour').slice(1);
    expect(first!.mentions.some((m) => m.type === 'date' && m.text === 'Monday')).toBe(true);
    expect(second!.entities).toContain('helen-okafor');
    expect(second!.speaker).toBe('helen-okafor');
    expect(third!.reason).toBe(true);
    expect(third!.mentions.some((m) => m.type === 'money')).toBe(true);
    expect(fourth!.antecedent).toBe('Helen Okafor');
    expect(fourth!.entities).toContain('helen-okafor');
  });

  it('reads a purpose as a reason: "in an effort to", "in a bid to", "so that"', () => {
    expect(reasons('Old diesel cars will be banned in an effort to cut pollution. The ban starts in May.')).toEqual([
      true,
      false,
    ]);
    expect(reasons('The club cut prices in a bid to fill the ground. Fares rose so that the line could pay.')).toEqual([
      true,
      true,
    ]);
  });

  it('reads what is to come: a future auxiliary, a plan or a schedule ("is expected to approve it")', () => {
    const ahead = (text: string) =>
      createKnowledgeBase([pack('next', `Next\n\n${text}`)])
        .reading!.ofPack('next')
        .slice(1)
        .map((r) => r.ahead);
    expect(
      ahead('The bill passed. It goes to the Seanad, which is expected to approve it. Ministers will meet.'),
    ).toEqual([false, true, true]);
  });

  it('reads a cause named by blame or a trigger as a reason ("the firm blamed a faulty change")', () => {
    expect(reasons('The firm blamed a faulty change. The strike was triggered by a pay offer. It rained.')).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('reads money however it is written: a sign before any number, pence or cents after', () => {
    const money = (text: string) =>
      createKnowledgeBase([pack('money', `Money\n\n${text}`)])
        .reading!.ofPack('money')
        .flatMap((r) => r.mentions.filter((m) => m.type === 'money').map((m) => m.text));
    expect(money('The trust opened a £14.2 million day-surgery hub.')).toEqual(['£14.2 million']);
    expect(money('The shares closed at 412 pence, and the bonds at 30 cents.')).toEqual(['412 pence', '30 cents']);
  });

  it('reads clock times the model leaves untyped', () => {
    const times = (text: string) =>
      createKnowledgeBase([pack('clock', `Clock\n\n${text}`)])
        .reading!.ofPack('clock')
        .flatMap((r) => r.mentions.filter((m) => m.type === 'time').map((m) => m.text));
    expect(times('Service was restored at 15:51, after a new certificate was issued.')).toEqual(['15:51']);
    expect(times('The ferry leaves at 7.15 pm on weekdays.')).toEqual(['7.15 pm']);
    expect(times('The index rose 2.35 on the day.')).toEqual([]);
  });

  it('reads ages as news writes them, and no other number as an age', () => {
    const ages = (text: string) =>
      createKnowledgeBase([pack('ages', `Ages\n\n${text}`)])
        .reading!.ofPack('ages')
        .flatMap((r) => r.mentions.filter((m) => m.type === 'age').map((m) => m.text));
    expect(ages('Desmond Achterberg, 58, of Pellham Road, was sentenced.')).toEqual(['58']);
    expect(ages('The winner came from 19-year-old winger Kofi Lund.')).toEqual(['19']);
    expect(ages('She died aged 88. He is 45 years old.')).toEqual(['88', '45']);
    expect(ages('The hub cost £14 million, and 9,000 operations, 12 theatres, were planned.')).toEqual([]);
    // After a person's "is" or "was", a bare number; after "aged", a count in words.
    expect(ages('Sandhu, who is 55 and has lived there since 1998, spoke.')).toEqual(['55']);
    expect(ages('The couple have two children, aged nine and 12.')).toEqual(['nine', '12']);
    expect(ages('He stole from customers aged between 78 and 96.')).toEqual(['78', '96']);
    expect(ages('The bridge is 120 metres long, and the fund was 40 in all.')).toEqual([]);
  });
});

describe('rules, each on its own', () => {
  const input = (q: string, i = 0) => {
    const { frame, ranked } = top(q);
    return {
      frame,
      candidate: ranked[i]!.candidate,
      packCoverage: new Map([['harbour', 1]]),
      bestBm25: ranked[0]!.candidate.bm25,
    };
  };

  it("coverage: a sentence with all the question's words scores 1", () => {
    expect(rule('coverage').score(input('when will the terminal close?'))).toBe(1);
  });

  it('answer-type: a "how much" sentence must hold money or a number', () => {
    const { frame } = top('how much would repairs cost?');
    const withMoney = index.ofPack('harbour').find((r) => r.mentions.some((m) => m.type === 'money'))!;
    const without = index.ofPack('harbour')[1]!;
    const score = (r: typeof without) =>
      rule('answer-type').score({
        frame,
        candidate: matchCandidate(index, frame, retrieve(index, frame).terms, r),
        packCoverage: new Map(),
        bestBm25: 1,
      });
    expect(score(withMoney)).toBe(1);
    expect(score(without)).toBe(0);
  });

  it('answer-type: "who" prefers a person to an organisation, and a weekday is nobody', () => {
    const { frame } = top('who decided it?');
    const [, councilSentence, mayorSentence] = index.ofPack('harbour');
    const score = (r: typeof councilSentence) =>
      rule('answer-type').score({
        frame,
        candidate: matchCandidate(index, frame, retrieve(index, frame).terms, r!),
        packCoverage: new Map(),
        bestBm25: 1,
      });
    expect(score(mayorSentence)).toBe(1);
    expect(score(councilSentence)).toBeGreaterThan(0);
    expect(score(councilSentence)).toBeLessThan(1);
    expect(councilSentence!.mentions.some((m) => m.type === 'name' && m.text === 'Monday')).toBe(false);
  });

  it('answer-type: a name adding words to the question\'s ("Mayor Helen Okafor" for "the mayor") answers', () => {
    const { frame, ranked } = top('who is the mayor of northport?');
    const { candidate } = ranked.find((r) => r.candidate.reading.sentence.text.includes('Mayor Helen'))!;
    expect(frame.asks).toBe('person');
    expect(candidate.answers.map((m) => m.text)).toContain('Mayor Helen Okafor');
  });

  it('the name a pronoun stands for answers "who", never "where" ("She said …" is no place)', () => {
    const answers = (q: string) =>
      top(q).ranked.find((r) => r.candidate.reading.sentence.text.startsWith('She said'))!.candidate.answers;
    expect(answers('who said the council had no choice?').map((m) => m.text)).toContain('Helen Okafor');
    expect(answers('where did the council have no choice?').map((m) => m.text)).not.toContain('Helen Okafor');
  });

  it('a sentence that opens with a pronoun carries the words of the one before ("It was commissioned by Odo")', () => {
    const small = createKnowledgeBase([
      pack('art', 'Art\n\nThe most famous work is a long embroidery. It was commissioned by Odo, a bishop.'),
    ]);
    const frame = readQuestion('Who commissioned the embroidery?', small.reading!.lexicon);
    const [best] = rankCandidates(small.reading!, frame);
    expect(best!.candidate.reading.sentence.text).toMatch(/^It was commissioned/);
    expect(best!.candidate.matches.find((m) => m.term.word === 'embroidery')!.as).toBe('carried');
  });

  it('reads a season after "the", "next" or "last" as a date, so "by when" finds "by the spring"', () => {
    const small = createKnowledgeBase([
      pack('list', 'Lists\n\nMbeki expected the list to stabilise by the spring. The list grew in twelve months.'),
    ]);
    const [spring, months] = small.reading!.ofPack('list').slice(1);
    expect(spring!.mentions).toContainEqual(expect.objectContaining({ type: 'date', text: 'the spring' }));
    expect(months!.terms).toContain('12');
  });

  it('a close runner-up holding the asked type answers when the best sentence holds none; a far one does not', () => {
    const question = 'how much pre-tax profit did Corvane report this year?';
    const ask = (second: string) => {
      const small = createKnowledgeBase([
        pack(
          'results',
          `Results\n\nCorvane reported a rise in annual pre-tax profit this year, it said on Wednesday. ${second}`,
        ),
      ]);
      // The premise: the best sentence by the rules names no sum.
      const [first] = rankCandidates(small.reading!, readQuestion(question, small.reading!.lexicon));
      expect(first!.candidate.answers.filter((m) => m.type === 'money')).toEqual([]);
      const continuations = memoryContinuations(manualClock(new Date()));
      return answerReply({ kb: small, question, page: 1, continuations });
    };
    // It scores 0.93 of the best: it answers.
    const close = ask('Its profit this year reached £214.6 million.');
    expect(close.found).toBe(true);
    expect(close.card.title).toContain('£214.6 million');
    // 0.88 of the best: a runner-up that far behind is more often a guess at an unanswerable question.
    expect(ask('Its annual profit reached £214.6 million.').found).toBe(false);
  });

  it('reason: "why" prefers the sentence that gives a cause', () => {
    const { frame, ranked } = top('why will the terminal close?');
    expect(rule('reason').applies(frame)).toBe(true);
    expect(ranked[0]!.candidate.reading.reason).toBe(true);
  });

  it('speaker: "what did Okafor say" scores what she said, not what others said', () => {
    const { frame } = top('what did Okafor say?');
    const hers = index.ofPack('harbour').find((r) => r.speaker === 'helen-okafor')!;
    const theirs = index.ofPack('harbour').find((r) => r.sentence.text.startsWith('Ferry operator'))!;
    const score = (r: typeof hers) =>
      rule('speaker').score({
        frame,
        candidate: matchCandidate(index, frame, [], r),
        packCoverage: new Map(),
        bestBm25: 1,
      });
    expect(score(hers)).toBe(1);
    expect(score(theirs)).toBe(0);
  });

  it('article-focus: the pack that holds more of the question wins a tie', () => {
    const { frame, ranked } = top('when will the old ferry terminal close for repairs?');
    expect(ranked[0]!.candidate.reading.pack.id).toBe('harbour');
    expect(
      scoreCandidate({ frame, candidate: ranked[0]!.candidate, packCoverage: new Map([['harbour', 1]]), bestBm25: 1 })
        .parts['article-focus'],
    ).toBeGreaterThan(0);
  });
});
