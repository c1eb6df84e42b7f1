/**
 * Starts every platform side by side. A platform that cannot be reached now (its start
 * throws a retryable `PlatformStartError`: the network, the platform down) is logged with
 * its URL and cause and tried again later with backoff, while the other platforms serve;
 * one whose settings are refused (a bad token) stops start-up, since retrying cannot help.
 *
 * @example
 * const platforms = await startPlatforms(adapters, { log });
 * // … on shutdown
 * platforms.stop();
 */
import type { Logger } from 'pino';
import { PlatformStartError, type ChatAdapter } from '../core/adapter.ts';

/** Waits between attempts: 30 s, 1, 2, 5, then every 10 minutes. */
export const RETRY_DELAYS_MS = [30_000, 60_000, 120_000, 300_000, 600_000];

export interface StartOptions {
  log: Logger;
  delaysMs?: readonly number[];
  /** Called when a platform that failed at first starts on a retry. */
  onStarted?(adapter: ChatAdapter): void;
}

export interface StartedPlatforms {
  /** The platforms running now (the scheduler delivers through these only). */
  started(): ChatAdapter[];
  /** Cancels pending retries. */
  stop(): void;
}

export async function startPlatforms(
  adapters: readonly ChatAdapter[],
  { log, delaysMs = RETRY_DELAYS_MS, onStarted }: StartOptions,
): Promise<StartedPlatforms> {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const running = new Set<ChatAdapter>();
  let stopped = false;
  const retryable = (error: unknown) => error instanceof PlatformStartError && error.retryable;
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

  const later = (adapter: ChatAdapter, attempt: number, error: unknown) => {
    const delay = delaysMs[Math.min(attempt, delaysMs.length - 1)]!;
    log.error(
      { platform: adapter.platform, attempt: attempt + 1, retryInS: delay / 1000, error: message(error) },
      'platform did not start; retrying later while the others serve',
    );
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (stopped) return;
      adapter.start().then(
        () => {
          running.add(adapter);
          log.info({ platform: adapter.platform, attempt: attempt + 2 }, 'platform started');
          if (!stopped) onStarted?.(adapter);
        },
        (next: unknown) => {
          if (stopped) return;
          if (retryable(next)) later(adapter, attempt + 1, next);
          else log.error({ platform: adapter.platform, error: message(next) }, 'platform refused; no more retries');
        },
      );
    }, delay);
    timers.add(timer);
  };

  const results = await Promise.allSettled(adapters.map((a) => a.start()));
  const fatal = results.find((r): r is PromiseRejectedResult => r.status === 'rejected' && !retryable(r.reason));
  if (fatal) {
    await Promise.allSettled(adapters.map((a) => a.stop()));
    throw fatal.reason;
  }
  results.forEach((result, i) => {
    const adapter = adapters[i]!;
    if (result.status === 'fulfilled') {
      running.add(adapter);
      log.info({ platform: adapter.platform }, 'platform started');
    } else later(adapter, 0, result.reason);
  });
  return {
    started: () => adapters.filter((a) => running.has(a)),
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
