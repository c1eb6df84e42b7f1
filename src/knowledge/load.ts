/**
 * Loads knowledge packs from disk and validates them. Every problem is reported as
 * file + path inside it + message, so a broken pack can be fixed without guessing; the
 * caller decides whether a problem is fatal (start-up, `validate`) or means "keep the last
 * good knowledge" (a hot reload).
 *
 * A pack is untrusted input (see pack-files.ts): every file it names must resolve (symbolic links followed)
 * inside its own folder, be a regular file, fit a size cap and be UTF-8 text, so a pack can
 * never make the bot quote `.env` or `/etc/passwd`, hang on a FIFO or eat the memory. One
 * broken entry is reported and the other packs load as usual.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { countParagraphs, splitParagraphs, type Paragraph } from './article.ts';
import type { CompiledPacks } from './compiled-packs.ts';
import type { LoadedPack } from './knowledge-base.ts';
import {
  describe,
  exists,
  FileProblem,
  inside,
  oneLine,
  OUT_OF_KNOWLEDGE,
  readText,
  realOf,
  shown,
} from './pack-files.ts';
import { partlyHeld, PACKS_HELD_WHOLE } from './partly-held.ts';
import { Recent } from './recent.ts';
import { Pack, type PackData } from './schema.ts';
import { byCodePoint } from './text.ts';

export interface PackProblem {
  file: string;
  /** Path inside the file, `entities.3.aliases` style; empty for the file as a whole. */
  path: string;
  message: string;
}

export interface LoadResult {
  packs: LoadedPack[];
  problems: PackProblem[];
}

/** Size caps: the seed's pack.yaml is 72 kB and its article 7 kB; past these, it is not one article. */
export const LOAD_LIMITS = { packBytes: 2_000_000, articleBytes: 1_000_000 };

const PACK_FILES = ['pack.yaml', 'pack.yml', 'pack.json'];

/** What a pack gets back from loading: the pack, or what is wrong with it; `compiled` keys its compiled form. */
export type Loaded = { pack?: LoadedPack; problems: PackProblem[]; compiled?: string };

/**
 * The YAML parser (js-yaml, YAML 1.2's core schema, so a date stays a string), loaded when a
 * pack needs parsing: a compiled pack does not. It parses the evaluation's 22 drafted packs in
 * 71 ms where the \`yaml\` package took 787 ms. It never expands an alias; the cap on them
 * keeps anything that walks the result (the schema) from paying for a billion laughs.
 */
const parseYaml = (source: string): unknown =>
  (createRequire(import.meta.url)('js-yaml') as typeof import('js-yaml')).load(source, { maxAliases: 50 });

/** Loads every pack folder under `root`. One broken entry never stops the others. */
export function loadPacks(root: string): LoadResult {
  const listed = listPackDirs(root);
  const result: LoadResult = { packs: [], problems: [...listed.problems] };
  for (const dir of listed.dirs) addPack(result, loadPack(dir, { root }));
  return result;
}

/**
 * Adds one loaded pack to a result, refusing a second pack with an id already served.
 * Shared by the one-go and the incremental loader (holder.ts).
 */
export function addPack(result: LoadResult, one: Loaded): void {
  result.problems.push(...one.problems);
  if (!one.pack) return;
  // The ids served so far, kept beside the result: looking through every pack for each was
  // quadratic (50 million comparisons at 10,000 packs).
  let ids = servedIds.get(result);
  if (!ids) servedIds.set(result, (ids = new Set(result.packs.map((p) => p.id))));
  const other = ids.has(one.pack.id) ? result.packs.find((p) => p.id === one.pack!.id) : undefined;
  if (other) {
    const message = `duplicate pack id "${one.pack.id}" (also in ${shown(other.dir)})`;
    result.problems.push({ file: shown(one.pack.dir), path: 'id', message });
    return;
  }
  result.packs.push(one.pack);
  ids.add(one.pack.id);
}

const servedIds = new WeakMap<LoadResult, Set<string>>();

/** The pack folders under `root`, sorted; symbolic links that leave `root` or lead nowhere are reported. */
export function listPackDirs(root: string): { dirs: string[]; problems: PackProblem[] } {
  let realRoot: string;
  let entries: Dirent[];
  try {
    realRoot = realpathSync(root);
    entries = readdirSync(root, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'knowledge folder not found' : `cannot read it (${describe(error)})`;
    return { dirs: [], problems: [{ file: root, path: '', message }] };
  }
  const dirs: string[] = [];
  const problems: PackProblem[] = [];
  for (const entry of entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => byCodePoint(a.name, b.name))) {
    const path = join(root, entry.name);
    try {
      if (entry.isSymbolicLink()) {
        const real = realOf(path, 'this entry');
        if (!inside(realRoot, real)) throw new FileProblem(`symbolic link that leads ${OUT_OF_KNOWLEDGE}`);
        if (!statSync(real).isDirectory()) continue;
      } else if (!entry.isDirectory()) continue;
      dirs.push(path);
    } catch (error) {
      problems.push({ file: shown(path), path: '', message: describe(error) });
    }
  }
  return { dirs, problems };
}

