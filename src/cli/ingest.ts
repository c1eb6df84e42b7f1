/**
 * `briefbot ingest <file.txt|file.md> --published YYYY-MM-DD [--title …] [--source …]
 * [--timezone …] [--id …] [--knowledge <dir>] [--force] [--allow-undated]`: drafts a knowledge
 * pack from an article, offline, and writes it as knowledge/<id>/ in one step. The details may
 * instead head the file ("Published: 15 December 2015", or a Markdown file's front matter). Bad input
 * (empty, binary, huge, no dates) is refused with a one-line reason and knowledge/ is left
 * as it was. Exit 0 written, 1 refused input or failure, 2 usage error.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { loadConfig } from '../config.ts';
import { parseDay } from '../ingest/calendar.ts';
import { draftPack } from '../ingest/draft.ts';
import { FrontMatterError, readFrontMatter, type FrontMatter } from '../ingest/front-matter.ts';
import { slugify } from '../ingest/slug.ts';
import { PackBusyError, PackExistsError, writePack } from '../ingest/write.ts';
import { Slug, TimeZone } from '../knowledge/schema.ts';
import { EXIT, type CliIo, type GlobalFlags } from './io.ts';
import { UsageError } from './main.ts';

/** Articles are a few thousand words; anything past this is not one article. */
export const MAX_ARTICLE_BYTES = 1_000_000;

const VALUE_FLAGS = ['--published', '--title', '--source', '--timezone', '--id', '--knowledge'] as const;
const BOOLEAN_FLAGS = ['--force', '--allow-undated'] as const;

interface IngestArgs {
  file: string;
  values: Partial<Record<(typeof VALUE_FLAGS)[number], string>>;
  force: boolean;
  allowUndated: boolean;
}

export function parseIngestArgs(args: string[]): IngestArgs {
  const values: IngestArgs['values'] = {};
  const files: string[] = [];
  let force = false;
  let allowUndated = false;
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i]!.startsWith('--')
      ? (args[i]!.split(/=(.*)/s) as [string, string | undefined])
      : [args[i]!, undefined];
    if ((VALUE_FLAGS as readonly string[]).includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value.trim() === '') throw new UsageError(`${name} needs a value`);
      values[name as (typeof VALUE_FLAGS)[number]] = value;
    } else if ((BOOLEAN_FLAGS as readonly string[]).includes(name)) {
      if (name === '--force') force = true;
      else allowUndated = true;
    } else if (name.startsWith('-')) throw new UsageError(`unknown option ${name.slice(0, 40)} for "ingest"`);
    else files.push(name);
  }
  if (files.length !== 1)
    throw new UsageError(
      files.length === 0 ? 'ingest needs the article file (.txt or .md)' : 'ingest takes one article file at a time',
    );
  const file = files[0]!;
  if (!['.txt', '.md'].includes(extname(file).toLowerCase()))
    throw new UsageError(`the article must be a .txt or .md file, not "${basename(file).slice(0, 60)}"`);
  if (values['--published'] && !parseDay(values['--published']))
    throw new UsageError(`--published must be a real date as YYYY-MM-DD, not "${values['--published'].slice(0, 40)}"`);
  if (values['--timezone'] && !TimeZone.safeParse(values['--timezone']).success)
    throw new UsageError(
      `--timezone must be an IANA timezone such as Europe/Moscow, not "${values['--timezone'].slice(0, 40)}"`,
    );
  if (values['--id'] && !Slug.safeParse(values['--id']).success)
    throw new UsageError(
      `--id must be a lowercase slug such as "kerry-putin-moscow-2015", not "${values['--id'].slice(0, 40)}"`,
    );
  return { file, values, force, allowUndated };
}

