import { afterEach, describe, expect, it, vi } from 'vitest';
import { manualClock, shiftedClock } from '../../src/core/clock.ts';

afterEach(() => void vi.useRealTimers());

describe('shiftedClock (the --now/--speed demo clock)', () => {
  it('holds still at the start instant until run(), so start-up does not eat demo time', () => {
    const base = manualClock(new Date('2026-11-25T12:00:00Z'));
    const clock = shiftedClock(new Date('2015-12-14T08:55:00Z'), 3600, base);
    base.advance(3_000); // three seconds of loading
    expect(clock.now().toISOString()).toBe('2015-12-14T08:55:00.000Z');
    clock.run();
    base.advance(5_000); // five real seconds at ×3600 are five hours
    expect(clock.now().toISOString()).toBe('2015-12-14T13:55:00.000Z');
    clock.run(); // a second run() does not restart it
    expect(clock.now().toISOString()).toBe('2015-12-14T13:55:00.000Z');
  });

  it('runs on the system clock by default, which fake timers drive', () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    const clock = shiftedClock(new Date('2015-12-18T00:00:00Z'), 60);
    clock.run();
    vi.advanceTimersByTime(60_000);
    expect(clock.now().toISOString()).toBe('2015-12-18T01:00:00.000Z');
  });
});
