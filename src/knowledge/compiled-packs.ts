/**
 * Compiled packs: each pack file as it was validated, stored as JSON under the hash of its
 * bytes (and of the schema that validated it). Packs on disk stay the source of truth;
 * this is a cache beside the database that start-up reads instead of parsing YAML and
 * validating again (for the seed, 130 of a one-shot command's 340 ms). A changed pack has a
 * new hash and is compiled again; a changed schema changes every hash. Anything wrong with
 * the cache (missing, unreadable, corrupt, read-only) only means compiling as before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackData } from './schema.ts';

export interface CompiledPacks {
  /** The folder they are kept in (compiled readings are kept there too). */
  readonly dir: string;
  /** The key of a pack file's bytes under the current schema. */
  keyOf(fileName: string, source: string): string;
  get(key: string): PackData | undefined;
  put(key: string, data: PackData): void;
  /** Drops every compiled pack (and compiled reading) but these keys (the packs of a whole load). */
  keepOnly(keys: ReadonlySet<string>): void;
}

/** The schema's own source, so that a schema change invalidates every compiled pack. */
function schemaStamp(): string {
  const here = fileURLToPath(import.meta.url);
  const schema = here.replace(/compiled-packs\.(ts|js)$/, 'schema.$1');
  try {
    return createHash('sha256').update(readFileSync(schema)).digest('hex');
  } catch {
    return 'unknown-schema';
  }
}

/** Compiled packs in `dir` (created on first write). */
export function compiledPacksIn(dir: string): CompiledPacks {
  const stamp = schemaStamp();
  const file = (key: string) => join(dir, `${key}.json`);
  return {
    dir,
    keyOf: (fileName, source) => createHash('sha256').update(`${stamp}\0${fileName}\0${source}`).digest('hex'),
    get(key) {
      try {
        return JSON.parse(readFileSync(file(key), 'utf8')) as PackData;
      } catch {
        return undefined;
      }
    },
    put(key, data) {
      try {
        mkdirSync(dir, { recursive: true });
        const tmp = `${file(key)}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify(data));
        renameSync(tmp, file(key));
      } catch {
        // A read-only or full disk: the pack was compiled all the same, only not kept.
      }
    },
    keepOnly(keys) {
      try {
        for (const name of readdirSync(dir)) {
          if (!keys.has(name.replace(/\.(?:json|bin)$/, ''))) rmSync(join(dir, name), { force: true });
        }
      } catch {
        // No cache folder yet, or not ours to tidy: nothing to drop.
      }
    },
  };
}

/**
 * The compiled packs of one knowledge folder, beside the database: `data/compiled/<folder>/`
 * for the default `data/briefbot.db`. Each knowledge folder has its own, so tidying one
 * never drops another's.
 */
export function compiledPacksFor(config: { DATABASE_PATH: string; KNOWLEDGE_DIR: string }): CompiledPacks {
  const folder = createHash('sha256').update(resolve(config.KNOWLEDGE_DIR)).digest('hex').slice(0, 16);
  return compiledPacksIn(join(dirname(resolve(config.DATABASE_PATH)), 'compiled', folder));
}
