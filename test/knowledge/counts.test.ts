import { describe, expect, it } from 'vitest';
import { asksDestination, countedNoun, countsNoun } from '../../src/briefing/counts.ts';
import { parseQuestion } from '../../src/briefing/question.ts';

describe('how many X wants a count of X', () => {
  it('reads the counted noun, but not "times", which any count answers', () => {
    expect(countedNoun('how many countries are in the coalition')).toBe('countries');
    expect(countedNoun('how many times has kerry met putin')).toBeUndefined();
    expect(parseQuestion('How many troops are in Syria?').counted).toBe('troops');
  });
  it('finds a count word up to two words before the noun', () => {
    expect(countsNoun('his second visit in six months', 'visits')).toBe(true);
    expect(countsNoun('lasted nearly four hours', 'hours')).toBe(true);
    expect(countsNoun('the leaders of the two countries', 'countries')).toBe(true);
    expect(countsNoun('first the usa is making attacks, and second that these attacks', 'countries')).toBe(false);
  });
});

describe('where is X going after Y asks for a destination', () => {
  it('flags going / heading / travelling after or next, not "where is Kerry now"', () => {
    expect(asksDestination('where is kerry going after moscow')).toBe(true);
    expect(asksDestination('where is kerry heading next')).toBe(true);
    expect(asksDestination('where is kerry now')).toBe(false);
    expect(parseQuestion('Where will Kerry travel after Moscow?').destination).toBe(true);
  });
});
