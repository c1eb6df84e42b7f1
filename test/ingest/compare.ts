/**
 * Scores a draft pack against a curated one: recall and precision for entities by kind,
 * for dated events (same date, same precision, same paragraph) and for quotes (same
 * speaker, same paragraph). Used by the ingest tests and printed for the report.
 */
import { nameKey } from '../../src/ingest/entities.ts';
import type { PackData } from '../../src/knowledge/schema.ts';

export interface Score {
  found: number;
  of: number;
  correct: number;
  drafted: number;
  recall: number;
  precision: number;
}

const score = (found: number, of: number, correct: number, drafted: number): Score => ({
  found,
  of,
  correct,
  drafted,
  recall: of ? found / of : 1,
  precision: drafted ? correct / drafted : 1,
});

type Named = { id: string; name: string; aliases: string[] };
const keys = (e: Named) => new Set([e.name, ...e.aliases].map(nameKey));
const same = (a: Named, b: Named) => {
  const k = keys(b);
  return [...keys(a)].some((x) => k.has(x));
};

export function compareEntities(draft: PackData, curated: PackData, kind: string): Score {
  const wanted = curated.entities.filter((e) => e.kind === kind);
  const drafted = draft.entities.filter((e) => e.kind === kind);
  return score(
    wanted.filter((c) => draft.entities.some((d) => same(d, c))).length,
    wanted.length,
    drafted.filter((d) => curated.entities.some((c) => same(d, c))).length,
    drafted.length,
  );
}

export function compareEvents(draft: PackData, curated: PackData): Score {
  const dated = curated.events.filter((e) => e.date);
  const hit = (a: PackData['events'][number], b: PackData['events'][number]) =>
    a.date === b.date && a.precision === b.precision && a.paragraphs.some((p) => b.paragraphs.includes(p));
  return score(
    dated.filter((c) => draft.events.some((d) => hit(d, c))).length,
    dated.length,
    draft.events.filter((d) => dated.some((c) => hit(d, c))).length,
    draft.events.length,
  );
}

export function compareQuotes(draft: PackData, curated: PackData): Score {
  const curatedOf = (draftSpeaker: string) => {
    const d = draft.entities.find((e) => e.id === draftSpeaker);
    return d ? curated.entities.filter((c) => same(d, c)).map((c) => c.id) : [];
  };
  const hit = (d: PackData['quotes'][number], c: PackData['quotes'][number]) =>
    curatedOf(d.speaker).includes(c.speaker) && d.paragraphs.some((p) => c.paragraphs.includes(p));
  // A curated paragraph may hold several quotes by one speaker: count pairs once each way.
  return score(
    curated.quotes.filter((c) => draft.quotes.some((d) => hit(d, c))).length,
    curated.quotes.length,
    draft.quotes.filter((d) => curated.quotes.some((c) => hit(d, c))).length,
    draft.quotes.length,
  );
}

export const percent = (x: number) => `${Math.round(x * 100)}%`;
export const line = (label: string, s: Score) =>
  `${label.padEnd(14)} recall ${percent(s.recall).padStart(4)} (${s.found}/${s.of})  ` +
  `precision ${percent(s.precision).padStart(4)} (${s.correct}/${s.drafted})`;
