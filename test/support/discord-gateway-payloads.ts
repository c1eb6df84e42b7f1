/**
 * The gateway side of the stand-in Discord: the users and snowflakes it invents and the
 * payloads it dispatches (READY, GUILD_CREATE, INTERACTION_CREATE, MESSAGE_CREATE) or
 * answers with (a message the bot posted), shaped as discord.js 14 needs them.
 *
 * Kept apart from discord-stand-in.ts, which runs the servers and records what arrives,
 * because these are plain builders of the JSON Discord sends, long and read on their own.
 */

export interface StandInUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: '0';
  avatar: null;
  bot?: boolean;
}

let next = 1_150_000_000_000_000_000n;
export const snowflake = (): string => String(next++);

const PERMISSIONS = {
  view: 1n << 10n,
  send: 1n << 11n,
  embed: 1n << 14n,
  history: 1n << 16n,
  manageChannels: 1n << 4n,
};
const MEMBER_PERMISSIONS = PERMISSIONS.view | PERMISSIONS.send | PERMISSIONS.embed | PERMISSIONS.history;

export function user(name: string, extra: Partial<StandInUser> = {}): StandInUser {
  return { id: snowflake(), username: name, global_name: name, discriminator: '0', avatar: null, ...extra };
}

/** The ids of one stand-in Discord that its payloads name (the `DiscordStandIn` itself). */
export interface StandInIds {
  readonly applicationId: string;
  readonly bot: StandInUser;
  readonly botRoleId: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly dmChannelId: string;
  readonly port: number;
}

/** A message of the bot's as Discord returns it (a posted answer, or the original a button sits on). */
export function botMessage(ids: StandInIds, channelId: string, body: any, flags = 0): Record<string, unknown> {
  return {
    id: snowflake(),
    channel_id: channelId,
    type: 0,
    content: body.content ?? '',
    author: ids.bot,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    pinned: false,
    flags: body.flags ?? flags,
    application_id: ids.applicationId,
  };
}

/**
 * A message posted by `from`; `mention` puts the bot in `mentions` as Discord does for
 * `<@id>`, and `<@&id>` in the content fills `mention_roles`. `replyTo` makes it a reply
 * (without a ping unless `mentionsBot`) to a message, as Discord sends one.
 */
export function messageCreatePayload(
  ids: StandInIds,
  content: string,
  from: StandInUser,
  opts: { dm?: boolean; mentionsBot?: boolean; replyTo?: { id: string; author: StandInUser } },
): { id: string; payload: Record<string, unknown> } {
  const id = snowflake();
  const mentionsBot = opts.mentionsBot ?? content.includes(`<@${ids.bot.id}>`);
  const roles = [...content.matchAll(/<@&(\d+)>/g)].map((m) => m[1]!);
  const channelId = opts.dm ? ids.dmChannelId : ids.channelId;
  const reply = opts.replyTo
    ? {
        type: 19,
        message_reference: {
          type: 0,
          message_id: opts.replyTo.id,
          channel_id: channelId,
          ...(opts.dm ? {} : { guild_id: ids.guildId }),
        },
        referenced_message: { ...botMessage(ids, channelId, {}), id: opts.replyTo.id, author: opts.replyTo.author },
      }
    : {};
  const base = {
    id,
    type: 0,
    content,
    author: from,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: mentionsBot ? [ids.bot] : [],
    mention_roles: roles,
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
    ...reply,
  };
  const where = opts.dm
    ? { channel_id: ids.dmChannelId, channel_type: 1 }
    : {
        channel_id: ids.channelId,
        channel_type: 0,
        guild_id: ids.guildId,
        member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      };
  return { id, payload: { ...base, ...where } };
}

/** An INTERACTION_CREATE payload of `type` (2 a command, 3 a component, 4 autocomplete) from `from`. */
export function interactionPayload(
  ids: StandInIds,
  type: number,
  data: unknown,
  from: StandInUser,
  opts: { dm?: boolean; manager?: boolean },
  extra: object = {},
): { id: string; token: string; payload: Record<string, unknown> } {
  const id = snowflake();
  const token = `interaction-token-${id}`;
  const permissions = String(MEMBER_PERMISSIONS | (opts.manager ? PERMISSIONS.manageChannels : 0n));
  const where = opts.dm
    ? {
        channel: { id: ids.dmChannelId, type: 1, recipients: [from] },
        channel_id: ids.dmChannelId,
        user: from,
        context: 1,
      }
    : {
        guild_id: ids.guildId,
        channel: { id: ids.channelId, type: 0, guild_id: ids.guildId, name: 'general', permissions },
        channel_id: ids.channelId,
        member: {
          user: from,
          roles: [],
          permissions,
          joined_at: new Date().toISOString(),
          deaf: false,
          mute: false,
          flags: 0,
        },
        guild_locale: 'en-GB',
        context: 0,
      };
  const payload = {
    id,
    application_id: ids.applicationId,
    type,
    token,
    version: 1,
    data,
    ...where,
    ...extra,
    app_permissions: String(MEMBER_PERMISSIONS),
    locale: 'en-GB',
    entitlements: [],
    authorizing_integration_owners: {},
    attachment_size_limit: 10_485_760,
  };
  return { id, token, payload };
}

/** READY, then GUILD_CREATE of its one guild: what the client waits for before it is ready. */
export function readyPayloads(ids: StandInIds): [t: string, d: unknown][] {
  return [
    [
      'READY',
      {
        v: 10,
        user: ids.bot,
        guilds: [{ id: ids.guildId, unavailable: true }],
        session_id: `session-${snowflake()}`,
        resume_gateway_url: `ws://127.0.0.1:${ids.port}`,
        application: { id: ids.applicationId, flags: 0 },
        shard: [0, 1],
      },
    ],
    [
      'GUILD_CREATE',
      {
        id: ids.guildId,
        name: 'Newsroom',
        owner_id: snowflake(),
        unavailable: false,
        large: false,
        member_count: 2,
        joined_at: new Date().toISOString(),
        roles: [
          {
            id: ids.guildId,
            name: '@everyone',
            permissions: String(MEMBER_PERMISSIONS),
            position: 0,
            color: 0,
            hoist: false,
            managed: false,
            mentionable: false,
            flags: 0,
          },
          {
            id: ids.botRoleId,
            name: 'briefbot',
            permissions: String(MEMBER_PERMISSIONS),
            position: 1,
            color: 0,
            hoist: false,
            managed: true,
            mentionable: true,
            flags: 0,
            tags: { bot_id: ids.bot.id },
          },
        ],
        channels: [{ id: ids.channelId, type: 0, name: 'general', position: 0, permission_overwrites: [] }],
        members: [],
        emojis: [],
        stickers: [],
        threads: [],
        presences: [],
        voice_states: [],
        features: [],
        stage_instances: [],
        guild_scheduled_events: [],
      },
    ],
  ];
}
