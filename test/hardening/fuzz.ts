/**
 * Generated chat messages for the fuzz test and its bench: markup of both platforms,
 * unicode (RTL, combining marks, emoji sequences, lone surrogates), control characters,
 * long lines, Object.prototype's names and command syntax, mixed from a seeded generator
 * so a failure can be replayed by its index.
 */

/** mulberry32: small, fast, good enough to pick fragments. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FRAGMENTS = [
  // Markup that pings or formats on one platform or the other
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S123|@team>',
  '<@U0123ABC>',
  '<@U0123ABC|ann>',
  '<#C0123|general>',
  '<https://evil.example/x|click me>',
  '<mailto:a@b.c|mail>',
  '@everyone',
  '@here',
  '<@&123456789012345678>',
  '<@!123456789012345678>',
  '<@123456789012345678>',
  '<#123456789012345678>',
  '<:emoji:123456789012345678>',
  '*bold*',
  '_it_',
  '~strike~',
  '`code`',
  '```block```',
  '> quote',
  '||spoiler||',
  '[link](https://x.y)',
  '&lt;',
  '&amp;',
  '&gt;',
  // Words of the knowledge and of Object.prototype
  'Kerry',
  'Lavrov',
  'Putin',
  'Syria',
  'New York',
  'Moscow',
  'who is',
  'when is',
  'what did',
  'say',
  '?',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  // Unicode
  '\u202Eevil\u202C',
  '\u200B',
  '\u200D',
  '👩‍👩‍👧‍👦',
  'é',
  'e\u0301\u0301\u0301',
  'Ｋｅｒｒｙ',
  'Керри',
  '克里',
  'كيري',
  '\uD800',
  '\uDFFF',
  '\uFEFF',
  '\u2028',
  '\u00A0',
  '𝓚𝓮𝓻𝓻𝔂',
  // Control characters
  '\u0000',
  '\u0007',
  '\u001B[31m',
  '\r',
  '\n',
  '\t',
  '\u007F',
  '\u0085',
];
const COMMANDS = [
  'brief',
  'ask',
  'events',
  'digest',
  'reminders',
  'help',
  'more',
  'nope',
  'Brief',
  '',
  '__proto__',
  'constructor',
];
const ARGS = [
  '',
  'on',
  'off',
  'now',
  'on 09:00 Europe/London',
  'on 25:99 Mars/Olympus',
  'on 1d 1h',
  'on 99w -1h',
  'past',
  'upcoming',
  'topic:Kerry',
  'when:all',
];

export interface Generated {
  /** `command` for a slash command (name + text), `mention` for free text. */
  kind: 'command' | 'mention';
  name: string;
  text: string;
}

export function generate(count: number, seed = 10): Generated[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const out: Generated[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const n = 1 + Math.floor(next() * 12);
    for (let j = 0; j < n; j++)
      parts.push(next() < 0.15 ? String.fromCharCode(Math.floor(next() * 0xffff)) : pick(FRAGMENTS));
    let text = parts.join(next() < 0.7 ? ' ' : '');
    // A long line now and then: up to 20,000 characters.
    if (next() < 0.03) text = text.repeat(Math.ceil((next() * 20_000) / Math.max(text.length, 1))).slice(0, 20_000);
    if (next() < 0.4)
      out.push({ kind: 'command', name: pick(COMMANDS), text: next() < 0.5 ? `${pick(ARGS)} ${text}` : text });
    else out.push({ kind: 'mention', name: '', text });
  }
  return out;
}