/** Loads one pack folder: the pack file, validated, and its article, split. Never throws. */
export function loadPack(dir: string, { root, compiled }: { root?: string; compiled?: CompiledPacks } = {}): Loaded {
  let file = shown(dir);
  try {
    const realDir = realpathSync(dir);
    if (root !== undefined && !inside(realpathSync(root), realDir)) {
      throw new FileProblem(`this folder leads ${OUT_OF_KNOWLEDGE}`);
    }
    const packName = PACK_FILES.find((f) => exists(join(dir, f), true));
    if (!packName) return { problems: [{ file, path: '', message: `no ${PACK_FILES.join(' or ')} in this folder` }] };
    file = shown(join(dir, packName));
    const source = readText(realDir, packName, LOAD_LIMITS.packBytes);
    const key = compiled?.keyOf(packName, source);
    let data = key === undefined ? undefined : compiled!.get(key);
    if (!data) {
      const checked = validated(source, packName, file);
      if ('problems' in checked) return { problems: checked.problems };
      data = checked.data;
      if (key !== undefined) compiled!.put(key, data);
    }
    let article: string;
    try {
      article = readText(realDir, data.article, LOAD_LIMITS.articleBytes);
    } catch (error) {
      return { problems: [{ file, path: 'article', message: describe(error) }] };
    }
    const problems = paragraphProblems(data, countParagraphs(article)).map((p) => ({ file, ...p }));
    if (problems.length > 0) return { problems };
    // Read again and split into paragraphs and sentences on use, the last few hundred kept: at
    // 10,000 packs splitting them all was a sixth of a start and holding them a seventh of the
    // memory, while a question needs a few packs' sentences (and their readings hold their own).
    // An archive's entities, quotes and key points are read again from the compiled pack too.
    const readAgain = () => compiled!.get(key!) ?? validatedAgain(realDir, packName);
    const articleHash = createHash('sha256').update(article).digest('hex');
    const held = key === undefined ? data : partlyHeld(data, readAgain);
    const pack = new FolderPack(held, dir, realDir, articleHash, key);
    return { pack, problems: [], compiled: key };
  } catch (error) {
    return { problems: [{ file, path: '', message: describe(error) }] };
  }
}

/** Articles split into paragraphs, the packs' used last. */
const articles = new Recent<LoadedPack, Paragraph[]>(PACKS_HELD_WHOLE);

/** A pack loaded from a folder (a class, so that every pack shares one shape rather than each being a dictionary). */
class FolderPack implements LoadedPack {
  readonly id: string;

  constructor(
    readonly data: PackData,
    readonly dir: string,
    private readonly realDir: string,
    readonly articleHash: string,
    readonly dataHash: string | undefined,
  ) {
    this.id = data.id;
  }

  get paragraphs(): Paragraph[] {
    return articles.getOr(this, () => splitParagraphs(articleAgain(this.realDir, this.data.article)));
  }
}

/** The pack file parsed and validated, or what is wrong with it. */
function validated(source: string, packName: string, file: string): { data: PackData } | { problems: PackProblem[] } {
  let raw: unknown;
  try {
    raw = packName.endsWith('.json') ? JSON.parse(source) : parseYaml(source);
  } catch (error) {
    return { problems: [{ file, path: '', message: `cannot parse: ${describe(error)}` }] };
  }
  const parsed = Pack.safeParse(raw);
  if (parsed.success) return { data: parsed.data };
  return { problems: parsed.error.issues.map((i) => ({ file, path: i.path.join('.'), message: oneLine(i.message) })) };
}

/** The pack file read and validated again (its compiled form is gone); undefined if it no longer can be. */
function validatedAgain(realDir: string, packName: string): PackData | undefined {
  try {
    const checked = validated(readText(realDir, packName, LOAD_LIMITS.packBytes), packName, packName);
    return 'data' in checked ? checked.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The article read again for its paragraphs, with the same checks; empty if it cannot be
 * (gone or broken since the load: the watcher reloads the pack, until then it quotes nothing).
 */
function articleAgain(realDir: string, name: string): string {
  try {
    return readText(realDir, name, LOAD_LIMITS.articleBytes);
  } catch {
    return '';
  }
}

/** Every cited paragraph must exist in the article. */
function paragraphProblems(data: PackData, count: number): Omit<PackProblem, 'file'>[] {
  const problems: Omit<PackProblem, 'file'>[] = [];
  const check = (paragraphs: number[], path: string) =>
    paragraphs.forEach((p, i) => {
      if (p > count)
        problems.push({
          path: `${path}.paragraphs.${i}`,
          message: `¶${p} does not exist (the article has ${count} paragraphs)`,
        });
    });
  data.entities.forEach((e, i) => {
    check(e.paragraphs, `entities.${i}`);
    e.facts.forEach((f, j) => check(f.paragraphs, `entities.${i}.facts.${j}`));
  });
  data.events.forEach((e, i) => check(e.paragraphs, `events.${i}`));
  data.quotes.forEach((q, i) => check(q.paragraphs, `quotes.${i}`));
  data.keyPoints.forEach((k, i) => check(k.paragraphs, `keyPoints.${i}`));
  return problems;
}

/** "knowledge/x/pack.yaml: entities.3.kind: Invalid option" — one line per problem. */
export function formatProblem(problem: PackProblem): string {
  return [problem.file, problem.path, problem.message].filter(Boolean).map(oneLine).join(': ');
}
