/**
 * A name of the question that the answering sentence's story never writes whole. Asked "How many awards did Radar
 * Princess receive?" of an article on Twilight Princess that lists Games Radar among the critics, every word is found
 * and the question is well covered, but the article names no "Radar Princess": the question is about something it
 * does not hold. SQuAD 2.0 writes many of its unanswerable questions this way ("Ten Eyes" for the article's "Nine
 * Eyes", "Australia Twilight", "Royale Casino" for "Casino Royale"), and a reader who misremembers a name asks such a
 * question too. A name is whole when a sentence of the story, or one of its entities' names and aliases,
 * holds its words side by side, in its order; titles before it ("Dr", "President") are no part of it.
 *
 * Forty-one sets, one by one, when it landed (right / unanswerable refused): SQuAD's held-out articles 539 / 212 →
 * 533 / 230, its training pair 274 / 181 → 272 / 198; as conversations 567 / 208 → 560 / 228 and 311 / 182 →
 * 311 / 198. The news sets, the seed's and `squad-dev` are unchanged in total: chat is typed in lower case, which
 * names nothing here. Read with the thread's topics joined to a follow-up ("when is that New York meeting Sergey
 * Lavrov" reads as one long name), as conversations the clean news sets lost 39 answers, so only the question as
 * asked is read.
 */
import { GENERAL_LEXICON } from '../../knowledge/lexicon/lexicon.ts';
import type { ReadingIndex } from '../../knowledge/reading-index.ts';
import { foldKey, type Reading } from '../../knowledge/reading.ts';
import type { Frame } from './frame.ts';

/** Words written before a name that are no part of it: titles ("Dr", "Sir") and roles ("producer", "president"). */
const BEFORE_NAMES = new Set([...(GENERAL_LEXICON.nameTitles ?? []), ...(GENERAL_LEXICON.personRoles ?? [])]);

/** The first name of the question, of two words or more, that the reading's story never writes whole. */
export function unwrittenName(index: ReadingIndex, frame: Frame, reading: Reading | undefined): string | undefined {
  if (!reading) return undefined;
  const names = frame.names.map(withoutTitles).filter((n) => n.includes(' '));
  if (names.length === 0) return undefined;
  const pack = reading.pack;
  const entityNames = pack.data.entities.flatMap((e) => [e.name, ...e.aliases]);
  const known = new Set(personNames(pack));
  // The answering sentence first: most names are written there, and the story's other sentences need no reading.
  const texts = [...[reading, ...index.ofPack(pack.id)].map((r) => r.sentence.text), ...entityNames];
  return names.find((name) => {
    if (namesSideBySide(name.split(' '), known)) return false;
    const pattern = writtenAs(name);
    return !texts.some((text) => pattern.test(` ${foldKey(text)} `));
  });
}

/**
 * "the last Kerry Putin meeting": two of the story's people named side by side, each whole, are no name of their own.
 * Only people: "Australia Twilight" joins a place to a word of another name, as SQuAD's unanswerable questions do.
 */
function namesSideBySide(words: readonly string[], known: ReadonlySet<string>): boolean {
  return words.some((_, i) => {
    if (i === 0 || !known.has(words.slice(0, i).join(' '))) return false;
    const rest = words.slice(i);
    return known.has(rest.join(' ')) || namesSideBySide(rest, known);
  });
}

/**
 * A name's words side by side, each as written or in a longer form of its stem: "Western Europe" is written in
 * "under Western European domination", "Australia" in "the Australian release".
 */
function writtenAs(name: string): RegExp {
  const forms = name.split(' ').map((w) => (w.length >= 4 ? `${w.replace(/[aeiouy]$/, '')}\\p{L}*` : w));
  return new RegExp(` ${forms.join(' ')} `, 'u');
}

/** Every name and alias of the pack's people, folded: who the story names in full. */
export function personNames(pack: Reading['pack']): string[] {
  return pack.data.entities.filter((e) => e.kind === 'person').flatMap((e) => [e.name, ...e.aliases].map(foldKey));
}

/** The folded name without the titles and roles before it ("dr madeleine swann" → "madeleine swann"). */
export function withoutTitles(name: string): string {
  const words = name.split(' ');
  while (words.length > 1 && BEFORE_NAMES.has(words[0]!)) words.shift();
  return words.join(' ');
}
