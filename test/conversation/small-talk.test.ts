/**
 * Thanks and greetings ask nothing: "@briefbot thanks!" had been answered with a photo caption
 * about Syrians thanking Moscow. The ask command says "You're welcome" to thanks, and how to ask
 * to a greeting, without looking anything up (src/core/small-talk.ts).
 */
import { describe, expect, it } from 'vitest';
import ask from '../../commands/ask.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { loadPacks } from '../../src/knowledge/load.ts';
import { channelOrigin, testCore } from '../support/core-harness.ts';

const { core } = testCore([ask], createKnowledgeBase(loadPacks('knowledge').packs));
const mention = (text: string) => core.handle({ ...channelOrigin, type: 'mention', text });
const asked = (question: string) =>
  core.handle({ ...channelOrigin, type: 'command', name: 'ask', options: { question } });

describe('small talk', () => {
  it("says you're welcome to thanks, in the channel when it was a mention", async () => {
    for (const thanks of ['thanks!', 'Thank you so much', 'cheers, great', 'ok thanks']) {
      const r = await mention(thanks);
      expect(r.card.title).toBe("You're welcome.");
      expect(r.visibility).toBe('channel');
      expect(r.found).toBe(false);
    }
    expect((await asked('thx')).card.title).toBe("You're welcome.");
    // Markup left in the text is no word of it.
    expect((await asked('<@U024BE7LH> thanks! :pray:')).card.title).toBe("You're welcome.");
  });

  it('says how to ask to a greeting given to /ask', async () => {
    expect((await asked('hi there')).card.title).toBe('Hi! Ask me anything about the loaded articles.');
  });

  it('answers thanks or a greeting that comes with a question', async () => {
    const r = await mention('thanks, when is the New York meeting?');
    expect(r.found).toBe(true);
    expect(r.card.title).toContain('18 December 2015');
  });
});
