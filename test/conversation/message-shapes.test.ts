/**
 * The shared table of real-world message shapes (./message-shapes.ts), rendered into
 * Slack's and Discord's markup, run through each adapter's parser and the real core over
 * the seed article: the command gets the plain question, and the answer is the plain
 * question's answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { messageIncoming, type MessageLike } from '../../src/adapters/discord/parse.ts';
import { mentionIncoming } from '../../src/adapters/slack/parse.ts';
import type { AnyCommand } from '../../src/core/command.ts';
import type { Core } from '../../src/core/core.ts';
import type { ReplyIncoming } from '../../src/core/incoming.ts';
import { loadCommands } from '../../src/core/registry.ts';
import type { Reply } from '../../src/core/reply.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { loadPacks } from '../../src/knowledge/load.ts';
import { testCore } from '../support/core-harness.ts';
import { SHAPES, type MessageShape } from './message-shapes.ts';

const BOT = '1150000000000000001';
const BOT_ROLE = '1150000000000000009';

const SLACK: Record<string, string> = {
  bot: '<@UBOT>',
  botrole: '<@UBOT|briefbot>',
  user: '<@U2ALICE|alice>',
  role: '<!subteam^S0614TZR7|@ops>',
  channel: '<#C024BE7LR|general>',
  everyone: '<!everyone>',
  here: '<!here>',
  url: '<https://example.org/ny>',
  emoji: ':wave::skin-tone-2:',
};
const DISCORD: Record<string, string> = {
  bot: `<@${BOT}>`,
  botrole: `<@&${BOT_ROLE}>`,
  user: '<@!222>',
  role: '<@&333>',
  channel: '<#444>',
  everyone: '@everyone',
  here: '@here',
  url: 'https://example.org/ny',
  emoji: '<:wave:555>',
};

/** The shape as Slack sends it: its markup, and `&`, `<`, `>` in typed text escaped. */
function slackText(shape: MessageShape): string {
  return shape.text
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const link = /^\{link:(.+)\}$/.exec(part);
      if (link) return `<https://example.org/ny|${link[1]}>`;
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name !== undefined) return SLACK[name]!;
      return part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    })
    .join('');
}

function discordMessage(shape: MessageShape): MessageLike {
  const content = shape.text
    .replace(/\{link:([^}]+)\}/g, '[$1](https://example.org/ny)')
    .replace(/\{(\w+)\}/g, (_, name: string) => DISCORD[name]!);
  return {
    content,
    author: { id: '42', username: 'ann' },
    channelId: '700',
    guildId: '600',
    mentions: {
      users: new Set(content.includes(`<@${BOT}>`) ? [BOT] : []),
      roles: new Set(content.includes(BOT_ROLE) ? [BOT_ROLE] : []),
    },
  };
}

/** An answer without what differs on every run (button state ids). */
const comparable = (r: Reply) => ({
  ...r,
  card: { ...r.card, buttons: r.card.buttons.map((b) => ({ action: b.action, label: b.label })) },
});

let core: Core;
const seen: string[] = [];

beforeAll(async () => {
  const { packs } = loadPacks('knowledge');
  // Each command records what it was asked, so the test sees exactly what the core passed on.
  const commands = (await loadCommands()).map((c): AnyCommand => ({
    ...c,
    run: (ctx) => {
      seen.push(String(Object.values(ctx.options as Record<string, unknown>)[0] ?? ''));
      return c.run(ctx);
    },
  }));
  core = testCore(commands, createKnowledgeBase(packs)).core;
});

async function ask(incoming: ReplyIncoming): Promise<{ sees: string; reply: Reply }> {
  seen.length = 0;
  const reply = await core.handle(incoming);
  return { sees: seen.at(-1) ?? '', reply };
}

const plainMention = (text: string): ReplyIncoming => ({
  platform: 'shell',
  type: 'mention',
  text,
  user: { id: 'u1' },
  channel: { id: 'c1', isDirect: false },
  canManageChannel: false,
});

describe('the message-shape table', () => {
  it('has at least 30 shapes, every markup and preamble among them', () => {
    expect(SHAPES.length).toBeGreaterThanOrEqual(30);
    const all = SHAPES.map((s) => s.text).join(' ');
    for (const token of [
      '{bot}',
      '{botrole}',
      '{user}',
      '{role}',
      '{channel}',
      '{everyone}',
      '{here}',
      '{link:',
      '{url}',
      '{emoji}',
      '\n',
      '```',
      '> ',
    ]) {
      expect(all).toContain(token);
    }
  });
});

describe.each([
  [
    'Slack',
    (shape: MessageShape) =>
      mentionIncoming(
        { type: 'app_mention', user: 'U1', text: slackText(shape), channel: 'C1', ts: '1.1' },
        'UBOT',
        false,
      ),
  ],
  ['Discord', (shape: MessageShape) => messageIncoming(discordMessage(shape), { id: BOT, roleId: BOT_ROLE }, false)],
] as const)('%s: as people write it', (_platform, parse) => {
  it.each(SHAPES.map((s) => [s.name, s] as const))('%s', async (_name, shape) => {
    const incoming = parse(shape);
    expect(incoming).toBeDefined();
    const got = await ask(incoming!);
    expect(got.sees).toBe(shape.sees);
    const plain = await ask(plainMention(shape.plain ?? shape.sees));
    expect(got.reply.found).toBe(true);
    expect(comparable(got.reply)).toEqual(comparable(plain.reply));
  });
});
