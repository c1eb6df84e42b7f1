/**
 * Slack text rules in one place: escaping (so echoed user text cannot ping anyone) and
 * splitting (so a long answer is spread over several sections instead of being refused by
 * Slack or cut short). Pure functions; the renderer and the tests use them.
 */

/** Slack's documented limits that the renderer must respect. */
export const LIMITS = {
  sectionText: 3_000,
  field: 2_000,
  fieldsPerSection: 10,
  headerText: 150,
  blocksPerMessage: 50,
  contextElements: 10,
  contextText: 3_000,
  buttonText: 75,
  buttonValue: 2_000,
  actionsPerBlock: 25,
} as const;

/**
 * Escapes the three control characters of Slack text. `<!channel>`, `<!here>`,
 * `<!everyone>`, `<!subteam^…>` and `<@U…>` become inert text that shows as typed.
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const escapedLength = (s: string) => s.length + 4 * count(s, '&') + 3 * count(s, '<') + 3 * count(s, '>');

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * Splits raw text into pieces whose *formatted* length (escaped, plus `perLine` extra
 * characters for each line, e.g. a "> " quote prefix) fits `limit`. Breaks between words,
 * at line ends where it can; a single word longer than the limit is cut between characters.
 * Nothing is dropped but the whitespace at the cut.
 *
 * @example splitText('a long answer…', 3000) // ['a long answer…']
 */
export function splitText(text: string, limit: number, perLine = 0): string[] {
  const tokens = text.match(/\n|[^\S\n]+|\S+/g) ?? [];
  const chunks: string[] = [];
  let current = '';
  let cost = perLine;
  const flush = () => {
    const piece = current.replace(/^\s+|\s+$/g, '');
    if (piece !== '') chunks.push(piece);
    current = '';
    cost = perLine;
  };
  for (const token of tokens) {
    const tokenCost = escapedLength(token) + (token === '\n' ? perLine : 0);
    if (cost + tokenCost <= limit) {
      current += token;
      cost += tokenCost;
      continue;
    }
    flush();
    if (/^\s+$/.test(token)) continue;
    if (perLine + escapedLength(token) <= limit) {
      current = token;
      cost = perLine + escapedLength(token);
      continue;
    }
    // One "word" longer than the limit (a URL, a run of symbols): cut between code points.
    for (const ch of Array.from(token)) {
      const c = escapedLength(ch);
      if (cost + c > limit) flush();
      current += ch;
      cost += c;
    }
  }
  flush();
  return chunks;
}

/** A short, escaped one-line preview for notifications; the blocks carry the whole text. */
export function preview(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const [first = ''] = splitText(flat, limit - 1);
  return escapeSlack(first.length < flat.length ? `${first}…` : first);
}
