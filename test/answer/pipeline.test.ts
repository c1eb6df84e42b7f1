/**
 * The pipeline's stages on a small pack written for the test: each rule on its own, the
 * abstention reasons, and the answer card's shape.
 */
import { describe, expect, it } from 'vitest';
import { ABSTAIN, refusal } from '../../src/briefing/ask/abstain.ts';
import { answerReply, rankCandidates } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { matchCandidate } from '../../src/briefing/ask/match.ts';
import { retrieve } from '../../src/briefing/ask/retrieve.ts';
import { RULES, scoreCandidate } from '../../src/briefing/ask/rules.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import type { LoadedPack } from '../../src/knowledge/knowledge-base.ts';
import { Pack } from '../../src/knowledge/schema.ts';

const ARTICLE = [
  'Harbour council closes the old terminal',
  'The Northport Harbour Council voted on Monday to close the old ferry terminal. ' +
    'Mayor Helen Okafor said the building was falling into the sea.',
  'The terminal will close on 21 March because repairs would cost £4 million. She said the council had no choice.',
  'Ferry operator Bluewater Lines said passenger numbers have fallen by a third since 2019.',
].join('\n\n');

function pack(id: string, text: string): LoadedPack {
  const data = Pack.parse({
    id,
    title: `Article ${id}`,
    published: '2024-03-04',
    source: 'test',
    timezone: 'UTC',
    summary: 'A test article.',
    entities: [
      {
        id: 'helen-okafor',
        name: 'Helen Okafor',
        kind: 'person',
        aliases: ['Okafor'],
        role: 'Mayor',
        summary: 'Mayor.',
        paragraphs: [2],
      },
    ],
  });
  return { id, data, paragraphs: splitParagraphs(text), dir: '.' };
}

const kb = createKnowledgeBase([
  pack('harbour', ARTICLE),
  pack('other', 'Other news\n\nThe museum will close in May for repairs.'),
]);
const index = kb.reading!;
const ask = (q: string) =>
  answerReply({ kb, question: q, page: 1, continuations: memoryContinuations(manualClock(new Date())) });
