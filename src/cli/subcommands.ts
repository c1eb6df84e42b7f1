/**
 * The CLI's subcommands. Each is loaded only when used, so `briefbot brief` does not pay
 * for the Slack or Discord libraries.
 */
import type { CliIo, GlobalFlags } from './io.ts';

export interface Subcommand {
  name: string;
  usage: string;
  summary: string;
  load(): Promise<{ run(args: string[], io: CliIo, flags: GlobalFlags): Promise<number> }>;
}

export const subcommands: Subcommand[] = [
  {
    name: 'start',
    usage: 'start [--now <ISO-8601>] [--speed <n>]',
    summary: 'run the bot (the shell chat when no platform tokens are set)',
    load: () => import('./start.ts'),
  },
  {
    name: 'brief',
    usage: 'brief <topic…> [--json]',
    summary: 'a sourced briefing on a person, organisation, place, event or theme',
    load: () => import('./one-shot.ts').then((m) => m.commandRunner('brief')),
  },
  {
    name: 'ask',
    usage: 'ask <question…> [--json] | ask --batch <file|-> [--each]',
    summary: 'answer a question by quoting the article',
    load: () => import('./one-shot.ts').then((m) => m.commandRunner('ask')),
  },
  {
    name: 'events',
    usage: 'events [upcoming|past|all] [--json]',
    summary: "the articles' dated events, relative to now",
    load: () => import('./one-shot.ts').then((m) => m.commandRunner('events')),
  },
  {
    name: 'ingest',
    usage:
      'ingest <file.txt|file.md> --published YYYY-MM-DD ' +
      '[--title …] [--source …] [--timezone …] [--id …] [--force]',
    summary:
      'draft a knowledge pack from an article (offline) into knowledge/<id>/; ' +
      'a "Title:"/"Published:" header in the file stands for those flags',
    load: () => import('./ingest.ts'),
  },
  {
    name: 'index',
    usage: 'index [--rebuild] [--json]',
    summary: 'compile every knowledge pack ahead of time, so the bot starts without reading them',
    load: () => import('./index-command.ts'),
  },
  {
    name: 'validate',
    usage: 'validate [--json]',
    summary: 'check every knowledge pack; exit 1 when one is broken',
    load: () => import('./validate.ts'),
  },
  {
    name: 'manifest',
    usage: 'manifest slack [--json] [--url <https://host/slack/events>]',
    summary: 'print the Slack app manifest generated from commands/',
    load: () => import('./manifest.ts'),
  },
  {
    name: 'deploy',
    usage: 'deploy discord [--guild <id>] [--force]',
    summary: 'register the commands with Discord (skipped when nothing changed)',
    load: () => import('./deploy.ts'),
  },
];
