/**
 * What the hostile pack shapes are built from: the good mini pack they copy, a pack.yaml
 * edited from it under the id `hostile`, and a writer for a pack folder. Shared by the two
 * tables (hostile-shapes-files.ts, hostile-shapes-content.ts) so each shape stays one line
 * of intent.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MINI = 'test/knowledge/fixtures/mini';
export const GOOD_YAML = readFileSync(join(MINI, 'pack.yaml'), 'utf8');
export const ARTICLE = readFileSync(join(MINI, 'article.txt'), 'utf8');

/** A pack.yaml for the hostile pack: the good one under another id, edited. */
export const yaml = (edit: (y: string) => string = (y) => y) =>
  edit(GOOD_YAML.replace(/^id: riverton-bridge$/m, 'id: hostile'));
export const withArticle = (name: string) => yaml((y) => `${y}article: ${JSON.stringify(name)}\n`);

export interface Shape {
  name: string;
  /** Builds the hostile entry; `bad` is `<root>/bad` (not yet created), `outside` a folder outside the root. */
  setup(bad: string, root: string, outside: string): void;
  /** The one-line message (a pattern over `file: path: message`); null when the shape must load. */
  expected: RegExp | null;
}

/** Writes a pack folder at `bad`: its pack.yaml and its article. */
export function pack(bad: string, yamlText: string | Buffer, article: string | Buffer = ARTICLE) {
  mkdirSync(bad, { recursive: true });
  writeFileSync(join(bad, 'pack.yaml'), yamlText);
  writeFileSync(join(bad, 'article.txt'), article);
}
