/**
 * Quotes and their speakers. News reports speech in a handful of shapes, and these are
 * the ones matched here:
 *   “…,” said X · “…,” X said · “…,” as X reported   (direct, in quotation marks)
 *   …, said X · …, X explained · X said (that) … · X went on to say that …   (reported)
 * The speaker must be an entity found in the article (a pronoun "he"/"she" is the last
 * person who spoke or was named in the paragraph); a quote without one is left out rather
 * than pinned on the wrong person.
 */
import type { Paragraph, Sentence } from '../knowledge/article.ts';
import type { DraftEntity } from './entities.ts';
import { escapeRegExp } from '../core/regexp.ts';

export interface DraftQuote {
  speaker: string;
  text: string;
  kind: 'direct' | 'reported';
  paragraphs: number[];
}

const VERBS =
  'went on to say|further commented|pointed out|suggested|suggests|proposed|revealed|reveals|said|says|say|' +
  'told|stated|claims|claimed|claim|believes|believed|explained|explains|added|noted|argued|argues|warned|' +
  'insisted|commented|reported|announced|declared|thinks|wrote|writes|read|according to';
const DIRECT = /[“"]([^”"]{8,}?)[,.]?[”"]/g;
const TRAILING_VERB = new RegExp(`^(.*\\S),\\s+(?:as\\s+)?(?:${VERBS})\\s+(.+)$`);
const TRAILING_SPEAKER = new RegExp(`^(.*\\S),\\s+(.{2,60}?)\\s+(?:${VERBS})\\b`);
const LEADING = new RegExp(`(?:^|,\\s+)([^,]{1,80}?)\\s+(?:${VERBS})(?:\\s+(?:\\w+\\s+){0,2}?that)?\\s+(.+)$`);
const APPOSITIVE = new RegExp(`^(.{2,80}?),\\s+(?:who|which|an?|the)\\b[^,]*,\\s+(?:${VERBS})(?:\\s+that)?\\s+(.+)$`);
const CLAUSE = /^\s+(that|he|she|they|it|we|i|there|this|these|\p{Lu})/u;
const PASSIVE = /^This was (?:stated|said|announced|reported|explained)\b.*?\bby\s+(.+)$/;

interface Occurrence {
  entity: DraftEntity;
  start: number;
  end: number;
}

function occurrences(text: string, entities: DraftEntity[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const entity of entities) {
    for (const form of [entity.name, ...entity.aliases]) {
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu'))) {
        out.push({ entity, start: m.index, end: m.index + m[0].length });
      }
    }
  }
  return out;
}

const tidy = (text: string) => {
  const t = text
    .trim()
    .replace(/^that\s+/i, '')
    .replace(/[\s,;:–—-]+$/u, '');
  return /[.!?]$/.test(t) ? t : `${t}.`;
};
const firstWords = (text: string, n: number) =>
  text
    .split(/(?<=\s)/)
    .slice(0, n)
    .join('').length;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Every quote the patterns find, with the paragraph it is in. */
export function extractQuotes(paragraphs: Paragraph[], entities: DraftEntity[]): DraftQuote[] {
  const quotes: DraftQuote[] = [];
  const speakers = entities.filter((e) => e.kind !== 'place' || e.aliases.length > 0);
  for (const p of paragraphs) {
    let lastPerson: DraftEntity | undefined;
    p.sentences.forEach((sentence, i) => {
      const found = quotesIn(sentence, speakers, lastPerson, p.sentences[i - 1]);
      quotes.push(...found.map((q) => ({ ...q, speaker: q.speaker.id, paragraphs: [p.number] })));
      const people = occurrences(sentence.text, speakers)
        .filter((o) => o.entity.kind === 'person')
        .sort((a, b) => a.start - b.start);
      lastPerson =
        found.find((q) => q.speaker.kind === 'person')?.speaker ?? people[people.length - 1]?.entity ?? lastPerson;
    });
  }
  return dedupe(quotes);
}

function quotesIn(
  sentence: Sentence,
  entities: DraftEntity[],
  lastPerson: DraftEntity | undefined,
  previous?: Sentence,
) {
  const text = sentence.text;
  const out: { speaker: DraftEntity; text: string; kind: 'direct' | 'reported' }[] = [];
  const speakerIn = (from: number, to: number, prefer: 'first' | 'last') => {
    const slot = text.slice(from, to);
    if (/^[\s,]*(he|she)\b/i.test(slot) && lastPerson) return lastPerson;
    const occ = occurrences(slot, entities).sort((a, b) => a.start - b.start || b.end - a.end);
    const people = occ.filter((o) => o.entity.kind === 'person');
    const pool = people.length ? people : occ;
    return (prefer === 'first' ? pool[0] : pool[pool.length - 1])?.entity;
  };
  const directs = [...text.matchAll(DIRECT)];
  for (const m of directs) {
    const outside = text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);
    const verb = new RegExp(`\\b(?:${VERBS})\\b`).exec(outside);
    if (!verb || words(m[1]!) < 3) continue;
    const speaker =
      verb.index > m.index ? speakerIn(m.index + m[0].length, text.length, 'first') : speakerIn(0, m.index, 'last');
    if (speaker) out.push({ speaker, text: m[1]!.trim(), kind: 'direct' });
  }
  if (directs.length) return out;
  const passive = PASSIVE.exec(text);
  if (passive && previous) {
    const speaker = speakerIn(text.length - passive[1]!.length, text.length, 'first');
    if (speaker) return [{ speaker, text: previous.text, kind: 'reported' as const }];
  }
  const attempts: [RegExpExecArray | null, (m: RegExpExecArray) => { speaker?: DraftEntity; said: string }][] = [
    [APPOSITIVE.exec(text), (m) => ({ speaker: speakerIn(0, m[1]!.length, 'first'), said: m[2]! })],
    // "…, said State Department spokesman Mark Toner": the speaker follows within five words.
    [
      TRAILING_VERB.exec(text),
      (m) => ({
        speaker: speakerIn(text.length - m[2]!.length, text.length - m[2]!.length + firstWords(m[2]!, 5), 'first'),
        said: m[1]!,
      }),
    ],
    // "…, FM Lavrov explained last week": the words after the verb are no clause of their own.
    [
      TRAILING_SPEAKER.exec(text),
      (m) =>
        CLAUSE.test(text.slice(m.index + m[0].length))
          ? { said: '' }
          : { speaker: speakerIn(m[1]!.length, m[1]!.length + m[2]!.length + 3, 'last'), said: m[1]! },
    ],
    [
      LEADING.exec(text),
      (m) => ({ speaker: speakerIn(m.index, m.index + m[0].length - m[2]!.length, 'last'), said: m[2]! }),
    ],
  ];
  for (const [m, read] of attempts) {
    if (!m) continue;
    const { speaker, said } = read(m);
    if (speaker && words(said) >= 3) return [{ speaker, text: tidy(said), kind: 'reported' as const }];
  }
  return out;
}

function dedupe(quotes: DraftQuote[]): DraftQuote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.speaker}|${q.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
