/**
 * Ingests the seed article into a temporary folder and scores the draft against the
 * hand-curated pack. The figures are printed and asserted at the level reached, so a
 * change that loses a person or a date fails here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/ingest.ts';
import { loadPack } from '../../src/knowledge/load.ts';
import { compareEntities, compareEvents, compareQuotes, line } from './compare.ts';

const root = mkdtempSync(join(tmpdir(), 'briefbot-seed-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('ingesting the seed article', async () => {
  const out: string[] = [];
  const code = await run(
    [
      'knowledge/kerry-putin-moscow-2015/article.txt',
      '--published',
      '2015-12-15',
      '--knowledge',
      root,
      '--id',
      'seed-draft',
      '--timezone',
      'Europe/Moscow',
    ],
    { out: (t) => out.push(t), err: (t) => out.push(t) },
    { json: false, speed: 1 },
  );
  const draft = loadPack(join(root, 'seed-draft'));
  const curated = loadPack('knowledge/kerry-putin-moscow-2015').pack!.data;

  it('writes a valid machine draft', () => {
    expect(code).toBe(0);
    expect(draft.problems).toEqual([]);
    expect(draft.pack!.data.origin).toBe('machine');
  });

  it('reaches the recall and precision it is held to', () => {
    const d = draft.pack!.data;
    const scores = {
      people: compareEntities(d, curated, 'person'),
      organisations: compareEntities(d, curated, 'organisation'),
      places: compareEntities(d, curated, 'place'),
      events: compareEvents(d, curated),
      quotes: compareQuotes(d, curated),
    };
    console.log(
      Object.entries(scores)
        .map(([k, s]) => line(k, s))
        .join('\n'),
    );
    expect(scores.people.recall).toBe(1);
    expect(scores.people.precision).toBe(1);
    expect(scores.events.recall).toBe(1);
    expect(scores.events.precision).toBe(1);
    expect(scores.places.recall).toBeGreaterThanOrEqual(0.94);
    expect(scores.places.precision).toBe(1);
    expect(scores.organisations.recall).toBeGreaterThanOrEqual(0.8);
    expect(scores.organisations.precision).toBeGreaterThanOrEqual(0.94);
    expect(scores.quotes.recall).toBeGreaterThanOrEqual(0.55);
    expect(scores.quotes.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('turns titles into roles and links surnames and possessives to the full name', () => {
    const e = (name: string) => draft.pack!.data.entities.find((x) => x.name === name)!;
    expect(e('John Kerry').role).toBe('US Secretary of State');
    expect(e('John Kerry').aliases).toContain('Kerry');
    expect(e('Sergey Lavrov').role).toBe('Russian FM');
    expect(e('Sergey Lavrov').aliases).toEqual(expect.arrayContaining(['Lavrov', 'FM Lavrov']));
    expect(e('Josh Ernest').role).toBe('White House spokesman');
    expect(draft.pack!.data.entities.map((x) => x.name)).not.toContain("Kerry's");
    expect(draft.pack!.data.entities.every((x) => !/[.,'’]$/.test(x.name))).toBe(true);
  });

  it('resolves the Tuesday meetings of a Tuesday piece to that day, and Friday to the Friday before', () => {
    const byPhrase = (p: string) =>
      draft.pack!.data.events.filter((x) => x.phrase === p).map((x) => [x.date, x.precision]);
    expect(byPhrase('The Tuesday')).toEqual([['2015-12-15', 'day']]);
    expect(byPhrase('on Friday')).toEqual([['2015-12-11', 'day']]);
    expect(byPhrase('in May this year')).toEqual([['2015-05', 'month']]);
    expect(byPhrase('next year')).toEqual([['2016', 'year']]);
  });
});
