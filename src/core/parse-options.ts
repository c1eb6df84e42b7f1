/**
 * Turns command text (`/digest on 08:00 Europe/London`, Slack's `text`, a shell line) into
 * typed options, and validates options that a platform already typed (Discord). Both
 * paths end in `validateOptions`, so the rules are the same everywhere.
 */
import type { AnyCommand, OptionDefinition } from './command.ts';
import { UserError } from './errors.ts';
import type { OptionValue } from './incoming.ts';
import { readableText } from './input.ts';

/** Splits on whitespace, keeping "quoted phrases" together. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|“([^”]*)”|(\S+)/g)) {
    tokens.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  return tokens.filter((t) => t.length > 0);
}

/** `/brief John Kerry` → `{ topic: 'John Kerry' }`, by position, with `name:value` allowed. */
export function parseCommandText(command: AnyCommand, rawText: string): Record<string, OptionValue> {
  const text = readableText(rawText, 'command');
  const options: Record<string, OptionValue> = {};
  const positional = [...command.options];
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const named = /^([a-z][a-z0-9-]*):(.+)$/i.exec(token);
    if (named && !/^\d/.test(named[2]!) && command.options.length > 0) {
      const option = command.options.find((o) => o.name === named[1]!.toLowerCase());
      if (option) {
        options[option.name] = named[2]!;
        positional.splice(positional.indexOf(option), 1);
        continue;
      }
      if (!positional.some((o) => o.rest)) throw unknownOption(command, named[1]!);
    }
    let option = positional.shift();
    // An optional option with fixed choices is skipped when the token is not one of them.
    while (
      option?.choices &&
      !option.required &&
      !option.rest &&
      !option.choices.some((c) => String(c.value) === token.toLowerCase())
    ) {
      option = positional.shift();
    }
    if (!option) throw new UserError('usage', `Too many words for /${command.name}. ${usage(command)}`);
    if (option.rest) {
      options[option.name] = tokens.slice(i).join(' ');
      break;
    }
    options[option.name] = token;
  }
  return validateOptions(command, options);
}

/** Checks presence, type, choices and length of every option; converts text to numbers and booleans. */
export function validateOptions(command: AnyCommand, input: Record<string, unknown>): Record<string, OptionValue> {
  const out: Record<string, OptionValue> = {};
  for (const name of Object.keys(input)) {
    if (!command.options.some((o) => o.name === name)) throw unknownOption(command, name);
  }
  for (const option of command.options) {
    const value = input[option.name];
    if (value === undefined || value === null || value === '') {
      if (option.required)
        throw new UserError('usage', `/${command.name} needs ${option.name}: ${option.description}. ${usage(command)}`);
      continue;
    }
    out[option.name] = convert(command, option, value);
  }
  return out;
}

function convert(command: AnyCommand, option: OptionDefinition, value: unknown): OptionValue {
  const where = `${option.name} of /${command.name}`;
  if (option.type === 'integer') {
    const n = typeof value === 'number' ? value : Number(String(value));
    if (!Number.isInteger(n)) throw new UserError('bad-input', `${where} must be a whole number.`);
    if (
      (option.minValue !== undefined && n < option.minValue) ||
      (option.maxValue !== undefined && n > option.maxValue)
    ) {
      throw new UserError(
        'bad-input',
        `${where} must be between ${option.minValue ?? '…'} and ${option.maxValue ?? '…'}.`,
      );
    }
    return n;
  }
  if (option.type === 'boolean') {
    if (typeof value === 'boolean') return value;
    const word = String(value).toLowerCase();
    if (['true', 'yes', 'on', '1'].includes(word)) return true;
    if (['false', 'no', 'off', '0'].includes(word)) return false;
    throw new UserError('bad-input', `${where} must be yes or no.`);
  }
  const text = readableText(String(value), option.name, option.maxLength);
  if (text === '' && option.required)
    throw new UserError('usage', `/${command.name} needs ${option.name}. ${usage(command)}`);
  if (option.choices) {
    const choice = option.choices.find((c) => String(c.value) === text.toLowerCase());
    if (!choice)
      throw new UserError('bad-input', `${where} must be one of: ${option.choices.map((c) => c.value).join(', ')}.`);
    return choice.value;
  }
  return text;
}

function unknownOption(command: AnyCommand, name: string): UserError {
  return new UserError('unknown-option', `/${command.name} has no option "${name}". ${usage(command)}`);
}

/** "Usage: /digest [action] [time] [timezone]" from the definition. */
export function usage(command: AnyCommand): string {
  const parts = command.options.map((o) => {
    const label = o.choices ? o.choices.map((c) => c.value).join('|') : o.name;
    return o.required ? `<${label}>` : `[${label}]`;
  });
  return `Usage: /${[command.name, ...parts].join(' ')}`;
}
