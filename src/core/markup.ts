/**
 * The platform-neutral half of reading a chat message. Each adapter knows its own markup
 * (Slack's `<@U1|ana>`, Discord's `<@&role>`) and says, for every piece it finds, what the
 * piece *is* (`Markup`); this module decides once, for every platform, what the core sees:
 * mentions of people, roles, channels and everyone are removed, links keep their visible
 * label, formatting marks (code fences, block quotes, bold) go, and whitespace is folded.
 * So `@briefbot @alice <!channel> when is the New York meeting?` reaches the core as the
 * plain question, whichever platform it came from.
 *
 * @example
 * ```ts
 * const rules = [{ pattern: /<@(\w+)>/g, read: (m) => ({ kind: m[1] === 'U1' ? 'self' : 'user' }) }];
 * cleanMessage('<@U1> hi <@U2>', rules);
 * // → { text: 'hi', mentionsSelf: true, mentionsOthers: true }
 * ```
 */

/** What one piece of platform markup stands for. */
export type Markup =
  /** The bot itself: its user mention, or (Discord) its managed role. */
  | { kind: 'self' }
  /** Another person or bot. */
  | { kind: 'user' }
  /** A role or user group (Discord role, Slack `<!subteam^…>`). */
  | { kind: 'role' }
  | { kind: 'channel' }
  /** `@everyone`, `@here`, `<!channel>`. */
  | { kind: 'broadcast' }
  /** A link, a date or anything else shown by its label; no label means nothing to read. */
  | { kind: 'label'; label?: string }
  /** Custom emoji, timestamps, command mentions: nothing the core can read. */
  | { kind: 'noise' };

/** One kind of markup on one platform: a global pattern and what a match means. */
export interface MarkupRule {
  pattern: RegExp;
  read(match: RegExpExecArray): Markup;
}

export interface CleanedMessage {
  /** The words, with markup removed or reduced to labels, on one line. */
  text: string;
  /** The bot was mentioned (by name or role). */
  mentionsSelf: boolean;
  /** Someone else was mentioned by name: a follow-up addressed to them is not for the bot. */
  mentionsOthers: boolean;
}

/**
 * Replaces every match of every rule, in order, then `decode`s what is left (Slack's
 * `&lt;` entities) and strips formatting. Rules run one after another; a label is plain
 * text, and platform markup never survives into it.
 */
export function cleanMessage(raw: string, rules: readonly MarkupRule[], decode = (t: string) => t): CleanedMessage {
  let mentionsSelf = false;
  let mentionsOthers = false;
  let text = raw;
  for (const rule of rules) {
    text = text.replace(rule.pattern, (...args: unknown[]) => {
      const match = matchOf(args);
      const piece = rule.read(match);
      if (piece.kind === 'self') mentionsSelf = true;
      if (piece.kind === 'user') mentionsOthers = true;
      return piece.kind === 'label' && piece.label ? ` ${piece.label} ` : ' ';
    });
  }
  return { text: plainText(decode(text)), mentionsSelf, mentionsOthers };
}

/** Rebuilds a RegExpExecArray-like match from `String.replace`'s callback arguments. */
function matchOf(args: unknown[]): RegExpExecArray {
  const hasGroups = typeof args[args.length - 1] === 'object';
  const groups = args.slice(0, hasGroups ? -3 : -2) as string[];
  return Object.assign([...groups], { index: 0, input: '' }) as unknown as RegExpExecArray;
}

/** Markdown-style formatting that both platforms share, as [pattern, replacement]. */
const FORMATTING: readonly [RegExp, string][] = [
  [/```(?:[a-z0-9+-]*\n)?/gi, ' '], // code fences; a language tag only when a line break follows it
  [/`/g, ''],
  [/^\s*(?:>>>|>)\s?/gm, ''], // block quotes, line by line (Discord's >>> too)
  [/\|\|/g, ''], // Discord spoilers
  [/(\*\*|__|~~)(?=\S)([^]*?\S)\1/g, '$2'],
  [/(^|[\s(])[*_~](?=\S)([^*_~\n]*?\S)[*_~](?=$|[\s).,!?:;])/gm, '$1$2'],
];

/** Formatting marks removed, whitespace (line breaks included) folded to single spaces. */
export function plainText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of FORMATTING) out = out.replace(pattern, replacement);
  // A removed mention leaves "hey , when" or ", when": close the gap and drop a leading mark.
  return out
    .replace(/\s+/g, ' ')
    .replace(/ ([,;:!?])/g, '$1')
    .replace(/^[\s,;:.!—–-]+/, '')
    .trim();
}
