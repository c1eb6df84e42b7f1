/**
 * The day an article's relative dates count from: the published date given, unless the
 * article's own weekday-dates cannot fall near it, then the day the article itself tells of.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { articleDay } from '../../src/ingest/anchor.ts';
import { draftPack } from '../../src/ingest/draft.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';

const article = [
  'Harbour opens new ferry terminal',
  'The new ferry terminal opened on Tuesday, the port authority said on Wednesday 25 November.',
  'The first ferry left at 6am on Tuesday 24 November, two years after building began in 2024.',
  'A second berth is due to open on Monday 1 February, and the minister will visit on Saturday 12 December.',
].join('\n\n');

const day = (text: string, given: { year: number; month: number; day: number }) =>
  articleDay(splitParagraphs(text), given);

describe("an article's own dates against the published date given", () => {
  it('keeps a published date the weekday-dates fall near', () => {
    const given = { year: 2026, month: 11, day: 26 };
    expect(day(article, given)).toEqual(given);
  });

  it('reads a placeholder date as the latest day a past clause names', () => {
    // 25 November was a Wednesday in 2015, 2020 and 2026; "building began in 2024" rules out the first two.
    expect(day(article, { year: 2016, month: 6, day: 1 })).toEqual({ year: 2026, month: 11, day: 25 });
  });

  it("keeps the given date against one weekday-date alone, a writer's slip, unless the written years agree", () => {
    const given = { year: 2026, month: 11, day: 27 };
    // 26 November 2026 is a Thursday: a slip, not a story of 2025.
    expect(day('The council said on Wednesday 26 November that the road would reopen.', given)).toEqual(given);
    const placeholder = { year: 2016, month: 6, day: 1 };
    const told = 'The council said on Wednesday 25 November that the road, built in 2024, would reopen.';
    expect(day(told, placeholder)).toEqual({ year: 2026, month: 11, day: 25 });
  });

  it('keeps the given date when the article has no weekday-dates to go on', () => {
    const given = { year: 2016, month: 6, day: 1 };
    expect(day('The port opened a terminal in 2024.\n\nIt cost $40m.', given)).toEqual(given);
  });

  it('dates "on Tuesday" to the Tuesday the article names, and the pack to the article\'s day', () => {
    const pack = draftPack(article, { id: 'ferry', published: '2016-06-01', source: 'test', timezone: 'UTC' });
    expect(pack.published).toBe('2026-11-25');
    const dates = Object.fromEntries(pack.events!.map((e) => [e.phrase, e.date]));
    expect(dates['on Tuesday']).toBe('2026-11-24');
    expect(dates['on Monday 1 February']).toBe('2027-02-01');
    expect(dates['on Saturday 12 December']).toBe('2026-12-12');
  });
});

describe('briefbot ingest with a published date the article contradicts', () => {
  const work = mkdtempSync(join(tmpdir(), 'briefbot-day-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("says which day it read the article's dates against, and writes that day as published", async () => {
    const file = join(work, 'ferry.txt');
    writeFileSync(file, `${article}\n`);
    const out: string[] = [];
    const code = await main(['ingest', file, '--published', '2016-06-01', '--knowledge', join(work, 'kb')], {
      out: (t) => out.push(t),
      err: () => undefined,
    });
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/published read as 2026-11-25: .* not near 2016-06-01/);
    expect(readFileSync(join(work, 'kb', 'ferry', 'pack.yaml'), 'utf8')).toMatch(/^published: '?2026-11-25'?$/m);
  });
});
