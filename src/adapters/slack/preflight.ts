/**
 * The start-up check of Slack: one `auth.test` with no retries and a 10-second timeout,
 * before Bolt starts. The Web API client's default retries would otherwise keep a bot
 * with no route to Slack silent for half an hour and then log only "fetch failed"; this
 * fails fast with the URL, the cause and what to check, and says whether retrying later
 * can help (the network) or not (a refused token).
 */
import { webApi } from '@slack/bolt';
import { PlatformStartError } from '../../core/adapter.ts';

export const SLACK_DEFAULT_API_URL = 'https://slack.com/api/';
export const SLACK_START_TIMEOUT_MS = 10_000;

/** Refusals of the token itself: retrying cannot help. */
const REFUSED = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
]);

export async function checkSlack(
  token: string,
  apiUrl = SLACK_DEFAULT_API_URL,
  timeoutMs = SLACK_START_TIMEOUT_MS,
): Promise<void> {
  const client = new webApi.WebClient(token, {
    slackApiUrl: apiUrl,
    retryConfig: { retries: 0 },
    timeout: timeoutMs,
    logLevel: webApi.LogLevel.ERROR,
    logger: quietLogger,
  });
  try {
    await client.auth.test();
  } catch (error) {
    throw describeFailure(error, apiUrl, timeoutMs);
  }
}

interface WebApiError {
  code?: string;
  data?: { error?: string };
  statusCode?: number;
  original?: { code?: string; message?: string; cause?: { code?: string; message?: string } };
  message?: string;
}

function describeFailure(error: unknown, url: string, timeoutMs: number): PlatformStartError {
  const e = (error ?? {}) as WebApiError;
  const where = `Slack's Web API at ${url}`;
  const failed = (message: string, retryable: boolean) => new PlatformStartError(message, retryable, { cause: error });
  if (e.code === 'slack_webapi_platform_error') {
    const reason = e.data?.error ?? 'error';
    if (REFUSED.has(reason)) {
      const fix = "copy the Bot User OAuth Token (xoxb-…) again from the app's OAuth & Permissions page";
      return failed(`${where} refused SLACK_BOT_TOKEN (${reason}): ${fix}`, false);
    }
    return failed(`${where} answered auth.test with "${reason}"`, true);
  }
  if (e.code === 'slack_webapi_http_error') {
    const check = "check SLACK_API_URL, a proxy, or Slack's status page";
    return failed(`${where} answered HTTP ${e.statusCode ?? '?'}: ${check}`, true);
  }
  // The low-level cause ("connect ECONNREFUSED 10.0.0.1:443", "other side closed"), not fetch's "fetch failed".
  const original = e.original;
  const low = original?.cause?.message ?? original?.cause?.code ?? original?.code ?? original?.message;
  const cause = low ?? e.message ?? String(error);
  const timedOut = /ECONNABORTED|ETIMEDOUT|timeout/i.test(`${cause} ${original?.message ?? ''}`);
  const what = timedOut ? `no answer within ${timeoutMs / 1000} s` : cause;
  return failed(`cannot reach ${where} (${what}): check the network, a firewall or proxy, and SLACK_API_URL`, true);
}

const quietLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  setLevel() {},
  getLevel: () => webApi.LogLevel.ERROR,
  setName() {},
};
