/**
 * A table of hostile pack and file shapes: traversal, symbolic links in and out, binary,
 * oversize, alias bombs, wrong types, duplicate ids. Each sits in a knowledge folder beside
 * a good pack; each must be refused with its one-line message (or, for the harmless
 * shapes, load), and the good pack must load whatever happens beside it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, LOAD_LIMITS, loadPacks } from '../../src/knowledge/load.ts';
import { recordFigures } from './figures.ts';

const MINI = 'test/knowledge/fixtures/mini';
const GOOD_YAML = readFileSync(join(MINI, 'pack.yaml'), 'utf8');
const ARTICLE = readFileSync(join(MINI, 'article.txt'), 'utf8');
const roots: string[] = [];
let handled = 0;
afterAll(() => {
  roots.forEach((r) => rmSync(r, { recursive: true, force: true }));
  recordFigures('hostile-shapes', { shapes: SHAPES.length, handled });
});

/** A pack.yaml for the hostile pack: the good one under another id, edited. */
const yaml = (edit: (y: string) => string = (y) => y) =>
  edit(GOOD_YAML.replace(/^id: riverton-bridge$/m, 'id: hostile'));
const withArticle = (name: string) => yaml((y) => `${y}article: ${JSON.stringify(name)}\n`);

interface Shape {
  name: string;
  /** Builds the hostile entry; `bad` is `<root>/bad` (not yet created), `outside` a folder outside the root. */
  setup(bad: string, root: string, outside: string): void;
  /** The one-line message (a pattern over `file: path: message`); null when the shape must load. */
  expected: RegExp | null;
}

function pack(bad: string, yamlText: string | Buffer, article: string | Buffer = ARTICLE) {
  mkdirSync(bad, { recursive: true });
  writeFileSync(join(bad, 'pack.yaml'), yamlText);
  writeFileSync(join(bad, 'article.txt'), article);
}

const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
for (let i = 1; i < 12; i++)
  bomb.push(
    `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
      .fill(`*${String.fromCharCode(96 + i)}`)
      .join(',')}]`,
  );

