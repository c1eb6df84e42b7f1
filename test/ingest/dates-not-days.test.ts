/**
 * What a date finder must read and must not: a list of days of one month is one range from
 * its first day; a weekday that qualifies a noun, a generic weekday and a duration after an
 * event name no day; in an event title, a number with thousands commas is not an age, and a
 * preposition goes with the date it governs.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/dates.ts';
import { eventTitle } from '../../src/ingest/titles.ts';

/** Published Friday 14 August 2026. */
const anchor = { year: 2026, month: 8, day: 14 };
const dates = (sentence: string) => findDates(sentence, anchor).map((d) => `${d.phrase} → ${d.date} ${d.precision}`);

describe('dates that are and are not days', () => {
  it('reads "on 18, 19 and 20 March" as one range from the first day to the last', () => {
    expect(dates('The strikes will take place on 18, 19 and 20 March.')).toEqual([
      'on 18, 19 and 20 March → 2027-03-18/2027-03-20 range',
    ]);
    expect(dates('The strikes will take place on 19 and 20 March.')).toEqual([
      'on 19 and 20 March → 2027-03-19/2027-03-20 range',
    ]);
  });

  it('finds no day in a weekday that qualifies a noun, but one in a weekday that is a day', () => {
    expect(dates('According to her, 6,400 Sunday services were cancelled last year.')).toEqual([
      'last year → 2025 year',
    ]);
    expect(dates('Tuesday talks went well.')).toEqual([]);
    expect(dates('The market opens on Sunday morning.')).toEqual(['on Sunday → 2026-08-16 day']);
    expect(dates('Sunday was quiet.')).toEqual(['Sunday → 2026-08-09 day']);
  });

  it('finds no day in a generic weekday or in a duration counted from another event', () => {
    expect(dates('It carries about 310,000 passengers on a typical weekday, the company said.')).toEqual([]);
    expect(dates('Talks broke down last Thursday after nine hours.')).toEqual(['last Thursday → 2026-08-13 day']);
  });

  it('keeps a number with thousands commas in a title, and still drops an age', () => {
    const title = (sentence: string) => {
      const found = findDates(sentence, anchor);
      return eventTitle(sentence, found, found[0]!.start);
    };
    expect(title('According to her, 6,400 Sunday services were cancelled last year.')).toBe(
      '6,400 Sunday services were cancelled',
    );
    expect(title('Gareth Pimlott, 47, of Harrowgate Road, Selby, was arrested on 3 May.')).toBe(
      'Gareth Pimlott was arrested',
    );
    // A preposition goes with the date it governs, unless the date qualifies a noun after it.
    expect(title('Tickets bought for 18 to 20 March will be accepted.')).toBe('Tickets bought will be accepted');
    expect(title('The club has announced a parade for Sunday afternoon.')).toBe(
      'The club has announced a parade for afternoon',
    );
  });
});
