/**
 * What a sentence is known to be about beyond its own words: the names of the entities it
 * links to (through a pronoun too), the events its paragraph tells and the dates they resolve
 * to, and the article's subject. Read once per pack; a question's term found only here still
 * counts as one the sentence holds (match.ts).
 */
import { acronymsOf } from './acronym.ts';
import { MONTHS } from './event-dates.ts';
import type { LoadedPack } from './knowledge-base.ts';
import type { Lexicon } from './lexicon/lexicon.ts';
import { tokensOfEach, type Token } from './nlp.ts';
import { foldKey, keysOf, type Reading } from './reading.ts';

export interface KnownTable {
  /** Keys of every name and alias of each entity, by entity id. */
  entities: Map<string, string[]>;
  /** Keys of the title and place of the events each paragraph tells, by paragraph. */
  paragraphs: Map<number, string[]>;
  /** The events' date phrases as written (folded), with the keys of the year and month they resolve to. */
  dated: Map<number, { phrase: string; keys: string[] }[]>;
  /** Keys of the first name in the pack's title: the article's subject. */
  topic: string[];
}

/** The keys of the pack's entities and events, read once per pack. */
export function knownTable(pack: LoadedPack, lexicon: Lexicon): KnownTable {
  // An organisation is also known by its initials (NERC), which the article may never write.
  const initials = (e: LoadedPack['data']['entities'][number]) =>
    e.kind === 'person' ? [] : [e.name, ...e.aliases].flatMap((n) => acronymsOf(n));
  const { entities: named, events, title } = pack.data;
  const texts = [
    ...named.map((e) => [e.name, ...e.aliases, ...initials(e), e.role ?? '']),
    ...events.map((e) => [e.title, e.place ?? '']),
  ].map((parts) => parts.join(' . '));
  // The headline is read last, in the same document.
  const read = tokensOfEach([...texts, title]);
  const keys = read.slice(0, -1).map((tokens) => keysOf(tokens, lexicon).keys);
  const entities = new Map(named.map((e, i) => [e.id, keys[i]!]));
  const paragraphs = new Map<number, string[]>();
  const dated = new Map<number, { phrase: string; keys: string[] }[]>();
  events.forEach((event, i) => {
    const own = keys[named.length + i]!;
    // A year and a month name are keyed as words: no parse is needed.
    const when = event.date ? dateWords(event.date).map((w) => lexicon.key(w)) : [];
    const phrases = event.phrase.split(';').map(foldKey).filter(Boolean);
    for (const p of event.paragraphs) {
      paragraphs.set(p, [...(paragraphs.get(p) ?? []), ...own]);
      if (when.length > 0)
        dated.set(p, [...(dated.get(p) ?? []), ...phrases.map((phrase) => ({ phrase, keys: when }))]);
    }
  });
  return { entities, paragraphs, dated, topic: headlineSubject(read.at(-1)!, lexicon) };
}

/**
 * The keys of the headline's first name, what the whole article is about: "the company" is
 * Corvane throughout. (Every name of the headline: the seed's five, Kerry to Ukraine, are then in
 * every sentence, and the seed's sets lose answers.)
 */
function headlineSubject(tokens: readonly Token[], lexicon: Lexicon): string[] {
  const title = titleKeys(tokens, lexicon);
  if (title) return title;
  const first = tokens.findIndex((t) => t.pos === 'PROPN');
  let end = first;
  while (end >= 0 && tokens[end]?.pos === 'PROPN') end++;
  // The other words masked, not cut: a capitalised stop word is a name only inside a sentence.
  const named = tokens.map((t, i) => (i >= first && i < end ? t : { ...t, pos: 'PUNCT' }));
  return keysOf(named, lexicon).keys;
}

/** A title is this many words at most; a news headline says more ("Kerry meets Putin in Moscow on Ukraine"). */
const TITLE_WORDS = 5;

/**
 * An encyclopaedia's title ("To Kill a Mockingbird", "2008 Sichuan earthquake", "Spectre (2015 film)") names what
 * every sentence is about, every word of it: "The book was published on July 11, 1960" is about the novel. Its
 * numbers and the words in brackets are left out: they tell the article from another of its name, and a year in
 * every sentence would answer any question that asks a year.
 */
function titleKeys(tokens: readonly Token[], lexicon: Lexicon): string[] | undefined {
  const open = tokens.findIndex((t) => t.text === '(');
  const kept = open < 0 ? tokens : tokens.slice(0, open);
  if (kept.filter((t) => t.pos !== 'PUNCT').length > TITLE_WORDS) return undefined;
  return keysOf(kept, lexicon).keys.filter((k) => !/\d/.test(k));
}

/** The year and month name of an event's date ("2016-03" → 2016, March): what a question may ask them by. */
function dateWords(date: string): string[] {
  const month = /^\d{4}-(\d{2})/.exec(date)?.[1];
  return [date.slice(0, 4), ...(month ? [MONTHS[Number(month) - 1] ?? ''] : [])];
}

/** Keys of the names of the entities the sentence names, of its paragraph's events and of the dates it says. */
export function knownKeys(table: KnownTable, reading: Reading): string[] {
  const own = new Set(reading.terms);
  // "What happens in 2016?" against "… next year": the year and month the pack resolved its date phrase to.
  const said = foldKey(reading.sentence.text);
  const dates = (table.dated.get(reading.sentence.paragraph) ?? []).filter((d) => said.includes(d.phrase));
  const all = [
    ...reading.entities.flatMap((id) => table.entities.get(id) ?? []),
    ...(table.paragraphs.get(reading.sentence.paragraph) ?? []),
    ...dates.flatMap((d) => d.keys),
    ...table.topic,
  ];
  return [...new Set(all)].filter((k) => !own.has(k));
}
