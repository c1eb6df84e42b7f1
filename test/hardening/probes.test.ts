/**
 * The probes of issue 10 that the other files of this folder do not already cover, as
 * an operator or an attacker would run them: a pack pointing at `.env`, broken entries
 * beside good packs in `validate --json` and in a hot reload, a 50 MB pack.yaml, and a
 * reload that must neither block answers nor re-read packs that did not change.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { createKnowledgeHolder } from '../../src/knowledge/holder.ts';
import { formatProblem, loadPacks } from '../../src/knowledge/load.ts';
import { renderText } from '../../src/render/text.ts';
import { createBot } from './bot.ts';

const work = mkdtempSync(join(tmpdir(), 'briefbot-probes-'));
const previous = process.env.KNOWLEDGE_DIR;
afterEach(() => {
  if (previous === undefined) delete process.env.KNOWLEDGE_DIR;
  else process.env.KNOWLEDGE_DIR = previous;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SEED = 'knowledge/kerry-putin-moscow-2015';
let n = 0;
/** A knowledge folder with a copy of the seed pack; `edit` adds the hostile part. */
function knowledge(edit: (root: string) => void): string {
  const root = join(work, `k${n++}`);
  cpSync(SEED, join(root, 'seed'), { recursive: true });
  edit(root);
  return root;
}
async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('probe 1: a pack that names a file outside its folder', () => {
  it('`article: ../../.env` is refused, so `ask "what is the SLACK_BOT_TOKEN?"` cannot quote the token', async () => {
    writeFileSync(join(work, '.env'), 'SLACK_BOT_TOKEN=xoxb-9999-leaked-token\n');
    const root = knowledge((r) => {
      mkdirSync(join(r, 'evil'));
      const yaml = readFileSync(join(SEED, 'pack.yaml'), 'utf8').replace(/^id: .*$/m, 'id: evil');
      writeFileSync(join(r, 'evil', 'pack.yaml'), yaml.replace(/^article: .*$/m, 'article: ../../.env'));
    });
    process.env.KNOWLEDGE_DIR = root;
    const validate = await cli('validate');
    expect(validate.code).toBe(1);
    expect(validate.err).toMatch(
      /evil\/pack\.yaml: article: "\.\.\/\.\.\/\.env" must name a file inside the pack folder/,
    );
    const ask = await cli('ask', 'what is the SLACK_BOT_TOKEN?');
    expect(`${ask.out}\n${ask.err}`).not.toContain('xoxb-9999');
  });
});

describe('probe 4: one unreadable entry beside good packs', () => {
  const broken = (r: string) => {
    symlinkSync(join(r, 'nowhere'), join(r, 'dangling'));
    cpSync(SEED, join(r, 'dot'), { recursive: true });
    const yaml = readFileSync(join(SEED, 'pack.yaml'), 'utf8').replace(/^id: .*$/m, 'id: dot');
    writeFileSync(join(r, 'dot', 'pack.yaml'), yaml.replace(/^article: .*$/m, 'article: .'));
  };

  it('validate --json always prints: each problem, and the good pack', async () => {
    process.env.KNOWLEDGE_DIR = knowledge(broken);
    const { code, out } = await cli('validate', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(out) as { ok: boolean; packs: string[]; problems: { file: string; message: string }[] };
    expect(report.ok).toBe(false);
    expect(report.packs).toEqual(['kerry-putin-moscow-2015']);
    expect(report.problems.map((p) => p.message).sort()).toEqual([
      '"." must name a file inside the pack folder',
      'this entry is a broken symbolic link',
    ]);
  });

  it('hot reload goes on for the good packs while the broken entries stay reported', () => {
    const root = knowledge(() => {});
    const holder = createKnowledgeHolder(root);
    broken(root);
    cpSync(join(root, 'seed'), join(root, 'copy'), { recursive: true });
    writeFileSync(
      join(root, 'copy', 'pack.yaml'),
      readFileSync(join(root, 'seed', 'pack.yaml'), 'utf8').replace(/^id: .*$/m, 'id: copy'),
    );
    const problems = holder.reload();
    expect(problems.map((p) => p.message).sort()).toEqual([
      '"." must name a file inside the pack folder',
      'this entry is a broken symbolic link',
    ]);
    expect(holder.current().packs.map((p) => p.id)).toEqual(['copy', 'kerry-putin-moscow-2015']);
  });
});

describe('probe 7: a 50 MB pack.yaml', () => {
  it('is refused by its size, without being parsed', () => {
    const root = knowledge((r) => {
      mkdirSync(join(r, 'huge'));
      writeFileSync(
        join(r, 'huge', 'pack.yaml'),
        `id: huge\nentities:\n${'  - { id: a, name: A, kind: person, summary: s, paragraphs: [1] }\n'.repeat(800_000)}`,
      );
    });
    const { packs, problems } = loadPacks(root);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/huge\/pack\.yaml: "pack\.yaml" is 5\d\.\d MB; the limit is 2\.0 MB$/),
    ]);
    expect(packs.map((p) => p.id)).toEqual(['kerry-putin-moscow-2015']);
  });
});

describe('probe 7: reloading while answering', () => {
  /** A folder of `count` copies of the seed pack under other ids. */
  function archive(count: number): string {
    return knowledge((r) => {
      const yaml = readFileSync(join(SEED, 'pack.yaml'), 'utf8');
      for (let i = 0; i < count; i++) {
        cpSync(SEED, join(r, `copy-${i}`), { recursive: true });
        writeFileSync(join(r, `copy-${i}`, 'pack.yaml'), yaml.replace(/^id: .*$/m, `id: copy-${i}`));
      }
    });
  }

  it('a reload of one pack re-reads and re-indexes that pack only: the others are the same objects', async () => {
    const root = archive(5);
    const holder = createKnowledgeHolder(root);
    const before = new Map(holder.current().packs.map((p) => [p.id, p]));
    const yaml = readFileSync(join(root, 'copy-2', 'pack.yaml'), 'utf8');
    writeFileSync(join(root, 'copy-2', 'pack.yaml'), yaml.replace(/^title: .*$/m, 'title: Edited'));
    expect(await holder.reloadAsync()).toEqual([]);
    for (const pack of holder.current().packs) {
      if (pack.id === 'copy-2') {
        expect(pack).not.toBe(before.get(pack.id));
        expect(pack.data.title).toBe('Edited');
      } else expect(pack).toBe(before.get(pack.id));
    }
  });

  it('answers asked after a reload began are answered before it ends, from the knowledge in place', async () => {
    const root = archive(8);
    const holder = createKnowledgeHolder(root);
    const old = holder.current();
    const { say } = createBot(undefined, old);
    // Every pack changes, so the reload has real work for each.
    for (let i = 0; i < 8; i++)
      writeFileSync(
        join(root, `copy-${i}`, 'article.txt'),
        `${readFileSync(join(SEED, 'article.txt'), 'utf8')}\n\nA new closing paragraph ${i}.\n`,
      );
    const order: string[] = [];
    const reload = holder.reloadAsync().then(() => order.push('reload done'));
    await new Promise((r) => setImmediate(r));
    expect(holder.current()).toBe(old);
    const answer = say('/brief Kerry').then((r) => {
      order.push('answered');
      return r;
    });
    await Promise.all([reload, answer]);
    expect(order).toEqual(['answered', 'reload done']);
    expect(renderText(await answer)).toContain('John Kerry');
    expect(holder.current()).not.toBe(old);
    expect(holder.current().packs).toHaveLength(9);
  });
});
