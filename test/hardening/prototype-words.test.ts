/**
 * Every name of Object.prototype (and __proto__) as a question, a /brief topic, an entity
 * name and article text, through ingest, validate, load and answer. A lookup keyed by
 * text on a plain object would meet Object.prototype's members here ("constructor" → the
 * Object function) and crash the loader or the answer.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dump } from 'js-yaml';
import { main } from '../../src/cli/main.ts';
import { createKnowledgeHolder } from '../../src/knowledge/holder.ts';
import { renderText } from '../../src/render/text.ts';
import { createBot } from './bot.ts';

export const PROTOTYPE_WORDS = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];

const root = mkdtempSync(join(tmpdir(), 'briefbot-proto-'));
const knowledge = join(root, 'knowledge');
const previous = process.env.KNOWLEDGE_DIR;
afterAll(() => {
  if (previous === undefined) delete process.env.KNOWLEDGE_DIR;
  else process.env.KNOWLEDGE_DIR = previous;
  rmSync(root, { recursive: true, force: true });
});

const ARTICLE = [
  'Talks on the constructor in Oslo',
  `Anna Berg met ${PROTOTYPE_WORDS.join(' and ')} in Oslo on 18 December.`,
  `"We discussed ${PROTOTYPE_WORDS.join(', ')}," Anna Berg said on Tuesday. ` +
    'The constructor of the Hasownproperty Group, Valueof Tostring, spoke.',
].join('\n\n');

/** A hand-written pack whose entities, aliases, events and quotes are the prototype's names. */
const handPack = {
  id: 'prototype-names',
  title: 'constructor',
  published: '2015-12-15',
  source: 'toString',
  timezone: 'UTC',
  summary: 'valueOf',
  entities: [
    { id: 'anna-berg', name: 'Anna Berg', kind: 'person', summary: 'A diplomat.', paragraphs: [2] },
    ...PROTOTYPE_WORDS.map((w, i) => ({
      id: `word-${i}`,
      name: w,
      kind: 'theme',
      aliases: [w.toUpperCase(), `the ${w}`],
      role: w,
      summary: `${w} is discussed.`,
      facts: [{ text: `${w} was met.`, paragraphs: [2] }],
      paragraphs: [2, 3],
    })),
  ],
  events: PROTOTYPE_WORDS.map((w, i) => ({
    id: `event-${i}`,
    title: w,
    date: '2015-12-18',
    precision: 'day',
    phrase: w,
    place: w,
    participants: ['anna-berg'],
    summary: `${w} meeting.`,
    paragraphs: [2],
  })),
  quotes: PROTOTYPE_WORDS.map((w) => ({ speaker: 'anna-berg', text: w, kind: 'direct', paragraphs: [3] })),
  keyPoints: [{ text: 'hasOwnProperty', paragraphs: [1] }],
};

const io = () => {
  const out: string[] = [];
  return { out, io: { out: (t: string) => void out.push(t), err: (t: string) => void out.push(t) } };
};

beforeAll(() => {
  cpSync('knowledge', knowledge, { recursive: true });
  mkdirSync(join(knowledge, 'prototype-names'));
  writeFileSync(join(knowledge, 'prototype-names', 'article.txt'), ARTICLE);
  writeFileSync(join(knowledge, 'prototype-names', 'pack.yaml'), dump(handPack));
  process.env.KNOWLEDGE_DIR = knowledge;
});

describe('the names of Object.prototype', () => {
  it(`as article text: ingest drafts and writes a pack (${PROTOTYPE_WORDS.length} names)`, async () => {
    const file = join(root, 'prototype-article.txt');
    writeFileSync(file, ARTICLE);
    const { out, io: cliIo } = io();
    expect(
      await main(
        ['ingest', file, '--published', '2015-12-15', '--id', 'prototype-draft', '--knowledge', knowledge],
        cliIo,
      ),
      out.join('\n'),
    ).toBe(0);
  });

  it('validate passes every pack, the drafted and the hand-written one', async () => {
    const { out, io: cliIo } = io();
    expect(await main(['validate', '--json'], cliIo)).toBe(0);
    const report = JSON.parse(out.find((l) => l.startsWith('{'))!) as { ok: boolean; packs: string[] };
    expect(report.ok).toBe(true);
    expect(report.packs).toEqual(
      expect.arrayContaining(['kerry-putin-moscow-2015', 'prototype-draft', 'prototype-names']),
    );
  });

  it('the bot loads them (start-up and reload)', () => {
    const holder = createKnowledgeHolder(knowledge);
    expect(holder.current().packs.map((p) => p.id)).toContain('prototype-names');
    expect(holder.reload()).toEqual([]);
  });

  it.each(PROTOTYPE_WORDS)(
    '%s: as a question, a /brief topic and an entity name, answered without an error',
    async (word) => {
      const { say } = createBot(undefined, createKnowledgeHolder(knowledge).current());
      for (const line of [
        `who is the ${word}?`,
        `what did Anna Berg say about ${word}?`,
        `when is ${word}?`,
        word,
        `/brief ${word}`,
        `/brief ${word.toUpperCase()}`,
        `/events`,
      ]) {
        const answer = await say(line);
        expect(answer.card.kind, `${line}: ${renderText(answer)}`).not.toBe('error');
      }
      // An entity and an event carry the name: the card is about it (or offers both).
      const brief = await say(`/brief ${word}`);
      expect(
        ['briefing', 'choice'].includes(brief.card.kind) || brief.card.title.includes(word),
        renderText(brief),
      ).toBe(true);
      expect(renderText(brief)).toContain(word);
    },
  );
});
