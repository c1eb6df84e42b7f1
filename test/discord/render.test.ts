import { describe, expect, it } from 'vitest';
import {
  chunkText,
  embedChars,
  KIND_COLOURS,
  LIMITS,
  renderReply,
  type DiscordMessage,
} from '../../src/adapters/discord/render.ts';
import { card, heading, list, quote, reply, text, type Button, type Citation } from '../../src/core/reply.ts';

const cite = (paragraph: number, packId = 'kerry', packTitle = 'Kerry meets Putin'): Citation => ({
  packId,
  packTitle,
  paragraph,
});

/** Words of varied length, numbered so that losing any of them shows. */
const words = (n: number, prefix = 'w') =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}${'x'.repeat(i % 7)}`).join(' ');

function assertWithinLimits(messages: DiscordMessage[]) {
  for (const m of messages) {
    expect(m.embeds.length).toBeGreaterThan(0);
    expect(m.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
    expect(m.embeds.reduce((n, e) => n + embedChars(e), 0)).toBeLessThanOrEqual(LIMITS.charsPerMessage);
    expect(m.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(m.components.length).toBeLessThanOrEqual(LIMITS.rows);
    for (const e of m.embeds) {
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
      expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeGreaterThan(0);
        expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        expect(f.value.length).toBeGreaterThan(0);
        expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      }
    }
    for (const row of m.components) {
      expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
      for (const b of row.components) expect(b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
    }
  }
}

/** All text of the rendered messages, in order. */
const allText = (messages: DiscordMessage[]) =>
  messages
    .flatMap((m) =>
      m.embeds.flatMap((e) => [
        e.title ?? '',
        e.description ?? '',
        ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
        e.footer?.text ?? '',
      ]),
    )
    .join(' ');

describe('Discord renderer', () => {
  it('renders a card as one embed: title, body, fields, citations in the footer, colour by kind', () => {
    const r = renderReply(
      reply(
        card({
          kind: 'person',
          title: 'John Kerry',
          subtitle: 'US Secretary of State',
          blocks: [
            text('Met Putin in Moscow.'),
            heading('Quotes'),
            quote('We are not seeking regime change', cite(10)),
            list(['one', 'two']),
          ],
          fields: [{ label: 'Role', value: 'Secretary of State', inline: true }],
          citations: [cite(3), cite(10)],
          footer: 'page 1 of 2',
        }),
      ),
    );
    expect(r.ephemeral).toBe(true);
    expect(r.messages).toHaveLength(1);
    const [embed] = r.messages[0]!.embeds;
    expect(embed).toMatchObject({
      title: 'John Kerry',
      color: KIND_COLOURS.person,
      fields: [{ name: 'Role', value: 'Secretary of State', inline: true }],
    });
    expect(embed!.description).toBe(
      '*US Secretary of State*\n\nMet Putin in Moscow.\n\n**Quotes**\n\n' +
        '> We are not seeking regime change — Kerry meets Putin, ¶10\n\n• one\n• two',
    );
    expect(embed!.footer!.text).toBe('Source: Kerry meets Putin (¶3, ¶10)\npage 1 of 2');
    expect(KIND_COLOURS.error).not.toBe(KIND_COLOURS.person);
  });

  it('escapes markdown in model text and never lets a mention ping', () => {
    const r = renderReply(
      reply(
        card({ kind: 'not-found', title: '*@everyone* `x`', blocks: [text('@here <@&123> <@456> __bold__')] }),
        'channel',
      ),
    );
    const [embed] = r.messages[0]!.embeds;
    expect(embed!.title).toBe('\\*@everyone\\* \\`x\\`');
    expect(embed!.description).toContain('\\_\\_bold\\_\\_');
    expect(r.messages[0]!.allowed_mentions.parse).toEqual([]);
    expect(r.ephemeral).toBe(false);
  });

  it('splits an answer over every limit across embeds and messages without losing a word', () => {
    const body = words(2500, 'b'); // ~15,000 characters of body
    const fields = Array.from({ length: 40 }, (_, i) => ({ label: `Field ${i}`, value: words(260, `f${i}-`) }));
    const citations = Array.from({ length: 400 }, (_, i) =>
      cite(i + 1, `pack${i % 40}`, `A rather long article title number ${i % 40}`),
    );
    const buttons: Button[] = Array.from({ length: 28 }, (_, i) => ({
      action: 'pick',
      label: `Choice ${i}`,
      value: `v${i}`,
    }));
    const r = renderReply(
      reply(card({ kind: 'answer', title: 'T'.repeat(300), blocks: [text(body)], fields, citations, buttons })),
    );

    assertWithinLimits(r.messages);
    expect(r.messages.length).toBeGreaterThan(2);
    const everything = allText(r.messages);
    for (const word of [...body.split(' '), ...fields.flatMap((f) => f.value.split(' '))])
      expect(everything).toContain(word);
    expect(everything).toContain('T'.repeat(300)); // the full title, although the embed title is cut
    expect(everything).toContain('A rather long article title number 39');
    const customIds = r.messages.flatMap((m) => m.components.flatMap((row) => row.components.map((b) => b.custom_id)));
    expect(customIds).toEqual(buttons.map((b) => `briefbot:pick:${b.value}`));
  });

  it('keeps a long field value as several fields named "(continued)"', () => {
    const value = words(400, 'v');
    const r = renderReply(
      reply(
        card({
          kind: 'info',
          title: 'x',
          fields: [
            { label: 'Long', value, inline: true },
            { label: 'Empty', value: '' },
          ],
        }),
      ),
    );
    const fields = r.messages[0]!.embeds.flatMap((e) => e.fields ?? []);
    const long = fields.slice(0, -1);

    expect(long.map((f) => f.name)).toEqual(['Long', ...Array(long.length - 1).fill('Long (continued)')]);
    expect(long.length).toBeGreaterThan(2);
    expect(fields.some((f) => f.inline)).toBe(false);
    expect(long.map((f) => f.value).join(' ')).toBe(value);
    expect(fields.at(-1)).toEqual({ name: 'Empty', value: '—' });
  });

  it('puts at most five buttons in a row and the buttons on the last message', () => {
    const buttons: Button[] = [
      { action: 'more', label: 'Show more', value: 'abc' },
      { action: 'share', label: 'Share in channel', value: 'def', style: 'primary' },
    ];
    const r = renderReply(reply(card({ kind: 'person', title: 'x', buttons })));
    expect(r.messages[0]!.components).toEqual([
      {
        type: 1,
        components: [
          { type: 2, style: 2, label: 'Show more', custom_id: 'briefbot:more:abc' },
          { type: 2, style: 1, label: 'Share in channel', custom_id: 'briefbot:share:def' },
        ],
      },
    ]);
  });

  it('chunks text at paragraph, line or word boundaries and never splits a surrogate pair', () => {
    expect(chunkText('aaaa bbbb\n\ncccc', 10)).toEqual(['aaaa bbbb', 'cccc']);
    expect(chunkText('a'.repeat(25), 10)).toEqual(['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)]);
    const emoji = '😀'.repeat(6); // 12 UTF-16 units
    const pieces = chunkText(emoji, 5);
    expect(pieces.join('')).toBe(emoji);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(5);
    expect(chunkText('', 10)).toEqual([]);
  });
});