const SHAPES: Shape[] = [
  // Paths the pack names
  {
    name: 'article: ../../.env',
    setup: (b) => pack(b, withArticle('../../.env')),
    expected: /bad\/pack\.yaml: article: "\.\.\/\.\.\/\.env" must name a file inside the pack folder$/,
  },
  {
    name: 'article: /etc/passwd',
    setup: (b) => pack(b, withArticle('/etc/passwd')),
    expected: /article: "\/etc\/passwd" must name a file inside the pack folder$/,
  },
  {
    name: "article: a sibling pack's file",
    setup: (b) => pack(b, withArticle('../good/article.txt')),
    expected: /must name a file inside the pack folder$/,
  },
  {
    name: 'article: . (the folder itself)',
    setup: (b) => pack(b, withArticle('.')),
    expected: /article: "\." must name a file inside the pack folder$/,
  },
  {
    name: 'article: empty name',
    setup: (b) => pack(b, withArticle('')),
    expected: /article: "" must name a file inside the pack folder$/,
  },
  {
    name: 'article: a sub-folder',
    setup: (b) => (pack(b, withArticle('sub')), mkdirSync(join(b, 'sub'))),
    expected: /article: "sub" is not a regular file$/,
  },
  {
    name: 'article: a name with a newline and control characters',
    setup: (b) => pack(b, withArticle('x\n\u0007y.txt')),
    expected: /article: "x {2}y\.txt" not found$/,
  },
  {
    name: 'article: missing file',
    setup: (b) => pack(b, withArticle('gone.txt')),
    expected: /article: "gone\.txt" not found$/,
  },
  { name: 'article: ./article.txt (harmless)', setup: (b) => pack(b, withArticle('./article.txt')), expected: null },
  {
    name: 'article: sub/../article.txt (harmless)',
    setup: (b) => pack(b, withArticle('sub/../article.txt')),
    expected: null,
  },
  // Symbolic links, out and in
  {
    name: 'article symlink to /etc/passwd',
    setup: (b) => (pack(b, yaml()), rmSync(join(b, 'article.txt')), symlinkSync('/etc/passwd', join(b, 'article.txt'))),
    expected: /article: "article\.txt" is a symbolic link that leads outside the pack folder: refused$/,
  },
  {
    name: 'article symlink to a file outside the root',
    setup: (b, _r, o) => (
      pack(b, yaml()),
      rmSync(join(b, 'article.txt')),
      symlinkSync(join(o, 'secret.txt'), join(b, 'article.txt'))
    ),
    expected: /leads outside the pack folder: refused$/,
  },
  {
    name: 'article symlink to the good pack (another folder)',
    setup: (b, r) => (
      pack(b, yaml()),
      rmSync(join(b, 'article.txt')),
      symlinkSync(join(r, 'good', 'article.txt'), join(b, 'article.txt'))
    ),
    expected: /leads outside the pack folder: refused$/,
  },
  {
    name: 'article symlink inside its folder (harmless)',
    setup: (b) => (pack(b, withArticle('link.txt')), symlinkSync('article.txt', join(b, 'link.txt'))),
    expected: null,
  },
  {
    name: 'article dangling symlink',
    setup: (b) => (pack(b, yaml()), rmSync(join(b, 'article.txt')), symlinkSync('nowhere.txt', join(b, 'article.txt'))),
    expected: /article: "article\.txt" is a broken symbolic link$/,
  },
  {
    name: 'article symlink loop',
    setup: (b) => (pack(b, yaml()), rmSync(join(b, 'article.txt')), symlinkSync('article.txt', join(b, 'article.txt'))),
    expected: /article: "article\.txt" is a symbolic link loop$/,
  },
  {
    name: 'article is a FIFO (would block a read)',
    setup: (b) => (pack(b, yaml()), rmSync(join(b, 'article.txt')), execFileSync('mkfifo', [join(b, 'article.txt')])),
    expected: /article: "article\.txt" is not a regular file$/,
  },
  {
    name: 'pack.yaml symlink to /etc/passwd',
    setup: (b) => (mkdirSync(b), symlinkSync('/etc/passwd', join(b, 'pack.yaml'))),
    expected: /bad\/pack\.yaml: "pack\.yaml" is a symbolic link that leads outside the pack folder: refused$/,
  },
  {
    name: 'pack.yaml dangling symlink',
    setup: (b) => (mkdirSync(b), symlinkSync('missing.yaml', join(b, 'pack.yaml'))),
    expected: /bad\/pack\.yaml: "pack\.yaml" is a broken symbolic link$/,
  },
  {
    name: 'pack.yaml is a folder',
    setup: (b) => mkdirSync(join(b, 'pack.yaml'), { recursive: true }),
    expected: /bad\/pack\.yaml: "pack\.yaml" is not a regular file$/,
  },
  {
    name: 'pack folder: symlink out of the knowledge folder',
    setup: (b, _r, o) => symlinkSync(join(o, 'pack'), b),
    expected: /bad: symbolic link that leads outside the knowledge folder: refused$/,
  },
  {
    name: 'pack folder: dangling symlink',
    setup: (b, r) => symlinkSync(join(r, 'nothing-here'), b),
    expected: /bad: this entry is a broken symbolic link$/,
  },
  {
    name: 'pack folder: symlink to /',
    setup: (b) => symlinkSync('/', b),
    expected: /bad: symbolic link that leads outside the knowledge folder: refused$/,
  },
  {
    name: 'pack folder: symlink to a hidden folder inside (harmless)',
    setup: (b, r) => (pack(join(r, '.store', 'p'), yaml()), symlinkSync(join(r, '.store', 'p'), b)),
    expected: null,
  },
  {
    name: 'a plain file in the knowledge folder (ignored)',
    setup: (b, r) => (pack(b, yaml()), writeFileSync(join(r, 'README.md'), '# notes\n')),
    expected: null,
  },
  {
    name: 'an empty folder',
    setup: (b) => mkdirSync(b),
    expected: /bad: no pack\.yaml or pack\.yml or pack\.json in this folder$/,
  },
  // Content: binary, encodings, size
  {
    name: 'article: binary (PNG header)',
    setup: (b) => pack(b, yaml(), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    expected: /article: "article\.txt" is not UTF-8 text \(a binary file\?\)$/,
  },
  {
    name: 'article: NUL bytes in text',
    setup: (b) => pack(b, yaml(), `${ARTICLE}\u0000tail`),
    expected: /is not UTF-8 text/,
  },
  {
    name: 'article: Latin-1, not UTF-8',
    setup: (b) => pack(b, yaml(), Buffer.from(`${ARTICLE} caf\xe9\n`, 'latin1')),
    expected: /article: "article\.txt" is not UTF-8 text/,
  },
  {
    name: 'article: over the size cap',
    setup: (b) => pack(b, yaml(), `${ARTICLE}\n\n${'word '.repeat(LOAD_LIMITS.articleBytes / 5)}`),
    expected: /article: "article\.txt" is 1\.0 MB; the limit is 1\.0 MB$/,
  },
  {
    name: 'article: UTF-8 with a byte-order mark (harmless)',
    setup: (b) => pack(b, yaml(), `\uFEFF${ARTICLE}`),
    expected: null,
  },
  {
    name: 'pack.yaml: over the size cap',
    setup: (b) => pack(b, `${yaml()}\n# ${'x'.repeat(LOAD_LIMITS.packBytes)}\n`),
    expected: /bad\/pack\.yaml: "pack\.yaml" is 2\.0 MB; the limit is 2\.0 MB$/,
  },
  {
    name: 'pack.yaml: binary',
    setup: (b) => pack(b, Buffer.from([0xff, 0xfe, 0, 0x41, 0x42])),
    expected: /"pack\.yaml" is not UTF-8 text/,
  },
  // Parsing
  {
    name: 'pack.yaml: alias bomb (billion laughs)',
    setup: (b) => pack(b, `${bomb.join('\n')}\n`),
    expected: /bad\/pack\.yaml: cannot parse: .*alias/i,
  },
  {
    name: 'pack.yaml: syntax error',
    setup: (b) => pack(b, 'id: [unclosed\n'),
    expected: /bad\/pack\.yaml: cannot parse: /,
  },
  {
    name: 'pack.yaml: two documents',
    setup: (b) => pack(b, `${yaml()}\n---\nid: other\n`),
    expected: /cannot parse: expected a single document in the stream/i,
  },
  {
    name: 'pack.yaml: duplicate keys',
    setup: (b) => pack(b, `${yaml()}\ntitle: again\n`),
    expected: /cannot parse: duplicated mapping key \(\d+:\d+\)$/,
  },
  {
    name: 'pack.yaml: empty',
    setup: (b) => pack(b, ''),
    expected: /bad\/pack\.yaml: cannot parse: expected a document, but the input is empty$/,
  },
  {
    name: 'pack.yaml: deep nesting',
    setup: (b) => pack(b, `${'['.repeat(5000)}${']'.repeat(5000)}\n`),
    expected: /bad\/pack\.yaml: (cannot parse: .*|Invalid input: expected object, received array)$/,
  },
  {
    name: 'pack.json: invalid JSON',
    setup: (b) => (mkdirSync(b), writeFileSync(join(b, 'pack.json'), '{"id": ')),
    expected: /bad\/pack\.json: cannot parse: /,
  },
  {
    name: 'pack.json: a list, not an object',
    setup: (b) => (mkdirSync(b), writeFileSync(join(b, 'pack.json'), '[1, 2]')),
    expected: /bad\/pack\.json: Invalid input: expected object, received array$/,
  },
  {
    name: 'pack.yaml: a __proto__ key (harmless)',
    setup: (b) =>
      pack(
        b,
        yaml((y) => `${y}__proto__: { id: evil, polluted: true }\n`),
      ),
    expected: null,
  },
  // Wrong types and broken references
  {
    name: 'entities is a string',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace(/^entities:$/m, 'entities: nobody\nx-entities:')),
      ),
    expected: /bad\/pack\.yaml: entities: Invalid input: expected array, received string$/,
  },
  {
    name: 'published is a number',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace(/^published: .*$/m, 'published: 20240306')),
      ),
    expected: /published: Invalid input: expected string, received number$/,
  },
  {
    name: 'id is not a slug',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace(/^id: hostile$/m, 'id: "../../etc"')),
      ),
    expected: /bad\/pack\.yaml: id: must be a lowercase slug such as "john-kerry"$/,
  },
  {
    name: 'an unknown entity kind',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace('kind: person', 'kind: wizard')),
      ),
    expected: /entities\.0\.kind: Invalid option: expected one of/,
  },
  {
    name: 'a timezone that is not IANA',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace('timezone: Europe/London', 'timezone: Mars/Olympus')),
      ),
    expected: /timezone: must be an IANA timezone such as "Europe\/Moscow"$/,
  },
  {
    name: 'a date that does not match its precision',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace('date: 2024-04', 'date: 2024-13')),
      ),
    expected: /events\.1\.date: "2024-13" is not a valid date of precision "month"$/,
  },
  {
    name: 'a paragraph the article does not have',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace('paragraphs: [1, 4]', 'paragraphs: [1, 99]')),
      ),
    expected: /entities\.1\.paragraphs\.1: ¶99 does not exist \(the article has \d+ paragraphs\)$/,
  },
  {
    name: 'duplicate entity id',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace('id: riverton-bridge\n', 'id: riverton\n')),
      ),
    expected: /entities\.2\.id: duplicate id "riverton"$/,
  },
  {
    name: 'an unknown participant',
    setup: (b) =>
      pack(
        b,
        yaml((y) => y.replace('participants: [ana-lopez]', 'participants: [nobody]')),
      ),
    expected: /events\.0\.participants\.0: unknown entity "nobody"$/,
  },
  {
    name: 'duplicate pack id (a copy of the good pack)',
    setup: (_b, r) => pack(join(r, 'zz-copy'), GOOD_YAML),
    expected: /zz-copy: id: duplicate pack id "riverton-bridge" \(also in .*good\)$/,
  },
];

