/**
 * The Block Kit renderer: structure for every card kind, and Slack's limits held whatever
 * the card holds.
 */
import { describe, expect, it } from 'vitest';
import {
  actionOf,
  renderBlocks,
  renderReply,
  type SlackBlock,
  type SlackMessage,
} from '../../src/adapters/slack/render.ts';
import { escapeSlack, LIMITS, splitText } from '../../src/adapters/slack/text.ts';
import { card, heading, list, quote, reply, text, type Card, type CardKind } from '../../src/core/reply.ts';
import { CITE } from '../support/slack-fixtures.ts';

const KINDS: CardKind[] = [
  'person',
  'organisation',
  'place',
  'group',
  'agreement',
  'theme',
  'event',
  'answer',
  'choices',
  'not-found',
  'events',
  'help',
  'digest',
  'reminder',
  'settings',
  'info',
  'error',
];

/** Every limit Slack enforces on a message, checked on one rendered message. */
function expectWithinLimits(m: SlackMessage): void {
  expect(m.text.length).toBeGreaterThan(0);
  expect(m.blocks.length).toBeGreaterThan(0);
  expect(m.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
  for (const b of m.blocks) {
    if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    if (b.type === 'section' && 'text' in b) expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    if (b.type === 'section' && 'fields' in b) {
      expect(b.fields.length).toBeLessThanOrEqual(LIMITS.fieldsPerSection);
      for (const f of b.fields) expect(f.text.length).toBeLessThanOrEqual(LIMITS.field);
    }
    if (b.type === 'context') {
      expect(b.elements.length).toBeLessThanOrEqual(LIMITS.contextElements);
      for (const e of b.elements) expect(e.text.length).toBeLessThanOrEqual(LIMITS.contextText);
    }
    if (b.type === 'actions') {
      expect(b.elements.length).toBeLessThanOrEqual(LIMITS.actionsPerBlock);
      const ids = b.elements.map((e) => e.action_id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const e of b.elements) expect(e.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
    }
  }
}

function typical(kind: CardKind): Card {
  return card({
    kind,
    title: 'John Kerry',
    subtitle: 'US Secretary of State',
    blocks: [
      heading('Role'),
      text('Met Putin & Lavrov in Moscow.'),
      quote(CITE.sentence!, CITE),
      list(['Syria', 'Ukraine']),
    ],
    fields: [
      { label: 'Born', value: '1943', inline: true },
      { label: 'Party', value: 'Democratic', inline: true },
      { label: 'Summary', value: 'A long-form field', inline: false },
    ],
    citations: [CITE, { ...CITE, paragraph: 3 }],
    buttons: [
      { action: 'more', label: 'Show more', value: 'abc' },
      { action: 'share', label: 'Share in channel', value: 'def', style: 'primary' },
    ],
    footer: 'Page 1 of 2',
  });
}

const texts = (blocks: SlackBlock[]) =>
  blocks.flatMap((b) => (b.type === 'section' && 'text' in b ? [b.text.text] : []));

describe('renderReply: Block Kit structure for each card kind', () => {
  it.each(KINDS)('%s: header, body sections, fields, sources, footer and buttons, in that order', (kind) => {
    const [message, ...more] = renderReply(reply(typical(kind)));
    expect(more).toHaveLength(0);
    expectWithinLimits(message!);
    const types = message!.blocks.map((b) => b.type);
    expect(types).toEqual([
      'header',
      'context',
      'section',
      'section',
      'section',
      'section',
      'section',
      'section',
      'context',
      'context',
      'actions',
    ]);
    const header = message!.blocks[0] as Extract<SlackBlock, { type: 'header' }>;
    expect(header.text.text).toMatch(/John Kerry$/);
    expect(texts(message!.blocks)).toContain('*Role*');
    expect(texts(message!.blocks)).toContain('Met Putin &amp; Lavrov in Moscow.');
    // The quote carries its mark on its last line; without a card source, the article too.
    expect(texts(message!.blocks)).toContain(
      '> They will meet in New York on Friday. — Kerry meets Putin in Moscow, ¶10',
    );
    expect(texts(message!.blocks)).toContain('• Syria\n• Ukraine');
    const context = message!.blocks.flatMap((b) => (b.type === 'context' ? b.elements.map((e) => e.text) : []));
    expect(context).toContain('Sources: Kerry meets Putin in Moscow (¶3, ¶10)');
    expect(context).toContain('Page 1 of 2');
    const actions = message!.blocks.at(-1) as Extract<SlackBlock, { type: 'actions' }>;
    expect(actions.elements.map((e) => [e.action_id, e.value, e.style])).toEqual([
      ['briefbot:more', 'abc', undefined],
      ['briefbot:share', 'def', 'primary'],
    ]);
    expect(message!.text).toContain('John Kerry');
  });

  it('marks text from the model verbatim, so Slack does not turn "@channel" into a mention', () => {
    for (const b of renderBlocks(typical('answer'))) {
      if (b.type === 'section' && 'text' in b) expect(b.text.verbatim).toBe(true);
      if (b.type === 'context') for (const e of b.elements) expect(e.verbatim).toBe(true);
    }
  });
});

describe('renderReply: escaping', () => {
  it('escapes &, < and > everywhere, including the header, fields, buttons and the fallback text', () => {
    const evil = 'Q&A <!channel> <!here> <!everyone> <!subteam^S1|@ops> <@U123>';
    const messages = renderReply(
      reply(
        card({
          kind: 'answer',
          title: evil,
          subtitle: evil,
          blocks: [text(evil), quote(evil), list([evil]), heading(evil)],
          fields: [{ label: evil, value: evil, inline: true }],
          citations: [{ ...CITE, packTitle: evil }],
          buttons: [{ action: 'pick', label: evil, value: 'x' }],
          footer: evil,
        }),
      ),
    );
    const json = JSON.stringify(messages);
    expect(json).not.toMatch(/<[!@#]/);
    expect(json).not.toMatch(/&(?!amp;|lt;|gt;)/);
    expect(json).toContain('Q&amp;A &lt;!channel&gt;');
  });
});

describe('renderReply: Slack limits', () => {
  it('splits a body longer than 3,000 characters across sections, losing nothing', () => {
    const long = Array.from({ length: 2_000 }, (_, i) => `w${i}`).join(' ');
    const sections = texts(renderBlocks(card({ kind: 'theme', title: 't', blocks: [text(long)] })));
    expect(sections.length).toBeGreaterThan(1);
    expect(sections.join(' ')).toBe(long);
  });

  it('counts escaped length: 3,000 ampersands need more than one section', () => {
    const sections = texts(renderBlocks(card({ kind: 'theme', title: 't', blocks: [text('&'.repeat(3_000))] })));
    expect(sections).toHaveLength(5);
    for (const s of sections) expect(s.length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(sections.join('')).toBe(escapeSlack('&'.repeat(3_000)));
  });

  it('keeps the quote mark on every line of every part of a long quote', () => {
    const lines = Array.from({ length: 1_500 }, (_, i) => `line ${i}`).join('\n');
    const sections = texts(renderBlocks(card({ kind: 'answer', title: 't', blocks: [quote(lines)] })));
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) {
      expect(s.length).toBeLessThanOrEqual(LIMITS.sectionText);
      for (const line of s.split('\n')) expect(line.startsWith('> ')).toBe(true);
    }
  });

  it('spreads more than 50 blocks over several messages, buttons last, each with fallback text', () => {
    const items = Array.from({ length: 120 }, (_, i) => heading(`Item ${i}`));
    const messages = renderReply(
      reply(
        card({
          kind: 'events',
          title: 'Events',
          blocks: items,
          buttons: [{ action: 'more', label: 'Show more', value: 'v' }],
        }),
      ),
    );
    expect(messages).toHaveLength(3);
    messages.forEach(expectWithinLimits);
    expect(messages.flatMap((m) => texts(m.blocks))).toHaveLength(120);
    expect(messages.at(-1)!.blocks.at(-1)!.type).toBe('actions');
    expect(messages[1]!.text).toBe('Events (part 2)');
  });

  it('shortens a header over 150 characters and shows the whole title under it', () => {
    const title = `The ${'very '.repeat(40)}long title`;
    const blocks = renderBlocks(card({ kind: 'info', title }));
    expect(blocks[0]!.type).toBe('header');
    expectWithinLimits({ text: 'x', blocks });
    expect(texts(blocks)[0]).toBe(`*${title}*`);
  });

  it('puts ten fields a section at most, and a field over 2,000 characters in sections of its own', () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({ label: `F${i}`, value: `v${i}`, inline: true }));
    const big = { label: 'Big', value: 'x '.repeat(2_500).trim(), inline: true };
    const blocks = renderBlocks(card({ kind: 'settings', title: 's', fields: [...fields, big] }));
    const fieldSections = blocks.filter((b) => b.type === 'section' && 'fields' in b);
    expect(fieldSections.map((b) => ('fields' in b ? b.fields.length : 0))).toEqual([10, 10, 3]);
    expect(texts(blocks).join(' ')).toBe(`Big\n${big.value}`);
    expectWithinLimits({ text: 'x', blocks });
  });

  it('gives each of 30 "pick" buttons a unique action_id, 25 per actions block', () => {
    const buttons = Array.from({ length: 30 }, (_, i) => ({
      action: 'pick' as const,
      label: `Choice ${i} ${'x'.repeat(100)}`,
      value: `v${i}`,
    }));
    const blocks = renderBlocks(card({ kind: 'choices', title: 'Which one?', buttons }));
    const actions = blocks.filter((b): b is Extract<SlackBlock, { type: 'actions' }> => b.type === 'actions');
    expect(actions.map((a) => a.elements.length)).toEqual([25, 5]);
    const ids = actions.flatMap((a) => a.elements.map((e) => e.action_id));
    expect(new Set(ids).size).toBe(30);
    expect(ids.every((id) => actionOf(id) === 'pick')).toBe(true);
    expect(actions[0]!.elements[0]!.text.text.endsWith('…')).toBe(true);
    expectWithinLimits({ text: 'x', blocks });
  });

  it('splits many citations over context elements within the limits', () => {
    const citations = Array.from({ length: 200 }, (_, i) => ({
      ...CITE,
      packId: `p${i}`,
      packTitle: `Article number ${i} ${'t'.repeat(200)}`,
    }));
    const blocks = renderBlocks(card({ kind: 'digest', title: 'Digest', citations }));
    expectWithinLimits({ text: 'x', blocks });
    const joined = blocks.flatMap((b) => (b.type === 'context' ? b.elements.map((e) => e.text) : [])).join(' ');
    for (let i = 0; i < 200; i += 37) expect(joined).toContain(`Article number ${i} `);
  });
});

describe('splitText', () => {
  it('cuts a single word longer than the limit between characters', () => {
    expect(splitText('a'.repeat(25), 10)).toEqual(['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)]);
  });

  it('never splits an emoji or other astral character', () => {
    const pieces = splitText('😀'.repeat(7), 4);
    expect(pieces.join('')).toBe('😀'.repeat(7));
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(4);
  });
});

describe('actionOf', () => {
  it('reads back the action of briefbot buttons and nothing else', () => {
    expect(actionOf('briefbot:more')).toBe('more');
    expect(actionOf('briefbot:pick:12')).toBe('pick');
    expect(actionOf('briefbot:delete')).toBeUndefined();
    expect(actionOf('other:more')).toBeUndefined();
  });
});
