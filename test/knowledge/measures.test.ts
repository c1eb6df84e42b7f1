/**
 * "How long is the villa?", "how deep did the water get?": a number with a unit of length,
 * area, volume, weight or speed is a measure, and questions of size ask for one.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { buildLexicon, GENERAL_LEXICON } from '../../src/knowledge/lexicon/lexicon.ts';
import { articlePack, askerOf, mentionTexts, readingOf } from '../support/article-pack.ts';

const text =
  'Archaeologists have found a Roman villa under the cricket pitch at Little Ashendon. ' +
  'The villa is about 45 metres long, and the dig lasted three weeks. ' +
  'Water will come through a 6.5km pipeline, and the walkers followed an eight-mile circuit. ' +
  'Floodwater in the square was 1.2 metres deep on Sunday.';

describe('temperatures and counts', () => {
  it('read a count hyphened to a unit of time as one duration ("a three-week dig")', () => {
    expect(mentionTexts('The three-week dig ended. It opens a 45-day consultation.', 'duration')).toEqual([
      'three-week',
      '45-day',
    ]);
  });

  it('read "33.1C" as a measure, never "C" as a name, and "how hot" asks for one', () => {
    const mentions = readingOf('His body temperature was 33.1C when he was found.').ofPack('p')[1]!.mentions;
    expect(mentions.filter((m) => m.type === 'measure').map((m) => m.text)).toEqual(['33.1 C']);
    expect(mentions.filter((m) => m.type === 'name')).toEqual([]);
    expect(readQuestion('how hot did it get', buildLexicon(GENERAL_LEXICON)).accepts[0]).toBe('measure');
  });

  it('read degrees and units of power as measures ("99 degrees", "71,430 megawatts")', () => {
    const text = 'San Antonio recorded 99 degrees as demand peaked at 71,430 megawatts and 2,500 MW was lost.';
    expect(mentionTexts(text, 'measure')).toEqual(['99 degrees', '71,430 megawatts', '2,500 MW']);
  });

  it('read a count written onto its unit as a measure, never a year ("a range of 500km")', () => {
    const text = 'It can carry 40 tonnes over a range of 500km on a single charge.';
    expect(mentionTexts(text, 'measure')).toEqual(['40 tonnes', '500 km']);
    expect(mentionTexts(text, 'date')).toEqual([]);
  });

  it('read the length of time in a time "later" or "ago" as a duration ("three and a half hours later")', () => {
    const text = 'The alert was lifted at 9:40 p.m., nearly three and a half hours later. He left two weeks ago.';
    expect(mentionTexts(text, 'duration')).toEqual(['nearly three and a half hours', 'two weeks']);
  });

  it('read three figures as a year by a word of time or an era ("in 911", "AD 280"), never "520 staff"', () => {
    const dates = (text: string) => mentionTexts(text, 'date');
    expect(dates('The cuts amount to about 27% of the company’s 520 staff.')).toEqual([]);
    expect(dates('The duchy began in 911 as a fiefdom.')).toEqual(['911']);
    expect(dates('Coins suggest it was built around AD 280. The city was founded 753 BC, legend says.')).toEqual([
      'AD 280',
      '753 BC',
    ]);
  });
});

describe('measures', () => {
  it('are read as mentions of their own, the count and its unit together', () => {
    const measures = mentionTexts(text, 'measure');
    expect(measures).toEqual(['about 45 metres', '6.5 km', 'eight-mile', '1.2 metres']);
  });

  it('answer questions of size, and a length answers "how long" where no time does', () => {
    const lexicon = buildLexicon(GENERAL_LEXICON);
    expect(readQuestion('how deep did the water get', lexicon).accepts[0]).toBe('measure');
    expect(readQuestion('how far did he fall', lexicon).accepts[0]).toBe('measure');
    const kb = createKnowledgeBase([articlePack('dig', text, { title: 'Villa under the pitch' })]);
    const asker = askerOf(kb, new Date('2026-11-20'));
    const ask = (question: string) => asker(question).card.title;
    expect(ask('how long is the pipeline')).toBe('6.5km');
    expect(ask('how deep was the floodwater in the square')).toBe('1.2 metres');
  });
});
