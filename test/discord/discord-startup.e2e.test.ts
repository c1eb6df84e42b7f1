/**
 * The Discord adapter refusing to start: the gateway closes on identify (4014) when the
 * Message Content intent is not enabled in the developer portal, and start-up must say so.
 */
import { describe, expect, it } from 'vitest';
import { startHarness } from './harness.ts';

describe('Discord adapter start-up', () => {
  it('fails fast with the portal setting to change when the Message Content intent is not enabled', async () => {
    const started = startHarness({ prepare: (standIn) => void (standIn.refuseIdentify = 4014) });
    await expect(started).rejects.toThrow(/Message Content Intent/);
  });
});
