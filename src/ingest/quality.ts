/**
 * The quality of a machine draft, for `briefbot validate`: things a reviewer should look
 * at, reported as warnings (the pack is valid and is served). The ingester writes `theme`
 * for an entity whose kind it could not tell (the schema requires a kind, and a draft
 * never produces real themes), so in a draft that kind means "kind not determined".
 */
import { join, relative } from 'node:path';
import type { LoadedPack } from '../knowledge/knowledge-base.ts';
import type { PackProblem } from '../knowledge/load.ts';
import { nameKey } from './entities.ts';

const packFile = (pack: LoadedPack) => relative(process.cwd(), join(pack.dir, 'pack.yaml')) || 'pack.yaml';

/**
 * Events whose words allowed more than one date ("in December" with no tense to say which
 * December): the pack keeps the chosen date and why it is uncertain; a reviewer decides,
 * then removes `ambiguous`. Reported for curated packs too: a reminder may hang on it.
 */
export function ambiguityWarnings(pack: LoadedPack): PackProblem[] {
  const file = packFile(pack);
  return pack.data.events.flatMap((e, i) =>
    e.ambiguous
      ? [{ file, path: `events.${i}.ambiguous`, message: `"${e.phrase}": ambiguous date ${e.date}: ${e.ambiguous}` }]
      : [],
  );
}

export function draftWarnings(pack: LoadedPack): PackProblem[] {
  if (pack.data.origin !== 'machine') return [];
  const file = packFile(pack);
  const warnings: PackProblem[] = [];
  pack.data.entities.forEach((e, i) => {
    if (e.kind === 'theme')
      warnings.push({
        file,
        path: `entities.${i}.kind`,
        message: `"${e.name}": kind not determined (set person, organisation, place, group or agreement)`,
      });
  });
  pack.data.events.forEach((e, i) => {
    if (!e.date) warnings.push({ file, path: `events.${i}.date`, message: `"${e.phrase}": no resolvable date` });
  });
  const owners = new Map<string, number>();
  pack.data.entities.forEach((e, i) => {
    for (const key of new Set([e.name, ...e.aliases].map(nameKey))) {
      const other = owners.get(key);
      if (other !== undefined && other !== i) {
        warnings.push({
          file,
          path: `entities.${i}.aliases`,
          message: `"${key}" also names entities.${other} (${pack.data.entities[other]!.id})`,
        });
      } else owners.set(key, i);
    }
  });
  return warnings;
}
