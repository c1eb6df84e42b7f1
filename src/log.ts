/**
 * The structured logger (pino, JSON lines on stderr so that `--json` output on stdout stays
 * clean). Secrets are kept out twice over: known secret fields are redacted by path, and
 * every line is scrubbed of the configured token values whatever field they hide in (an
 * error message that quotes a URL with a token, say).
 */
import { createRequire } from 'node:module';
import type { Logger, LoggerOptions as PinoOptions, DestinationStream } from 'pino';

const REDACT_PATHS = [
  'token',
  '*.token',
  'botToken',
  'appToken',
  'signingSecret',
  '*.signingSecret',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'headers.Authorization',
  '*.headers.Authorization',
  'config.SLACK_BOT_TOKEN',
  'config.SLACK_APP_TOKEN',
  'config.SLACK_SIGNING_SECRET',
  'config.DISCORD_TOKEN',
];

export interface LoggerOptions {
  level?: string;
  /** Secret values to replace with `[secret]` wherever they appear. */
  secrets?: readonly string[];
  /** Where lines go; stderr by default. Tests pass a collector. */
  destination?: { write(line: string): void };
}

export function createLogger({ level = 'info', secrets = [], destination }: LoggerOptions = {}): Logger {
  const scrub = (line: string) => secrets.reduce((out, secret) => out.split(secret).join('[secret]'), line);
  const target = destination ?? process.stderr;
  return onFirstUse(
    {
      level,
      base: undefined,
      redact: { paths: REDACT_PATHS, censor: '[secret]' },
      hooks: { streamWrite: scrub },
    },
    { write: (line: string) => void target.write(line) },
  );
}

/** A logger that drops everything: the default in unit tests. */
export function silentLogger(): Logger {
  return onFirstUse({ level: 'silent' });
}

/**
 * The pino logger, made when something first touches it. pino and the 30 modules it requires
 * take 14 ms to load, and a one-shot `briefbot brief` logs nothing; it is required rather than
 * imported, as CommonJS, so that Node does not scan it for ES exports either.
 */
function onFirstUse(options: PinoOptions, destination?: DestinationStream): Logger {
  let real: Logger | undefined;
  const logger = () => {
    if (real) return real;
    const { pino } = createRequire(import.meta.url)('pino') as typeof import('pino');
    return (real = destination ? pino(options, destination) : pino(options));
  };
  return new Proxy({} as Logger, {
    get(_, key) {
      const target = logger();
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
    set: (_, key, value) => Reflect.set(logger(), key, value),
    has: (_, key) => Reflect.has(logger(), key),
  });
}
