/**
 * Hot reload with real file-system events: while a holder and its watcher run, a pack is
 * added, edited, broken, fixed and removed. Waits poll (vi.waitFor) instead of sleeping a
 * fixed time, so a slow machine only makes the test slower, not red.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKnowledgeHolder, type KnowledgeHolder } from '../../src/knowledge/holder.ts';
import type { PackProblem } from '../../src/knowledge/load.ts';
import { watchKnowledge, type KnowledgeWatcher } from '../../src/knowledge/watch.ts';

const packYaml = (id: string, title: string) => `id: ${id}
title: ${title}
published: 2015-12-15
source: test
timezone: UTC
origin: machine
summary: A test pack.
entities:
  - { id: anna-berg, name: Anna Berg, kind: person, summary: Anna Berg met the minister., paragraphs: [1] }
events:
  - { id: oslo-talks, title: Oslo talks, date: 2015-12-18, precision: day, phrase: on Friday, \
summary: Talks in Oslo., paragraphs: [1] }
`;
function writePackFolder(root: string, id: string, title: string) {
  mkdirSync(join(root, id), { recursive: true });
  writeFileSync(join(root, id, 'article.txt'), 'Anna Berg met the minister in Oslo on Friday.\n');
  writeFileSync(join(root, id, 'pack.yaml'), packYaml(id, title));
}

let root: string;
let holder: KnowledgeHolder;
let watcher: KnowledgeWatcher;
let problems: PackProblem[][];
const wait = { timeout: 15_000, interval: 25 };
const served = () => holder.current().packs.map((p) => `${p.id}: ${p.data.title}`);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'briefbot-reload-'));
  writePackFolder(root, 'first', 'First pack');
  holder = createKnowledgeHolder(root);
  problems = [];
  watcher = watchKnowledge(holder, { debounceMs: 40, onProblems: (p) => problems.push(p) });
});
afterEach(() => {
  watcher.close();
  rmSync(root, { recursive: true, force: true });
});

describe('watchKnowledge with real file events', () => {
  it('serves a pack added, edited, broken (last good kept), fixed and removed, without a restart', async () => {
    writePackFolder(root, 'second', 'Second pack');
    await vi.waitFor(() => expect(served()).toEqual(['first: First pack', 'second: Second pack']), wait);

    writeFileSync(join(root, 'second', 'pack.yaml'), packYaml('second', 'Second pack, edited'));
    await vi.waitFor(() => expect(served()).toContain('second: Second pack, edited'), wait);

    writeFileSync(
      join(root, 'second', 'pack.yaml'),
      packYaml('second', 'Broken').replace('kind: person', 'kind: wizard'),
    );
    await vi.waitFor(() => expect(problems.at(-1)?.[0]).toMatchObject({ path: 'entities.0.kind' }), wait);
    expect(served()).toEqual(['first: First pack', 'second: Second pack, edited']);

    writeFileSync(join(root, 'first', 'pack.yaml'), packYaml('first', 'First pack, edited while second is broken'));
    await vi.waitFor(
      () =>
        expect(served()).toEqual(['first: First pack, edited while second is broken', 'second: Second pack, edited']),
      wait,
    );

    writeFileSync(join(root, 'second', 'pack.yaml'), packYaml('second', 'Second pack, fixed'));
    await vi.waitFor(() => expect(served()).toContain('second: Second pack, fixed'), wait);

    rmSync(join(root, 'second'), { recursive: true });
    await vi.waitFor(() => expect(served()).toEqual(['first: First pack, edited while second is broken']), wait);
  });

  it('does not serve a new pack that arrives broken, and reports it', async () => {
    mkdirSync(join(root, 'bad'));
    writeFileSync(join(root, 'bad', 'pack.yaml'), 'id: [unclosed');
    await vi.waitFor(() => expect(problems.at(-1)?.[0]?.message).toMatch(/cannot parse/), wait);
    expect(served()).toEqual(['first: First pack']);
  });
});

describe('watchKnowledge debounce (injected trigger, fake timers)', () => {
  it('reloads once after a burst of changes, and reports each reload', async () => {
    vi.useFakeTimers();
    try {
      const reloads: string[][] = [];
      const quiet = watchKnowledge(holder, {
        debounceMs: 200,
        onReload: (r) => reloads.push(r.packs),
        watch: (() => ({ on() {}, close() {} })) as never,
      });
      writePackFolder(root, 'third', 'Third pack');
      for (let i = 0; i < 5; i++) {
        quiet.trigger();
        vi.advanceTimersByTime(100);
      }
      expect(reloads).toEqual([]);
      // The reload itself yields to the event loop between packs (setImmediate, faked too).
      await vi.advanceTimersByTimeAsync(200);
      expect(reloads).toEqual([['first', 'third']]);
      quiet.close();
    } finally {
      vi.useRealTimers();
    }
  });
});
