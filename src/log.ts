/**
 * The structured logger (pino, JSON lines on stderr so that `--json` output on stdout stays
 * clean). Secrets are kept out twice over: known secret fields are redacted by path, and
 * every line is scrubbed of the configured token values whatever field they hide in (an
 * error message that quotes a URL with a token, say).
 */
import { pino, type Logger } from 'pino';

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
  return pino(
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
  return pino({ level: 'silent' });
}
