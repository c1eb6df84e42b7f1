/**
 * Who did the verb, read from word order: a country may act ("Turkey prevented …"), a name
 * before a noun the question uses as a verb says nothing of who did it ("the G20 meeting" for
 * "did Obama meet …"), and a name after a preposition is no verb's subject ("did the meeting
 * in Sochi last?"). A name that is the subject of the asked verb in the question and not in
 * the sentence still refuses ("Who did Edgar marry?" against "Malcolm married Edgar's sister").
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, bestFor } from '../support/article-pack.ts';

const place = (name: string, paragraph: number) => ({
  id: name.toLowerCase(),
  name,
  kind: 'place',
  aliases: [],
  summary: 'A place.',
  paragraphs: [paragraph],
});

describe('subjects of the asked verb', () => {
  const body = [
    'One example was that Turkey prevented the Kurdish delegation from attending.',
    'Barack Obama and Vladimir Putin held talks on the sidelines of the Paris G20 meeting in November.',
    'The Sochi meeting between the Russian President and the US Secretary of State lasted nearly four hours.',
    "King Malcolm III of Scotland married Edgar's sister Margaret in 1070.",
    'The programme in Moscow includes talks with officials.',
  ].join('\n\n');
  const index = createKnowledgeBase([
    articlePack('p', body, { title: 'P', entities: [place('Turkey', 2), place('Moscow', 6)] }),
  ]).reading!;

  it('takes a country that acts as the answer to "who"', () => {
    const { top, refused } = bestFor(index, 'who stopped the Kurdish delegation from attending');
    expect(refused).toBeUndefined();
    expect(top.answers.map((m) => m.text)).toContain('Turkey');
  });

  it('does not take a place after a preposition for the one who acts', () => {
    const { top, refused } = bestFor(index, 'who includes talks with officials?');
    expect(top.reading.sentence.text).toContain('Moscow');
    expect(top.answers.map((m) => m.text)).not.toContain('Moscow');
    expect(refused).toBe('no-answer-type');
  });

  it('does not read "the G20 meeting" as someone other than Obama meeting', () => {
    const { top, refused } = bestFor(index, 'When did Obama meet Putin in Paris?');
    expect(top.reading.sentence.text).toContain('G20 meeting');
    expect(refused).toBeUndefined();
  });

  it('does not read a name after a preposition as the subject of the verb', () => {
    const { top, refused } = bestFor(index, "how long did the President's meeting in Sochi last?");
    expect(top.reading.sentence.text).toContain('four hours');
    expect(refused).toBeUndefined();
  });

  it('still refuses when the sentence gives the verb another subject', () => {
    const { top, refused } = bestFor(index, 'Who did Edgar marry?');
    expect(top.reading.sentence.text).toContain('Malcolm');
    expect(refused).toBeDefined();
  });
});
