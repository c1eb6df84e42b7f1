/**
 * The Slack adapter over the real commands and the real knowledge base (the seed article),
 * so what a newcomer sees after installing the app is tested too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBot } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { manualClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/log.ts';
import { START } from '../support/slack-fixtures.ts';
import { SIGNING_SECRET, startSlack, type Harness } from '../support/slack-harness.ts';
import { eventCallback, formBody, postToApp, slashCommand } from '../support/slack-app-requests.ts';
import type { ApiCall, ResponseCall } from '../support/slack-stand-in.ts';

let h: Harness;

beforeAll(async () => {
  const log = silentLogger();
  const bot = await buildBot({ config: loadConfig({}, false), clock: manualClock(START), log });
  h = await startSlack({ core: bot.core, log });
});
afterAll(async () => {
  await h?.close();
});

async function command(name: string, text: string): Promise<Record<string, unknown>> {
  const fields = slashCommand(h.standIn, { command: name, text });
  expect(
    (await postToApp(h.appUrl, formBody(fields), 'application/x-www-form-urlencoded', SIGNING_SECRET)).status,
  ).toBe(200);
  return (await h.standIn.waitFor<ResponseCall>('response', (r) => r.id === fields.response_url!.split('/').pop()))
    .body;
}

describe('Slack with the seed knowledge pack', () => {
  it('/brief Kery (a typo) lands on John Kerry, with paragraph citations', async () => {
    const body = await command('/brief', 'Kery');
    expect(body.response_type).toBe('ephemeral');
    const json = JSON.stringify(body.blocks);
    expect(json).toContain('John Kerry');
    expect(json).toMatch(/¶\d+/);
    expect(json).toContain('briefbot:share');
  });

  it('/brief with no topic answers with the help for /brief', async () => {
    const body = await command('/brief', '');
    expect(JSON.stringify(body.blocks)).toContain('/brief');
    expect(JSON.stringify(body)).not.toContain('error id');
  });

  it('answers "when is the New York meeting?" in the thread, quoting its paragraph', async () => {
    await postToApp(
      h.appUrl,
      JSON.stringify(
        eventCallback({
          type: 'app_mention',
          user: 'U1',
          text: '<@UBOT> when is the New York meeting?',
          ts: '1450170300.000100',
          channel: 'C40',
        }),
      ),
      'application/json',
      SIGNING_SECRET,
    );
    const posted = await h.standIn.waitFor<ApiCall>(
      'call',
      (c) => c.method === 'chat.postMessage' && c.args.channel === 'C40',
    );
    expect(posted.args.thread_ts).toBe('1450170300.000100');
    expect(JSON.stringify(posted.args.blocks)).toMatch(/New York/);
    expect(JSON.stringify(posted.args.blocks)).toMatch(/¶\d+/);
  });
});
