import { afterEach, describe, expect, it, vi } from 'vitest';
import { cronTrigger, triggerSecondsFor } from '../../src/scheduling/trigger.ts';

afterEach(() => void vi.useRealTimers());

describe('the node-cron trigger', () => {
  it('fires every minute on the minute at speed 1, and not after it is stopped', async () => {
    vi.useFakeTimers({ now: new Date('2015-12-14T08:55:30Z') });
    const ticks: string[] = [];
    const trigger = cronTrigger(60)(() => ticks.push(new Date().toISOString()));
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    trigger.stop();
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(ticks).toEqual(['2015-12-14T08:56:00.000Z', '2015-12-14T08:57:00.000Z', '2015-12-14T08:58:00.000Z']);
  });

  it('fires every second for a clock running 60 times faster', async () => {
    vi.useFakeTimers({ now: new Date('2015-12-14T08:55:00.500Z') });
    let ticks = 0;
    const trigger = cronTrigger(triggerSecondsFor(60))(() => ticks++);
    await vi.advanceTimersByTimeAsync(10_000);
    trigger.stop();
    expect(ticks).toBe(10);
    expect([triggerSecondsFor(1), triggerSecondsFor(6), triggerSecondsFor(3600)]).toEqual([60, 10, 1]);
  });
});