const top = (q: string) => {
  const frame = readQuestion(q, index.lexicon);
  return { frame, ranked: rankCandidates(index, frame) };
};
const rule = (name: string) => RULES.find((r) => r.name === name)!;

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

  it('a close runner-up holding the asked type answers when the best sentence holds none', () => {
    const small = createKnowledgeBase([
      pack(
        'results',
        'Results\n\nCorvane reported a rise in annual pre-tax profit this year, it said on Wednesday. ' +
          'Its profit reached £214.6 million.',
      ),
    ]);
    const question = 'how much pre-tax profit did Corvane report this year?';
    // The premise: the best sentence by the rules names no sum.
    const [first] = rankCandidates(small.reading!, readQuestion(question, small.reading!.lexicon));
    expect(first!.candidate.answers.filter((m) => m.type === 'money')).toEqual([]);
    const reply = answerReply({
      kb: small,
      question,
      page: 1,
      continuations: memoryContinuations(manualClock(new Date())),
    });
    expect(reply.found).toBe(true);
    expect(reply.card.title).toContain('£214.6 million');
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

describe('abstaining on evidence', () => {
  it('refuses a "when" whose best sentence holds no date', () => {
    const { frame, ranked } = top('when did Bluewater Lines buy new ferries?');
    expect(refusal(frame, ranked[0]?.candidate)).toBeDefined();
  });

  it('refuses when a name of the question is nowhere near the best sentence', () => {
    const { frame, ranked } = top('how much did Mayor Johnson say repairs would cost?');
    expect(refusal(frame, ranked[0]!.candidate)).toBe('missing-term');
  });

  it('refuses "which company …" when the best sentence names no company, or anything else', () => {
    const small = createKnowledgeBase([
      pack('wing', 'Wing\n\nThe new wing has four theatres. Its builder, Halden Construction, finished it early.'),
    ]);
    const check = (q: string) => {
      const frame = readQuestion(q, small.reading!.lexicon);
      return refusal(frame, rankCandidates(small.reading!, frame)[0]!.candidate);
    };
    expect(check('Which construction company built the new wing?')).toBeUndefined();
    expect(check('Which architect designed the four theatres?')).toBe('no-answer-type');
  });

  it('answers "how many X" only with a number of X, or of something close to X', () => {
    const small = createKnowledgeBase([
      pack(
        'counts',
        'Counts\n\nThe company serves about 38,000 small retailers. ' +
          'Passenger numbers at the terminal fell by 40% in 2019.',
      ),
    ]);
    const check = (q: string) => {
      const frame = readQuestion(q, small.reading!.lexicon);
      const best = rankCandidates(small.reading!, frame)[0]!.candidate;
      return { why: refusal(frame, best), answers: best.answers.map((m) => m.text) };
    };
    expect(check('How many shops does the company serve?').answers).toContain('about 38,000');
    expect(check('How many passengers use the terminal each year?').why).toBe('no-answer-type');
  });

  it('refuses "what did X say" when in the best sentence nobody says anything', () => {
    const small = createKnowledgeBase([
      pack(
        'said',
        'Said\n\nCaptain Sean Whitlock scored a penalty after 19 minutes. Coach Ann Roe said the win was deserved.',
      ),
    ]);
    const check = (q: string) => {
      const frame = readQuestion(q, small.reading!.lexicon);
      return refusal(frame, rankCandidates(small.reading!, frame)[0]!.candidate);
    };
    expect(check('What did Sean Whitlock say after the penalty?')).toBe('no-answer-type');
    expect(check('What did Ann Roe say about the win?')).toBeUndefined();
  });

  it('does not offer the person the question names as the answer to "who"', () => {
    const small = createKnowledgeBase([
      pack('visit', 'Visit\n\nUS Secretary of State John Kerry has arrived in Moscow. Kerry will meet Vladimir Putin.'),
    ]);
    const answers = (q: string) => {
      const frame = readQuestion(q, small.reading!.lexicon);
      return rankCandidates(small.reading!, frame).flatMap((r) => r.candidate.answers.map((m) => m.text));
    };
    expect(answers('Who is Kerry meeting in Moscow?')).not.toContain('US Secretary of State John Kerry');
    expect(answers('Who is Kerry meeting in Moscow?')).toContain('Vladimir Putin');
  });

  it('does not offer a person as the place a "where" question asks for', () => {
    const small = createKnowledgeBase([
      pack('where', 'Where\n\nKerry has arrived in Moscow. Kerry will meet Helen Okafor on Tuesday.'),
    ]);
    const answers = (q: string) => {
      const frame = readQuestion(q, small.reading!.lexicon);
      return rankCandidates(small.reading!, frame).flatMap((r) => r.candidate.answers.map((m) => m.text));
    };
    expect(answers('where is Kerry now?')).toContain('Moscow');
    expect(answers('where is Kerry now?')).not.toContain('Helen Okafor');
  });

  it('answers when the sentence holds the asked type and the names', () => {
    const { frame, ranked } = top('how much would the repairs cost?');
    expect(refusal(frame, ranked[0]!.candidate, ABSTAIN)).toBeUndefined();
  });

  it('refuses when the question negates a word the sentence asserts, but not "why ... not"', () => {
    const small = createKnowledgeBase([
      pack('classes', 'Classes\n\nThe class P is strictly contained in EXPTIME, the theorem says.'),
    ]);
    const check = (q: string) => {
      const frame = readQuestion(q, small.reading!.lexicon);
      return refusal(frame, rankCandidates(small.reading!, frame)[0]!.candidate);
    };
    expect(check('What class is not strictly contained in EXPTIME?')).toBe('negation');
    expect(check('What class is strictly contained in EXPTIME?')).toBeUndefined();
  });

  it('refuses a negated "who"/"what" question whose sentence negates nothing, in any words', () => {
    const small = createKnowledgeBase([
      pack(
        'vote',
        'Vote\n\nThe council approved the plan on Monday. Councillor Ann Lowe voted against the plan on Monday.',
      ),
    ]);
    const best = (q: string) => {
      const frame = readQuestion(q, small.reading!.lexicon);
      const [first] = rankCandidates(small.reading!, frame);
      return { why: refusal(frame, first!.candidate), text: first!.candidate.reading.sentence.text };
    };
    const against = best('Who did not vote for the plan?');
    expect(against.text).toContain('voted against');
    expect(against.why).toBeUndefined();
    // The negated word is nowhere in the sentence, so only the sentence's lack of any negation refuses it.
    const approved = best('When was the plan not agreed by the council?');
    expect(approved.text).toContain('approved');
    expect(approved.why).toBe('negation');
  });

  it('refuses when the sentence says the opposite of a word of the question and not the word', () => {
    const small = createKnowledgeBase([
      pack('resources', 'Resources\n\nTime and space are the most well-known complexity resources.'),
    ]);
    const check = (q: string) => {
      const frame = readQuestion(q, small.reading!.lexicon);
      return refusal(frame, rankCandidates(small.reading!, frame)[0]!.candidate);
    };
    expect(check('What are the least well known complexity resources?')).toBe('opposite');
    expect(check('What are the most well known complexity resources?')).toBeUndefined();
  });

  it('reads a negating prefix as the opposite: "non-binary" against "binary"', () => {
    const small = createKnowledgeBase([
      pack('notation', 'Notation\n\nIntegers can be represented in binary notation for the encoding.'),
    ]);
    const check = (q: string) => {
      const frame = readQuestion(q, small.reading!.lexicon);
      return refusal(frame, rankCandidates(small.reading!, frame)[0]!.candidate);
    };
    expect(check('What can be represented in non-binary notation?')).toBe('opposite');
    expect(check('What can be represented in binary notation?')).toBeUndefined();
  });

  it('compares words of order and degree as written, since the index leaves them out', () => {
    const small = createKnowledgeBase([
      pack('repaid', 'Repaid\n\nAchterberg sold the house and repaid £290,000 before the hearing.'),
    ]);
    const check = (q: string) => {
      const frame = readQuestion(q, small.reading!.lexicon);
      return refusal(frame, rankCandidates(small.reading!, frame)[0]!.candidate);
    };
    expect(check('How much did Achterberg repay after the hearing?')).toBe('opposite');
    expect(check('How much did Achterberg repay before the hearing?')).toBeUndefined();
  });

  it('refuses when another word sits where the question has its own, between two of its words', () => {
    const small = createKnowledgeBase([
      pack(
        'graphs',
        'Graphs\n\nThe graph isomorphism problem is the problem of deciding whether two finite graphs are isomorphic.',
      ),
    ]);
    const check = (q: string) => {
      const frame = readQuestion(q, small.reading!.lexicon);
      return refusal(frame, rankCandidates(small.reading!, frame)[0]!.candidate);
    };
    expect(check('What is the graph isolation problem?')).toBe('substituted');
    expect(check('What is the graph isomorphism problem?')).toBeUndefined();
    // One neighbour alone is paraphrase as often as not ("the matching problem for graphs").
    expect(check('What is the matching problem for graphs?')).not.toBe('substituted');
  });
});

describe('the answer card', () => {
  it('puts the answer first, in bold, with the sentence and its ¶', () => {
    const r = ask('guys, how much would the repairs cost?');
    expect(r.found).toBe(true);
    expect(r.card.title).toBe('£4 million');
    expect(r.card.blocks[0]).toMatchObject({ type: 'quote', highlight: '£4 million', citation: { paragraph: 3 } });
  });

  it('heads the answer to who, when and where as pack events are headed', () => {
    expect(ask('when will the terminal close?').card.title).toBe('When: 21 March');
  });

  it('answers "who said …" with the one speaking, by the full name the pack knows', () => {
    // The sentence says "She said the council had no choice": the speaker, not a name in it, answers.
    expect(ask('who said the council had no choice?').card.title).toBe('Who: Helen Okafor');
    // The one who speaks, though another name sits nearer the question's words.
    const told = createKnowledgeBase([
      pack('told', 'Told\n\nGovernor Tom Reed was told by Okafor that the terminal was falling into the sea.'),
    ]);
    const reply = answerReply({
      kb: told,
      question: 'who said the terminal was falling into the sea?',
      page: 1,
      continuations: memoryContinuations(manualClock(new Date('2024-03-05'))),
    });
    expect(reply.card.title).toBe('Who: Helen Okafor');
  });

  it('says plainly when the briefing has no answer', () => {
    const r = ask('who won the election in Eastby?');
    expect(r.found).toBe(false);
    expect(r.card.title).toBe("That's not in the briefing");
  });
});
