/**
 * Slash command latency through the real Bolt app, with the real commands and knowledge
 * base, against the stand-in Slack on 127.0.0.1: from the command leaving the stand-in to
 * Bolt's ack (HTTP 200, or the Socket Mode ack frame) and to the answer arriving on the
 * response_url. Sequential, after a warm-up, so the figures are per command, not queueing.
 *
 * Run: npx tsx bench/slack.bench.ts [count]   (default 200)
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { buildSlackAdapter } from '../src/adapters/slack/index.ts';
import { buildBot } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { systemClock } from '../src/core/clock.ts';
import { silentLogger } from '../src/log.ts';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from '../test/support/slack-harness.ts';
import { formBody, postToApp, slashCommand } from '../test/support/slack-app-requests.ts';
import { SlackStandIn, type ResponseCall } from '../test/support/slack-stand-in.ts';

const TOPICS = ['Kerry', 'Lavrov', 'Putin', 'New York meeting', 'Syria', 'Kery', 'coalition', 'Mark Toner'];

export interface Figures {
  mode: 'http' | 'socket';
  count: number;
  /** The start of the first answer's blocks, to show what was measured. */
  first: string;
  ack: { p50: number; p99: number; max: number };
  answer: { p50: number; p99: number; max: number };
}

function percentiles(samples: number[]): { p50: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { p50: round(at(0.5)), p99: round(at(0.99)), max: round(sorted.at(-1)!) };
}

async function measure(mode: 'http' | 'socket', count: number, warmup = 20): Promise<Figures> {
  const standIn = await new SlackStandIn().start();
  const log = silentLogger();
  const config = loadConfig(
    {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_PORT: '0',
      SLACK_API_URL: standIn.apiUrl,
      ...(mode === 'socket' ? { SLACK_APP_TOKEN: APP_TOKEN } : {}),
    },
    false,
  );
  const bot = await buildBot({ config, clock: systemClock, log });
  const adapter = buildSlackAdapter({ core: bot.core, config, log }, { retries: 0 });
  await adapter.start();
  if (mode === 'socket') await standIn.connected();
  const appUrl = `http://127.0.0.1:${adapter.port() ?? 0}`;
  const acks: number[] = [];
  const answers: number[] = [];
  let first = '';
  try {
    for (let i = 0; i < warmup + count; i++) {
      const fields = slashCommand(standIn, { command: '/brief', text: TOPICS[i % TOPICS.length]! });
      const id = fields.response_url!.split('/').pop()!;
      const answered = standIn.waitFor<ResponseCall>('response', (r) => r.id === id);
      const t0 = performance.now();
      if (mode === 'http') {
        const res = await postToApp(appUrl, formBody(fields), 'application/x-www-form-urlencoded', SIGNING_SECRET);
        if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      } else {
        await standIn.envelope('slash_commands', fields);
      }
      const tAck = performance.now();
      const answer = await answered;
      const tAnswer = performance.now();
      // Only real briefings count: an apology or an error card would flatter the figures.
      if (JSON.stringify(answer.body).includes('error id'))
        throw new Error(`command ${i} failed: ${JSON.stringify(answer.body).slice(0, 300)}`);
      if (i === 0) first = JSON.stringify(answer.body.blocks).slice(0, 160);
      if (i >= warmup) {
        acks.push(tAck - t0);
        answers.push(tAnswer - t0);
      }
    }
  } finally {
    await adapter.stop();
    await standIn.close();
  }
  return { mode, count, first, ack: percentiles(acks), answer: percentiles(answers) };
}

/** Both modes, `count` commands each. */
export async function run(count = 200): Promise<Figures[]> {
  return [await measure('http', count), await measure('socket', count)];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 200);
  for (const f of await run(count)) {
    console.log(`first answer (${f.mode}): ${f.first}…`);
    console.log(
      `slack ${f.mode.padEnd(6)} n=${f.count}  ack p50 ${f.ack.p50} ms  p99 ${f.ack.p99} ms  max ${f.ack.max} ms  |  ` +
        `answer p50 ${f.answer.p50} ms  p99 ${f.answer.p99} ms  max ${f.answer.max} ms`,
    );
  }
}
