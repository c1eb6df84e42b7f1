/**
 * `briefbot validate`: checks every pack and prints each problem as file + path + message.
 * Exit 1 when any pack is broken, so CI and editors can run it. Every broken entry is
 * reported, and the good packs are still listed.
 */
import { loadConfig } from '../config.ts';
import { ambiguityWarnings, draftWarnings } from '../ingest/quality.ts';
import { formatProblem, loadPacks } from '../knowledge/load.ts';
import { EXIT, type CliIo, type GlobalFlags } from './io.ts';
import { UsageError } from './main.ts';

export async function run(args: string[], io: CliIo, flags: GlobalFlags): Promise<number> {
  if (args.length > 0) throw new UsageError(`validate takes no arguments (got "${args[0]!.slice(0, 40)}")`);
  const config = loadConfig();
  // The loader reports every broken entry and never throws, so `--json` always prints.
  const { packs, problems } = loadPacks(config.KNOWLEDGE_DIR);
  // Draft quality (origin: machine) and ambiguous dates are warnings: they never fail validation.
  const warnings = packs.flatMap((pack) => {
    try {
      return [...draftWarnings(pack), ...ambiguityWarnings(pack)];
    } catch (error) {
      const message = `quality check failed: ${error instanceof Error ? error.message : String(error)}`;
      return [{ file: pack.dir, path: '', message }];
    }
  });
  if (flags.json) {
    io.out(JSON.stringify({ ok: problems.length === 0, packs: packs.map((p) => p.id), problems, warnings }));
  } else {
    for (const warning of warnings) io.err(`warning: ${formatProblem(warning)}`);
    for (const pack of packs)
      io.out(
        `ok  ${pack.id}: ${pack.data.entities.length} entities, ` +
          `${pack.data.events.length} events, ${pack.data.quotes.length} quotes`,
      );
    for (const problem of problems) io.err(formatProblem(problem));
    io.out(problems.length === 0 ? `${packs.length} pack(s) valid` : `${problems.length} problem(s) found`);
  }
  return problems.length === 0 ? EXIT.ok : EXIT.broken;
}
