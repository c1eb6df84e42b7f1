/**
 * The pipeline on the small harbour pack (test/support/pipeline-fixture.ts): the abstention
 * reasons and the answer card's shape.
 */
import { describe, expect, it } from 'vitest';
import { ABSTAIN, refusal } from '../../src/briefing/ask/abstain.ts';
import { answerReply, rankCandidates } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { ask, pack, top } from '../support/pipeline-fixture.ts';

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

  it('heads an answer with no span by its topic, or by the story when the topic points back ("his excuse")', () => {
    const small = createKnowledgeBase([
      pack('excuse', 'Excuse\n\nHis excuse was a migraine, his lawyer told the court. The sentence was suspended.'),
    ]);
    const asked = (question: string) =>
      answerReply({ kb: small, question, page: 1, continuations: memoryContinuations(manualClock(new Date())) });
    expect(asked('what was his excuse').card.title).toBe('Article excuse');
    expect(asked('what was the sentence').card.title).toBe('Sentence');
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
