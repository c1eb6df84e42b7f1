import { describe, expect, it } from 'vitest';
import { cachedInstantAt } from '../../src/core/zoned-offsets.ts';
import { instantAt } from '../../src/core/zoned-time.ts';

describe('cachedInstantAt', () => {
  it('gives what instantAt gives for every half hour around DST changes, gaps and overlaps included', () => {
    const fast = cachedInstantAt();
    const zones = [
      'Europe/London',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'America/Santiago',
      'UTC',
    ];
    // Days around the 2026 transitions of these zones, each at every half hour.
    const days = ['2026-03-08', '2026-03-29', '2026-04-05', '2026-09-06', '2026-10-04', '2026-10-25', '2026-11-01'];
    let compared = 0;
    for (const timeZone of zones) {
      for (const iso of days) {
        const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
        for (let m = 0; m < 24 * 60; m += 30) {
          const local = { year, month, day, hour: Math.floor(m / 60), minute: m % 60 };
          expect(fast(local, timeZone).toISOString(), `${timeZone} ${iso} ${m}`).toBe(
            instantAt(local, timeZone).toISOString(),
          );
          compared++;
        }
      }
    }
    expect(compared).toBe(6 * 7 * 48);
  });
});
