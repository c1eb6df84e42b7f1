/**
 * Loads the command files in `commands/` and checks each definition, so that a mistake is
 * found at start-up with the file's name rather than by a platform refusing to register.
 * The rules are the strictest of the platforms' (Discord's names and lengths).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { AnyCommand } from './command.ts';

export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

const NAME = /^[a-z][a-z0-9-]{0,31}$/;

/**
 * Imports every `commands/*.ts` (tests excepted), or every `*.js` of the compiled copy in
 * dist/, validates, rejects duplicate names.
 */
export async function loadCommands(dir = COMMANDS_DIR): Promise<AnyCommand[]> {
  const isCommand = (f: string) =>
    /\.[tj]s$/.test(f) && !/\.d\.ts$|\.(test|spec)\.[tj]s$/.test(f) && !f.startsWith('_');
  const files = readdirSync(dir).filter(isCommand).sort();
  const commands: AnyCommand[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: AnyCommand };
    commands.push(checkCommand(mod.default, file));
  }
  return checkUnique(commands);
}

export function checkUnique(commands: AnyCommand[]): AnyCommand[] {
  const seen = new Set<string>();
  for (const c of commands) {
    if (seen.has(c.name)) throw new Error(`two commands are named "${c.name}"`);
    seen.add(c.name);
  }
  return commands;
}

/** Throws with the file name and the rule broken. */
export function checkCommand(command: AnyCommand | undefined, file: string): AnyCommand {
  const fail = (why: string): never => {
    throw new Error(`commands/${file}: ${why}`);
  };
  if (!command || typeof command.run !== 'function') return fail('must `export default defineCommand({ … })`');
  if (!NAME.test(command.name)) fail(`name "${command.name}" must be 1-32 lowercase letters, digits or hyphens`);
  if (!command.description || command.description.length > 100) fail('description must be 1-100 characters');
  if (command.options.length > 25) fail('at most 25 options');
  let optionalSeen = false;
  command.options.forEach((o, i) => {
    if (!NAME.test(o.name)) fail(`option "${o.name}" must be 1-32 lowercase letters, digits or hyphens`);
    if (!o.description || o.description.length > 100)
      fail(`option "${o.name}" needs a description of 1-100 characters`);
    if (o.rest && i !== command.options.length - 1)
      fail(`option "${o.name}" takes the rest of the line, so it must come last`);
    if (o.required && optionalSeen) fail(`required option "${o.name}" must come before the optional ones`);
    if (!o.required) optionalSeen = true;
    if (o.choices && o.autocomplete) fail(`option "${o.name}" cannot have both choices and autocomplete`);
  });
  if (new Set(command.options.map((o) => o.name)).size !== command.options.length) fail('option names must be unique');
  return command;
}
