/**
 * `Reply` is what the core answers with: plain data, no platform in it. One pure renderer
 * per platform (terminal text and JSON here; Block Kit and Discord embeds in their
 * adapters) turns it into a payload and enforces that platform's limits. Text in the model
 * is plain, never pre-escaped: each renderer escapes for its own platform, so echoed user
 * text cannot ping anyone.
 *
 * @example
 * ```ts
 * const reply = channelReply(card({ kind: 'info', title: 'Hello', blocks: [text('Hi there')] }));
 * ```
 */

/** Where a fact came from: the article and its paragraph, and the sentence when quoted. */
export interface Citation {
  packId: string;
  packTitle: string;
  paragraph: number;
  sentence?: string;
}

/** A block of the card body. Renderers `switch` over `type`, with a text fallback. */
export type Block =
  | { type: 'text'; text: string }
  /** `highlight`: the answer inside the quote, which renderers set in bold. */
  | { type: 'quote'; text: string; citation?: Citation; highlight?: string }
  | { type: 'list'; items: string[] }
  | { type: 'heading'; text: string };

export interface Field {
  label: string;
  value: string;
  /** Short fields may sit side by side where the platform allows it. */
  inline?: boolean;
}

/**
 * A button. `action` names what pressing it does (see `ACTIONS`); `value` is an opaque
 * token of at most 80 characters (Discord's custom_id holds 100 with the prefix).
 */
export interface Button {
  action: ButtonAction;
  label: string;
  value: string;
  style?: 'primary' | 'secondary';
}

export const ACTIONS = ['more', 'share', 'pick'] as const;
/** `more`: the next page; `share`: post this answer in the channel; `pick`: choose one of several matches. */
export type ButtonAction = (typeof ACTIONS)[number];

export type CardKind =
  | 'person'
  | 'organisation'
  | 'place'
  | 'group'
  | 'agreement'
  | 'theme'
  | 'event'
  | 'answer'
  | 'choices'
  | 'not-found'
  | 'events'
  | 'help'
  | 'digest'
  | 'reminder'
  | 'settings'
  | 'info'
  | 'error';

/** The article behind a card, named once: title, publication date, and a link when the pack has one. */
export interface Source {
  title: string;
  /** As shown: "15 December 2015". */
  date?: string;
  url?: string;
}

export interface Card {
  kind: CardKind;
  /** A short headline: the answer or the topic, never the raw question. */
  title: string;
  subtitle?: string;
  blocks: Block[];
  fields: Field[];
  citations: Citation[];
  buttons: Button[];
  /** A short closing line (page x of y, an error id). */
  footer?: string;
  /**
   * The one source line. When set, renderers show it instead of a line per citation, and
   * quotes carry only their paragraph mark (¶10), so the article is named once.
   */
  source?: Source;
  /** Only when the answer is unsure, the doubt in words ("Not sure — closest passage"); never a number. */
  caution?: string;
}

export type Visibility = 'ephemeral' | 'channel';

export interface Reply {
  card: Card;
  /** `ephemeral`: only the asker sees it (where the platform can); `channel`: everyone. */
  visibility: Visibility;
  /** False when nothing matched: the CLI's `found` and the tests read it. */
  found: boolean;
  /** How sure an answer is, 0..1, when the command measures it (ask does). */
  confidence?: number;
  /** The command has a next page; the core turns this into a "Show more" button. */
  hasMore?: boolean;
  /**
   * Entity and event names the answer is about. Kept with the thread it was posted in, so
   * a follow-up there ("when is that?") is read with them.
   */
  topics?: string[];
  /**
   * The pack the answer was drawn from, when one article gave it: the article of the asker's
   * conversation, which their next questions prefer (core `recentArticles`).
   */
  article?: string;
  /** Where in that pack the first quoted sentence stands (its reading's position): a follow-up's answer is near. */
  at?: number;
  /**
   * A refusal's: the story the question pointed to that the conversation has not been on. It is not
   * followed on words alone, but the conversation counts it as met: the next question may go there.
   */
  leaning?: string;
  /**
   * A refusal's: the story the question named ("why did Valparaíso lose power?"), though no sentence of it
   * answers. The conversation is on that story now, as an answer from it would have put it.
   */
  movedTo?: string;
}

/** Builds a card with empty defaults, so call sites name only what they have. */
export function card(parts: Partial<Card> & Pick<Card, 'kind' | 'title'>): Card {
  return { blocks: [], fields: [], citations: [], buttons: [], ...parts };
}

export function text(value: string): Block {
  return { type: 'text', text: value };
}

export function quote(value: string, citation?: Citation): Block {
  return citation ? { type: 'quote', text: value, citation } : { type: 'quote', text: value };
}

export function list(items: string[]): Block {
  return { type: 'list', items };
}

export function heading(value: string): Block {
  return { type: 'heading', text: value };
}

export function reply(c: Card, visibility: Visibility = 'ephemeral', found = true): Reply {
  return { card: c, visibility, found };
}

/**
 * What a person sees when something failed on the bot's side: a short apology and an id
 * to quote, never the error itself (that goes to the log under the same id). The core and
 * every adapter use this one card, so a failure reads the same wherever it happened.
 */
export function apologyReply(errorId: string): Reply {
  const c = card({
    kind: 'error',
    title: 'Something went wrong',
    blocks: [text(`Sorry, that failed on my side. If it keeps happening, quote error id ${errorId}.`)],
    footer: `error id ${errorId}`,
  });
  return reply(c, 'ephemeral', false);
}

/** "¶10" or "¶3, ¶7" for a set of paragraph numbers. */
export function paragraphMarks(paragraphs: readonly number[]): string {
  return [...new Set(paragraphs)]
    .sort((a, b) => a - b)
    .map((p) => `¶${p}`)
    .join(', ');
}

/** "Kerry meets Putin in Moscow · 15 December 2015": the source line without its link. */
export function sourceText(source: Source): string {
  return [source.title, source.date].filter(Boolean).join(' · ');
}

/** What follows a quote: "¶10" when the card names its one source, else "— Kerry meets Putin, ¶10". */
export function quoteMark(c: Card, citation: Citation): string {
  return c.source ? `¶${citation.paragraph}` : `— ${citation.packTitle}, ¶${citation.paragraph}`;
}

/** One line per article: "Kerry meets Putin (¶3, ¶10)". Shared by every renderer. */
export function citationLines(citations: readonly Citation[]): string[] {
  const byPack = new Map<string, { title: string; paragraphs: number[] }>();
  for (const c of citations) {
    const entry = byPack.get(c.packId) ?? { title: c.packTitle, paragraphs: [] };
    entry.paragraphs.push(c.paragraph);
    byPack.set(c.packId, entry);
  }
  return [...byPack.values()].map((e) => `${e.title} (${paragraphMarks(e.paragraphs)})`);
}
