/**
 * Scores the draft of one article under test/fixtures/ingest/ against its expected
 * extraction (`<name>.expected.yaml`): a dated event is right when the draft has the same
 * phrase (case and surrounding spaces aside) with the same date and precision; a person is
 * right when a drafted person has that name or alias. Run it on its own to print figures:
 * `npx tsx test/ingest/fixture-score.ts press-release`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { draftPack } from '../../src/ingest/draft.ts';
import { nameKey } from '../../src/ingest/entities.ts';

export const FIXTURES = 'test/fixtures/ingest';

export interface Expected {
  published: string;
  timezone: string;
  events: { phrase: string; date: string; precision: string }[];
  people: string[];
}

export interface FixtureScore {
  name: string;
  events: { right: number; of: number; drafted: number; missed: string[]; extra: string[] };
  people: { right: number; of: number; drafted: number; missed: string[]; extra: string[] };
}

const eventKey = (e: { phrase: string; date?: string; precision?: string }) =>
  `${e.phrase.trim().toLowerCase()} → ${e.date} ${e.precision}`;

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.expected.yaml'))
    .map((f) => f.replace('.expected.yaml', ''))
    .sort();
}

export function scoreFixture(name: string): FixtureScore {
  const expected = load(readFileSync(join(FIXTURES, `${name}.expected.yaml`), 'utf8')) as Expected;
  const text = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
  const pack = draftPack(text, {
    id: name,
    published: String(expected.published),
    source: 'test',
    timezone: expected.timezone,
  });
  const drafted = pack.events!.map(eventKey);
  const wanted = expected.events.map((e) => eventKey({ ...e, date: String(e.date) }));
  const persons = pack.entities!.filter((e) => e.kind === 'person');
  const keysOf = (e: { name: string; aliases?: string[] }) => [e.name, ...(e.aliases ?? [])].map(nameKey);
  const isDrafted = (person: string) => persons.some((p) => keysOf(p).includes(nameKey(person)));
  return {
    name,
    events: {
      right: wanted.filter((w) => drafted.includes(w)).length,
      of: wanted.length,
      drafted: drafted.length,
      missed: wanted.filter((w) => !drafted.includes(w)),
      extra: drafted.filter((d) => !wanted.includes(d)),
    },
    people: {
      right: expected.people.filter(isDrafted).length,
      of: expected.people.length,
      drafted: persons.length,
      missed: expected.people.filter((p) => !isDrafted(p)),
      extra: persons.filter((p) => !expected.people.some((x) => keysOf(p).includes(nameKey(x)))).map((p) => p.name),
    },
  };
}

export const describeScore = (s: FixtureScore) =>
  `${s.name}: dated events ${s.events.right}/${s.events.of}, people ${s.people.right}/${s.people.of}` +
  ` (drafted ${s.events.drafted} events, ${s.people.drafted} people)`;

if (process.argv[1]?.endsWith('fixture-score.ts')) {
  for (const name of process.argv.slice(2).length ? process.argv.slice(2) : fixtureNames()) {
    const s = scoreFixture(name);
    console.log(describeScore(s));
    for (const m of s.events.missed) console.log(`  missed event  ${m}`);
    for (const m of s.events.extra) console.log(`  extra event   ${m}`);
    for (const m of s.people.missed) console.log(`  missed person ${m}`);
    for (const m of s.people.extra) console.log(`  extra person  ${m}`);
  }
}
