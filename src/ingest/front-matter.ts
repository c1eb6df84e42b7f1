/**
 * An article saved with its details at the top: a header of "Title: …", "Published: …" and
 * "Source: …" lines, as a copy from a news site or a CMS export often has, or a Markdown file's YAML
 * front matter. Left in, its labels became the headline and its date line was read as the story's
 * first sentence. Read here, they stand for `--title`, `--published`, `--source` and `--timezone`
 * (flags given still win), and the article keeps its headline as its first paragraph.
 */
import * as chrono from 'chrono-node';
import { JSON_SCHEMA, load } from 'js-yaml';

export interface FrontMatter {
  title?: string;
  /** YYYY-MM-DD. */
  published?: string;
  source?: string;
  timezone?: string;
}

/** The labels a header may use, by the detail each gives. */
const LABELS: Record<string, keyof FrontMatter> = {
  title: 'title',
  headline: 'title',
  published: 'published',
  date: 'published',
  source: 'source',
  url: 'source',
  link: 'source',
  timezone: 'timezone',
};

const HEADER_LINE = /^([A-Za-z]+)[ \t]*:[ \t]*(\S.*?)[ \t]*$/;
const YAML_BLOCK = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export class FrontMatterError extends Error {
  override readonly name = 'FrontMatterError';
}

/**
 * The details the article's top gives, and the article without them. A header is one or more lines
 * with a known label, from the first line, ending at a blank line; anything else is the article's
 * own text and is left as it is.
 */
export function readFrontMatter(text: string): { meta: FrontMatter; text: string } {
  const block = YAML_BLOCK.exec(text);
  const front = block ? fromYaml(block[1]!) : undefined;
  if (front) return withHeadline(front, text.slice(block![0].length));
  const lines = text.split(/\r?\n/);
  const header: [keyof FrontMatter, string][] = [];
  for (const line of lines) {
    const match = HEADER_LINE.exec(line);
    const label = match && LABELS[match[1]!.toLowerCase()];
    if (!label) break;
    header.push([label, match[2]!]);
  }
  const ends = lines[header.length] === undefined || lines[header.length]!.trim() === '';
  if (header.length === 0 || !ends) return { meta: {}, text };
  const meta: FrontMatter = {};
  for (const [label, value] of header) meta[label] ??= value;
  return withHeadline(normalised(meta), lines.slice(header.length + 1).join('\n'));
}

/**
 * The details of a block between "---" lines, or undefined when it is no YAML mapping with a known label: an
 * article may open with a rule and text of its own, which is kept.
 */
function fromYaml(source: string): FrontMatter | undefined {
  let data: unknown;
  try {
    data = load(source, { schema: JSON_SCHEMA });
  } catch {
    return undefined;
  }
  const meta: FrontMatter = {};
  if (data && typeof data === 'object')
    for (const [key, value] of Object.entries(data)) {
      const label = LABELS[key.toLowerCase()];
      if (label && (typeof value === 'string' || typeof value === 'number')) meta[label] ??= String(value).trim();
    }
  return Object.keys(meta).length > 0 ? normalised(meta) : undefined;
}

/** The published date as YYYY-MM-DD: as written, or read from "Tuesday 15 December 2015, 10:42 GMT". */
function normalised(meta: FrontMatter): FrontMatter {
  if (!meta.published || /^\d{4}-\d{2}-\d{2}$/.test(meta.published)) return meta;
  const found = chrono.strict.parse(meta.published)[0]?.start;
  if (!found || !found.isCertain('year')) {
    throw new FrontMatterError(`the article's published date "${meta.published.slice(0, 40)}" is no date with a year`);
  }
  const two = (n: number) => String(n).padStart(2, '0');
  return { ...meta, published: `${found.get('year')}-${two(found.get('month')!)}-${two(found.get('day')!)}` };
}

/** The article, its headline first: a header's title stands where a headline would. */
function withHeadline(meta: FrontMatter, body: string): { meta: FrontMatter; text: string } {
  const rest = body.replace(/^\s*\n/, '');
  if (!meta.title || rest.trimStart().startsWith(meta.title)) return { meta, text: rest };
  return { meta, text: `${meta.title}\n\n${rest}` };
}
