/**
 * A run of questions about one story: "who was the judge?" after a question about a libel
 * ruling is about that ruling, though another loaded story has a judge too. The core keeps
 * the article each person was last answered from in each channel for half an hour
 * (`recent-article.ts`), and the answer pipeline prefers it when it answers nearly as well
 * (`briefing/ask/recent.ts`).
 */
import { describe, expect, it } from 'vitest';
import ask from '../../commands/ask.ts';
import { answerReply } from '../../src/briefing/ask/answer.ts';
import { manualClock } from '../../src/core/clock.ts';
import { defineCommand } from '../../src/core/command.ts';
import { card, reply } from '../../src/core/reply.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import type { Origin } from '../../src/core/incoming.ts';
import { RECENT_TTL_MS, recentArticles } from '../../src/core/recent-article.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';
import { channelOrigin, testCore } from '../support/core-harness.ts';

const kb = createKnowledgeBase([
  articlePack(
    'libel',
    'A chef has won her libel case against a restaurant critic at the High Court in London.\n\n' +
      'The judge, Mrs Justice Adeyemi, said the review was false and malicious.\n\n' +
      'The critic said his appeal would be heard in the autumn.',
    { title: 'Chef wins libel case against critic' },
  ),
  articlePack(
    'fraud',
    'A charity treasurer was jailed for four years at Kellbridge Crown Court on Friday.\n\n' +
      'The judge, Judge Harold Penrose, said he had betrayed the trust of the charity.\n\n' +
      'His appeal will be heard in March 2025.',
    {
      title: 'Treasurer jailed over charity fraud',
      events: [
        {
          id: 'appeal',
          title: "Treasurer's appeal heard",
          date: '2025-03',
          precision: 'month',
          phrase: 'in March 2025',
          summary: 'The appeal will be heard in March 2025.',
          paragraphs: [4],
        },
      ],
    },
  ),
]);
const continuations = memoryContinuations(manualClock(new Date('2024-03-05')));
const answer = (question: string, recentArticle?: string) =>
  answerReply({ kb, question, page: 1, continuations, ...(recentArticle ? { recentArticle } : {}) });

describe('the article of the conversation, in the answer pipeline', () => {
  it("keeps the conversation's story after a guess from another story, and moves to one it is sure of", () => {
    const guess = answer('what did the charity lose?', 'libel');
    expect(guess.card.caution).toBeDefined();
    expect(guess.article).toBeUndefined();
    const sure = answer('where is the charity based?', 'libel');
    expect(sure.card.caution).toBeUndefined();
    expect(sure.article).toBe('fraud');
  });

  it('goes to no other story for a light word its name holds: "who\'s the guy" is not "Guy de Lusignan"', () => {
    const stories = createKnowledgeBase([
      articlePack('frog', 'A new frog was found by a guide, Segundo Quishpe, 56, who heard it in 2024.', {
        title: 'New frog found in Ecuador',
      }),
      articlePack('crusade', 'Guy de Lusignan lost the kingdom of Jerusalem in 1187. The guy was captured.', {
        title: 'The crusades',
      }),
    ]);
    const asked = answerReply({
      kb: stories,
      question: "who's the guy",
      page: 1,
      continuations,
      recentArticle: 'frog',
    });
    expect(asked.article).not.toBe('crusade');
  });

  it('answers "what happens next?" from what the conversation\'s story says is to come', () => {
    const asked = answer('and what happens next?', 'libel');
    expect(asked.found).toBe(true);
    expect(JSON.stringify(asked.card.blocks)).toContain('appeal would be heard in the autumn');
    expect(asked.card.title).toBe('Chef wins libel case against critic');
  });

  it('answers a question that names no story from the article the asker was last answered from', () => {
    expect(answer('who was the judge?', 'libel').article).toBe('libel');
    expect(answer('who was the judge?', 'fraud').article).toBe('fraud');
  });

  it("answers from the conversation's story before another story's dated event", () => {
    // Both stories tell of an appeal: the fraud story's is a dated event, the libel story's a sentence.
    expect(answer('when will the appeal be heard?').article).toBe('fraud');
    expect(answer('when will the appeal be heard?', 'libel').article).toBe('libel');
  });

  it("says the conversation's story does not answer, rather than quote another story's sentence", () => {
    // Only the fraud story dates its hearing; the question has no word the libel story lacks. Asked on its own,
    // the libel story's "case" at "the High Court" is the best sentence and gives no day: the fraud story's day, a
    // runner-up well behind it, is a guess (answer.ts TYPED_FALLBACK). In the fraud story's conversation, it answers.
    expect(answer('what day was the court case?').found).toBe(false);
    expect(answer('what day was the court case?', 'fraud').card.title).toBe('When: Friday');
    const libel = answer('what day was the court case?', 'libel');
    expect(libel.found).toBe(false);
    expect(libel.card.kind).toBe('not-found');
  });

  it("takes a word like one of the conversation's story for no sign of another story", () => {
    const fete = createKnowledgeBase([
      articlePack(
        'fete',
        'Hundreds of children came to the village fete in Ashby.\n\nThe fete raised £2,000 for the school roof.',
        { title: 'Village fete raises £2,000' },
      ),
      articlePack(
        'party',
        'A party for kids at the Dunmore leisure centre was cancelled on Sunday after a flood.\n\n' +
          'The centre will reopen on Monday.',
        { title: 'Leisure centre flood' },
      ),
    ]);
    const asked = (recentArticle?: string) =>
      answerReply({
        kb: fete,
        question: 'when did the kids come?',
        page: 1,
        continuations,
        ...(recentArticle ? { recentArticle } : {}),
      });
    expect(asked().card.title).toBe('When: Sunday');
    // The fete's "children" are the question's "kids": the fete does not say when.
    expect(asked('fete').found).toBe(false);
  });

  it('still answers from another story when the question points there', () => {
    expect(answer('who was the judge in the charity fraud case?', 'libel').article).toBe('fraud');
    expect(answer('how long was the treasurer jailed for?', 'libel').card.title).toBe('Four years');
  });
});

