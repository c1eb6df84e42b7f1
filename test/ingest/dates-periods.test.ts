/** Quarters, halves, seasons and ranges: the periods that digests list and reminders skip. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/dates.ts';

const feb = { year: 2027, month: 2, day: 10 };
const dates = (sentence: string, anchor = feb) =>
  findDates(sentence, anchor).map((d) => `${d.phrase} → ${d.date} ${d.precision}`);

describe('quarters and halves', () => {
  it('reads ordinal, hyphenated, Q-numbered and relative quarters', () => {
    expect(dates('The deal is expected to close in the fourth quarter of 2027.')).toEqual([
      'in the fourth quarter of 2027 → 2027-Q4 quarter',
    ]);
    expect(dates('First-quarter sales fell.')).toEqual(['First-quarter → 2027-Q1 quarter']);
    expect(dates('Revenue rose in Q3 2026.')).toEqual(['in Q3 2026 → 2026-Q3 quarter']);
    expect(dates('Profits fell in the third quarter.')).toEqual(['in the third quarter → 2026-Q3 quarter']);
    expect(dates('The plant will open next quarter.')).toEqual(['next quarter → 2027-Q2 quarter']);
  });
  it('reads halves of a year, stated or relative', () => {
    expect(dates('The plant will open in the second half of next year.')).toEqual([
      'in the second half of next year → 2028-H2 half',
    ]);
    expect(dates('Sales grew in the first half of the year.')).toEqual([
      'in the first half of the year → 2027-H1 half',
    ]);
    expect(dates('Results for H2 2026 were strong.')).toEqual(['for H2 2026 → 2026-H2 half']);
  });
  it('does not take a game half or a quarter-final for a period', () => {
    expect(dates('They scored in the second half.')).toEqual([]);
    expect(dates('They reached the quarter-final.')).toEqual([]);
  });
});

describe('seasons', () => {
  it('places a season by tense or by its modifier', () => {
    expect(dates('Work will start in the spring.')).toEqual(['in the spring → 2027-spring season']);
    expect(dates('Families struggled last winter.')).toEqual(['last winter → 2025-winter season']);
    expect(dates('The stage opens in summer 2028.')).toEqual(['in summer 2028 → 2028-summer season']);
    expect(dates('Prices will rise next autumn.')).toEqual(['next autumn → 2027-autumn season']);
    // South of the equator (the article's timezone says so) winter is June to August.
    const nz = { year: 2027, month: 11, day: 17 };
    expect(findDates('Floods last winter washed out the piling.', nz, { southern: true }).map((d) => d.date)).toEqual([
      '2027-winter',
    ]);
    expect(findDates('Floods last winter washed out the piling.', nz).map((d) => d.date)).toEqual(['2026-winter']);
    // "this" with a verb that could be past or present ("cut"): the publication year's season.
    const september = { year: 2028, month: 9, day: 12 };
    expect(dates('The firm cut 600 jobs this summer.', september)).toEqual(['this summer → 2028-summer season']);
  });
});

describe('ranges', () => {
  it('keeps both ends of day, month, year and weekday ranges', () => {
    expect(dates('The festival runs from 3 to 14 June.')).toEqual([
      'from 3 to 14 June → ' + '2027-06-03/2027-06-14 range',
    ]);
    expect(dates('It will run from 3 June to 14 July 2027.')).toEqual([
      'from 3 June to 14 July 2027 → 2027-06-03/2027-07-14 range',
    ]);
    expect(dates('The event is on June 3-14, 2027.')).toEqual(['June 3-14, 2027 → 2027-06-03/2027-06-14 range']);
    expect(dates('The firm grew between 2017 and 2020.')).toEqual(['between 2017 and 2020 → 2017/2020 range']);
    expect(dates('Works will continue from March to May.')).toEqual(['from March to May → 2027-03/2027-05 range']);
    expect(dates('Integration will run from January to September next year.')).toEqual([
      'from January to September next year → 2028-01/2028-09 range',
    ]);
    expect(dates('The trial will run from Monday to Wednesday.')).toEqual([
      'from Monday to Wednesday → 2027-02-15/2027-02-17 range',
    ]);
    expect(dates('They were promoted for the 2024-25 season.')).toEqual(['the 2024-25 season → 2024/2025 range']);
    expect(dates('Inspectors visited on 16 and 17 May.')).toEqual(['on 16 and 17 May → 2026-05-16/2026-05-17 range']);
    expect(dates('Birds returned in the 2027-28 breeding season.')).toEqual([
      'the 2027-28 breeding season → 2027/2028 range',
    ]);
  });
  it('reads a weekend as its Saturday and Sunday, by modifier or tense', () => {
    expect(dates('He scored twice last weekend.')).toEqual(['last weekend → 2027-02-06/2027-02-07 range']);
    expect(dates('The match will be played this weekend.')).toEqual(['this weekend → 2027-02-13/2027-02-14 range']);
    expect(dates('Police were called at the weekend.')).toEqual(['at the weekend → 2027-02-06/2027-02-07 range']);
  });
  it('crosses a year end when the end month comes first', () => {
    expect(dates('Repairs will run from November to February.')).toEqual([
      'from November to February → 2027-11/2028-02 range',
    ]);
  });
});

describe('parts of periods and weeks', () => {
  it('reads "the end of", "the start of" and "the week beginning"', () => {
    expect(dates('Homes will be insulated by the end of 2030.')).toEqual(['by the end of 2030 → 2030 year']);
    expect(dates('Rents are frozen until the end of the year.')).toEqual(['until the end of the year → 2027 year']);
    expect(dates('Applications open in the week beginning 12 April.')).toEqual([
      'in the week beginning 12 April → 2027-04-12 week',
    ]);
  });
  it('leaves recurrences undated', () => {
    expect(dates('There is jazz every Saturday.')).toEqual([]);
  });
});
