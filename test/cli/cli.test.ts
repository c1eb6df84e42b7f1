import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { draftPack } from '../../src/ingest/draft.ts';
import { writePack } from '../../src/ingest/write.ts';

/** Runs the CLI in-process and captures what it prints. */
async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const knowledgeDir = process.env.KNOWLEDGE_DIR;
afterEach(() => {
  if (knowledgeDir === undefined) delete process.env.KNOWLEDGE_DIR;
  else process.env.KNOWLEDGE_DIR = knowledgeDir;
});

describe('briefbot CLI', () => {
  it('briefs a topic, typo and all, as text and as JSON', async () => {
    const text = await cli('brief', 'jon', 'kery');
    expect(text.code).toBe(0);
    expect(text.out).toContain('John Kerry');
    const json = await cli('brief', 'Kery', '--json');
    const parsed = JSON.parse(json.out) as { found: boolean; text: string; reply: { card: { title: string } } };
    expect(parsed.found).toBe(true);
    expect(parsed.reply.card.title).toBe('John Kerry');
    expect(parsed.text).toContain('US Secretary of State');
  });

  it('answers a question with the quoted sentence, and says found:false when the article has no answer', async () => {
    const yes = JSON.parse((await cli('ask', 'when', 'is', 'the', 'New', 'York', 'meeting?', '--json')).out) as {
      found: boolean;
      text: string;
    };
    expect(yes.found).toBe(true);
    expect(yes.text).toContain('18 December');
    expect(yes.text).toContain('¶10');
    const no = await cli('ask', 'what is the capital of France?', '--json');
    expect(no.code).toBe(0);
    expect((JSON.parse(no.out) as { found: boolean }).found).toBe(false);
  });

  it('lists events relative to --now', async () => {
    const before = await cli('events', '--now', '2015-12-14T09:00:00Z');
    expect(before.out).toMatch(/Upcoming[\s\S]*18 December 2015[\s\S]*Past/);
    const after = await cli('events', 'upcoming', '--now', '2017-01-01T00:00:00Z');
    expect(after.out).not.toContain('18 December 2015');
  });

  it('exits 2 with the usage on stderr for usage errors', async () => {
    for (const argv of [
      [],
      ['frobnicate'],
      ['brief'],
      ['brief', 'Kerry', '--colour'],
      ['events', '--now', 'yesterday'],
      ['events', 'soon'],
    ]) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toContain('Usage: briefbot');
      expect(r.out).toBe('');
    }
  });

  it('validate exits 1 on a broken pack and names file, path and problem; brief refuses to run on it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'briefbot-cli-'));
    cpSync('knowledge/kerry-putin-moscow-2015', join(root, 'seed'), { recursive: true });
    writeFileSync(join(root, 'seed', 'pack.yaml'), 'id: Not A Slug\ntitle: x\n');
    process.env.KNOWLEDGE_DIR = root;
    const validate = await cli('validate');
    expect(validate.code).toBe(1);
    expect(validate.err).toMatch(/seed[/\\]pack\.yaml: id: must be a lowercase slug/);
    const brief = await cli('brief', 'Kerry');
    expect(brief.code).toBe(1);
    expect(brief.err).toContain('knowledge base is broken');
  });

  it('runs as `npx briefbot` from the repository root', async () => {
    const { stdout } = await promisify(execFile)('npx', ['--no-install', 'briefbot', 'brief', 'Lavrov', '--json'], {
      timeout: 60_000,
    });
    expect((JSON.parse(stdout) as { reply: { card: { title: string } } }).reply.card.title).toBe('Sergey Lavrov');
  });

  it('asks a batch as one conversation, or with --each every line on its own', async () => {
    const root = mkdtempSync(join(tmpdir(), 'briefbot-cli-'));
    const stories = {
      libel:
        'Chef wins libel case against critic\n\nA chef has won her libel case against a restaurant critic at the ' +
        'High Court in London.\n\nThe critic said he would appeal in May.',
      fraud:
        'Treasurer jailed over charity fraud\n\nA charity treasurer was jailed for four years at Kellbridge Crown ' +
        'Court on Friday.\n\nHis lawyer said he would appeal in June.',
    };
    for (const [id, text] of Object.entries(stories)) {
      const meta = { id, published: '2024-03-04', source: 'test', timezone: 'UTC', article: 'article.txt' };
      writePack(root, draftPack(text, meta), text, { force: true });
    }
    process.env.KNOWLEDGE_DIR = root;
    const batch = join(root, 'questions.txt');
    const lastReply = (out: string) =>
      (JSON.parse(out.split('\n').at(-1)!) as { reply: { card: { title: string; blocks: { text?: string }[] } } })
        .reply;
    writeFileSync(batch, 'when will he appeal?\n');
    const alone = lastReply((await cli('ask', '--batch', batch)).out);
    const quoted = (reply: { card: { blocks: { text?: string }[] } }) => reply.card.blocks[0]?.text;
    for (const [before, month] of [
      ['what did the libel critic write?', 'May'],
      ['how long was the charity treasurer jailed for?', 'June'],
    ]) {
      writeFileSync(batch, `${before}\nwhen will he appeal?\n`);
      // In turn, as in a chat: the story of the answer before.
      expect(quoted(lastReply((await cli('ask', '--batch', batch)).out))).toContain(month);
      // Each on its own: the line before changes nothing.
      expect(lastReply((await cli('ask', '--batch', batch, '--each')).out)).toEqual(alone);
      expect(lastReply((await cli('ask', '--batch', '--each', batch)).out)).toEqual(alone);
    }
  });
});
