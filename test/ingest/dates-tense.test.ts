/** Which December: the clause's tense decides, and what stays undecided is marked. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/dates.ts';

const oct = { year: 2026, month: 10, day: 14 }; // a Wednesday
const feb = { year: 2027, month: 2, day: 9 }; // a Tuesday
const one = (sentence: string, anchor = oct) =>
  findDates(sentence, anchor).map(
    (d) =>
      `${d.phrase} → ${d.date} ${d.precision}${d.ambiguous ? ' ambiguous' : ''}${d.timezone ? ` ${d.timezone}` : ''}`,
  );

describe('tense of the clause', () => {
  it('dates a future month to the next occurrence and a past one to the last', () => {
    expect(one('The vote will be held in December.')).toEqual(['in December → 2026-12 month']);
    expect(one('The vote was held in December.')).toEqual(['in December → 2025-12 month']);
    expect(one('The appeal will be heard on 14 September.', feb)).toEqual(['on 14 September → 2027-09-14 day']);
    expect(one('The appeal was heard on 14 September.', feb)).toEqual(['on 14 September → 2026-09-14 day']);
  });
  it('dates a phrase opening its clause by the verb it governs, not by a future inside a "that" clause', () => {
    expect(one('On Sunday he had predicted that the Conservatives would hold on.')).toEqual([
      'On Sunday → 2026-10-11 day',
    ]);
    const december = one('In December, shareholders are expected to vote on the deal.');
    expect(december).toEqual(['In December → 2026-12 month']);
    // "reported him missing", "had rain coming in": participles lend no tense, "had" is past.
    expect(one('His family reported him missing on Saturday.')).toEqual(['on Saturday → 2026-10-10 day']);
    expect(one('"We had rain coming in sideways on Sunday," he said.')).toEqual(['on Sunday → 2026-10-11 day']);
    // A day almost a year back against one days ahead: "issued a warning for snow from 16 to 18 October".
    expect(one('The Met Office issued a warning for snow from 16 to 18 October.')).toEqual([
      'from 16 to 18 October → 2026-10-16/2026-10-18 range',
    ]);
    // A past verb's object a few weeks ahead: "neighbours have been invited to an opening from 4 to 6 November".
    expect(one('Neighbours have been invited to a soft opening from 4 to 6 November.')).toEqual([
      'from 4 to 6 November → 2026-11-04/2026-11-06 range',
    ]);
    // ", taking the total to …": a participle after a comma has no tense to lend.
    expect(one('The council announced the overrun on Monday, taking the cost to $1.3 billion.')).toEqual([
      'on Monday → 2026-10-12 day',
    ]);
  });
  it('reads the scheduled future (is due to, is expected to, plans) and reported futures', () => {
    expect(one('The appeal is due to be heard on 14 September.', feb)).toEqual(['on 14 September → 2027-09-14 day']);
    expect(one('The company said it plans to open the plant in March.')).toEqual(['in March → 2027-03 month']);
    expect(one('He said the shares would list in May.')).toEqual(['in May → 2027-05 month']);
  });
  it('gives each clause its own tense', () => {
    expect(one('The vote, which shareholders approved in May, will be held in December.')).toEqual([
      'in May → 2026-05 month',
      'in December → 2026-12 month',
    ]);
    expect(one('The company said on Monday it will hold the vote in December.')).toEqual([
      'on Monday → 2026-10-12 day',
      'in December → 2026-12 month',
    ]);
    expect(one('Investors will question the chairman about a pay award agreed in April.')).toEqual([
      'in April → 2026-04 month',
    ]);
  });
  it('reads a reported clause by its own verb, even past a clause cut', () => {
    expect(one('The union said a further strike on 23 December would follow.')).toEqual([
      'on 23 December → 2026-12-23 day',
    ]);
    expect(one("Okoro said after Saturday's win that the squad was ready.")).toEqual(["Saturday's → 2026-10-10 day"]);
    expect(one('Passengers can find the revised timetable online from Monday.')).toEqual([
      'from Monday → 2026-10-19 day',
    ]);
  });
  it('keeps "until" looking forward from a past clause', () => {
    expect(one('The judge adjourned the case until 5 March.', feb)).toEqual(['until 5 March → 2027-03-05 day']);
  });
  it('marks a phrase no tense decides, months away, as ambiguous', () => {
    expect(one('The April budget vote')).toEqual(['April → 2027-04 month ambiguous']);
    // Near the publication day the nearest one is no guess.
    expect(one('The December budget vote')).toEqual(['December → 2026-12 month']);
  });
});

describe('times of day', () => {
  it('ties "at 3pm local time on Thursday" to the coming Thursday', () => {
    expect(one('The minister will speak at 3pm local time on Thursday.')).toEqual([
      'on Thursday → 2026-10-15T15:00 time',
    ]);
  });
  it('keeps a named zone with the time, and reads 24-hour and dotted times', () => {
    expect(one('The chief executive will present the results at 9am GMT on Thursday.')).toEqual([
      'on Thursday → 2026-10-15T09:00 time UTC',
    ]);
    expect(one('Tue 16 March, 7.45pm: Wexley City v Northport', feb)).toEqual([
      'Tue 16 March → ' + '2027-03-16T19:45 time',
    ]);
    expect(one('Kick-off is at 15:00 on Saturday.')).toEqual(['on Saturday → 2026-10-17T15:00 time']);
  });
});
