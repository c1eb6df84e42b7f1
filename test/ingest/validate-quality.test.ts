/** `briefbot validate` reports a draft's weak spots as warnings and still exits 0. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/validate.ts';

const root = mkdtempSync(join(tmpdir(), 'briefbot-validate-'));
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

it('warns about entities without a kind, undated events and duplicate aliases, exit 0', async () => {
  mkdirSync(join(root, 'draft'));
  writeFileSync(join(root, 'draft', 'article.txt'), 'Anna Berg met Reuters in Oslo.\n');
  writeFileSync(
    join(root, 'draft', 'pack.yaml'),
    `id: draft
title: Draft
published: 2015-12-15
source: test
timezone: UTC
origin: machine
summary: s
entities:
  - { id: anna-berg, name: Anna Berg, kind: person, aliases: [Berg], summary: s, paragraphs: [1] }
  - { id: berg, name: Berg, kind: place, summary: s, paragraphs: [1] }
  - { id: reuters, name: Reuters, kind: theme, summary: s, paragraphs: [1] }
events:
  - { id: meeting, title: Meeting, phrase: recently, summary: s, paragraphs: [1] }
`,
  );
  vi.stubEnv('KNOWLEDGE_DIR', root);
  const out: string[] = [];
  const err: string[] = [];
  const code = await run([], { out: (t) => out.push(t), err: (t) => err.push(t) }, { json: false, speed: 1 });
  expect(code).toBe(0);
  expect(err.join('\n')).toMatch(/warning: .*entities\.2\.kind: "Reuters": kind not determined/);
  expect(err.join('\n')).toMatch(/warning: .*events\.0\.date: "recently": no resolvable date/);
  expect(err.join('\n')).toMatch(/warning: .*entities\.1\.aliases: "berg" also names entities\.0 \(anna-berg\)/);
  expect(out.join('\n')).toMatch(/1 pack\(s\) valid/);
});

it('warns about an ambiguous date in any pack, curated too, and still exits 0', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-ambiguous-'));
  mkdirSync(join(dir, 'curated'));
  writeFileSync(join(dir, 'curated', 'article.txt'), 'The April budget vote.\n');
  writeFileSync(
    join(dir, 'curated', 'pack.yaml'),
    `id: curated
title: Curated
published: 2026-10-14
source: test
timezone: UTC
summary: s
events:
  - { id: vote, title: Budget vote, date: 2027-04, precision: month, phrase: April, \
ambiguous: no tense says which April, summary: s, paragraphs: [1] }
  - { id: q4, title: Deal closes, date: 2027-Q4, precision: quarter, \
phrase: in the fourth quarter of 2027, summary: s, paragraphs: [1] }
`,
  );
  vi.stubEnv('KNOWLEDGE_DIR', dir);
  const err: string[] = [];
  const out: string[] = [];
  const code = await run([], { out: (t) => out.push(t), err: (t) => err.push(t) }, { json: false, speed: 1 });
  rmSync(dir, { recursive: true, force: true });
  expect(code).toBe(0);
  expect(err).toEqual([
    expect.stringMatching(
      /warning: .*events\.0\.ambiguous: "April": ambiguous date 2027-04: no tense says which April/,
    ),
  ]);
  expect(out.join('\n')).toMatch(/1 pack\(s\) valid/);
});
