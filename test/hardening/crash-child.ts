/**
 * The scheduler in a child process for the crash-point test: a real SQLite file, a clock
 * that starts where the parent says and moves an hour per tick, and an adapter that
 * appends each delivery to a log file (with the run's number) before returning. The
 * parent kills it with SIGKILL at random moments and starts it again.
 *
 * Usage: node --import tsx crash-child.ts <db> <sent-log> <run> <start ISO> <end ISO>
 */
import { appendFileSync } from 'node:fs';
import { manualClock } from '../../src/core/clock.ts';
import type { ChatAdapter } from '../../src/core/adapter.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { silentLogger } from '../../src/log.ts';
import { createScheduler } from '../../src/scheduling/scheduler.ts';
import { openSqliteStore } from '../../src/storage/sqlite-store.ts';

export const CHANNEL = { platform: 'shell' as const, channelId: 'crash' };
export const GRACE_MS = 6 * 3_600_000;
const HOUR = 3_600_000;

const [db, sentLog, run, startIso, endIso] = process.argv.slice(2) as [string, string, string, string, string];
const store = openSqliteStore(db);
if (!(await store.channel(CHANNEL)))
  await store.saveChannel({ ...CHANNEL, timeZone: 'UTC', digest: { time: '09:00', since: new Date(startIso) } });
const clock = manualClock(new Date(startIso));
const pause = () => new Promise((r) => setTimeout(r, Math.random() * 2));
const adapter: ChatAdapter = {
  platform: 'shell',
  start: async () => {},
  stop: async () => {},
  async send(_channel, reply) {
    await pause();
    appendFileSync(
      sentLog,
      `${JSON.stringify({ run: Number(run), title: reply.card.title, late: reply.card.subtitle === 'late' })}\n`,
    );
    await pause();
  },
};
const kb = createKnowledgeBase([]);
const scheduler = createScheduler({
  store,
  clock,
  log: silentLogger(),
  adapters: [adapter],
  knowledge: () => kb,
  graceMs: GRACE_MS,
});
scheduler.start();
process.stdout.write('ready\n');
const end = new Date(endIso);
while (clock.now() < end) {
  await scheduler.tick();
  clock.advance(HOUR);
  // About 3 ms a tick, so a kill after a few hundred milliseconds lands within a few weeks of rounds.
  await new Promise((r) => setTimeout(r, 3));
}
await scheduler.tick();
await store.close();
process.stdout.write('done\n');
