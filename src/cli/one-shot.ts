/**
 * `briefbot brief|ask|events …`: one command through the same core the chat platforms use,
 * printed as terminal text or, with `--json`, as `{ found, text, reply }`.
 */
import { buildBot } from '../app.ts';
import { UserError } from '../core/errors.ts';
import { parseCommandText } from '../core/parse-options.ts';
import { KnowledgeLoadError } from '../knowledge/holder.ts';
import { formatProblem } from '../knowledge/load.ts';
import { renderJson, renderText } from '../render/text.ts';
import { cliContext } from './context.ts';
import { EXIT, type CliIo, type GlobalFlags } from './io.ts';
import { UsageError } from './main.ts';

export function commandRunner(name: string) {
  return {
    async run(args: string[], io: CliIo, flags: GlobalFlags): Promise<number> {
      const flag = args.find((a) => a.startsWith('--'));
      if (flag) throw new UsageError(`unknown option ${flag.slice(0, 40)} for "${name}"`);
      const { config, clock, log } = cliContext(flags, true);
      let bot;
      try {
        bot = await buildBot({ config, clock, log });
      } catch (error) {
        if (!(error instanceof KnowledgeLoadError)) throw error;
        io.err(`briefbot: ${error.message}:\n${error.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
        return EXIT.broken;
      }
      const command = bot.core.deps.commands.find((c) => c.name === name)!;
      let options;
      try {
        options = parseCommandText(command, args.join(' '));
      } catch (error) {
        if (error instanceof UserError) throw new UsageError(error.message);
        throw error;
      }
      const origin = { platform: 'cli' as const, user: { id: 'cli' }, channel: { id: 'cli', isDirect: true }, canManageChannel: true };
      const reply = await bot.core.handle({ ...origin, type: 'command', name, options });
      io.out(flags.json ? JSON.stringify(renderJson(reply)) : renderText(reply));
      return EXIT.ok;
    },
  };
}
