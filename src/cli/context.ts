/**
 * What every CLI subcommand needs: the configuration, a clock (moved by `--now`/`--speed`)
 * and a logger that keeps stdout clean.
 */
import type { Logger } from 'pino';
import { loadConfig, secretValues, type Config } from '../config.ts';
import { shiftedClock, systemClock, type RunnableClock } from '../core/clock.ts';
import { createLogger } from '../log.ts';
import type { GlobalFlags } from './io.ts';

export interface CliContext {
  config: Config;
  /** Held still at `--now` until `run()`; the real clock (whose `run` does nothing) otherwise. */
  clock: RunnableClock;
  log: Logger;
}

/**
 * `quiet`: log only warnings unless LOG_LEVEL says otherwise (one-shot commands, and the
 * shell chat, where log lines would land in the middle of the conversation).
 */
export function cliContext(flags: GlobalFlags, quiet: boolean | ((config: Config) => boolean)): CliContext {
  const config = loadConfig();
  const quietByDefault = typeof quiet === 'function' ? quiet(config) : quiet;
  const clock =
    flags.now || flags.speed !== 1 ? shiftedClock(flags.now ?? new Date(), flags.speed) : { ...systemClock, run() {} };
  const log = createLogger({
    level: config.LOG_LEVEL ?? (quietByDefault ? 'warn' : 'info'),
    secrets: secretValues(config),
  });
  return { config, clock, log };
}
