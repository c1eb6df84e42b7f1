/**
 * The precisions added for ingestion (quarter, half, season, range) and the optional
 * `ambiguous` and `timezone` of an event: shapes the schema accepts and refuses, the window
 * each occupies and how it reads.
 */
import { describe, expect, it } from 'vitest';
import { eventWindow, formatEventDate } from '../../src/knowledge/event-dates.ts';
import { Event, type Precision } from '../../src/knowledge/schema.ts';

const event = (date: string, precision: Precision, extra: Record<string, unknown> = {}) =>
  Event.safeParse({ id: 'e', title: 'T', date, precision, phrase: 'p', summary: 's', paragraphs: [1], ...extra });

describe('the new precisions', () => {
  it('accept their shapes and refuse others', () => {
    for (const [date, precision] of [
      ['2027-Q4', 'quarter'],
      ['2028-H2', 'half'],
      ['2027-spring', 'season'],
      ['2027-winter', 'season'],
      ['2027-06-03/2027-06-14', 'range'],
      ['2017/2020', 'range'],
      ['2027-03/2027-05', 'range'],
    ] as const) {
      expect(event(date, precision).success, `${date} ${precision}`).toBe(true);
    }
    for (const [date, precision] of [
      ['2027-Q5', 'quarter'],
      ['2027-H3', 'half'],
      ['2027-monsoon', 'season'],
      ['2027-06-14/2027-06-03', 'range'],
      ['2027-06/2027-06-14', 'range'],
      ['2027-02-30/2027-03-02', 'range'],
      ['2027', 'range'],
      ['2027-Q1', 'month'],
    ] as const) {
      expect(event(date, precision).success, `${date} ${precision}`).toBe(false);
    }
  });
  it('accept an ambiguity note and a timezone, and refuse a zone that is none', () => {
    expect(event('2026-12', 'month', { ambiguous: 'no tense' }).success).toBe(true);
    expect(event('2026-10-15T09:00', 'time', { timezone: 'UTC' }).success).toBe(true);
    expect(event('2026-10-15T09:00', 'time', { timezone: 'Mars/Olympus' }).success).toBe(false);
  });
  it('occupy the window of their period, in the pack zone', () => {
    const window = (date: string, precision: Precision) => {
      const w = eventWindow(
        Event.parse({ id: 'e', title: 'T', date, precision, phrase: 'p', summary: 's', paragraphs: [1] }),
        'UTC',
      )!;
      return [w.start.toISOString().slice(0, 10), w.end.toISOString().slice(0, 10)];
    };
    expect(window('2027-Q4', 'quarter')).toEqual(['2027-10-01', '2028-01-01']);
    expect(window('2028-H1', 'half')).toEqual(['2028-01-01', '2028-07-01']);
    expect(window('2027-winter', 'season')).toEqual(['2027-12-01', '2028-03-01']);
    expect(window('2027-06-03/2027-06-14', 'range')).toEqual(['2027-06-03', '2027-06-15']);
    expect(window('2017/2020', 'range')).toEqual(['2017-01-01', '2021-01-01']);
  });
  it('read a time in its own zone when the article named one', () => {
    const at = Event.parse({
      id: 'e',
      title: 'T',
      date: '2026-10-15T09:00',
      precision: 'time',
      timezone: 'UTC',
      phrase: 'p',
      summary: 's',
      paragraphs: [1],
    });
    expect(eventWindow(at, 'Europe/Moscow')!.start.toISOString()).toBe('2026-10-15T09:00:00.000Z');
    expect(formatEventDate(at)).toBe('Thursday 15 October 2026, 09:00 (UTC)');
  });
  it('read as people write them', () => {
    const text = (date: string, precision: Precision) =>
      formatEventDate(
        Event.parse({ id: 'e', title: 'T', date, precision, phrase: 'p', summary: 's', paragraphs: [1] }),
      );
    expect(text('2027-Q4', 'quarter')).toBe('fourth quarter 2027');
    expect(text('2028-H2', 'half')).toBe('second half 2028');
    expect(text('2027-spring', 'season')).toBe('spring 2027');
    expect(text('2027-06-03/2027-06-14', 'range')).toBe('Thursday 3 June 2027 to Monday 14 June 2027');
    expect(text('2027-03/2027-05', 'range')).toBe('March 2027 to May 2027');
  });
});
