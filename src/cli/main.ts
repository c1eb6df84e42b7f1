/**
 * `briefbot <subcommand> …`: parses the global flags, picks the subcommand and turns every
 * outcome into an exit code. Usage errors print the usage on stderr and exit 2.
 */
import { processIo, EXIT, type CliIo, type GlobalFlags } from './io.ts';
import { subcommands } from './subcommands.ts';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function usageText(): string {
  // Long usages (ingest's) put their summary on the next line instead of widening every row.
  const width = Math.min(44, Math.max(...subcommands.map((s) => s.usage.length)));
  const row = (s: (typeof subcommands)[number]) =>
    s.usage.length <= width
      ? `  ${s.usage.padEnd(width)}  ${s.summary}`
      : `  ${s.usage}
  ${''.padEnd(width)}  ${s.summary}`;
  return [
    'Usage: briefbot <command> [options]',
    '',
    ...subcommands.map(row),
    '',
    'Global options: --json (one JSON object on stdout), --now <ISO-8601> (set the clock), ' +
      '--speed <n> (run the clock faster)',
  ].join('\n');
}

/** Removes the global flags from `argv`; throws `UsageError` on a bad value. */
export function parseGlobalFlags(argv: string[]): { flags: GlobalFlags; rest: string[] } {
  const flags: GlobalFlags = { json: false, speed: 1 };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s) as [string, string | undefined])
      : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (name === '--json') flags.json = true;
    else if (name === '--now') {
      const raw = value();
      const at = new Date(raw);
      if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || Number.isNaN(at.getTime()))
        throw new UsageError(
          `--now must be an ISO-8601 instant such as 2015-12-14T08:55:00Z, not "${raw.slice(0, 40)}"`,
        );
      flags.now = at;
    } else if (name === '--speed') {
      const speed = Number(value());
      if (!Number.isFinite(speed) || speed <= 0 || speed > 100_000)
        throw new UsageError('--speed must be a number above 0 (1 is real time)');
      flags.speed = speed;
    } else rest.push(arg);
  }
  return { flags, rest };
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const { flags, rest } = parseGlobalFlags(argv);
    const [name, ...args] = rest;
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      (name === undefined ? io.err : io.out)(usageText());
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    const sub = subcommands.find((s) => s.name === name);
    if (!sub) throw new UsageError(`unknown command "${name.slice(0, 40)}"`);
    const module = await sub.load();
    return await module.run(args, io, flags);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`briefbot: ${error.message}\n\n${usageText()}`);
      return EXIT.usage;
    }
    io.err(`briefbot: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.broken;
  }
}
