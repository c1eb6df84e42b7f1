/**
 * What the HTTP-mode Slack tests share: one real Bolt app in HTTP mode against the stand-in
 * Slack per test file, started and closed around it, and the signed requests they send
 * (a slash command, an Events API event) with readers for the blocks that come back.
 * Split out so the commands file and the events file exercise the same app the same way.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { SlackBlock } from '../../src/adapters/slack/render.ts';
import { eventCallback, formBody, postToApp, slashCommand } from '../support/slack-app-requests.ts';
import { SIGNING_SECRET, startSlack, type Harness } from '../support/slack-harness.ts';
import type { ResponseCall } from '../support/slack-stand-in.ts';

export const FORM = 'application/x-www-form-urlencoded';
/** The running app of the current test file (set in its `beforeAll`). */
export let h: Harness;

/** Starts the app before the file's tests and closes it after them. */
export function useHttpSlack(): void {
  beforeAll(async () => {
    h = await startSlack();
  });
  afterAll(async () => {
    await h?.close();
  });
}

/** Sends a signed slash command and waits for what arrives on its response_url. */
export async function command(command: string, text: string): Promise<ResponseCall> {
  const fields = slashCommand(h.standIn, { command, text });
  const res = await postToApp(h.appUrl, formBody(fields), FORM, SIGNING_SECRET);
  expect(res.status).toBe(200);
  const id = fields.response_url!.split('/').pop()!;
  return h.standIn.waitFor<ResponseCall>('response', (r) => r.id === id);
}

export const event = (e: Record<string, unknown>, id?: string) =>
  postToApp(h.appUrl, JSON.stringify(eventCallback(e, id)), 'application/json', SIGNING_SECRET);
export const blocksOf = (body: Record<string, unknown>) => body.blocks as SlackBlock[];
export const buttons = (body: Record<string, unknown>) =>
  blocksOf(body).flatMap((b) => (b.type === 'actions' ? b.elements : []));
