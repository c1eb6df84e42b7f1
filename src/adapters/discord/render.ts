/**
 * `Reply` → Discord message bodies (embeds + buttons), pure. Discord refuses a whole
 * message when any limit is exceeded, so this is where the limits are kept: long text is
 * split across embeds, and embeds across messages, at paragraph, line or word boundaries;
 * nothing is dropped. Every body carries `allowed_mentions: { parse: [] }`, so echoed
 * `@everyone`, `<@&role>` or `<@user>` never pings, and the card's text (plain in the
 * model) is markdown-escaped here.
 *
 * @example
 * ```ts
 * const { messages, ephemeral } = renderReply(reply);
 * await interaction.reply(toMessageOptions(messages[0]!, ephemeral));
 * ```
 */
import {
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import {
  citationLines,
  quoteMark,
  sourceText,
  type Block,
  type Button,
  type Card,
  type CardKind,
  type Reply,
} from '../../core/reply.ts';
import { customId } from './parse.ts';

/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedsPerMessage: 10,
  charsPerMessage: 6000,
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  customId: 100,
} as const;

/** What goes on the wire: a body for `POST /channels/{id}/messages` or an interaction response. */
export interface DiscordMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowed_mentions: { parse: []; replied_user: false };
}

export interface RenderedReply {
  /** One or more messages, in order; the buttons sit on the last. */
  messages: DiscordMessage[];
  ephemeral: boolean;
}

/** The sidebar colour of each kind of card. `Record` so a new kind cannot be forgotten. */
export const KIND_COLOURS: Record<CardKind, number> = {
  person: 0x3b82f6,
  organisation: 0x8b5cf6,
  place: 0x10b981,
  group: 0xf97316,
  agreement: 0x14b8a6,
  theme: 0x6366f1,
  event: 0xf59e0b,
  events: 0xf59e0b,
  reminder: 0xf59e0b,
  answer: 0x0ea5e9,
  choices: 0x64748b,
  'not-found': 0x9ca3af,
  digest: 0x22c55e,
  help: 0x5865f2,
  info: 0x5865f2,
  settings: 0x5865f2,
  error: 0xef4444,
};

const NO_PINGS = () => ({ parse: [] as [], replied_user: false as const });

export function renderReply(reply: Reply): RenderedReply {
  const { card } = reply;
  const color = KIND_COLOURS[card.kind];
  const fullTitle = escape(card.title);
  const title = clip(fullTitle, LIMITS.title);
  const footer = footerText(card);
  const fields = [
    ...card.fields.flatMap((f) => splitField(escape(f.label), escape(f.value), f.inline)),
    ...footer.overflowFields,
  ];

  const bodyParts = [title === fullTitle ? undefined : `**${fullTitle}**`, ...bodyText(card)].filter(
    (p): p is string => !!p,
  );
  // Each embed must fit in a message together with the title and the footer.
  const room = Math.min(LIMITS.description, LIMITS.charsPerMessage - title.length - footer.text.length);
  const embeds: APIEmbed[] = chunkText(bodyParts.join('\n\n'), room).map((description) => ({ color, description }));
  if (embeds.length === 0) embeds.push({ color });
  embeds[0]!.title = title;
  const link = card.source?.url;
  if (link && /^https?:\/\/\S+$/.test(link)) embeds[0]!.url = link;

  for (const field of fields) {
    let last = embeds[embeds.length - 1]!;
    const size = field.name.length + field.value.length;
    if (
      (last.fields?.length ?? 0) >= LIMITS.fields ||
      embedChars(last) + size + footer.text.length > LIMITS.charsPerMessage
    ) {
      last = { color };
      embeds.push(last);
    }
    (last.fields ??= []).push(field);
  }
  if (footer.text) embeds[embeds.length - 1]!.footer = { text: footer.text };

  const messages = packEmbeds(embeds).map((e) => ({
    embeds: e,
    components: [] as DiscordMessage['components'],
    allowed_mentions: NO_PINGS(),
  }));
  const rows = buttonRows(card.buttons);
  // More than 25 buttons (five rows of five) spill into extra messages: nothing is dropped.
  for (let i = 0; i < rows.length; i += LIMITS.rows) {
    const target =
      i === 0
        ? messages[messages.length - 1]!
        : pushed(messages, {
            embeds: [{ color, description: 'More options' }],
            components: [],
            allowed_mentions: NO_PINGS(),
          });
    target.components = rows.slice(i, i + LIMITS.rows);
  }
  return { messages, ephemeral: reply.visibility === 'ephemeral' };
}

