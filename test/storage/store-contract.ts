/**
 * The `Store` contract: what every store (SQLite, PostgreSQL) must do, as one suite run
 * against each of them. `open()` makes a new connection to the same database each time,
 * so "two connections" means two instances of the bot.
 */
import { describe, expect, it } from 'vitest';
import type { DeliveryKey, Store } from '../../src/storage/store.ts';

export interface StoreFixture {
  /** A new connection to this test's database. */
  open(): Promise<Store>;
}

const at = (iso: string) => new Date(iso);
const key: DeliveryKey = { platform: 'slack', channelId: 'C1', kind: 'reminder', subject: 'pack/event', lead: '1h' };
const since = at('2015-12-13T12:00:00Z');

export function storeContract(name: string, fixture: () => Promise<StoreFixture>): void {
  describe(`Store contract: ${name}`, () => {
    it('keeps settings, the ledger, pack sightings and state across a reopen', async () => {
      const { open } = await fixture();
      const first = await open();
      await first.saveChannel({
        platform: 'discord',
        channelId: '42',
        timeZone: 'Europe/London',
        digest: { time: '08:00', since },
        reminders: { leads: [1440, 60], since },
      });
      expect(await first.claimDelivery(key, at('2015-12-16T06:00:00Z'), at('2015-12-16T06:00:00Z'))).toBe(true);
      await first.finishDelivery(key, { status: 'sent', late: false, at: at('2015-12-16T06:00:01Z') });
      await first.markPacksSeen(['a'], since);
      await first.setState('x', 'y');
      await first.close();

      const again = await open();
      expect(await again.channel({ platform: 'discord', channelId: '42' })).toEqual({
        platform: 'discord',
        channelId: '42',
        timeZone: 'Europe/London',
        digest: { time: '08:00', since },
        reminders: { leads: [1440, 60], since },
      });
      expect(await again.channel({ platform: 'discord', channelId: 'nope' })).toBeUndefined();
      expect(await again.subscribedChannels()).toHaveLength(1);
      expect(await again.deliveries({ platform: 'slack', channelId: 'C1' })).toEqual([
        {
          ...key,
          dueAt: at('2015-12-16T06:00:00Z'),
          status: 'sent',
          attempts: 1,
          late: false,
          finishedAt: at('2015-12-16T06:00:01Z'),
        },
      ]);
      expect(await again.claimDelivery(key, at('2015-12-16T06:00:00Z'), at('2015-12-16T07:00:00Z'))).toBe(false);
      expect((await again.packsSeen()).get('a')).toEqual(since);
      expect(await again.getState('x')).toBe('y');
      expect(await again.getState('missing')).toBeUndefined();
      await again.close();
    });

    it('replaces settings, and lists only channels with a digest or reminders', async () => {
      const store = await (await fixture()).open();
      const ref = { platform: 'slack' as const, channelId: 'C9' };
      await store.saveChannel({ ...ref, timeZone: 'UTC', digest: { time: '08:00', since } });
      await store.saveChannel({ ...ref, timeZone: 'Asia/Tokyo', digest: { time: '09:30', since } });
      expect(await store.channel(ref)).toEqual({ ...ref, timeZone: 'Asia/Tokyo', digest: { time: '09:30', since } });
      await store.saveChannel({ ...ref, timeZone: 'Asia/Tokyo' });
      expect(await store.channel(ref)).toEqual({ ...ref, timeZone: 'Asia/Tokyo' });
      expect(await store.subscribedChannels()).toEqual([]);
      await store.close();
    });

    it('lets exactly one of two connections claim each delivery, however the claims interleave', async () => {
      const { open } = await fixture();
      const [a, b] = [await open(), await open()];
      const due = at('2015-12-16T06:00:00Z');
      const keys = Array.from({ length: 200 }, (_, i) => ({ ...key, channelId: `C${i}` }));
      const wins = await Promise.all(keys.flatMap((k) => [a.claimDelivery(k, due, due), b.claimDelivery(k, due, due)]));
      for (let i = 0; i < keys.length; i++) expect(Number(wins[2 * i]) + Number(wins[2 * i + 1])).toBe(1);
      expect(wins.filter(Boolean)).toHaveLength(200);
      await Promise.all([a.close(), b.close()]);
    });

    it('retries a failed delivery only while attempts remain, once per retry, and records skips once', async () => {
      const { open } = await fixture();
      const [store, other] = [await open(), await open()];
      const due = at('2015-12-16T06:00:00Z');
      await store.claimDelivery(key, due, due);
      await store.finishDelivery(key, { status: 'failed', late: false, at: due, error: 'boom' });
      expect(await store.failedDeliveries(at('2015-12-16T00:00:00Z'), 2)).toMatchObject([
        { ...key, status: 'failed', attempts: 1, error: 'boom' },
      ]);
      expect(await store.failedDeliveries(at('2015-12-16T07:00:00Z'), 2)).toEqual([]);
      // Raced from two connections: exactly one wins, whichever reaches the database first.
      const reclaimed = await Promise.all([store.reclaimFailed(key, 2, due), other.reclaimFailed(key, 2, due)]);
      expect(reclaimed.filter(Boolean)).toHaveLength(1);
      await store.finishDelivery(key, { status: 'failed', late: true, at: due });
      expect(await store.reclaimFailed(key, 2, due)).toBe(false); // two attempts used
      const skipped = { ...key, lead: '1d' };
      expect(await store.recordSkipped(skipped, due, due)).toBe(true);
      expect(await other.recordSkipped(skipped, due, due)).toBe(false);
      expect(await store.claimDelivery(skipped, due, due)).toBe(false);
      expect(
        (await store.deliveries({ platform: 'slack', channelId: 'C1' })).map(
          (d) => `${d.lead} ${d.status} ${d.attempts}`,
        ),
      ).toEqual(['1d skipped 0', '1h failed 2']);
      await Promise.all([store.close(), other.close()]);
    });

    it('knows when the last digest went out and when each pack was first seen', async () => {
      const store = await (await fixture()).open();
      const ref = { platform: 'slack' as const, channelId: 'C1' };
      expect(await store.lastDigestAt(ref)).toBeUndefined();
      for (const [day, status] of [
        ['14', 'sent'],
        ['15', 'sent'],
        ['16', 'failed'],
      ] as const) {
        const k: DeliveryKey = { ...ref, kind: 'digest', subject: `2015-12-${day}`, lead: '' };
        await store.claimDelivery(k, at(`2015-12-${day}T08:00:00Z`), at(`2015-12-${day}T08:00:00Z`));
        await store.finishDelivery(k, { status, late: false, at: at(`2015-12-${day}T08:00:05Z`) });
      }
      expect(await store.lastDigestAt(ref)).toEqual(at('2015-12-15T08:00:05Z'));
      await store.markPacksSeen(['a', 'b'], since);
      await store.markPacksSeen(['b', 'c'], at('2015-12-14T00:00:00Z'));
      await store.markPacksSeen([], at('2015-12-15T00:00:00Z'));
      expect([...(await store.packsSeen())].sort()).toEqual([
        ['a', since],
        ['b', since],
        ['c', at('2015-12-14T00:00:00Z')],
      ]);
      await store.close();
    });
  });
}
