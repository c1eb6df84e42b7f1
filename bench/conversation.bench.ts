/**
 * What reading a channel message and keeping conversation state cost: cleaning a message
 * with every kind of markup (Slack and Discord rules, then the preamble), and saving and
 * reading button and thread state in SQLite on a file (WAL), as a running bot does.
 * Prints per-operation p50/p99 in microseconds. Not part of `npm test`.
 *
 *   node --import tsx bench/conversation.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cleanDiscordText } from '../src/adapters/discord/parse.ts';
import { cleanSlackText } from '../src/adapters/slack/parse.ts';
import { dropPreamble } from '../src/core/preamble.ts';
import { openSqliteConversationState } from '../src/storage/sqlite-conversation-state.ts';

const ROUNDS = 10_000;
const SLACK =
  '<!here> <@U2ALICE|alice> <@UBOT> ok so guys, quick question: ' +
  'when is the <https://x.org/ny|New York> meeting? :pray: thanks!';
const DISCORD =
  '@everyone <@!222> <@1150000000000000001> ok so guys, quick question: ' +
  'when is the [New York](https://x.org/ny) meeting? <:pray:5> thanks!';

function report(label: string, samples: number[]): void {
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]! * 1000;
  console.log(
    `${label.padEnd(34)} p50 ${at(50).toFixed(1).padStart(7)} µs   ` +
      `p99 ${at(99).toFixed(1).padStart(7)} µs   (${samples.length} runs)`,
  );
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

report(
  'clean a Slack message',
  Array.from({ length: ROUNDS }, () => time(() => dropPreamble(cleanSlackText(SLACK, 'UBOT').text))),
);
report(
  'clean a Discord message',
  Array.from({ length: ROUNDS }, () =>
    time(() => dropPreamble(cleanDiscordText(DISCORD, { id: '1150000000000000001' }).text)),
  ),
);

const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
try {
  const state = openSqliteConversationState(join(dir, 'briefbot.sqlite'));
  const until = new Date(Date.now() + 3_600_000);
  const now = new Date();
  const puts: number[] = [];
  const gets: number[] = [];
  const threads: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    puts.push(
      await timeAsync(() =>
        state.putButton(`b${i}`, { command: 'brief', options: { topic: 'Kerry' }, page: 2 }, until),
      ),
    );
    threads.push(
      await timeAsync(() =>
        state.putThread({ platform: 'slack', channelId: 'C1', threadId: `t${i}` }, { topics: ['New York'] }, until),
      ),
    );
  }
  for (let i = 0; i < ROUNDS; i++) gets.push(await timeAsync(() => state.button(`b${(i * 7919) % ROUNDS}`, now)));
  report('save a button (SQLite file)', puts);
  report('save a thread topic (SQLite file)', threads);
  report('read a button (SQLite file)', gets);
  await state.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
