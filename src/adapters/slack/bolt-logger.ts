/**
 * Bolt, its Web API client and its Socket Mode client log through this adapter into pino,
 * so their lines get the same secret scrubbing as ours. The configured secrets are also
 * scrubbed here, before pino sees the text, in case the logger was built without them.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

const ORDER: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

function describe(parts: unknown[], secrets: readonly string[]): string {
  const text = parts
    .map((p) => (p instanceof Error ? `${p.name}: ${p.message}` : typeof p === 'string' ? p : safeJson(p)))
    .join(' ');
  return secrets.reduce((out, secret) => out.split(secret).join('[secret]'), text);
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A Bolt `Logger` that writes to `log` under `{ lib: 'bolt' }`, at or above `level`. */
export function boltLogger(log: Logger, secrets: readonly string[], level: LogLevel = LogLevel.INFO): BoltLogger {
  let current = level;
  let name = 'bolt';
  const at =
    (wanted: LogLevel, write: (msg: string) => void) =>
    (...parts: unknown[]) => {
      if (ORDER[wanted] >= ORDER[current]) write(describe(parts, secrets));
    };
  return {
    debug: at(LogLevel.DEBUG, (msg) => log.debug({ lib: name }, msg)),
    info: at(LogLevel.INFO, (msg) => log.info({ lib: name }, msg)),
    warn: at(LogLevel.WARN, (msg) => log.warn({ lib: name }, msg)),
    error: at(LogLevel.ERROR, (msg) => log.error({ lib: name }, msg)),
    setLevel: (l) => void (current = l),
    getLevel: () => current,
    setName: (n) => void (name = n),
  };
}

/** The Bolt level matching the pino logger's, so `LOG_LEVEL=debug` reaches Bolt too. */
export function boltLevelOf(log: Logger): LogLevel {
  const level = log.levelVal;
  if (level <= 20) return LogLevel.DEBUG;
  if (level <= 30) return LogLevel.INFO;
  if (level <= 40) return LogLevel.WARN;
  return LogLevel.ERROR;
}
