/**
 * What makes the scheduler tick. node-cron is only the trigger: every tick asks the store
 * what fell due since the last tick, so a late, missed or doubled trigger changes nothing
 * about what is sent. Under a fast demo clock (`--speed 60`) a simulated minute passes
 * every real second, so the trigger must fire more often; `triggerSecondsFor` says how often.
 */
import cron from 'node-cron';

/** Calls `onTick` repeatedly until stopped. */
export type Trigger = (onTick: () => void) => { stop(): void };

/** A node-cron trigger every `everySeconds` real seconds (60: every minute, on the minute). */
export function cronTrigger(everySeconds = 60): Trigger {
  const seconds = Math.max(1, Math.min(60, Math.round(everySeconds)));
  const expression = seconds >= 60 ? '* * * * *' : seconds === 1 ? '* * * * * *' : `*/${seconds} * * * * *`;
  return (onTick) => {
    const task = cron.schedule(expression, () => onTick(), {
      name: 'briefbot-scheduler',
      noOverlap: true,
      suppressMissedWarning: true,
    });
    return { stop: () => void task.destroy() };
  };
}

/** A plain `setInterval` trigger (tests under fake timers, the benchmark). */
export function intervalTrigger(everyMs: number): Trigger {
  return (onTick) => {
    const id = setInterval(onTick, everyMs);
    return { stop: () => clearInterval(id) };
  };
}

/** Real seconds between ticks so the clock moves about one minute per tick: 60 at speed 1, 1 at speed 60 or more. */
export function triggerSecondsFor(speed: number): number {
  return speed > 1 ? Math.max(1, Math.floor(60 / speed)) : 60;
}
