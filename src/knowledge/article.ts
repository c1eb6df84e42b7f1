/**
 * Splits an article into the paragraphs and sentences that citations point at.
 * Paragraphs are blocks separated by blank lines, numbered from 1 (headings and captions
 * count: the rule must be mechanical so that a person counting blocks gets the same ¶).
 */

export interface Sentence {
  /** 1-based paragraph number. */
  paragraph: number;
  /** 1-based position of the sentence within its paragraph. */
  index: number;
  text: string;
}

export interface Paragraph {
  number: number;
  text: string;
  sentences: Sentence[];
}

/** Words that end with a full stop but do not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'rep',
  'sen',
  'gov',
  'pres',
  'jr',
  'sr',
  'vs',
  'etc',
  'no',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.n',
  'u.k',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
]);

/** How many paragraphs `splitParagraphs` finds in `text`, without splitting them into sentences. */
export function countParagraphs(text: string): number {
  return blocks(text).filter((block) => /\S/.test(block)).length;
}

const blocks = (text: string) => text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);

/** Paragraphs of `text`, numbered from 1. Whitespace inside a block is folded. */
export function splitParagraphs(text: string): Paragraph[] {
  return blocks(text)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0)
    .map((lines, i) => ({
      number: i + 1,
      text: lines.join(' '),
      // A line break inside a block (a caption under a photo, a credit) also ends a sentence.
      sentences: lines
        .flatMap((line) => splitSentences(line, i + 1))
        .map((sentence, j) => ({ ...sentence, index: j + 1 })),
    }));
}

/**
 * Sentences of one paragraph. A sentence ends at `.`, `!` or `?` (with any closing quotes
 * or brackets) followed by whitespace and an upper-case letter, digit or opening quote,
 * unless the word before the stop is a known abbreviation or a single initial.
 */
export function splitSentences(paragraph: string, paragraphNumber = 1): Sentence[] {
  const sentences: string[] = [];
  const boundary = /([.!?]+)(["'”’)\]]*)\s+(?=["'“‘([]?[A-Z0-9])/g;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[1]!.length + match[2]!.length;
    const before = paragraph.slice(start, match.index);
    const lastWord = before.split(/\s+/).pop()?.toLowerCase() ?? '';
    if (match[1] === '.' && (ABBREVIATIONS.has(lastWord) || /^[a-z]$/i.test(lastWord))) continue;
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter((s) => s.length > 0).map((text, i) => ({ paragraph: paragraphNumber, index: i + 1, text }));
}
