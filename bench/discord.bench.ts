/**
 * Discord adapter benchmark: the time from an interaction reaching the client (discord.js
 * `raw` event, frame parsed) to its first response arriving at the stand-in Discord (the
 * interaction callback POST), p50/p99 over 200 interactions, for the real client, the real
 * commands and the real knowledge base on 127.0.0.1. Three runs: answered directly (the
 * default when the core is fast), always deferred (the acknowledgement floor), and 200
 * interactions arriving at once. Also reported: from the gateway frame leaving the
 * stand-in, and to the whole answer being delivered.
 * Run: `npx tsx bench/discord.bench.ts` (numbers are printed, never asserted).
 */
import { performance } from 'node:perf_hooks';
import type { InteractionRef, RecordedRequest } from '../test/support/discord-stand-in.ts';
import { startHarness, type Harness } from '../test/discord/harness.ts';

const N = 200;
const WARM_UP = 20;
const TOPICS = [
  'Kerry',
  'Lavrov',
  'Putin',
  'ISIS',
  'New York meeting',
  'Mark Toner',
  'coalition',
  'Kery',
  'Moscow',
  'Assad',
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(2)} ms`;

interface Sample {
  fromClient: number;
  fromWire: number;
  toAnswer: number;
}

function watch(h: Harness): Map<string, number> {
  const reached = new Map<string, number>();
  h.adapter.client.on('raw', (packet: { t?: string; d?: { id?: string } }) => {
    if (packet.t === 'INTERACTION_CREATE' && packet.d?.id) reached.set(packet.d.id, performance.now());
  });
  return reached;
}

async function measure(h: Harness, reached: Map<string, number>, ref: InteractionRef): Promise<Sample> {
  const mine = (r: RecordedRequest) => r.path.includes(`/${ref.token}`);
  const callback = await h.standIn.waitForRequest((r) => mine(r) && r.path.endsWith('/callback'));
  const done =
    callback.body.type === 4 ? callback : await h.standIn.waitForRequest((r) => mine(r) && r.method === 'PATCH');
  return {
    fromClient: callback.at - reached.get(ref.id)!,
    fromWire: callback.at - ref.sentAt,
    toAnswer: done.at - reached.get(ref.id)!,
  };
}

const ask = (h: Harness, i: number) =>
  h.standIn.slash('brief', [{ name: 'topic', type: 3, value: TOPICS[i % TOPICS.length]! }]);

function report(label: string, samples: Sample[]): void {
  const line = (name: string, values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return (
      `  ${name.padEnd(44)} p50 ${ms(percentile(sorted, 50)).padStart(10)}   ` +
      `p99 ${ms(percentile(sorted, 99)).padStart(10)}   max ${ms(sorted.at(-1)!).padStart(10)}`
    );
  };
  console.log(`${label} (${samples.length} interactions)`);
  console.log(
    line(
      'client → first response (callback POST)',
      samples.map((s) => s.fromClient),
    ),
  );
  console.log(
    line(
      'gateway frame sent → first response',
      samples.map((s) => s.fromWire),
    ),
  );
  console.log(
    line(
      'client → whole answer delivered',
      samples.map((s) => s.toAnswer),
    ),
  );
}

async function run(label: string, deferAfterMs: number, burst: boolean): Promise<void> {
  const h = await startHarness({ deferAfterMs, logLevel: 'warn' });
  try {
    const reached = watch(h);
    for (let i = 0; i < WARM_UP; i++) await measure(h, reached, ask(h, i));
    const samples: Sample[] = [];
    if (burst) {
      const refs = Array.from({ length: N }, (_, i) => ask(h, i));
      samples.push(...(await Promise.all(refs.map((ref) => measure(h, reached, ref)))));
    } else {
      for (let i = 0; i < N; i++) samples.push(await measure(h, reached, ask(h, i)));
    }
    report(label, samples);
  } finally {
    await h.stop();
  }
}

console.log(
  `Node ${process.version}, ${(await import('node:os')).cpus().length} CPUs; ` +
    `/brief over ${TOPICS.length} topics, seed knowledge pack\n`,
);
await run('Answered directly (default: defer only when the core takes over 1 s)', 1_000, false);
await run('Always deferred (deferReply, then editReply)', 0, false);
await run('Burst: 200 interactions at once, answered directly', 1_000, true);