describe("a thread's topics", () => {
  it('fill in a follow-up with nothing of its own to find, not one with words of its own', () => {
    const awards = createKnowledgeBase([
      articlePack(
        'award',
        'The judge, Mrs Justice Adeyemi, ruled for the chef on Thursday.\n\nThe review had run in March.\n\n' +
          'Bookings fell by a third after it.\n\nThe chef was awarded £85,000 in damages.',
        { title: 'Chef wins libel case' },
      ),
    ]);
    const carried = { topics: ['Mrs Justice Adeyemi'] };
    // The thread's judge is not in the sentence that answers: read as asked, the question is answered.
    const award = answerReply({ kb: awards, question: 'how much was she awarded?', page: 1, continuations, carried });
    expect(award.card.title).toBe('£85,000');
  });
});

describe('the article of the conversation, in the core', () => {
  const other: Origin = { ...channelOrigin, user: { id: 'u2', name: 'Bo' } };
  const asked = (origin: Origin, question: string) =>
    testCoreRun.core.handle({ ...origin, type: 'command', name: 'ask', options: { question } });
  const testCoreRun = testCore([ask], kb, new Date('2024-03-05T09:00:00Z'));

  it('carries the story of the last answer to the same person in the same channel, for half an hour', async () => {
    // Without a conversation, the fraud story answers; after a question about the libel case, the libel one.
    expect((await asked(channelOrigin, 'who was the judge?')).article).toBe('fraud');
    expect((await asked(channelOrigin, 'what did the libel critic write?')).article).toBe('libel');
    expect((await asked(channelOrigin, 'who was the judge?')).article).toBe('libel');
    // Someone else in the channel has their own conversation.
    expect((await asked(other, 'who was the judge?')).article).toBe('fraud');
    // Half an hour on, the conversation is over.
    testCoreRun.clock.advance(RECENT_TTL_MS + 1);
    expect((await asked(channelOrigin, 'who was the judge?')).article).toBe('fraud');
  });
});

describe("the article of the conversation, on a button's next page", () => {
  // Answers from the article its question names, and says which article it was read with.
  const echo = defineCommand({
    name: 'ask',
    description: 'Answers from the article named',
    options: [{ name: 'question', type: 'string', description: 'An article id', required: true, rest: true }],
    run: ({ options, page, recentArticle, recentAt }) => ({
      ...reply(card({ kind: 'answer', title: `page ${page}, read with ${recentArticle ?? 'none'} at ${recentAt}` })),
      article: options.question,
      at: String(options.question).length,
      hasMore: true,
    }),
  });

  it('ranks as the first page did, with the article of the conversation then', async () => {
    const { core } = testCore([echo]);
    const ask = (question: string) =>
      core.handle({ ...channelOrigin, type: 'command', name: 'ask', options: { question } });
    await ask('libel');
    const first = await ask('fraud');
    expect(first.card.title).toBe('page 1, read with libel at 5');
    await ask('flood');
    const more = first.card.buttons.find((b) => b.action === 'more')!;
    const second = await core.handle({ ...channelOrigin, type: 'action', action: 'more', value: more.value });
    expect(second.card.title).toBe('page 2, read with libel at 5');
  });
});

describe('recentArticles', () => {
  it('keeps one article per person and channel, until its time to live runs out', () => {
    const clock = manualClock(new Date('2024-03-05T09:00:00Z'));
    const recent = recentArticles(clock, 1000);
    recent.note(channelOrigin, 'libel', [], 7);
    expect(recent.get(channelOrigin)).toBe('libel');
    expect(recent.at(channelOrigin)).toBe(7);
    expect(recent.get({ ...channelOrigin, channel: { id: 'c2', isDirect: false } })).toBeUndefined();
    clock.advance(1000);
    expect(recent.get(channelOrigin)).toBeUndefined();
  });

  it('forgets the oldest conversation first when it holds as many as it may', () => {
    const recent = recentArticles(manualClock(new Date('2024-03-05T09:00:00Z')), 1000, 2);
    const user = (id: string): Origin => ({ ...channelOrigin, user: { id } });
    recent.note(user('a'), 'one');
    recent.note(user('b'), 'two');
    recent.note(user('a'), 'three');
    recent.note(user('c'), 'four');
    expect(recent.get(user('b'))).toBeUndefined();
    expect([recent.get(user('a')), recent.get(user('c'))]).toEqual(['three', 'four']);
  });
});
