/**
 * Two articles written for these tests, with other date phrasings, names and titles: the
 * extraction is not tuned to the seed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/ingest.ts';
import { loadPack } from '../../src/knowledge/load.ts';

const root = mkdtempSync(join(tmpdir(), 'briefbot-articles-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const silent = { out: () => {}, err: () => {} };

async function ingest(file: string, published: string, id: string) {
  expect(
    await run([`test/fixtures/articles/${file}`, '--published', published, '--knowledge', root, '--id', id], silent, {
      json: false,
      speed: 1,
    }),
  ).toBe(0);
  const loaded = loadPack(join(root, id));
  expect(loaded.problems).toEqual([]);
  return loaded.pack!.data;
}
const dates = (pack: Awaited<ReturnType<typeof ingest>>) =>
  pack.events.map((e) => `${e.phrase} → ${e.date} ${e.precision}`);
const people = (pack: Awaited<ReturnType<typeof ingest>>) =>
  pack.entities
    .filter((e) => e.kind === 'person')
    .map((e) => e.name)
    .sort();

describe('a council story published on Friday 8 March 2024 (.txt)', async () => {
  const pack = await ingest('harbour-ferry-terminal.txt', '2024-03-08', 'harbour');
  it('finds its people, with titles as roles', () => {
    expect(people(pack)).toEqual(['Helen Okafor', 'Priya Raman', 'Tomas Brennan']);
    expect(pack.entities.find((e) => e.name === 'Helen Okafor')).toMatchObject({
      role: 'Mayor',
      aliases: expect.arrayContaining(['Okafor']),
    });
    expect(pack.entities.filter((e) => e.kind === 'organisation').map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'Northport Harbour Council',
        'Maritime Heritage Trust',
        'Department of Culture',
        'Bluewater Lines',
      ]),
    );
  });
  it('resolves every date phrase with its precision', () => {
    expect(dates(pack)).toEqual([
      'on Monday → 2024-03-04 day',
      'three weeks ago → 2024-02-12 week',
      'on March 21 → 2024-03-21T18:00 time',
      'in April → 2024-04 month',
      'yesterday → 2024-03-07 day',
      'last year → 2023 year',
      'next week → 2024-03-11 week',
      'since 2019 → 2019 year',
      'by 2026 → 2026 year',
      'in January → 2024-01 month',
      'in 2025 → 2025 year',
      'next Thursday → 2024-03-14 day',
      'in October 2022 → 2022-10 month',
      'earlier this month → 2024-03 month',
    ]);
  });
  it('attributes quotes, a "he" to the person just named', () => {
    expect(pack.quotes.map((q) => [q.speaker, q.kind])).toEqual(
      expect.arrayContaining([
        ['helen-okafor', 'direct'],
        ['tomas-brennan', 'reported'],
      ]),
    );
  });
});

describe('a science story published on Tuesday 2 July 2019 (.md)', async () => {
  const pack = await ingest('kestrel-observatory-grant.md', '2019-07-02', 'kestrel');
  it('keeps the markdown article and strips the heading marker from the title', () => {
    expect(pack.article).toBe('article.md');
    expect(pack.title).toBe('Observatory wins funding for a southern telescope');
  });
  it('finds its people and places', () => {
    expect(people(pack)).toEqual(['Ingrid Solberg', 'Samuel Achebe']);
    expect(
      pack.entities
        .filter((e) => e.kind === 'place')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Brussels', 'Chile']);
  });
  it('resolves American and British day orders, bare years and "ago"', () => {
    expect(dates(pack)).toEqual([
      'on Tuesday → 2019-07-02 day',
      'in September → 2019-09 month',
      'for 2022 → 2022 year',
      'on 27 June → 2019-06-27 day',
      'in March 2018 → 2018-03 month',
      'two years ago → 2017 year',
      'on Saturday, July 13, 2019 → 2019-07-13 day',
      'next month → 2019-08 month',
      'by the end of this year → 2019 year',
    ]);
  });
  it('attributes a direct quote written "…," Solberg said', () => {
    expect(pack.quotes).toContainEqual(
      expect.objectContaining({
        speaker: 'ingrid-solberg',
        kind: 'direct',
        text: expect.stringContaining('waiting twenty years'),
      }),
    );
    expect(pack.quotes).toContainEqual(expect.objectContaining({ speaker: 'samuel-achebe', kind: 'reported' }));
  });
});
