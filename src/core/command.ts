/**
 * Commands are defined once, platform-neutral, one file each in `commands/`:
 * `export default defineCommand({ name, description, options, run })`. Discord
 * registration, the Slack manifest, the shell, the CLI and the help text all derive from
 * these definitions, so a new command appears everywhere at once.
 *
 * @example
 * ```ts
 * export default defineCommand({
 *   name: 'echo',
 *   description: 'Say it back',
 *   options: [{ name: 'words', type: 'string', description: 'What to say', required: true, rest: true }],
 *   run: ({ options }) => reply(card({ kind: 'info', title: options.words })),
 * });
 * ```
 */
import type { CommandContext } from './context.ts';
import type { Reply } from './reply.ts';

export type OptionType = 'string' | 'integer' | 'boolean';

export interface OptionDefinition {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
  /** Fixed values to pick from (Discord shows them as choices). */
  choices?: readonly { name: string; value: string | number }[];
  /** Offer suggestions while typing (Discord autocomplete). */
  autocomplete?: boolean;
  /** In text form (`/brief John Kerry`), take the rest of the line. Last option only. */
  rest?: boolean;
  minValue?: number;
  maxValue?: number;
  /** Longest accepted string; longer input is refused with a short message, not cut. */
  maxLength?: number;
}

type ValueOf<O extends OptionDefinition> = O['type'] extends 'integer'
  ? number
  : O['type'] extends 'boolean'
    ? boolean
    : O['choices'] extends readonly { value: infer V }[]
      ? V
      : string;

/** The typed `options` object a command's `run` receives. */
export type OptionsOf<O extends readonly OptionDefinition[]> = {
  [K in O[number] as K['name']]: K['required'] extends true ? ValueOf<K> : ValueOf<K> | undefined;
};

export interface CommandDefinition<O extends readonly OptionDefinition[] = readonly OptionDefinition[]> {
  name: string;
  description: string;
  options: O;
  /** Usage examples for help text, without the slash: `brief John Kerry`. */
  examples?: readonly string[];
  /** Hidden commands work but are not listed in help or registered on platforms. */
  hidden?: boolean;
  run(ctx: CommandContext<OptionsOf<O>>): Reply | Promise<Reply>;
}

/** Identity function that gives `run` typed options; the loader validates the rest. */
export function defineCommand<const O extends readonly OptionDefinition[]>(
  definition: CommandDefinition<O>,
): CommandDefinition<O> {
  return definition;
}

export type AnyCommand = CommandDefinition<readonly OptionDefinition[]>;
