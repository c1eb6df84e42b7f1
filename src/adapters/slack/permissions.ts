/**
 * Who may change a channel's subscriptions. `SLACK_MANAGE_POLICY=any` lets every member;
 * `admins` asks Slack (`users.info`) whether the person is a workspace admin or owner.
 * Answers are cached for ten minutes on the injected clock, so a burst of commands costs
 * one API call, and a failed lookup means "no" (logged), never a crash.
 */
import type { Logger } from 'pino';
import type { Clock } from '../../core/clock.ts';

export interface UsersInfoClient {
  users: {
    info(args: {
      user: string;
    }): Promise<{ user?: { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean } }>;
  };
}

export type ManageCheck = (client: UsersInfoClient, userId: string, isDirect: boolean) => Promise<boolean>;

export function manageCheck(policy: 'any' | 'admins', clock: Clock, log: Logger, ttlMs = 10 * 60_000): ManageCheck {
  const cache = new Map<string, { admin: boolean; at: number }>();
  return async (client, userId, isDirect) => {
    if (policy === 'any' || isDirect) return true;
    const now = clock.now().getTime();
    const hit = cache.get(userId);
    if (hit && now - hit.at < ttlMs) return hit.admin;
    try {
      const { user } = await client.users.info({ user: userId });
      const admin = Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
      cache.set(userId, { admin, at: now });
      return admin;
    } catch (error) {
      log.warn({ err: error, user: userId }, 'users.info failed; treating the person as not an admin');
      return false;
    }
  };
}
