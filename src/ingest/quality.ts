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

export function draftWarnings(pack: LoadedPack): PackProblem[] {
  if (pack.data.origin !== 'machine') return [];
  const file = relative(process.cwd(), join(pack.dir, 'pack.yaml')) || 'pack.yaml';
  const warnings: PackProblem[] = [];
  pack.data.entities.forEach((e, i) => {
    if (e.kind === 'theme') warnings.push({ file, path: `entities.${i}.kind`, message: `"${e.name}": kind not determined (set person, organisation, place, group or agreement)` });
  });
  pack.data.events.forEach((e, i) => {
    if (!e.date) warnings.push({ file, path: `events.${i}.date`, message: `"${e.phrase}": no resolvable date` });
  });
  const owners = new Map<string, number>();
  pack.data.entities.forEach((e, i) => {
    for (const key of new Set([e.name, ...e.aliases].map(nameKey))) {
      const other = owners.get(key);
      if (other !== undefined && other !== i) {
        warnings.push({ file, path: `entities.${i}.aliases`, message: `"${key}" also names entities.${other} (${pack.data.entities[other]!.id})` });
      } else owners.set(key, i);
    }
  });
  return warnings;
}
