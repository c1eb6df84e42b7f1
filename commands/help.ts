import type { AnyCommand } from '../src/core/command.ts';
import { defineCommand } from '../src/core/command.ts';
import { UserError } from '../src/core/errors.ts';
import { usage } from '../src/core/parse-options.ts';
import { card, list, reply, text } from '../src/core/reply.ts';

export default defineCommand({
  name: 'help',
  description: 'What briefbot can do, or how to use one command',
  options: [{ name: 'command', type: 'string', description: 'A command to explain, e.g. brief', maxLength: 40 }],
  examples: ['help', 'help brief'],
  run({ commands, options }) {
    const visible = commands.filter((c) => !c.hidden);
    if (options.command) {
      const name = options.command.replace(/^\//, '').toLowerCase();
      const command = visible.find((c) => c.name === name);
      if (!command)
        throw new UserError(
          'unknown-command',
          `There is no /${name}. Commands: ${visible.map((c) => `/${c.name}`).join(', ')}.`,
        );
      return reply(commandCard(command));
    }
    return reply(
      card({
        kind: 'help',
        title: 'briefbot',
        subtitle: 'sourced briefings from the articles in the knowledge base',
        blocks: [
          list(visible.map((c) => `/${c.name} — ${c.description}`)),
          text(
            'Mention me with a question (for example "when is the New York meeting?") and I will quote the article ' +
              'that answers it, or say plainly that the briefing has no answer. ' +
              '/help <command> shows how to use one command.',
          ),
        ],
      }),
    );
  },
});

/** Help for one command, generated from its definition. */
function commandCard(command: AnyCommand) {
  const options = command.options.map((o) => `${o.name}${o.required ? '' : ' (optional)'}: ${o.description}`);
  const examples = (command.examples ?? []).map((e) => `/${e}`);
  return card({
    kind: 'help',
    title: `/${command.name}`,
    subtitle: command.description,
    blocks: [
      text(usage(command)),
      ...(options.length > 0 ? [list(options)] : []),
      ...(examples.length > 0 ? [text(`Examples: ${examples.join(' · ')}`)] : []),
    ],
  });
}
