/**
 * The names a conversation's last answer was about, which a follow-up with nothing of its own to
 * find reads with ("how old is he?"): who the answer named, the story's protagonist when it named
 * no one, the one who answers "who". Kept with the article of the conversation (`recent-article.ts`).
 */
import { describe, expect, it } from 'vitest';
import ask from '../../commands/ask.ts';
import { answerReply } from '../../src/briefing/ask/answer.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import type { Origin } from '../../src/core/incoming.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';
import { channelOrigin, testCore } from '../support/core-harness.ts';

describe("the topics of the conversation's last answer", () => {
  const judges = createKnowledgeBase([
    articlePack(
      'libel',
      'A chef has won her libel case against a restaurant critic.\n\n' +
        'The judge, Mrs Justice Adeyemi, ruled for the chef on Thursday.\n\n' +
        'Mrs Justice Adeyemi, 58, has sat in the High Court since 2015.',
      {
        title: 'Chef wins libel case against critic',
        entities: [
          {
            id: 'adeyemi',
            name: 'Mrs Justice Adeyemi',
            kind: 'person',
            aliases: [],
            summary: 'A judge.',
            paragraphs: [3],
          },
        ],
      },
    ),
    articlePack(
      'fraud',
      'A charity treasurer was jailed on Friday.\n\nThe treasurer, Colin Marsh, 64, had taken £40,000.',
      { title: 'Treasurer jailed over charity fraud' },
    ),
  ]);
  const run = testCore([ask], judges, new Date('2024-03-05T09:00:00Z'));
  const asked = (origin: Origin, question: string) =>
    run.core.handle({ ...origin, type: 'command', name: 'ask', options: { question } });

  it('fill in a follow-up with nothing of its own to find, outside a thread too', async () => {
    const other: Origin = { ...channelOrigin, user: { id: 'u3', name: 'Cy' } };
    expect((await asked(channelOrigin, 'when did Mrs Justice Adeyemi rule?')).card.title).toBe('When: Thursday');
    expect((await asked(channelOrigin, 'how old is she?')).card.title).toBe('58');
    // "It" is no person: the judge is not what it stands for.
    expect((await asked(channelOrigin, 'how old is it?')).found).toBe(false);
    // Asked first, or by someone else, the question has nothing to go on.
    expect((await asked(other, 'how old is she?')).found).toBe(false);
    // A follow-up with words of its own is read as asked.
    expect((await asked(channelOrigin, 'how much had Colin Marsh taken?')).card.title).toBe('£40,000');
  });
});

describe("the story's protagonist, when an answer names no one", () => {
  const bank = createKnowledgeBase([
    articlePack(
      'bank',
      'A former bank manager who stole £1.3 million from elderly customers has been jailed for seven years.\n\n' +
        'Gareth Pryce, 51, admitted 23 counts of fraud at Carrow Crown Court on Monday.',
      {
        title: 'Bank manager jailed',
        entities: [
          {
            id: 'pryce',
            name: 'Gareth Pryce',
            kind: 'person',
            aliases: ['Pryce'],
            summary: 'A bank manager.',
            paragraphs: [3],
          },
        ],
      },
    ),
  ]);
  const run = testCore([ask], bank, new Date('2024-03-05T09:00:00Z'));
  const asked = (question: string) =>
    run.core.handle({ ...channelOrigin, type: 'command', name: 'ask', options: { question } });

  it('is named in the lead: a person first named further down is not what the story is about', () => {
    const rules = createKnowledgeBase([
      articlePack(
        'rules',
        'EU governments agreed rules on airline refunds on Wednesday.\n\n' +
          'The rules apply to all flights leaving an EU airport.\n\n' +
          'Parents can no longer be charged extra to sit next to children under 12.\n\n' +
          'The transport commissioner, Apostolos Tzitzikostas, welcomed the deal.',
        {
          title: 'EU agrees refund rules',
          entities: [
            {
              id: 'tzitzikostas',
              name: 'Apostolos Tzitzikostas',
              kind: 'person',
              aliases: [],
              summary: 'The transport commissioner.',
              paragraphs: [5],
            },
          ],
        },
      ),
    ]);
    const seats = answerReply({
      kb: rules,
      question: 'can parents be charged to sit with their children?',
      page: 1,
      continuations: memoryContinuations(manualClock(new Date('2024-03-05'))),
    });
    expect(seats.found).toBe(true);
    expect(seats.topics).toEqual([]);
  });

  it('is what "how old is he?" asks about next', async () => {
    const first = await asked('how long was the bank manager jailed for?');
    expect(first.card.title).toBe('Seven years');
    expect(first.topics).toEqual(['Gareth Pryce']);
    expect((await asked('how old is he?')).card.title).toBe('51');
  });
});

describe('the one who answers "who"', () => {
  const club = createKnowledgeBase([
    articlePack(
      'match',
      'Brøndby reached the group stage of the Europa League on Thursday.\n\n' +
        '"I have never heard this stadium so loud," said Brøndby\'s head coach, Frederik Birk, 42.',
      {
        title: 'Late penalty sends Brøndby through',
        entities: [
          {
            id: 'brondby',
            name: 'Brøndby',
            kind: 'organisation',
            aliases: [],
            summary: 'A club.',
            paragraphs: [2, 3],
          },
          { id: 'birk', name: 'Frederik Birk', kind: 'person', aliases: [], summary: 'A coach.', paragraphs: [3] },
        ],
      },
    ),
  ]);
  const run = testCore([ask], club, new Date('2024-03-05T09:00:00Z'));
  const asked = (question: string) =>
    run.core.handle({ ...channelOrigin, type: 'command', name: 'ask', options: { question } });

  it('is among the topics beside the one the question named, so "how old is he?" asks about him', async () => {
    const first = await asked("who is Brøndby's head coach?");
    expect(first.topics).toEqual(['Brøndby', 'Frederik Birk']);
    expect((await asked('how old is he?')).card.title).toBe('42');
  });
});
