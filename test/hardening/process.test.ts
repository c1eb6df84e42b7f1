/**
 * Process hygiene, with the real bot in a child process: `npm start` passes SIGTERM on (no
 * orphan), the shell chat exits 0 on /quit (lines after it unanswered), on end of input
 * and on a closed pipe (`| head`), and an unhandled error goes through the logger (secrets
 * scrubbed) and a clean shutdown with exit code 1. Ctrl-C in a terminal is tested on the
 * adapter with a terminal-like stream, since a real terminal is not available here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createShellAdapter } from '../../src/adapters/shell/shell.ts';
import { card, reply } from '../../src/core/reply.ts';
import { defineCommand } from '../../src/core/command.ts';
import { testCore } from '../support/core-harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SECRET = 'signing-secret-abcdef123456';
const env = (extra: Record<string, string> = {}) => {
  const e: Record<string, string | undefined> = {
    ...process.env,
    DATABASE_PATH: join(dir, 'bot.db'),
    KNOWLEDGE_DIR: 'knowledge',
    SLACK_SIGNING_SECRET: SECRET,
    ...extra,
  };
  for (const name of ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'DISCORD_TOKEN', 'NODE_OPTIONS']) delete e[name];
  return e;
};

interface Run {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}
function bot(command: string, args: string[], extraEnv: Record<string, string> = {}): Run {
  const child = spawn(command, args, { env: env(extraEnv), stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (err += String(d)));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, out: () => out, err: () => err, exit };
}
const until = async (check: () => boolean, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('process hygiene (real child processes)', () => {
  it('SIGTERM to `npm start` reaches the bot: it stops cleanly, no orphan left', async () => {
    const run = bot('npm', ['start', '--silent'], { LOG_LEVEL: 'info' });
    await until(() => run.err().includes('platform started'));
    const { execFileSync } = await import('node:child_process');
    const children = execFileSync('pgrep', ['-P', String(run.child.pid)])
      .toString()
      .trim()
      .split('\n')
      .map(Number);
    run.child.kill('SIGTERM');
    expect(await run.exit).toEqual({ code: 0, signal: null });
    await until(() => children.every((pid) => !alive(pid)), 5_000);
  }, 60_000);

  it('the shell exits 0 on /quit, and lines piped after it are not answered', async () => {
    const run = bot(process.execPath, ['bin/briefbot.js', 'start']);
    run.child.stdin!.end('/help\n/quit\n/brief Kerry\n');
    expect(await run.exit).toEqual({ code: 0, signal: null });
    expect(run.out()).toContain('/brief');
    expect(run.out()).not.toContain('John Kerry');
  }, 60_000);

  it('the shell exits 0 at the end of its input (Ctrl-D)', async () => {
    const run = bot(process.execPath, ['bin/briefbot.js', 'start']);
    run.child.stdin!.end('/brief Kerry\n');
    expect(await run.exit).toEqual({ code: 0, signal: null });
    expect(run.out()).toContain('John Kerry');
  }, 60_000);

  it('a closed output pipe (`| head`) ends the shell with exit 0, no EPIPE crash', async () => {
    const run = bot(process.execPath, ['bin/briefbot.js', 'start']);
    run.child.stdin!.write('/brief Kerry\n');
    await until(() => run.out().length > 0);
    run.child.stdout!.destroy();
    for (let i = 0; i < 20; i++) run.child.stdin!.write('/brief Lavrov\n');
    expect(await run.exit).toEqual({ code: 0, signal: null });
    expect(run.err()).not.toMatch(/EPIPE|Error:|at .*\.ts:\d+/);
  }, 60_000);

  it('an unhandled rejection is logged through the logger (secret scrubbed) and shuts down with exit 1', async () => {
    const boom = `setTimeout(() => Promise.reject(new Error("boom " + process.env.SLACK_SIGNING_SECRET)), 5000)`;
    const run = bot(process.execPath, [
      '--import',
      `data:text/javascript,${encodeURIComponent(boom)}`,
      'bin/briefbot.js',
      'start',
    ]);
    expect(await run.exit).toEqual({ code: 1, signal: null });
    const line = run
      .err()
      .split('\n')
      .find((l) => l.includes('unhandled error'));
    expect(line).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({
      msg: 'unhandled error: shutting down',
      err: { message: 'boom [secret]' },
    });
    expect(run.err()).not.toContain(SECRET);
  }, 60_000);
});

describe('the shell in a terminal', () => {
  it('Ctrl-C leaves like Ctrl-D instead of pausing the input', async () => {
    const echo = defineCommand({
      name: 'echo',
      description: 'e',
      options: [],
      run: () => reply(card({ kind: 'info', title: 'echoed' })),
    });
    const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
    const output = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
    let seen = '';
    output.on('data', (d) => (seen += String(d)));
    const shell = createShellAdapter({ core: testCore([echo]).core, input, output, interactive: true });
    await shell.start();
    input.write('/echo\r');
    await until(() => seen.includes('echoed'));
    input.write('\x03');
    await shell.closed;
    const after = seen.length;
    input.write('/echo\r');
    await new Promise((r) => setTimeout(r, 50));
    expect(seen.slice(after)).not.toContain('echoed');
  });
});
