/**
 * Bad input to `briefbot ingest`: each gets a one-line reason and the right exit code, and
 * the knowledge folder is left exactly as it was (no pack, no temporary folder).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

const work = mkdtempSync(join(tmpdir(), 'briefbot-bad-'));
const knowledge = join(work, 'knowledge');
mkdirSync(join(knowledge, 'existing'), { recursive: true });
writeFileSync(join(knowledge, 'existing', 'pack.yaml'), 'id: existing\n');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const file = (name: string, content: string | Buffer) => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};
const article = file('fine.txt', 'The minister met Anna Berg in Oslo on Monday.\n');

async function ingest(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['ingest', ...args, '--knowledge', knowledge], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const listing = () => readdirSync(knowledge).sort();

describe('briefbot ingest refuses bad input and leaves knowledge/ alone', () => {
  const cases: [string, () => string[], number, RegExp][] = [
    ['an empty file', () => [file('empty.txt', '  \n\n'), '--published', '2015-12-15'], 1, /is empty/],
    [
      'a binary file',
      () => [file('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe])), '--published', '2015-12-15'],
      1,
      /not UTF-8 text/,
    ],
    [
      'a 5 MB file',
      () => [file('huge.txt', 'Words on Monday. '.repeat(310_000)), '--published', '2015-12-15'],
      1,
      /5\.3 MB; an article is at most 1 MB/,
    ],
    [
      'a file with no dates',
      () => [file('undated.txt', 'Anna Berg met the minister in Oslo.\n'), '--published', '2015-12-15'],
      1,
      /no date phrases found/,
    ],
    ['a missing --published', () => [article], 2, /--published YYYY-MM-DD is required/],
    ['a bad date', () => [article, '--published', '2015-02-30'], 2, /--published must be a real date/],
    ['an unknown flag', () => [article, '--published', '2015-12-15', '--colour', 'red'], 2, /unknown option --colour/],
    ['a missing file', () => [join(work, 'nope.txt'), '--published', '2015-12-15'], 1, /no such file/],
    [
      'a file of another type',
      () => [file('doc.pdf', '%PDF'), '--published', '2015-12-15'],
      2,
      /must be a \.txt or \.md file/,
    ],
    ['a bad timezone', () => [article, '--published', '2015-12-15', '--timezone', 'Mars/Olympus'], 2, /IANA timezone/],
    [
      'an existing pack id',
      () => [article, '--published', '2015-12-15', '--id', 'existing'],
      1,
      /already exists \(use --force/,
    ],
  ];
  it.each(cases)('%s', async (_name, args, exit, message) => {
    const before = listing();
    const result = await ingest(...args());
    expect(result.code).toBe(exit);
    expect(result.err).toMatch(message);
    expect(result.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(listing()).toEqual(before);
  });

  it('accepts an undated article with --allow-undated', async () => {
    const result = await ingest(
      file('undated2.txt', 'Anna Berg met the minister in Oslo.\n'),
      '--published',
      '2015-12-15',
      '--id',
      'undated',
      '--allow-undated',
    );
    expect(result.code).toBe(0);
    expect(listing()).toEqual(['existing', 'undated']);
  });
});
