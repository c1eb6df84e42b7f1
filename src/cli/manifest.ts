/**
 * `briefbot manifest slack [--json] [--url https://host/slack/events] [--name briefbot]`:
 * prints the Slack app manifest generated from `commands/`, ready to paste into
 * "Create New App → From an app manifest" (YAML by default, JSON with `--json`).
 */
import { dump } from 'js-yaml';
import { shadowedCommands, slackManifest } from '../adapters/slack/manifest.ts';
import { loadCommands } from '../core/registry.ts';

export interface ManifestIo {
  out(s: string): void;
  err(s: string): void;
}

const USAGE = 'Usage: briefbot manifest slack [--json] [--url https://your.host/slack/events] [--name briefbot]';

export async function run(args: string[], io: ManifestIo, flags: { json?: boolean } = {}): Promise<number> {
  const rest = [...args];
  let json = flags.json ?? false;
  let requestUrl: string | undefined;
  let name: string | undefined;
  const platform = rest.shift();
  while (rest.length > 0) {
    const arg = rest.shift()!;
    const [flag, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
    if (flag === '--json') json = true;
    else if (flag === '--url') requestUrl = inline ?? rest.shift();
    else if (flag === '--name') name = inline ?? rest.shift();
    else {
      io.err(`briefbot manifest: unknown option "${arg.slice(0, 40)}"\n${USAGE}`);
      return 2;
    }
  }
  if (platform !== 'slack') {
    io.err(
      `briefbot manifest: ${platform ? `no manifest for "${platform.slice(0, 20)}"` : 'name the platform'}\n${USAGE}`,
    );
    return 2;
  }
  if (requestUrl !== undefined && !/^https?:\/\/\S+$/.test(requestUrl)) {
    io.err(
      'briefbot manifest: --url must be the public URL of /slack/events, ' +
        `such as https://bot.example.org/slack/events\n${USAGE}`,
    );
    return 2;
  }
  if (name !== undefined && (name.trim() === '' || name.length > 35)) {
    io.err('briefbot manifest: --name must be 1-35 characters');
    return 2;
  }
  const commands = await loadCommands();
  for (const shadowed of shadowedCommands(commands))
    io.err(`warning: Slack has a built-in /${shadowed}; rename the command to reach it in Slack`);
  const manifest = slackManifest(commands, {
    ...(requestUrl ? { requestUrl } : {}),
    ...(name ? { name: name.trim() } : {}),
  });
  io.out(json ? JSON.stringify(manifest, null, 2) : dump(manifest, { lineWidth: -1 }));
  return 0;
}
