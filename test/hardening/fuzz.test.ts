/**
 * 10,000 generated messages (markup, unicode, control characters, long lines) through
 * both adapters' parsers, the core and both renderers: no exception anywhere, no error
 * card (an apology would mean a bug), and no ping in what would be sent: Slack text holds
 * no live `<!…>`, `<@…>` or `<#…>` markup, and every Discord message disables mentions.
 */
import { describe, expect, it } from 'vitest';
import {
  commandIncoming as discordCommand,
  messageIncoming as discordMessage,
} from '../../src/adapters/discord/parse.ts';
import { renderReply as renderDiscord } from '../../src/adapters/discord/render.ts';
import { commandIncoming as slackCommand, mentionIncoming as slackMention } from '../../src/adapters/slack/parse.ts';
import { renderReply as renderSlack } from '../../src/adapters/slack/render.ts';
import type { ReplyIncoming } from '../../src/core/incoming.ts';
import type { Reply } from '../../src/core/reply.ts';
import { createBot } from './bot.ts';
import { recordFigures } from './figures.ts';
import { generate, type Generated } from './fuzz.ts';

export const FUZZ_COUNT = 10_000;
const BOT_SLACK = 'UBOT0001';
const BOT_DISCORD = '1150000000000000001';
const user = { id: '42', username: 'ann', globalName: 'Ann' };
const perms = { has: () => false };

/** Every string inside a rendered payload. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

/** The message as each platform's parser sees it. */
function incomings(g: Generated, commands: Parameters<typeof slackCommand>[1]): ReplyIncoming[] {
  if (g.kind === 'command') {
    return [
      slackCommand(
        { command: `/${g.name}`, text: g.text, user_id: 'U1', channel_id: 'C1', channel_name: 'general' },
        commands,
        false,
      ),
      discordCommand({
        user,
        channelId: '700',
        guildId: '600',
        memberPermissions: perms,
        commandName: g.name,
        options: { data: [{ name: 'topic', value: g.text }] },
      }),
    ];
  }
  const discord = discordMessage(
    {
      content: `<@${BOT_DISCORD}> ${g.text}`,
      author: user,
      channelId: '700',
      guildId: '600',
      mentions: { users: new Set([BOT_DISCORD]) },
    },
    BOT_DISCORD,
    false,
  );
  return [
    slackMention(
      { type: 'app_mention', user: 'U1', text: `<@${BOT_SLACK}> ${g.text}`, channel: 'C1', ts: '1.1' },
      BOT_SLACK,
      false,
    ),
    ...(discord ? [discord] : []),
  ];
}

export interface FuzzReport {
  messages: number;
  handled: number;
  exceptions: number;
  errorCards: number;
  pings: number;
}

/** Runs `count` generated messages through everything; returns what it counted and the first failures. */
export async function fuzz(count = FUZZ_COUNT): Promise<{ report: FuzzReport; failures: string[] }> {
  const { core } = createBot();
  const report: FuzzReport = { messages: count, handled: 0, exceptions: 0, errorCards: 0, pings: 0 };
  const failures: string[] = [];
  const fail = (i: number, what: string) => failures.length < 10 && failures.push(`#${i} ${what}`);
  const messages = generate(count);
  for (let i = 0; i < messages.length; i++) {
    try {
      for (const incoming of incomings(messages[i]!, core.deps.commands)) {
        const reply: Reply = await core.handle(incoming);
        if (reply.card.kind === 'error' && reply.card.title === 'Something went wrong') {
          report.errorCards++;
          fail(i, `error card: ${reply.card.title}`);
        }
        const slackText = renderSlack(reply).flatMap((m) => strings(m));
        if (slackText.some((s) => /<[!@#]/.test(s))) {
          report.pings++;
          fail(i, `Slack markup left live: ${slackText.find((s) => /<[!@#]/.test(s))!.slice(0, 80)}`);
        }
        for (const body of renderDiscord(reply).messages) {
          if (JSON.stringify(body.allowed_mentions) !== JSON.stringify({ parse: [], replied_user: false })) {
            report.pings++;
            fail(i, 'Discord message without allowed_mentions { parse: [] }');
          }
        }
      }
      report.handled++;
    } catch (error) {
      report.exceptions++;
      fail(i, `threw ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  return { report, failures };
}

describe('fuzz: generated messages through both parsers, the core and both renderers', () => {
  it(`${FUZZ_COUNT.toLocaleString('en')} messages: no exception, no apology, no ping`, async () => {
    const { report, failures } = await fuzz();
    recordFigures('fuzz', { ...report });
    expect(failures).toEqual([]);
    expect(report).toEqual({ messages: FUZZ_COUNT, handled: FUZZ_COUNT, exceptions: 0, errorCards: 0, pings: 0 });
  }, 300_000);
});