/** Reads the article, refusing what is not one: a short reason, never a stack. */
export function readArticle(file: string): string {
  if (!existsSync(file) || !statSync(file).isFile()) throw new InputError(`${file}: no such file`);
  const size = statSync(file).size;
  if (size > MAX_ARTICLE_BYTES)
    throw new InputError(
      `${file} is ${(size / 1_000_000).toFixed(1)} MB; an article is at most ${MAX_ARTICLE_BYTES / 1_000_000} MB`,
    );
  const bytes = readFileSync(file);
  let text: string;
  try {
    if (bytes.includes(0)) throw new Error('NUL byte');
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file} is not UTF-8 text (binary file?)`);
  }
  if (text.trim() === '') throw new InputError(`${file} is empty`);
  return text.replace(/^\uFEFF/, '');
}

export class InputError extends Error {
  override readonly name = 'InputError';
}

export async function run(args: string[], io: CliIo, flags: GlobalFlags): Promise<number> {
  const parsed = parseIngestArgs(args);
  const config = loadConfig();
  const root = parsed.values['--knowledge'] ?? config.KNOWLEDGE_DIR;
  try {
    const { meta, text } = readFrontMatter(readArticle(parsed.file));
    if (text.trim() === '' || text.trim() === meta.title)
      throw new InputError(`${parsed.file} has a header and no article`);
    const given = { ...meta, ...definedOnly(parsed.values) };
    if (!given.published)
      throw new UsageError(
        '--published YYYY-MM-DD is required (or a "Published:" line heading the article): ' +
          'relative dates ("last week") are resolved against it',
      );
    if (!parseDay(given.published))
      throw new InputError(`the article's published date "${given.published}" is no real date`);
    if (given.timezone && !TimeZone.safeParse(given.timezone).success)
      throw new InputError(`the article's timezone "${given.timezone.slice(0, 40)}" is no IANA timezone`);
    const ext = extname(parsed.file).toLowerCase();
    const id = parsed.values['--id'] ?? (slugify(basename(parsed.file, extname(parsed.file))) || 'article');
    const pack = draftPack(text, {
      id,
      published: given.published,
      source: given.source ?? 'unknown',
      timezone: given.timezone ?? config.DEFAULT_TIMEZONE,
      title: given.title,
      article: `article${ext}`,
    });
    if (pack.events?.length === 0 && !parsed.allowUndated) {
      throw new InputError(
        `${parsed.file}: no date phrases found, so the pack would have no dated events ` +
          '(pass --allow-undated to ingest it anyway)',
      );
    }
    const dir = writePack(root, pack, text, { force: parsed.force });
    const kinds = (k: string) => pack.entities!.filter((e) => e.kind === k).length;
    const summary = {
      ok: true,
      id,
      dir,
      entities: pack.entities!.length,
      people: kinds('person'),
      organisations: kinds('organisation'),
      places: kinds('place'),
      events: pack.events!.length,
      ambiguous: pack.events!.filter((e) => e.ambiguous).length,
      quotes: pack.quotes!.length,
      // The article's own weekday-dates overruled the published date given (src/ingest/anchor.ts).
      ...(pack.published !== given.published ? { published: pack.published, givenPublished: given.published } : {}),
    };
    if (flags.json) io.out(JSON.stringify(summary));
    else {
      io.out(
        `wrote ${dir}/ (draft, origin: machine): ${summary.entities} entities ` +
          `(${summary.people} people, ${summary.organisations} organisations, ${summary.places} places), ` +
          `${summary.events} dated events${summary.ambiguous ? ` (${summary.ambiguous} ambiguous)` : ''}, ` +
          `${summary.quotes} quotes`,
      );
      if (summary.published)
        io.out(
          `published read as ${summary.published}: the article's own dates (a weekday with its day and month) ` +
            `fall on those weekdays near it, not near ${summary.givenPublished}`,
        );
      io.out('review pack.yaml, then run `briefbot validate`');
    }
    return EXIT.ok;
  } catch (error) {
    const told = [InputError, FrontMatterError, PackExistsError, PackBusyError].some((e) => error instanceof e);
    if (!told || !(error instanceof Error)) throw error;
    if (flags.json) io.out(JSON.stringify({ ok: false, error: error.message }));
    io.err(`briefbot ingest: ${error.message}`);
    return EXIT.broken;
  }
}

/** The flags given, as the details an article's header gives: they win over its header. */
function definedOnly(values: IngestArgs['values']): FrontMatter {
  const out: FrontMatter = {};
  if (values['--title']) out.title = values['--title'];
  if (values['--published']) out.published = values['--published'];
  if (values['--source']) out.source = values['--source'];
  if (values['--timezone']) out.timezone = values['--timezone'];
  return out;
}
