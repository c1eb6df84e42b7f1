/**
 * All settings, from the environment (and `.env` when present), validated by one schema
 * into one frozen object. Nothing else reads `process.env`. A bad value fails fast and
 * names the variable; a secret's value is never part of the message.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from './vendor/zod.ts';
import { TimeZone } from './knowledge/schema.ts';

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
const optionalUrl = optionalText.pipe(
  z.url({ message: 'must be a URL such as http://127.0.0.1:8080/api/' }).optional(),
);
const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

const Schema = z.object({
  KNOWLEDGE_DIR: z.string().default('knowledge'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  DATABASE_PATH: z.string().default('data/briefbot.db'),
  /** `postgres://…`: share PostgreSQL between several instances instead of the SQLite file. */
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, {
        message: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/briefbot',
      })
      .optional(),
  ),
  /** Default timezone for new subscriptions. */
  DEFAULT_TIMEZONE: TimeZone.default('UTC'),
  /** How late a missed digest or reminder may still be sent after downtime, in hours. */
  GRACE_WINDOW_HOURS: z.coerce.number().min(0).max(168).default(6),

  SLACK_BOT_TOKEN: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_PORT: port(3000),
  SLACK_API_URL: optionalUrl,
  /** `any` member may change a channel's subscriptions, or only workspace `admins`. */
  SLACK_MANAGE_POLICY: z.enum(['any', 'admins']).default('any'),

  DISCORD_TOKEN: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_API_URL: optionalUrl,
});

export type Config = Readonly<z.infer<typeof Schema>>;

/** Variables whose values must never be printed. */
export const SECRET_VARIABLES = [
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'DISCORD_TOKEN',
  'DATABASE_URL',
] as const;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses `env` into a frozen `Config`. Reads `.env` from the working directory first when
 * `readDotenvFile` is set (values already in the environment win).
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  readDotenvFile = env === process.env,
): Config {
  if (readDotenvFile && existsSync('.env')) {
    // Required only when there is a .env to read: one module fewer for every other start.
    const dotenv = createRequire(import.meta.url)('dotenv') as typeof import('dotenv');
    dotenv.config({ path: '.env', quiet: true });
  }
  // An empty line in .env (`LOG_LEVEL=`) means "not set", not "set to nothing".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = Schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const config = parsed.data;
  if (config.SLACK_BOT_TOKEN && !config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) {
    throw new ConfigError(
      'SLACK_BOT_TOKEN is set, so set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) too',
    );
  }
  return Object.freeze(config);
}

/** The secret values present in `config`, for the logger to scrub. */
export function secretValues(config: Config): string[] {
  return SECRET_VARIABLES.map((k) => config[k]).filter((v): v is string => typeof v === 'string' && v.length >= 6);
}
