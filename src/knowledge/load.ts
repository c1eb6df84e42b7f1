/**
 * Loads knowledge packs from disk and validates them. Every problem is reported as
 * file + path inside it + message, so a broken pack can be fixed without guessing; the
 * caller decides whether a problem is fatal (start-up, `validate`) or means "keep the last
 * good knowledge" (a hot reload).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { splitParagraphs } from './article.ts';
import type { LoadedPack } from './knowledge-base.ts';
import { Pack, type PackData } from './schema.ts';

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

const PACK_FILES = ['pack.yaml', 'pack.yml', 'pack.json'];

/** Loads every pack folder under `root`. Folders without a pack file are reported. */
export function loadPacks(root: string): LoadResult {
  if (!existsSync(root)) return { packs: [], problems: [{ file: root, path: '', message: 'knowledge folder not found' }] };
  const result: LoadResult = { packs: [], problems: [] };
  const dirs = readdirSync(root)
    .filter((name) => !name.startsWith('.') && statSync(join(root, name)).isDirectory())
    .sort();
  const seen = new Map<string, string>();
  for (const name of dirs) {
    const one = loadPack(join(root, name));
    result.problems.push(...one.problems);
    if (!one.pack) continue;
    const other = seen.get(one.pack.id);
    if (other) {
      result.problems.push({ file: one.pack.dir, path: 'id', message: `duplicate pack id "${one.pack.id}" (also in ${other})` });
      continue;
    }
    seen.set(one.pack.id, one.pack.dir);
    result.packs.push(one.pack);
  }
  return result;
}

/** Loads one pack folder: the pack file, validated, and its article, split. */
export function loadPack(dir: string): { pack?: LoadedPack; problems: PackProblem[] } {
  const packFile = PACK_FILES.map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!packFile) return { problems: [{ file: dir, path: '', message: `no ${PACK_FILES.join(' or ')} in this folder` }] };
  const file = relative(process.cwd(), packFile) || packFile;
  let raw: unknown;
  try {
    const source = readFileSync(packFile, 'utf8');
    raw = packFile.endsWith('.json') ? JSON.parse(source) : parseYaml(source);
  } catch (error) {
    const message = error instanceof YAMLParseError || error instanceof SyntaxError ? error.message : String(error);
    return { problems: [{ file, path: '', message: `cannot parse: ${message.split('\n')[0]}` }] };
  }
  const parsed = Pack.safeParse(raw);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((i) => ({ file, path: i.path.join('.'), message: i.message })) };
  }
  const data = parsed.data;
  const articleFile = join(dir, data.article);
  if (!existsSync(articleFile)) return { problems: [{ file, path: 'article', message: `article file "${data.article}" not found` }] };
  const paragraphs = splitParagraphs(readFileSync(articleFile, 'utf8'));
  const problems = paragraphProblems(data, paragraphs.length).map((p) => ({ file, ...p }));
  if (problems.length > 0) return { problems };
  return { pack: { id: data.id, data, paragraphs, dir }, problems: [] };
}

/** Every cited paragraph must exist in the article. */
function paragraphProblems(data: PackData, count: number): Omit<PackProblem, 'file'>[] {
  const problems: Omit<PackProblem, 'file'>[] = [];
  const check = (paragraphs: number[], path: string) =>
    paragraphs.forEach((p, i) => {
      if (p > count) problems.push({ path: `${path}.paragraphs.${i}`, message: `¶${p} does not exist (the article has ${count} paragraphs)` });
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
  return [problem.file, problem.path, problem.message].filter(Boolean).join(': ');
}
