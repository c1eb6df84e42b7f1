/**
 * Ingest under faults: a lock per pack id (a running ingest of the same id refuses the
 * second, a dead one's lock is taken over), two real ingests racing for one id never both
 * "write", a run killed with SIGKILL leaves nothing the next run does not clean, and the
 * written folder and files follow the umask.
 */
import { execFile, spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

const work = mkdtempSync(join(tmpdir(), 'briefbot-ingest-lock-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const run = promisify(execFile);

const article = (name: string, who: string) => {
  const path = join(work, name);
  writeFileSync(
    path,
    `${who} met the minister in Oslo on Monday.\n\n${who} said the talks would resume on 18 December.\n`,
  );
  return path;
};
async function ingest(knowledge: string, ...args: string[]) {
  const err: string[] = [];
  const code = await main(['ingest', ...args, '--published', '2015-12-15', '--knowledge', knowledge], {
    out: () => {},
    err: (t) => void err.push(t),
  });
  return { code, err: err.join('\n') };
}
const deadPid = async () => {
  const child = spawn('true');
  await new Promise((r) => child.on('exit', r));
  return child.pid!;
};
const hidden = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.'));

describe('ingest: one writer per pack id', () => {
  it('refuses while another live ingest of the id holds the lock; takes over the lock of a dead one', async () => {
    const knowledge = join(work, 'k1');
    mkdirSync(knowledge);
    const holder = spawn('sleep', ['30']);
    try {
      writeFileSync(join(knowledge, '.ingest-oslo.lock'), String(holder.pid));
      const busy = await ingest(knowledge, article('a.txt', 'Anna Berg'), '--id', 'oslo');
      expect(busy).toEqual({
        code: 1,
        err: `briefbot ingest: another ingest of "oslo" is running (pid ${holder.pid}); try again when it is done`,
      });
      expect(readdirSync(knowledge)).toEqual(['.ingest-oslo.lock']);
    } finally {
      holder.kill();
    }
    writeFileSync(join(knowledge, '.ingest-oslo.lock'), String(await deadPid()));
    expect((await ingest(knowledge, article('a.txt', 'Anna Berg'), '--id', 'oslo')).code).toBe(0);
    expect(readdirSync(knowledge)).toEqual(['oslo']);
  });

  it('two real ingests racing for one id: exactly one writes, the other is told why, three rounds', async () => {
    for (let round = 0; round < 3; round++) {
      const knowledge = join(work, `race-${round}`);
      const cli = (file: string) =>
        run(process.execPath, [
          'bin/briefbot.js',
          'ingest',
          file,
          '--published',
          '2015-12-15',
          '--id',
          'oslo',
          '--knowledge',
          knowledge,
        ]).then(
          () => 'wrote',
          (e: { stderr: string }) => e.stderr.trim(),
        );
      const outcomes = await Promise.all([cli(article('x.txt', 'Xena Holt')), cli(article('y.txt', 'Yuri Petrov'))]);
      expect(outcomes.filter((o) => o === 'wrote')).toHaveLength(1);
      expect(outcomes.find((o) => o !== 'wrote')).toMatch(
        /already exists \(use --force to replace it\)|another ingest of "oslo"/,
      );
      const served = readFileSync(join(knowledge, 'oslo', 'article.txt'), 'utf8');
      expect(served).toContain(outcomes[0] === 'wrote' ? 'Xena Holt' : 'Yuri Petrov');
      expect(hidden(knowledge)).toEqual([]);
    }
  }, 60_000);
});

describe('ingest: what a killed run leaves behind', () => {
  it('the next run removes temporary folders and locks of dead runs, and keeps those of live ones', async () => {
    const knowledge = join(work, 'k2');
    const dead = await deadPid();
    mkdirSync(join(knowledge, `.ingest-oslo-${dead}-0123abcd`), { recursive: true });
    mkdirSync(join(knowledge, `.ingest-other-${dead}-89abcdef.old`), { recursive: true });
    writeFileSync(join(knowledge, '.ingest-gone.lock'), String(dead));
    mkdirSync(join(knowledge, `.ingest-live-${process.pid}-00000000`));
    // Left by an older version (no pid in the name): removed once it is clearly old.
    mkdirSync(join(knowledge, '.ingest-legacy-Ab12Cd'));
    utimesSync(
      join(knowledge, '.ingest-legacy-Ab12Cd'),
      new Date(Date.now() - 3_600_000),
      new Date(Date.now() - 3_600_000),
    );
    mkdirSync(join(knowledge, '.ingest-recent-Ef34Gh'));
    expect((await ingest(knowledge, article('b.txt', 'Anna Berg'), '--id', 'oslo')).code).toBe(0);
    expect(hidden(knowledge).sort()).toEqual([`.ingest-live-${process.pid}-00000000`, '.ingest-recent-Ef34Gh']);
  });

  it('SIGKILL at random points of real ingests: the next run leaves no hidden folder', async () => {
    const knowledge = join(work, 'k3');
    for (let i = 0; i < 4; i++) {
      const child = spawn(process.execPath, [
        'bin/briefbot.js',
        'ingest',
        article('c.txt', 'Anna Berg'),
        '--published',
        '2015-12-15',
        '--id',
        `p${i}`,
        '--knowledge',
        knowledge,
      ]);
      // Listen first: a compiled ingest may finish before the kill.
      const exited = new Promise((r) => child.on('exit', r));
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 600));
      child.kill('SIGKILL');
      await exited;
    }
    expect((await ingest(knowledge, article('d.txt', 'Anna Berg'), '--id', 'last')).code).toBe(0);
    expect(hidden(knowledge)).toEqual([]);
  }, 60_000);
});

describe('ingest: modes follow the umask', () => {
  it.each([
    ['022', 0o755, 0o644],
    ['002', 0o775, 0o664],
  ])(
    'umask %s: the folder and files get the modes it allows',
    async (umask, folderMode, fileMode) => {
      const knowledge = join(work, `umask-${umask}`);
      const file = article('e.txt', 'Anna Berg');
      await run('sh', [
        '-c',
        `umask ${umask} && exec "${process.execPath}" bin/briefbot.js ingest "${file}" ` +
          `--published 2015-12-15 --id oslo --knowledge "${knowledge}"`,
      ]);
      expect(statSync(join(knowledge, 'oslo')).mode & 0o777).toBe(folderMode);
      expect(statSync(join(knowledge, 'oslo', 'pack.yaml')).mode & 0o777).toBe(fileMode);
      expect(statSync(join(knowledge, 'oslo', 'article.txt')).mode & 0o777).toBe(fileMode);
    },
    30_000,
  );
});
