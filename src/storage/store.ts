/**
 * Persistent state behind one interface: per-channel settings (timezone, digest,
 * reminders), the delivery ledger that makes digests and reminders go out exactly once,
 * and when each knowledge pack was first seen. The embedded default is SQLite
 * (`openSqliteStore` in ./sqlite-store.ts, `':memory:'` for tests); several instances
 * share PostgreSQL (`openPostgresStore` in ./postgres-store.ts, chosen by DATABASE_URL,
 * see ./open-store.ts); the CLI's one-shot commands use `nullStore`, which keeps nothing.
 * Every method is async so one interface fits both an embedded file and a server.
 */
import { UserError } from '../core/errors.ts';
import type { Platform } from '../core/incoming.ts';

/** Which channel: subscriptions are keyed by platform and the platform's channel id. */
export interface ChannelRef {
  platform: Platform;
  channelId: string;
}

/** A channel's settings. A channel without a row has no subscriptions and the default timezone. */
export interface ChannelSettings extends ChannelRef {
  /** IANA timezone for digests, reminders and dates shown in this channel. */
  timeZone: string;
  /** Daily digest at `time` (`HH:MM`, channel time); `since` is when it was turned on. */
  digest?: { time: string; since: Date };
  /** Reminder leads in minutes, largest first; `since` is when they were turned on. */
  reminders?: { leads: number[]; since: Date };
}

export type DeliveryKind = 'digest' | 'reminder';
export type DeliveryStatus = 'claimed' | 'sent' | 'failed' | 'skipped';

/**
 * The unique key of one delivery. `subject` is the digest's channel-local date
 * (`2015-12-14`) or the event (`pack-id/event-id`); `lead` names the reminder's lead
 * (`1d`, `morning-1d`) and is empty for a digest.
 */
export interface DeliveryKey extends ChannelRef {
  kind: DeliveryKind;
  subject: string;
  lead: string;
}

export interface DeliveryRecord extends DeliveryKey {
  dueAt: Date;
  status: DeliveryStatus;
  attempts: number;
  late: boolean;
  finishedAt?: Date;
  error?: string;
}

export interface Store {
  /** The channel's settings, or undefined when it never subscribed. */
  channel(ref: ChannelRef): Promise<ChannelSettings | undefined>;
  /** Creates or replaces the channel's settings. */
  saveChannel(settings: ChannelSettings): Promise<void>;
  /** Every channel with a digest or reminders turned on. */
  subscribedChannels(): Promise<ChannelSettings[]>;

  /**
   * Claims a delivery before it is sent: true only for the one caller that inserted the
   * key (INSERT … ON CONFLICT DO NOTHING), so a delivery is sent at most once.
   */
  claimDelivery(key: DeliveryKey, dueAt: Date, now: Date): Promise<boolean>;
  /** Claims a failed delivery again for a retry, when it has had fewer than `maxAttempts`. */
  reclaimFailed(key: DeliveryKey, maxAttempts: number, now: Date): Promise<boolean>;
  /** Marks a claimed delivery sent or failed. */
  finishDelivery(
    key: DeliveryKey,
    outcome: { status: 'sent' | 'failed'; late: boolean; at: Date; error?: string },
  ): Promise<void>;
  /** Records a miss older than the grace window, so it is neither sent nor logged again. */
  recordSkipped(key: DeliveryKey, dueAt: Date, now: Date): Promise<boolean>;
  /** Failed deliveries due at or after `dueAfter` with fewer than `maxAttempts` attempts. */
  failedDeliveries(dueAfter: Date, maxAttempts: number): Promise<DeliveryRecord[]>;
  /** The ledger of one channel, oldest due first (for tests and diagnostics). */
  deliveries(ref: ChannelRef): Promise<DeliveryRecord[]>;
  /** When the channel's last digest was sent, if ever. */
  lastDigestAt(ref: ChannelRef): Promise<Date | undefined>;

  /** Records packs not seen before with `now` as their first sighting. */
  markPacksSeen(packIds: readonly string[], now: Date): Promise<void>;
  /** When each pack was first seen. */
  packsSeen(): Promise<Map<string, Date>>;

  /** Small named values the scheduler keeps across restarts (its last tick). */
  getState(name: string): Promise<string | undefined>;
  setState(name: string, value: string): Promise<void>;

  close(): Promise<void>;
}

/**
 * A store that keeps nothing: for the CLI's one-shot commands. Reads answer "nothing
 * here"; changing a subscription is refused with a short explanation.
 */
export function nullStore(): Store {
  const refuse = (): never => {
    throw new UserError(
      'bad-input',
      'Subscriptions are kept by the running bot: change them in the chat (`npm start`), not from a one-shot command.',
    );
  };
  const nothing = async () => undefined;
  return {
    channel: nothing,
    saveChannel: async () => refuse(),
    subscribedChannels: async () => [],
    claimDelivery: async () => false,
    reclaimFailed: async () => false,
    finishDelivery: nothing,
    recordSkipped: async () => false,
    failedDeliveries: async () => [],
    deliveries: async () => [],
    lastDigestAt: nothing,
    markPacksSeen: nothing,
    packsSeen: async () => new Map(),
    getState: nothing,
    setState: nothing,
    close: nothing,
  };
}
