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

/**
 * A clock that starts at `start` when created and then runs at `speed` times real time,
 * measured on `base` (the system clock unless a test injects another).
 */
export function shiftedClock(start: Date, speed = 1, base: Clock = systemClock): Clock {
  const origin = base.now().getTime();
  return { now: () => new Date(start.getTime() + (base.now().getTime() - origin) * speed) };
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