function pushed<T>(list: T[], item: T): T {
  list.push(item);
  return item;
}

/** Subtitle and blocks as Discord markdown, every piece of model text escaped. */
function bodyText(card: Card): string[] {
  const parts = [card.subtitle, card.caution].filter((p): p is string => !!p).map((p) => `*${escape(p)}*`);
  return [...parts, ...card.blocks.map((b) => blockText(b, card)).filter((t) => t.length > 0)];
}

function blockText(block: Block, card: Card): string {
  switch (block.type) {
    case 'text':
      return escape(block.text);
    case 'heading':
      return `**${escape(block.text)}**`;
    case 'list':
      return block.items.map((item) => `• ${escape(item)}`).join('\n');
    case 'quote': {
      // The mark rides on the quote's last line: "> … in New York. ¶10".
      const marked = block.citation ? `${block.text} ${quoteMark(card, block.citation)}` : block.text;
      // The answer inside the quote in bold: "> … in **1066** …".
      const bold = block.highlight ? escape(block.highlight) : undefined;
      const text = bold ? escape(marked).replace(bold, `**${bold}**`) : escape(marked);
      return text
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n');
    }
    default:
      return escape(String((block as { text?: unknown }).text ?? ''));
  }
}

/** The card's own footer line and the citations; citations that do not fit become fields. */
function footerText(card: Card): { text: string; overflowFields: APIEmbedField[] } {
  const own = card.footer ? escape(card.footer) : '';
  // One source line when the card names its source (the link is the embed's url); else one per article.
  const sources = card.source
    ? [escape(sourceText(card.source))]
    : citationLines(card.citations).map((line) => `Source: ${line}`);
  const text = [...sources, own].filter(Boolean).join('\n');
  if (text.length <= LIMITS.footer) return { text, overflowFields: [] };
  return { text: clip(own, LIMITS.footer), overflowFields: splitField('Sources', escape(sources.join('\n'))) };
}

/** A field whose value is too long becomes several ("Label (continued)"). Empty values are refused by Discord. */
export function splitField(label: string, value: string, inline?: boolean): APIEmbedField[] {
  const name = clip(label || '\u200b', LIMITS.fieldName);
  const full = name === label ? value : `**${label}**\n${value}`;
  const chunks = chunkText(full, LIMITS.fieldValue);
  if (chunks.length === 0) chunks.push('—');
  return chunks.map((chunk, i) => ({
    name: i === 0 ? name : clip(`${name} (continued)`, LIMITS.fieldName),
    value: chunk,
    ...(inline && chunks.length === 1 ? { inline: true } : {}),
  }));
}

/** Groups embeds into messages of at most 10 embeds and 6,000 characters. */
function packEmbeds(embeds: APIEmbed[]): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let chars = 0;
  for (const embed of embeds) {
    const size = embedChars(embed);
    if (current.length > 0 && (current.length >= LIMITS.embedsPerMessage || chars + size > LIMITS.charsPerMessage)) {
      messages.push(current);
      current = [];
      chars = 0;
    }
    current.push(embed);
    chars += size;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}

/** The characters Discord counts towards the 6,000 of a message. */
export function embedChars(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

function buttonRows(buttons: readonly Button[]): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const components: APIButtonComponentWithCustomId[] = buttons
    .map((b) => ({
      type: ComponentType.Button as const,
      style: b.style === 'primary' ? (ButtonStyle.Primary as const) : (ButtonStyle.Secondary as const),
      label: clip(b.label, LIMITS.buttonLabel),
      custom_id: customId(b.action, b.value),
    }))
    // A value over the contract's 80 characters would make Discord refuse the whole message.
    .filter((b) => b.custom_id.length <= LIMITS.customId);
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let i = 0; i < components.length; i += LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: components.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return rows;
}

/** Model text is plain; Discord reads markdown, so `*`, `_`, `~`, `` ` ``, `|`, `#` and links are escaped. */
export function escape(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, maskedLink: true });
}

/** Shortens to `max` with an ellipsis: only for labels and titles, whose full text is kept elsewhere. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${safeCut(text, max - 1)}…`;
}

/**
 * Splits `text` into pieces of at most `max` characters, preferring a paragraph break,
 * then a line break, then a space; never inside a surrogate pair. Joining the pieces
 * gives back the text, give or take the whitespace at the cuts.
 */
export function chunkText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const at =
      [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((i) => i > max / 2) ?? -1;
    const cut = at > 0 ? at : safeCut(rest, max).length;
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}

function safeCut(text: string, max: number): string {
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
