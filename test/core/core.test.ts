import { describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/core/command.ts';
import { card, reply, text } from '../../src/core/reply.ts';
import { renderText } from '../../src/render/text.ts';
import { channelOrigin, testCore } from '../support/core-harness.ts';

const echo = defineCommand({
  name: 'echo',
  description: 'Say it back, in pages of one word',
  options: [{ name: 'words', type: 'string', description: 'What to say', required: true, rest: true, maxLength: 50 }],
  run: ({ options, page }) => {
    const words = options.words.split(' ');
    return {
      ...reply(card({ kind: 'info', title: words[page - 1] ?? '', blocks: [text(options.words)] })),
      hasMore: page < words.length,
    };
  },
});
const ask = defineCommand({
  name: 'ask',
  description: 'Questions land here',
  options: [{ name: 'question', type: 'string', description: 'The question', required: true, rest: true }],
  run: ({ options }) => reply(card({ kind: 'answer', title: `Q: ${options.question}` })),
});
const help = defineCommand({
  name: 'help',
  description: 'Help',
  options: [],
  run: () => reply(card({ kind: 'help', title: 'help' })),
});
const boom = defineCommand({
  name: 'boom',
  description: 'Fails like a bug',
  options: [],
  run: () => {
    throw new Error('database exploded');
  },
});

describe('core.handle', () => {
  const { core } = testCore([echo, ask, help, boom]);

  it('parses command text into typed options', async () => {
    const r = await core.handle({ ...channelOrigin, type: 'command-text', name: 'echo', text: 'hello big world' });
    expect(r.card.title).toBe('hello');
    expect(r.visibility).toBe('ephemeral');
  });

  it('adds Show more and Share buttons, and they work', async () => {
    const first = await core.handle({ ...channelOrigin, type: 'command-text', name: 'echo', text: 'hello big world' });
    expect(first.card.buttons.map((b) => b.action)).toEqual(['more', 'share']);
    const more = first.card.buttons.find((b) => b.action === 'more')!;
    expect(more.value.length).toBeLessThanOrEqual(80);
    const second = await core.handle({ ...channelOrigin, type: 'action', action: 'more', value: more.value });
    expect(second.card.title).toBe('big');
    const share = first.card.buttons.find((b) => b.action === 'share')!;
    const shared = await core.handle({ ...channelOrigin, type: 'action', action: 'share', value: share.value });
    expect(shared.visibility).toBe('channel');
    expect(shared.card.title).toBe('hello');
    expect(shared.card.buttons.some((b) => b.action === 'share')).toBe(false);
    expect(shared.card.footer).toContain('Shared by Ann');
  });

  it('offers no Share button in a direct message', async () => {
    const r = await core.handle({
      ...channelOrigin,
      channel: { id: 'd', isDirect: true },
      type: 'command-text',
      name: 'echo',
      text: 'hi',
    });
    expect(r.card.buttons).toEqual([]);
  });

  it('routes a mention to ask, or to a command named first, and answers in the channel', async () => {
    const q = await core.handle({ ...channelOrigin, type: 'mention', text: 'when is the New York meeting?' });
    expect(q.card.title).toBe('Q: when is the New York meeting?');
    expect(q.visibility).toBe('channel');
    const c = await core.handle({ ...channelOrigin, type: 'mention', text: 'echo one two' });
    expect(c.card.title).toBe('one');
    const empty = await core.handle({ ...channelOrigin, type: 'mention', text: '   ' });
    expect(empty.card.kind).toBe('help');
  });

  it('shows how to ask to a mention that is only a greeting, looking nothing up', async () => {
    const mention = (text: string) => core.handle({ ...channelOrigin, type: 'mention', text });
    for (const greeting of ['hi', 'good morning all', 'hey there'])
      expect((await mention(greeting)).card.kind).toBe('help');
    // A greeting with a question is a question.
    expect((await mention('hi, when is the New York meeting?')).card.title).toBe('Q: when is the New York meeting?');
    expect((await mention('hello?')).card.title).toBe('Q: hello?');
  });

  it('answers unknown commands, options and bad input shortly, without throwing', async () => {
    const unknown = await core.handle({ ...channelOrigin, type: 'command-text', name: 'nope', text: '' });
    expect(unknown.found).toBe(false);
    expect(unknown.card.blocks[0]).toMatchObject({ text: expect.stringContaining("I don't know /nope") });
    const option = await core.handle({
      ...channelOrigin,
      type: 'command',
      name: 'echo',
      options: { words: 'x', colour: 'red' },
    });
    expect(renderText(option)).toContain('no option "colour"');
    const long = await core.handle({ ...channelOrigin, type: 'command-text', name: 'echo', text: 'x'.repeat(10_000) });
    expect(renderText(long)).toContain('too long');
    expect(renderText(long).length).toBeLessThan(200);
    const junk = await core.handle({ ...channelOrigin, type: 'mention', text: '\u0000\u0001\u0002\uFFFD\u0007' });
    expect(junk.found).toBe(false);
    const missing = await core.handle({ ...channelOrigin, type: 'command', name: 'echo', options: {} });
    expect(renderText(missing)).toContain('Usage: /echo <words>');
    const bare = await core.handle({ ...channelOrigin, type: 'command-text', name: 'echo', text: '  ' });
    expect(bare.card.kind).toBe('help');
  });

  it('turns a bug into an apology with an error id, never the stack or the message', async () => {
    const r = await core.handle({ ...channelOrigin, type: 'command-text', name: 'boom', text: '' });
    const shown = JSON.stringify(r.card);
    expect(r.card.title).toBe('Something went wrong');
    expect(shown).toMatch(/error id [0-9a-f]{8}/);
    expect(shown).not.toContain('database exploded');
  });

  it('says a button expired when its state is gone', async () => {
    const r = await core.handle({ ...channelOrigin, type: 'action', action: 'more', value: 'no-such-id' });
    expect(renderText(r)).toContain('expired');
  });
});
