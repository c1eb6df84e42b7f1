/**
 * `Reply` → Block Kit, pure. One `switch` over the card's body blocks, Slack's limits
 * enforced here and nowhere else: long text is split across sections, more than 50 blocks
 * across messages, and every message carries a plain `text` fallback for notifications and
 * screen readers. Every piece of text from the model is escaped and marked `verbatim`, so
 * neither `<!channel>` nor a bare "@channel" in a question can ping anyone.
 *
 * @example
 * ```ts
 * for (const message of renderReply(reply)) await client.chat.postMessage({ channel, ...message });
 * ```
 */
import {
  citationLines,
  quoteMark,
  sourceText,
  type Block,
  type Button,
  type Card,
  type Field,
  type Reply,
} from '../../core/reply.ts';
import { renderText } from '../../render/text.ts';
import { escapeSlack, LIMITS, preview, splitText } from './text.ts';

export interface TextObject {
  type: 'mrkdwn' | 'plain_text';
  text: string;
  verbatim?: boolean;
  emoji?: boolean;
}

export interface ButtonElement {
  type: 'button';
  action_id: string;
  text: TextObject;
  value: string;
  style?: 'primary';
}

export type SlackBlock =
  | { type: 'header'; text: TextObject }
  | { type: 'section'; text: TextObject }
  | { type: 'section'; fields: TextObject[] }
  | { type: 'context'; elements: TextObject[] }
  | { type: 'divider' }
  | { type: 'actions'; elements: ButtonElement[] };

export interface SlackMessage {
  /** Plain fallback: notifications, screen readers, clients without Block Kit. */
  text: string;
  blocks: SlackBlock[];
}

/** Prefix of every button's action_id; the adapter listens for exactly these. */
export const ACTION_PREFIX = 'briefbot:';

/** Parses `briefbot:more` or `briefbot:pick:3` back into the core's action name. */
export function actionOf(actionId: string): string | undefined {
  return /^briefbot:(more|share|pick)(?::\d+)?$/.exec(actionId)?.[1];
}

const mrkdwn = (text: string): TextObject => ({ type: 'mrkdwn', text, verbatim: true });
/** Plain text is escaped too: the rule is simplest when it has no exceptions. */
const plain = (raw: string): TextObject => ({ type: 'plain_text', text: escapeSlack(raw), emoji: true });

/** Sections for raw text, split to the section limit; `format` adds markup to escaped pieces. */
function sections(
  raw: string,
  format: (escaped: string) => string = (s) => s,
  overhead = 0,
  perLine = 0,
): SlackBlock[] {
  return splitText(raw, LIMITS.sectionText - overhead, perLine).map((piece) => ({
    type: 'section',
    text: mrkdwn(format(escapeSlack(piece))),
  }));
}

const quoteLines = (escaped: string) =>
  escaped
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

function bodyBlock(block: Block, card: Card): SlackBlock[] {
  switch (block.type) {
    case 'heading':
      return sections(block.text, (s) => `*${s}*`, 2);
    case 'text':
      return sections(block.text);
    case 'quote': {
      // The mark rides on the quote's last line: "> … in New York. ¶10".
      const marked = block.citation ? `${block.text} ${quoteMark(card, block.citation)}` : block.text;
      // The answer inside the quote in bold: "> … in *1066* …".
      const bold = block.highlight ? escapeSlack(block.highlight) : undefined;
      return sections(marked, (s) => quoteLines(bold && !bold.includes('*') ? s.replace(bold, `*${bold}*`) : s), 0, 2);
    }
    case 'list':
      return sections(block.items.map((item) => `• ${item.replace(/\s*\n\s*/g, ' ')}`).join('\n'));
    default: {
      // A block type added to the model later still shows, as text.
      const unknown = block as { text?: unknown };
      return typeof unknown.text === 'string' ? sections(unknown.text) : [];
    }
  }
}

/** Context blocks: each line escaped, split to the element limit, at most 10 elements a block. */
function context(lines: readonly string[]): SlackBlock[] {
  const elements = lines
    .flatMap((line) => splitText(line, LIMITS.contextText))
    .map((piece) => mrkdwn(escapeSlack(piece)));
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < elements.length; i += LIMITS.contextElements) {
    blocks.push({ type: 'context', elements: elements.slice(i, i + LIMITS.contextElements) });
  }
  return blocks;
}

