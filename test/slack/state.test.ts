/** Event-id dedupe and the admin check, on a manual clock. */
import { describe, expect, it, vi } from 'vitest';
import { seenEvents } from '../../src/adapters/slack/dedupe.ts';
import { manageCheck } from '../../src/adapters/slack/permissions.ts';
import { manualClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/log.ts';

describe('seenEvents', () => {
  it('remembers an event id for the window, then forgets it', () => {
    const clock = manualClock(new Date('2015-12-15T09:00:00Z'));
    const seen = seenEvents(clock, 60_000);
    expect(seen.seen('Ev1')).toBe(false);
    expect(seen.seen('Ev1')).toBe(true);
    clock.advance(59_000);
    expect(seen.seen('Ev1')).toBe(true);
    clock.advance(61_000);
    expect(seen.seen('Ev1')).toBe(false);
  });

  it('keeps at most `capacity` ids, dropping the oldest', () => {
    const seen = seenEvents(manualClock(new Date(0)), 60_000, 3);
    for (const id of ['a', 'b', 'c', 'd']) seen.seen(id);
    expect(seen.seen('d')).toBe(true);
    expect(seen.seen('a')).toBe(false);
  });
});

describe('manageCheck', () => {
  const client = (user: Record<string, boolean>) => ({ users: { info: vi.fn(async () => ({ user })) } });

  it('lets anyone manage under "any", without asking Slack', async () => {
    const c = client({ is_admin: false });
    expect(await manageCheck('any', manualClock(new Date(0)), silentLogger())(c, 'U1', false)).toBe(true);
    expect(c.users.info).not.toHaveBeenCalled();
  });

  it('asks users.info under "admins", caches the answer for ten minutes, and says no on failure', async () => {
    const clock = manualClock(new Date(0));
    const check = manageCheck('admins', clock, silentLogger());
    const admin = client({ is_admin: true });
    expect(await check(admin, 'U1', false)).toBe(true);
    expect(await check(admin, 'U1', false)).toBe(true);
    expect(admin.users.info).toHaveBeenCalledTimes(1);
    clock.advance(11 * 60_000);
    await check(admin, 'U1', false);
    expect(admin.users.info).toHaveBeenCalledTimes(2);
    expect(await check(client({ is_admin: false, is_owner: false }), 'U2', false)).toBe(false);
    expect(await check({ users: { info: async () => Promise.reject(new Error('ratelimited')) } }, 'U3', false)).toBe(
      false,
    );
    expect(await check(client({}), 'U4', true)).toBe(true);
  });
});
