/**
 * What an archive holds of a pack (issue 12): its entities, quotes and key points are let
 * go of once a few hundred other packs were used, and read again (from the compiled pack,
 * or from the pack file when that is gone) on their next use; what every reader needs of
 * every pack (titles, dates, events) stays in memory, the same objects throughout.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compiledPacksIn } from '../../src/knowledge/compiled-packs.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { loadPack } from '../../src/knowledge/load.ts';
import { PACKS_HELD_WHOLE, partlyHeld } from '../../src/knowledge/partly-held.ts';
import { Recent } from '../../src/knowledge/recent.ts';
import type { PackData } from '../../src/knowledge/schema.ts';

const SEED = new URL('../../knowledge/', import.meta.url).pathname;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The seed pack loaded with compiled packs, as the bot loads an archive. */
function loadSeed() {
  const root = mkdtempSync(join(tmpdir(), 'partly-'));
  const cache = mkdtempSync(join(tmpdir(), 'partly-cache-'));
  dirs.push(root, cache);
  cpSync(SEED, root, { recursive: true });
  const packDir = join(root, readdirSync(root)[0]!);
  const full = loadPack(packDir).pack!.data;
  const pack = loadPack(packDir, { root, compiled: compiledPacksIn(cache) }).pack!;
  return { full, pack, packDir, cache };
}

/** Uses as many other packs' entities as are held, so the first pack's are let go of. */
function useOthers(data: PackData) {
  for (let i = 0; i < PACKS_HELD_WHOLE; i++) void partlyHeld(data, () => data).entities;
}

describe('a bounded map of the recently used', () => {
  it('lets go of the entry used longest ago', () => {
    const recent = new Recent<string, number>(2);
    recent.set('a', 1);
    recent.set('b', 2);
    expect(recent.get('a')).toBe(1); // a is now the most recent
    recent.set('c', 3);
    expect([recent.has('a'), recent.has('b'), recent.has('c')]).toEqual([true, false, true]);
    expect(recent.getOr('b', () => 20)).toBe(20);
    expect(recent.size).toBe(2);
  });
});

describe('a pack partly held', () => {
  it('reads as the whole pack, and reads its entities again once they were let go of', () => {
    const { full, pack } = loadSeed();
    expect(JSON.parse(JSON.stringify(pack.data))).toEqual(JSON.parse(JSON.stringify(full)));
    expect(pack.data.entities).toEqual(full.entities);
    const events = pack.data.events;
    useOthers(full);
    expect(pack.data.entities).toEqual(full.entities);
    expect(pack.data.quotes).toEqual(full.quotes);
    expect(pack.data.events).toBe(events);
  });

  it('reads again only what was let go of, once', () => {
    let reads = 0;
    const { full } = loadSeed();
    const data = partlyHeld(full, () => (reads++, full));
    void data.entities;
    expect(reads).toBe(0);
    useOthers(full);
    void data.entities;
    void data.keyPoints;
    expect(reads).toBe(1);
  });

  it('reads the pack file again when its compiled form is gone', () => {
    const { full, pack, cache } = loadSeed();
    rmSync(cache, { recursive: true, force: true });
    useOthers(full);
    expect(pack.data.entities).toEqual(full.entities);
  });

  it('finds no entity, and does not fail, when the pack cannot be read again', () => {
    const { full, pack, packDir, cache } = loadSeed();
    rmSync(cache, { recursive: true, force: true });
    writeFileSync(join(packDir, 'pack.yaml'), 'id: [broken');
    const kb = createKnowledgeBase([pack]);
    useOthers(full);
    expect(pack.data.entities).toEqual([]);
    expect(kb.findTopics('Kerry').filter((m) => m.type === 'entity')).toEqual([]);
    expect(kb.suggest('Ker').map((c) => c.name)).not.toContain('');
  });
});
