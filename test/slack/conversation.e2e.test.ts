/**
 * Slack as people use it in a channel, end to end (the real Bolt app, the real commands
 * and the seed article, the stand-in Slack): other apps' bots are not answered, a reply in
 * the bot's thread is answered with the thread's topic (and one outside a thread with the last answer's),
 * thanks gets "You're welcome.", and a button outlives a restart on
 * the same database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackBlock } from '../../src/adapters/slack/render.ts';
import { buildBot } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { manualClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/log.ts';
import type { ConversationState } from '../../src/storage/conversation-state.ts';
import { openSqliteConversationState } from '../../src/storage/sqlite-conversation-state.ts';
import { START } from '../support/slack-fixtures.ts';
import { SIGNING_SECRET, startSlack, type Harness } from '../support/slack-harness.ts';
import { blockActions, eventCallback, formBody, postToApp, slashCommand } from '../support/slack-app-requests.ts';
import type { ApiCall, ResponseCall } from '../support/slack-stand-in.ts';

const FORM = 'application/x-www-form-urlencoded';
const dir = mkdtempSync(join(tmpdir(), 'briefbot-slack-'));
const DATABASE = join(dir, 'briefbot.sqlite');
const clock = manualClock(START);

let h: Harness;
let state: ConversationState;

/** A bot on the database file, as `npm start` builds it, behind a fresh stand-in Slack. */
async function start(): Promise<void> {
  state = openSqliteConversationState(DATABASE);
  const bot = await buildBot({ config: loadConfig({}, false), clock, log: silentLogger(), conversations: state });
  h = await startSlack({ core: bot.core });
}
async function stop(): Promise<void> {
  await h.close();
  await state.close();
}

beforeAll(start);
afterAll(async () => {
  await stop();
  rmSync(dir, { recursive: true, force: true });
});

const event = (e: Record<string, unknown>) =>
  postToApp(h.appUrl, JSON.stringify(eventCallback(e)), 'application/json', SIGNING_SECRET);
const posted = (channel: string, n = 1) =>
  h.standIn.waitFor<ApiCall>(
    'call',
    () => h.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === channel).length >= n,
  );
const postsIn = (channel: string) => h.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === channel);
const headerOf = (call: ApiCall) => ((call.args.blocks as SlackBlock[])[0] as { text: { text: string } }).text.text;

describe('Slack in a channel', () => {
  it("ignores another app's bot mentioning briefbot, and still answers people", async () => {
    await event({
      type: 'app_mention',
      user: 'U0OTHERBOT',
      bot_id: 'B0OTHER',
      bot_profile: { id: 'B0OTHER', app_id: 'A0OTHER' },
      text: '<@UBOT> when is the New York meeting?',
      ts: '1450170400.000100',
      channel: 'C61',
    });
    await event({
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> when is the New York meeting?',
      ts: '1450170401.000100',
      channel: 'C62',
    });
    await posted('C62');
    expect(postsIn('C61')).toHaveLength(0);
  });

  it('says you are welcome to thanks, and reads a follow-up outside a thread with the last answer', async () => {
    await event({ type: 'app_mention', user: 'U1', text: '<@UBOT> thanks!', ts: '1450170402.000100', channel: 'C70' });
    await posted('C70');
    expect(headerOf(postsIn('C70')[0]!)).toBe("You're welcome.");
    // Not in a thread: "what did he say?" after "who is Lavrov?" is asked of Sergey Lavrov.
    await event({
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> who is Lavrov?',
      ts: '1450170403.000100',
      channel: 'C70',
    });
    await posted('C70', 2);
    await event({
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> what did he say?',
      ts: '1450170404.000100',
      channel: 'C70',
    });
    await posted('C70', 3);
    expect(headerOf(postsIn('C70')[2]!)).toBe('Sergey Lavrov');
  });

  it("answers a reply in the bot's thread without a mention, with the thread's topic carried", async () => {
    await event({
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> guys, what is planned in New York?',
      ts: '1450170500.000100',
      channel: 'C63',
    });
    const first = await posted('C63');
    expect(first.args.thread_ts).toBe('1450170500.000100');
    expect(headerOf(first)).toBe('New York');

    const followUp = {
      type: 'message',
      channel_type: 'channel',
      user: 'U1',
      channel: 'C63',
      thread_ts: '1450170500.000100',
      parent_user_id: 'U1',
    };
    await event({ ...followUp, text: 'when is that?', ts: '1450170510.000100' });
    const second = (await posted('C63', 2)) && postsIn('C63')[1]!;
    expect(second.args.thread_ts).toBe('1450170500.000100');
    expect(headerOf(second)).toBe('When: Friday 18 December 2015');

    // Small talk in the thread, a reply addressed to someone else, a thread the bot never
    // answered in: none of them gets an answer.
    await event({ ...followUp, text: 'thanks, great!', ts: '1450170520.000100' });
    await event({ ...followUp, text: '<@U2> see, the 18th', ts: '1450170530.000100' });
    await event({
      ...followUp,
      channel: 'C64',
      thread_ts: '1450170600.000100',
      text: 'when is that?',
      ts: '1450170610.000100',
    });
    await event({
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> who is Mark Toner?',
      ts: '1450170700.000100',
      channel: 'C65',
    });
    await posted('C65');
    expect(postsIn('C63')).toHaveLength(2);
    expect(postsIn('C64')).toHaveLength(0);
  });

  it('answers a reply under a message the bot posted itself', async () => {
    const under = {
      type: 'message',
      channel_type: 'channel',
      user: 'U1',
      channel: 'C66',
      thread_ts: '1450170800.000100',
      parent_user_id: 'UBOT',
    };
    await event({ ...under, text: 'who is Mark Toner?', ts: '1450170810.000100' });
    expect(headerOf(await posted('C66'))).toBe('Mark Toner');
  });

  it('keeps a button working after a restart on the same database; a week later it says it expired', async () => {
    const fields = slashCommand(h.standIn, { command: '/brief', text: 'Kerry' });
    await postToApp(h.appUrl, formBody(fields), FORM, SIGNING_SECRET);
    const { body } = await h.standIn.waitFor<ResponseCall>(
      'response',
      (r) => r.id === fields.response_url!.split('/').pop(),
    );
    const buttons = (body.blocks as SlackBlock[]).flatMap((b) => (b.type === 'actions' ? b.elements : []));
    const share = buttons.find((b) => b.action_id === 'briefbot:share')!;
    const more = buttons.find((b) => b.action_id === 'briefbot:more')!;

    await stop();
    await start();

    const pressed = blockActions(h.standIn, share, { ephemeral: true });
    await postToApp(h.appUrl, formBody({ payload: JSON.stringify(pressed) }), FORM, SIGNING_SECRET);
    const shared = await h.standIn.waitFor<ResponseCall>(
      'response',
      (r) => r.id === String(pressed.response_url).split('/').pop(),
    );
    expect(shared.body.response_type).toBe('in_channel');
    expect(JSON.stringify(shared.body.blocks)).toContain('John Kerry');

    clock.advance(8 * 24 * 3600_000);
    const late = blockActions(h.standIn, more, { ephemeral: true });
    await postToApp(h.appUrl, formBody({ payload: JSON.stringify(late) }), FORM, SIGNING_SECRET);
    const expired = await h.standIn.waitFor<ResponseCall>(
      'response',
      (r) => r.id === String(late.response_url).split('/').pop(),
    );
    expect(expired.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(expired.body.blocks)).toContain('That button has expired (buttons last a week)');
  });
});
