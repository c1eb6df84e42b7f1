/**
 * The Slack app manifest, generated from the command definitions so that a new command in
 * `commands/` reaches Slack with the next "update manifest", never by hand. Socket Mode by
 * default (no public URL needed); with a request URL, HTTP mode instead.
 *
 * @example
 * ```ts
 * const manifest = slackManifest(await loadCommands());
 * ```
 */
import type { AnyCommand } from '../../core/command.ts';
import { usage } from '../../core/parse-options.ts';

/** What the bot needs: slash commands, reading mentions and DMs, posting, and admin checks. */
export const BOT_SCOPES = [
  'commands',
  'app_mentions:read',
  'chat:write',
  'im:history',
  'im:read',
  'im:write',
  'users:read',
  // Thread follow-ups: replies under the bot's answers arrive as channel messages.
  'channels:history',
  'groups:history',
  'mpim:history',
] as const;
export const BOT_EVENTS = ['app_mention', 'message.im', 'message.channels', 'message.groups', 'message.mpim'] as const;

/** Slack's own commands: an app command with one of these names is shadowed. */
const BUILT_IN = new Set([
  'active',
  'apps',
  'archive',
  'away',
  'call',
  'collapse',
  'dm',
  'dnd',
  'expand',
  'feed',
  'invite',
  'leave',
  'me',
  'msg',
  'mute',
  'open',
  'prefs',
  'remind',
  'remove',
  'rename',
  'search',
  'shortcuts',
  'shrug',
  'star',
  'status',
  'topic',
  'who',
]);

export interface ManifestOptions {
  /** The app's display name. */
  name?: string;
  /** HTTP mode: the public URL of `/slack/events`. Without it, Socket Mode. */
  requestUrl?: string;
}

export interface SlackManifest {
  display_information: { name: string; description: string; background_color: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string; always_online: boolean };
    slash_commands: {
      command: string;
      description: string;
      usage_hint?: string;
      should_escape: boolean;
      url?: string;
    }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    interactivity: { is_enabled: boolean; request_url?: string };
    org_deploy_enabled: boolean;
    socket_mode_enabled: boolean;
    token_rotation_enabled: boolean;
  };
}

/** "Usage: /brief <topic>" → "<topic>"; nothing for a command without options. */
function usageHint(command: AnyCommand): string | undefined {
  const hint = usage(command).replace(/^Usage: \/\S+\s*/, '');
  return hint === '' ? undefined : hint.slice(0, 1000);
}

/** Names of commands that Slack's built-in commands would shadow. */
export function shadowedCommands(commands: readonly AnyCommand[]): string[] {
  return commands.filter((c) => !c.hidden && BUILT_IN.has(c.name)).map((c) => c.name);
}

export function slackManifest(commands: readonly AnyCommand[], options: ManifestOptions = {}): SlackManifest {
  const name = options.name ?? 'briefbot';
  const url = options.requestUrl ? { url: options.requestUrl } : {};
  const requestUrl = options.requestUrl ? { request_url: options.requestUrl } : {};
  return {
    display_information: {
      name,
      description: 'Sourced briefings, answers, digests and reminders from your news articles',
      background_color: '#1d3557',
    },
    features: {
      app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: name, always_online: true },
      slash_commands: commands
        .filter((c) => !c.hidden)
        .map((c) => {
          const hint = usageHint(c);
          return {
            command: `/${c.name}`,
            description: c.description,
            ...(hint ? { usage_hint: hint } : {}),
            should_escape: false,
            ...url,
          };
        }),
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { bot_events: [...BOT_EVENTS], ...requestUrl },
      interactivity: { is_enabled: true, ...requestUrl },
      org_deploy_enabled: false,
      socket_mode_enabled: !options.requestUrl,
      token_rotation_enabled: false,
    },
  };
}