describe('hostile pack and file shapes', () => {
  it(`the table holds at least 40 shapes (${SHAPES.length})`, () => {
    expect(SHAPES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(SHAPES.map((s) => [s.name, s] as const))('%s', (_name, shape) => {
    const root = mkdtempSync(join(tmpdir(), 'briefbot-hostile-'));
    const outside = mkdtempSync(join(tmpdir(), 'briefbot-outside-'));
    roots.push(root, outside);
    writeFileSync(join(outside, 'secret.txt'), 'SLACK_BOT_TOKEN=xoxb-secret-value\n');
    cpSync(MINI, join(outside, 'pack'), { recursive: true });
    cpSync(MINI, join(root, 'good'), { recursive: true });
    shape.setup(join(root, 'bad'), root, outside);

    const { packs, problems } = loadPacks(root);
    const lines = problems.map(formatProblem);
    // The good pack beside it always loads.
    expect(packs.map((p) => p.id)).toContain('riverton-bridge');
    // No pack ever holds the text of a file outside its folder.
    expect(packs.flatMap((p) => p.paragraphs.map((q) => q.text)).join('\n')).not.toMatch(/xoxb-secret|root:x:0:0/);
    for (const line of lines) expect(line).not.toContain('\n');
    if (shape.expected === null) {
      expect(lines).toEqual([]);
      expect(packs.map((p) => p.id)).toContain('hostile');
    } else {
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(shape.expected);
      expect(packs.map((p) => p.id)).not.toContain('hostile');
    }
    handled++;
  });
});
