/**
 * Time is injected, never read directly: tests walk December 2015 in milliseconds under
 * fake timers, and a demo can start the clock at a chosen instant (`--now`) and run it
 * faster (`--speed`).
 */

export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** The real clock. Reads `Date.now()`, so vitest fake timers drive it too. */
export const systemClock: Clock = { now: () => new Date(Date.now()) };

/** A clock that can be held still until the program is ready to let time run. */
export interface RunnableClock extends Clock {
  /** Lets time run from now on (idempotent). Until then `now()` is the start instant. */
  run(): void;
}

/**
 * A clock that shows `start` and, once `run()` is called, runs on from there at `speed`
 * times real time, measured on `base` (the system clock unless a test injects another).
 * Held still until then, so start-up time does not eat into a fast demo clock: at ×3600
 * the two seconds spent loading would otherwise be two hours of the demo.
 */
export function shiftedClock(start: Date, speed = 1, base: Clock = systemClock): RunnableClock {
  let origin: number | undefined;
  return {
    now: () =>
      new Date(origin === undefined ? start.getTime() : start.getTime() + (base.now().getTime() - origin) * speed),
    run: () => void (origin ??= base.now().getTime()),
  };
}

/** A clock that stays where a test puts it. */
export function manualClock(start: Date): Clock & { set(at: Date): void; advance(ms: number): void } {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    set: (d) => void (at = d.getTime()),
    advance: (ms) => void (at += ms),
  };
}
