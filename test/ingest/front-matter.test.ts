/**
 * An article saved with its details at the top ("Title: …", "Published: …", or a Markdown file's
 * front matter): they stand for the flags, and the article keeps its headline as paragraph 1, with
 * no label in it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readFrontMatter } from '../../src/ingest/front-matter.ts';

const body = 'The minister met Anna Berg in Oslo on Monday.\n\nThey will meet again on Friday.\n';

describe('the details heading an article', () => {
  it('are read from "Label: value" lines, the date as written in words too', () => {
    const text = `Title: Minister meets Berg\nPublished: Tuesday 15 December 2015, 10:42 GMT\nSource: Wire\n\n${body}`;
    const { meta, text: article } = readFrontMatter(text);
    expect(meta).toEqual({ title: 'Minister meets Berg', published: '2015-12-15', source: 'Wire' });
    expect(article).toBe(`Minister meets Berg\n\n${body}`);
  });

  it('are read from YAML front matter, and a headline already first is not written twice', () => {
    const front = '---\ntitle: Minister meets Berg\ndate: 2015-12-15\ntimezone: Europe/Oslo\n---\n';
    const text = `${front}Minister meets Berg\n\n${body}`;
    const { meta, text: article } = readFrontMatter(text);
    expect(meta).toEqual({ title: 'Minister meets Berg', published: '2015-12-15', timezone: 'Europe/Oslo' });
    expect(article).toBe(`Minister meets Berg\n\n${body}`);
  });

  it('are no header when the first line is the article\'s own ("Update: …", or a label with text after it)', () => {
    for (const text of [`Update: fire at the plant\n\n${body}`, `Date: Monday\nThe minister met Anna Berg.\n`, body])
      expect(readFrontMatter(text)).toEqual({ meta: {}, text });
  });

  it('are no front matter when the lines between "---" rules are the article\'s own text, which is kept whole', () => {
    for (const text of [`---\nBreaking: the minister resigns\n---\n${body}`, `---\n: not: yaml: [\n---\n${body}`])
      expect(readFrontMatter(text)).toEqual({ meta: {}, text });
  });

  it('refuse a published date with no year', () => {
    expect(() => readFrontMatter(`Published: last Tuesday\n\n${body}`)).toThrow(/no date with a year/);
  });
});

describe('briefbot ingest of an article with a header', () => {
  const work = mkdtempSync(join(tmpdir(), 'briefbot-header-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const run = async (name: string, content: string, ...flags: string[]) => {
    const path = join(work, name);
    writeFileSync(path, content);
    const err: string[] = [];
    const code = await main(['ingest', path, '--knowledge', join(work, 'knowledge'), ...flags], {
      out: () => undefined,
      err: (t) => err.push(t),
    });
    return { code, err: err.join('\n') };
  };
  const pack = (id: string) => load(readFileSync(join(work, 'knowledge', id, 'pack.yaml'), 'utf8')) as never;

  it('needs no --published, and the flags given still win', async () => {
    const header = 'Title: Minister meets Berg\nPublished: 15 December 2015\nSource: Wire\n\n';
    expect((await run('berg.txt', header + body)).code).toBe(0);
    expect(pack('berg')).toMatchObject({ title: 'Minister meets Berg', published: '2015-12-15', source: 'Wire' });
    const article = readFileSync(join(work, 'knowledge', 'berg', 'article.txt'), 'utf8');
    expect(article.split('\n\n')[0]).toBe('Minister meets Berg');
    expect(article).not.toMatch(/Published:/);
    expect((await run('berg2.txt', header + body, '--title', 'Berg in Oslo')).code).toBe(0);
    expect(pack('berg2')).toMatchObject({ title: 'Berg in Oslo', published: '2015-12-15' });
  });

  it('refuses, with a one-line reason, a header whose date or timezone is no real one', async () => {
    const bad = await run('bad.txt', `Published: 2015-02-30\n\n${body}`);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/published date "2015-02-30" is no real date/);
    const zone = await run('zone.txt', `Published: 2015-12-15\nTimezone: Mars/Olympus\n\n${body}`);
    expect(zone.err).toMatch(/no IANA timezone/);
    const bare = await run('bare.txt', 'Title: Minister meets Berg\nPublished: 2015-12-15\n\n');
    expect(bare.code).toBe(1);
    expect(bare.err).toMatch(/has a header and no article/);
  });
});
