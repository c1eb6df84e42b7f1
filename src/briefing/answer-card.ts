/**
 * The parts of an answer card that make it read cleanly (see `Card` in core/reply.ts): a
 * short headline that is the answer or the topic, never the question as typed; the
 * article named once, on the source line; and doubt said in words, only when there is
 * some. The answer engine decides what to quote; this decides how the card is headed.
 */
import type { Block, Source } from '../core/reply.ts';
import type { LoadedPack } from '../knowledge/knowledge-base.ts';
import { MONTHS } from '../knowledge/event-dates.ts';

/** Below this confidence (and above the answer threshold) the card says it is unsure. */
export const UNSURE_BELOW = 0.75;
export const UNSURE = 'Not sure — closest passage';
/** A lead line longer than this is no headline; the topic heads the card instead. */
const HEADLINE_MAX = 90;

/** The source line of a pack: its title, its publication date, its link when it has one. */
export function packSource(pack: LoadedPack): Source {
  const { title, published, url } = pack.data;
  // "15 December 2015", without Intl: this runs for every answer.
  const [year, month, day] = published.split('-').map(Number) as [number, number, number];
  const date = `${day} ${MONTHS[month - 1]} ${year}`;
  return { title, date, ...(url ? { url } : {}) };
}

/** A card's headline and the body blocks under it. */
export interface Headed {
  title: string;
  body: Block[];
}

/**
 * The headline and what stays in the body. The first lead line ("When: Friday 18 December
 * 2015 (the article says “On 18 December”).") becomes the headline without that aside
 * and its full stop, and leaves the body (the quote below shows the article's own words);
 * without a short lead, the topic heads the card, or `fallback` when there is none.
 */
export function headline(lead: readonly Block[], topics: readonly string[], fallback: string): Headed {
  const [first, ...rest] = lead;
  if (first?.type === 'text') {
    // "(the article says “On 18 December”)" repeats the quote below; other asides stay.
    const title = first.text
      .replace(/\s*\(the article says [^()]*\)\s*(?=\.?$)/, '')
      .replace(/\.$/, '')
      .trim();
    if (title.length > 0 && title.length <= HEADLINE_MAX) return { title, body: rest };
  }
  return { title: topics[0] ?? fallback, body: [...lead] };
}
