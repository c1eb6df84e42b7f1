/**
 * The scheduler delivers through the real adapters: the real Bolt client against the
 * stand-in Slack (one chat.postMessage) and the real discord.js client against the
 * stand-in Discord (one POST /channels/{id}/messages), once each even when ticked again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/log.ts';
import { createScheduler } from '../../src/scheduling/scheduler.ts';
import { openSqliteStore } from '../../src/storage/sqlite-store.ts';
import { startHarness, type Harness as DiscordHarness } from '../discord/harness.ts';
import { startSlack, type Harness as SlackHarness } from '../support/slack-harness.ts';
import { knowledge } from './fixtures.ts';

let slack: SlackHarness | undefined;
let discord: DiscordHarness | undefined;
afterEach(async () => {
  await slack?.close();
  await discord?.stop();
});

describe('scheduled delivery through the real adapters', () => {
  it('posts a due reminder once on Slack and once on Discord, and nothing on the next tick', async () => {
    slack = await startSlack();
    discord = await startHarness();
    const discordChannel = discord.standIn.channelId;
    const store = openSqliteStore(':memory:');
    const since = new Date('2015-12-13T12:00:00Z');
    for (const [platform, channelId] of [
      ['slack', 'C0SCHED'],
      ['discord', discordChannel],
    ] as const) {
      await store.saveChannel({
        platform,
        channelId,
        timeZone: 'UTC',
        digest: { time: '08:00', since },
        reminders: { leads: [1440, 60], since },
      });
    }
    const clock = manualClock(new Date('2015-12-15T06:59:00Z'));
    const scheduler = createScheduler({
      store,
      knowledge: () => knowledge(),
      clock,
      log: silentLogger(),
      adapters: [slack.adapter, discord.adapter],
      graceMs: 6 * 3_600_000,
    });
    scheduler.start();
    await scheduler.tick();
    clock.set(new Date('2015-12-15T07:00:00Z')); // the talks' 1d reminder
    expect(await scheduler.tick()).toMatchObject({ sent: 2, failed: 0 });
    clock.set(new Date('2015-12-15T07:01:00Z'));
    expect(await scheduler.tick()).toMatchObject({ sent: 0 });

    const posts = slack.standIn.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.args).toMatchObject({ channel: 'C0SCHED' });
    expect(JSON.stringify(posts[0]!.args)).toContain('Reminder: Talks in Moscow');
    const messages = discord.standIn.requests.filter(
      (r) => r.method === 'POST' && r.path.endsWith(`/channels/${discordChannel}/messages`),
    );
    expect(messages).toHaveLength(1);
    expect(JSON.stringify(messages[0]!.body)).toContain('Reminder: Talks in Moscow');
    expect(messages[0]!.body.allowed_mentions).toMatchObject({ parse: [] });
    await scheduler.stop();
    await store.close();
  });
});
