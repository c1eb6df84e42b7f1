/**
 * The real Bolt app in HTTP mode against the stand-in Slack, slash commands: signed
 * requests in (forged, stale and skewed ones refused), answers out on response_url, split
 * when long, and the buttons under a command's answer. Events are in http-events.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/adapters/slack/text.ts';
import { LONG_LENGTH, longText } from '../support/slack-fixtures.ts';
import { blockActions, formBody, postToApp, slashCommand } from '../support/slack-app-requests.ts';
import { SIGNING_SECRET } from '../support/slack-harness.ts';
import type { ResponseCall } from '../support/slack-stand-in.ts';
import { blocksOf, buttons, command, FORM, h, useHttpSlack } from './http-suite.ts';

useHttpSlack();

describe('Slack over HTTP (Events API, slash commands, interactivity)', () => {
  it('answers a signed /brief ephemerally, with header, fields, citations and buttons', async () => {
    const { body } = await command('/brief', 'Kerry');
    expect(body.response_type).toBe('ephemeral');
    expect(typeof body.text).toBe('string');
    expect(body.text).toContain('Kerry (page 1)');
    const blocks = blocksOf(body);
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Kerry (page 1)', emoji: true } });
    expect(blocks.some((b) => b.type === 'section' && 'fields' in b && b.fields.length === 2)).toBe(true);
    const contexts = blocks.flatMap((b) => (b.type === 'context' ? b.elements.map((e) => e.text) : []));
    expect(contexts).toContain('Sources: Kerry meets Putin in Moscow (¶10)');
    expect(buttons(body).map((b) => b.action_id)).toEqual(['briefbot:more', 'briefbot:share']);
  });

  it('refuses a forged signature and a stale timestamp with 401, and answers neither', async () => {
    const before = h.standIn.responses.length;
    const forged = await postToApp(
      h.appUrl,
      formBody(slashCommand(h.standIn, { command: '/brief', text: 'Kerry' })),
      FORM,
      'not-the-secret',
    );
    const stale = await postToApp(
      h.appUrl,
      formBody(slashCommand(h.standIn, { command: '/brief', text: 'Kerry' })),
      FORM,
      SIGNING_SECRET,
      Math.floor(Date.now() / 1000) - 10 * 60,
    );
    // Correctly signed, but dated 10 minutes ahead: a replay waiting to happen, refused too.
    const future = await postToApp(
      h.appUrl,
      formBody(slashCommand(h.standIn, { command: '/brief', text: 'Kerry' })),
      FORM,
      SIGNING_SECRET,
      Math.floor(Date.now() / 1000) + 10 * 60,
    );
    // A little ahead (clock skew within the window) is fine.
    const skewed = await postToApp(
      h.appUrl,
      formBody(slashCommand(h.standIn, { command: '/help' })),
      FORM,
      SIGNING_SECRET,
      Math.floor(Date.now() / 1000) + 60,
    );
    expect(forged.status).toBe(401);
    expect(stale.status).toBe(401);
    expect(future.status).toBe(401);
    expect(skewed.status).toBe(200);
    // A valid command sent afterwards is answered; the refused ones never were.
    await command('/help', '');
    await h.standIn.waitFor('response', () => h.standIn.responses.length >= before + 2);
    expect(h.standIn.responses.length).toBe(before + 2);
  });

  it('answers /brief with no text with help, not an error', async () => {
    const { body } = await command('/brief', '');
    expect(body.response_type).toBe('ephemeral');
    expect(blocksOf(body)[0]).toMatchObject({ type: 'header', text: { text: 'Help: /brief' } });
  });

  it('"Share in channel" posts the answer for everyone; "Show more" posts the next page ephemerally', async () => {
    const first = await command('/brief', 'Kerry');
    const [more, share] = buttons(first.body);

    const shareAction = blockActions(h.standIn, share!, { ephemeral: true });
    const shareRes = await postToApp(
      h.appUrl,
      formBody({ payload: JSON.stringify(shareAction) }),
      FORM,
      SIGNING_SECRET,
    );
    expect(shareRes.status).toBe(200);
    const shared = await h.standIn.waitFor<ResponseCall>(
      'response',
      (r) => r.id === String(shareAction.response_url).split('/').pop(),
    );
    expect(shared.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(JSON.stringify(shared.body.blocks)).toContain('Shared by ana');
    expect(buttons(shared.body).map((b) => b.action_id)).not.toContain('briefbot:share');

    const moreAction = blockActions(h.standIn, more!, { ephemeral: true });
    await postToApp(h.appUrl, formBody({ payload: JSON.stringify(moreAction) }), FORM, SIGNING_SECRET);
    const next = await h.standIn.waitFor<ResponseCall>(
      'response',
      (r) => r.id === String(moreAction.response_url).split('/').pop(),
    );
    expect(next.body.response_type).toBe('ephemeral');
    expect(blocksOf(next.body)[0]).toMatchObject({ type: 'header', text: { text: 'Kerry (page 2)' } });
  });

  it('splits an answer far over the limits across sections and messages, losing nothing', async () => {
    const fields = slashCommand(h.standIn, { command: '/brief', text: 'long' });
    await postToApp(h.appUrl, formBody(fields), FORM, SIGNING_SECRET);
    const id = fields.response_url!.split('/').pop()!;
    const expectedMessages = Math.ceil((1 + Math.ceil(LONG_LENGTH / LIMITS.sectionText)) / LIMITS.blocksPerMessage);
    await h.standIn.waitFor<ResponseCall>(
      'response',
      () => h.standIn.responses.filter((r) => r.id === id).length >= expectedMessages,
    );
    const parts = h.standIn.responses.filter((r) => r.id === id);
    const sections: string[] = [];
    for (const part of parts) {
      const blocks = blocksOf(part.body);
      expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
      expect(String(part.body.text).length).toBeGreaterThan(0);
      for (const b of blocks) if (b.type === 'section' && 'text' in b) sections.push(b.text.text);
    }
    expect(parts.length).toBeGreaterThan(1);
    for (const s of sections) expect(s.length).toBeLessThanOrEqual(LIMITS.sectionText);
    const joined = sections.join(' ');
    expect(joined).toBe(longText());
  });

  it('turns a failing command into a short ephemeral apology with an id', async () => {
    const { body } = await command('/boom', '');
    expect(body.response_type).toBe('ephemeral');
    expect(String(body.text)).toMatch(/error id [0-9a-f]{8}/);
  });
});
