/** `briefbot ingest` says how many dates it had to guess, and the pack marks each one. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { run } from '../../src/cli/ingest.ts';
import { loadPack } from '../../src/knowledge/load.ts';

const root = mkdtempSync(join(tmpdir(), 'briefbot-ambiguous-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('counts ambiguous dates in its summary and writes the reason into the pack', async () => {
  const file = join(root, 'budget.txt');
  writeFileSync(file, 'The April budget vote\n\nThe council will vote on the plan in December.\n');
  const out: string[] = [];
  const code = await run(
    [file, '--published', '2026-10-14', '--knowledge', root],
    { out: (t) => out.push(t), err: (t) => out.push(t) },
    { json: false, speed: 1 },
  );
  expect(code).toBe(0);
  expect(out[0]).toMatch(/2 dated events \(1 ambiguous\)/);
  const events = loadPack(join(root, 'budget')).pack!.data.events;
  expect(events.map((e) => [e.phrase, e.date, Boolean(e.ambiguous)])).toEqual([
    ['April', '2027-04', true],
    ['in December', '2026-12', false],
  ]);
});
