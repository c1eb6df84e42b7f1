/**
 * The real discord.js client against the stand-in Discord when the core is slow: every
 * interaction is deferred first, then completed by an edit, a replacement or an apology.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerTo, STRING, textOf } from './answers.ts';
import { startHarness, type Harness } from './harness.ts';

describe('Discord adapter when the core is slow (always deferred)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      deferAfterMs: 0,
      // The adapter itself fails on one command, below the core's own safety net.
      wrapCore: (core) => ({
        ...core,
        handle: (i) =>
          i.type === 'command' && i.name === 'crash'
            ? Promise.reject(new Error('adapter-level crash'))
            : core.handle(i),
      }),
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('defers privately within the deadline, then edits the answer in', async () => {
    const ref = h.standIn.slash('brief', [{ name: 'topic', type: STRING, value: 'Kerry' }]);
    const answer = await answerTo(h.standIn, ref);
    expect(answer).toMatchObject({ callbackType: 5, ephemeral: true });
    expect(answer.messages[0].embeds[0].title).toMatch(/Kerry/);
    expect(h.standIn.requestsFor(ref).map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  it('replaces the private placeholder when the answer is for the channel', async () => {
    const ref = h.standIn.slash('announce', []);
    const answer = await answerTo(h.standIn, ref);
    expect(answer).toMatchObject({ callbackType: 5, ephemeral: false });
    expect(answer.messages[0].embeds[0].title).toBe('For everyone');
    expect(h.standIn.requestsFor(ref).map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST']);
  });

  it('turns a failure in the adapter into a private apology', async () => {
    const ref = h.standIn.slash('crash', []);
    const answer = await answerTo(h.standIn, ref);
    expect(answer.ephemeral).toBe(true);
    expect(textOf(answer.messages[0])).toMatch(/error id [0-9a-f]{8}/);
    expect(h.logs.some((l) => l.includes('adapter-level crash'))).toBe(true);
    const after = await answerTo(h.standIn, h.standIn.slash('help', []));
    expect(after.messages[0].embeds[0].title).toBe('briefbot');
  });
});