/** Short fields side by side (10 per section); a long or wide field gets its own sections. */
function fieldBlocks(fields: readonly Field[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let row: TextObject[] = [];
  const flushRow = () => {
    if (row.length > 0) blocks.push({ type: 'section', fields: row });
    row = [];
  };
  for (const field of fields) {
    const text = `*${escapeSlack(field.label)}*\n${escapeSlack(field.value)}`;
    if (field.inline !== false && text.length <= LIMITS.field) {
      row.push(mrkdwn(text));
      if (row.length === LIMITS.fieldsPerSection) flushRow();
      continue;
    }
    flushRow();
    blocks.push(...sections(`${field.label}\n${field.value}`));
  }
  flushRow();
  return blocks;
}

function header(title: string): SlackBlock[] {
  const clean = title.replace(/\s+/g, ' ').trim() || 'briefbot';
  if (escapeSlack(clean).length <= LIMITS.headerText) return [{ type: 'header', text: plain(clean) }];
  // Too long for a header: a shortened header, and the whole title right under it.
  const [short = ''] = splitText(clean, LIMITS.headerText - 1);
  return [{ type: 'header', text: plain(`${short}…`) }, ...sections(clean, (s) => `*${s}*`, 2)];
}

function buttonBlocks(buttons: readonly Button[]): SlackBlock[] {
  const seen = new Map<string, number>();
  const elements = buttons.map((b): ButtonElement => {
    const n = seen.get(b.action) ?? 0;
    seen.set(b.action, n + 1);
    const [label = b.action] = splitText(
      b.label,
      escapeSlack(b.label).length <= LIMITS.buttonText ? LIMITS.buttonText : LIMITS.buttonText - 1,
    );
    return {
      type: 'button',
      // action_ids must be unique within a block: the second "pick" is briefbot:pick:1.
      action_id: n === 0 ? `${ACTION_PREFIX}${b.action}` : `${ACTION_PREFIX}${b.action}:${n}`,
      text: plain(label.length < b.label.trim().length ? `${label}…` : label),
      value: b.value.slice(0, LIMITS.buttonValue),
      ...(b.style === 'primary' ? { style: 'primary' as const } : {}),
    };
  });
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < elements.length; i += LIMITS.actionsPerBlock) {
    blocks.push({ type: 'actions', elements: elements.slice(i, i + LIMITS.actionsPerBlock) });
  }
  return blocks;
}

const KIND_MARK: Partial<Record<Card['kind'], string>> = {
  error: ':warning: ',
  'not-found': ':mag: ',
  reminder: ':alarm_clock: ',
};

/** The one source line: title and date escaped, the pack's link as Slack link markup. */
function sourceBlock(card: Card): SlackBlock[] {
  if (!card.source) {
    const citations = citationLines(card.citations);
    return citations.length > 0 ? context([`Sources: ${citations.join(' · ')}`]) : [];
  }
  const line = escapeSlack(sourceText(card.source));
  const url = card.source.url && /^https?:\/\/[^\s|<>]+$/.test(card.source.url) ? card.source.url : undefined;
  const text = url ? `${line} · <${escapeSlack(url)}|read the article>` : line;
  if (text.length > LIMITS.contextText) return context([sourceText(card.source)]);
  return [{ type: 'context', elements: [mrkdwn(text)] }];
}

/** The card as Block Kit blocks, in reading order, before splitting into messages. */
export function renderBlocks(card: Card): SlackBlock[] {
  return [
    ...header(`${KIND_MARK[card.kind] ?? ''}${card.title}`),
    ...(card.subtitle ? context([card.subtitle]) : []),
    ...(card.caution ? context([card.caution]) : []),
    ...card.blocks.flatMap((b) => bodyBlock(b, card)),
    ...fieldBlocks(card.fields),
    ...sourceBlock(card),
    ...(card.footer ? context([card.footer]) : []),
    ...buttonBlocks(card.buttons),
  ];
}

/**
 * The reply as one or more messages of at most 50 blocks each. Buttons stay at the end,
 * so they arrive with the last part; later parts say they continue the first.
 */
export function renderReply(reply: Reply, fallbackLimit = 3_000): SlackMessage[] {
  const blocks = renderBlocks(reply.card);
  const messages: SlackMessage[] = [];
  for (let i = 0; i < blocks.length; i += LIMITS.blocksPerMessage) {
    const part = messages.length + 1;
    const text =
      part === 1 ? preview(renderText(reply), fallbackLimit) : `${preview(reply.card.title, 200)} (part ${part})`;
    messages.push({ text, blocks: blocks.slice(i, i + LIMITS.blocksPerMessage) });
  }
  return messages;
}
