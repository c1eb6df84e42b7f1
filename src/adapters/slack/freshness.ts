/**
 * Slack signs every HTTP request with its timestamp, and Bolt refuses one older than five
 * minutes (a replay). It lets through one from the future, so a request signed ahead of
 * time could be replayed until then; this refuses those too, before Bolt reads the body.
 * Wall time, not the bot's clock: signatures are about real time, whatever `--now` says.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/** The same window Bolt allows into the past. */
export const MAX_SKEW_SECONDS = 5 * 60;

/** Whether a request timestamp (seconds) is too far ahead of `nowMs`. */
export function fromTheFuture(header: string | string[] | undefined, nowMs: number): boolean {
  const value = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(value) && value > Math.floor(nowMs / 1000) + MAX_SKEW_SECONDS;
}

/** Wraps a receiver's listener: a future-dated request gets 401 and never reaches Bolt. */
export function refuseFutureRequests(listener: RequestListener, log: Logger, now = Date.now): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (fromTheFuture(req.headers['x-slack-request-timestamp'], now())) {
      log.warn({ path: req.url }, 'refused a Slack request dated more than 5 minutes in the future');
      req.resume();
      res.writeHead(401, { 'content-type': 'text/plain' }).end('request timestamp is in the future');
      return;
    }
    listener(req, res);
  };
}
