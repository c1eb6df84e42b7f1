/**
 * `Incoming` is everything a person can do to the bot, in platform-neutral terms. Adapters
 * build it from a Slack or Discord event; the core never sees a platform object.
 */

export type Platform = 'slack' | 'discord' | 'shell' | 'cli';

/** Who and where: enough for the core to answer, check rights and key subscriptions. */
export interface Origin {
  platform: Platform;
  user: { id: string; name?: string };
  channel: { id: string; isDirect: boolean; name?: string };
  /** Whether this person may change the channel's subscriptions (the adapter decides how). */
  canManageChannel: boolean;
}

export type OptionValue = string | number | boolean;

export type Incoming =
  /** A slash command with options already typed by the platform or parsed from text. */
  | (Origin & { type: 'command'; name: string; options: Record<string, OptionValue> })
  /** A command typed as text (`/brief Kerry`, Slack's `text`); the core parses it. */
  | (Origin & { type: 'command-text'; name: string; text: string })
  /**
   * Free text addressed to the bot, with the bot's own mention and all other markup
   * already cleaned (see core/markup.ts). `thread` names the conversation it belongs to
   * (Slack: the thread's parent `ts`; Discord: the bot message it replies to), so a
   * follow-up can carry what the thread was about; `followUp` marks a message answered
   * only because it continues the bot's thread (no mention): it is answered only when the
   * answer is found, so small talk in the thread stays unanswered.
   */
  | (Origin & { type: 'mention'; text: string; thread?: string; followUp?: boolean })
  /** A button press: the `action` and `value` of a `Button`. */
  | (Origin & { type: 'action'; action: string; value: string })
  /** A partial option value to complete (Discord autocomplete). */
  | (Origin & { type: 'autocomplete'; command: string; option: string; partial: string });

export type AutocompleteIncoming = Extract<Incoming, { type: 'autocomplete' }>;
export type ReplyIncoming = Exclude<Incoming, AutocompleteIncoming>;

/** A suggestion offered while typing. `value` is what gets submitted. */
export interface Choice {
  name: string;
  value: string;
}
