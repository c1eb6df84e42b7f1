/**
 * `briefbot index [--rebuild]` (issue 12): compiles every pack and its reading ahead of
 * time, skips what is compiled already, starts over with --rebuild, reports a broken pack
 * with exit 1 while compiling the rest; and the progress bar it draws on a terminal.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { clock, progressBar } from '../../src/cli/progress.ts';

const saved = { KNOWLEDGE_DIR: process.env.KNOWLEDGE_DIR, DATABASE_PATH: process.env.DATABASE_PATH };
const dirs: string[] = [];
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A knowledge folder with the seed pack, and a database folder, both temporary. */
function setup() {
  const base = mkdtempSync(join(tmpdir(), 'index-cmd-'));
  dirs.push(base);
  cpSync(new URL('../../knowledge/', import.meta.url).pathname, join(base, 'knowledge'), { recursive: true });
  process.env.KNOWLEDGE_DIR = join(base, 'knowledge');
  process.env.DATABASE_PATH = join(base, 'data', 'bot.db');
  return base;
}

describe('briefbot index', () => {
  it('compiles each pack and its reading once, and starts over with --rebuild', async () => {
    const base = setup();
    const first = JSON.parse((await cli('index', '--json')).out) as {
      ok: boolean;
      packs: number;
      read: number;
      folder: string;
    };
    expect(first).toMatchObject({ ok: true, packs: 1, read: 1 });
    expect(
      readdirSync(first.folder)
        .map((f) => f.replace(/^[0-9a-f]+/, ''))
        .sort(),
    ).toEqual(['.index.bin', '.json', '.reading.bin']);
    expect(first.folder.startsWith(join(base, 'data', 'compiled'))).toBe(true);
    const again = await cli('index');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/indexed 1 pack\(s\) in 0:\d\d \(0 read now, 1 already compiled\)/);
    const rebuilt = JSON.parse((await cli('index', '--rebuild', '--json')).out) as { read: number };
    expect(rebuilt.read).toBe(1);
  });

  it('reports a broken pack with exit 1 and compiles the others', async () => {
    const base = setup();
    mkdirSync(join(base, 'knowledge', 'broken'));
    writeFileSync(join(base, 'knowledge', 'broken', 'pack.yaml'), 'id: [unclosed');
    const result = await cli('index');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/broken.*cannot parse/);
    expect(result.out).toMatch(/indexed 1 pack\(s\)/);
  });

  it('takes no other argument', async () => {
    setup();
    const result = await cli('index', '--fast');
    expect(result.code).toBe(2);
    expect(result.err).toContain('index takes only --rebuild');
  });
});

describe('progress bar', () => {
  it('draws count, share and an ETA from the pace so far on a terminal, at most ten times a second', () => {
    const written: string[] = [];
    let now = 0;
    const bar = progressBar(4, { isTTY: true, write: (t) => written.push(t) }, () => now);
    now = 1000;
    bar.tick('a');
    now = 1050;
    bar.tick('b');
    now = 2000;
    bar.tick('c');
    bar.done();
    expect(written).toHaveLength(3);
    expect(written[0]).toMatch(/^\r\[#{6}\.{18}\] 1\/4 25% ETA 0:03 a/);
    expect(written[1]).toMatch(/3\/4 75% ETA 0:01 c/);
    expect(written[2]).toBe('\n');
  });

  it('stays silent off a terminal', () => {
    const written: string[] = [];
    const bar = progressBar(2, { isTTY: false, write: (t) => written.push(t) });
    bar.tick();
    bar.tick();
    bar.done();
    expect(written).toEqual([]);
    expect(clock(3_725_000)).toBe('1:02:05');
  });
});
