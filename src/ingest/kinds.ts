/**
 * What kind of thing a name names (person, place, organisation, group, agreement or theme):
 * from the words of the name itself, then from the hints its mentions carry, and, for a name
 * nothing marks, from the names it is listed with ("Holmby, Farrow Bridge and Upper
 * Skelton": one of them a place, all of them places).
 */
import type { EntityKind } from '../knowledge/schema.ts';
import { escapeRegExp } from '../core/regexp.ts';
import type { Sentence } from '../knowledge/article.ts';
import { tagsByOffset, type KindHint, type NameMention } from './names.ts';
import { ORG_WORDS } from './roles.ts';
import { sharedWordVectors } from '../knowledge/lexicon/word-vectors.ts';
import { getGender } from 'gender-detection-from-name';

/** Every mention of one name, with what they say about it. */
export interface Group {
  names: Map<string, number>;
  surfaces: Set<string>;
  mentions: NameMention[];
  roles: Map<string, number>;
  hints: KindHint[];
  /** The kind of the names it is listed with, when nothing marks its own. */
  listed?: EntityKind;
  /** Called elsewhere by its first word alone, never by its last ("Corbett" for "Corbett Subsea"). */
  calledByFirst?: boolean;
}

const GROUP_WORDS =
  /\b(Army|Front|Brigades?|Militia|Movement|Taliban|Rebels|Forces)\b|^(\p{Lu}\p{L}+) (al|ash|as|ad|el)-/u;
const AGREEMENT_WORDS = /\b(Agreement|Accords?|Treaty|Deal|Protocol|Convention|Pact|Charter)\b/;
/** Last words of a street's or a landscape's name, whatever words before them ("Church Lane"). */
const PLACE_ENDS = new RegExp(
  String.raw`\s(?:Street|Road|Lane|Avenue|Way|Close|Crescent|Square|Bridge|Park|Moors?|Fells?|Hills?|Valley|` +
    String.raw`Dale|Edge|River|Lake|Reservoir|Forest|Woods?|Bay|Islands?|Coast|Heath|Common|Green)$`,
);

/** A road's number: "the B4410", "the M25", "I-95". */
const ROAD = /^(?:[ABM]\d{1,4}(?:\(M\))?|I-\d{1,3})$/;
/** A named storm is an event of the weather, no one's name: "Storm Imogen", "Hurricane Ida". */
const STORM = /^(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm) \p{Lu}/u;
/** Parties called by their short name alone ("Labour held on only in Dunford"). */
const PARTY = new RegExp(
  '^(?:Labour|Conservatives|Tories|Liberal Democrats|Lib Dems|Greens|Democrats|Republicans|SNP|Plaid Cymru|' +
    'Sinn Féin|Fianna Fáil|Fine Gael|Reform UK|Unionists|Socialists)$',
);

export function kindOf(g: Group): EntityKind {
  return marked(g) ?? g.listed ?? unmarked(g);
}

/** The kind the name's words or its mentions' hints give, if any. */
function marked(g: Group): EntityKind | undefined {
  const longest = longestName(g);
  if (AGREEMENT_WORDS.test(longest)) return 'agreement';
  if (ROAD.test(longest)) return 'place';
  if (STORM.test(longest)) return 'theme';
  if (PARTY.test(longest)) return 'organisation';
  // A person's surname may be such a word ("Min-jun Park", "Edward Heath"): hints of a person come first.
  if (PLACE_ENDS.test(longest) && !g.hints.includes('person')) return 'place';
  if (ORG_WORDS.test(longest)) return 'organisation';
  if (GROUP_WORDS.test(longest)) return 'group';
  const votes = { person: 0, place: 0, organisation: 0, group: 0, agreement: 0 };
  for (const h of g.hints) votes[h]++;
  const best = (Object.entries(votes) as [KindHint, number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : undefined;
}

/**
 * A guess for a name nothing marks: a given name and a surname make a person ("Priya Lal won
 * the women's event"), an acronym, a number or several words an organisation.
 */
function unmarked(g: Group): EntityKind {
  const longest = longestName(g);
  if (!g.calledByFirst && personalName(longest)) return 'person';
  if (/^\p{Lu}{2,}\d*$/u.test(longest) || /\d/.test(longest) || longest.includes(' ')) return 'organisation';
  return g.mentions.some((m) => new RegExp(`\\bthe\\s+${escapeRegExp(longest)}\\b`).test(m.sentence.text))
    ? 'organisation'
    : 'theme';
}

/**
 * Vector ranks under these are everyday words: "Royal", "North" or "Hope" open the names of
 * things as often as of people, and "Payments" or "Interactive" end a firm's name, no surname.
 */
const EVERYDAY_FIRST = 5000;
const EVERYDAY_LAST = 15_000;

/**
 * Whether two or three capitalised words read as a person's name: the first is a given name
 * (a list of about 85,000 in six languages) that is no everyday English word, and the last is
 * no everyday word either. Names the tagger knows ("Helen", "Graham") are marked before this.
 */
function personalName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w))) return false;
  const rank = (w: string) => {
    const id = sharedWordVectors().id(w.toLowerCase());
    return id < 0 ? Infinity : id;
  };
  const [first, last] = [words[0]!, words.at(-1)!];
  return getGender(first) !== 'unknown' && rank(first) >= EVERYDAY_FIRST && rank(last) >= EVERYDAY_LAST;
}

function longestName(g: Group): string {
  return [...g.names.keys()].reduce((a, b) => (b.length > a.length ? b : a));
}

/** What parts the names of a list: a comma, "and", "or", or a comma and one of them. */
const LIST_GAP = /^(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)$/;

/**
 * Names listed together are things of one kind: a name nothing marks takes the kind of the
 * names beside it, when those that are marked agree.
 */
export function shareListKinds(groups: Map<string, Group>): void {
  const groupOf = new Map<NameMention, Group>();
  const bySentence = new Map<Sentence, NameMention[]>();
  for (const g of groups.values())
    for (const m of g.mentions) {
      groupOf.set(m, g);
      bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
    }
  for (const [sentence, mentions] of bySentence) {
    const placed = mentions
      .map((m) => ({ m, at: sentence.text.indexOf(m.surface) }))
      .filter((p) => p.at >= 0)
      .sort((a, b) => a.at - b.at);
    let list: Group[] = [];
    let lastGap = '';
    let end = 0;
    const close = () => settle(list, lastGap, () => endsNoun(sentence.text, end));
    placed.forEach((p, i) => {
      const previous = placed[i - 1];
      const gap = previous ? sentence.text.slice(previous.at + previous.m.surface.length, p.at) : '';
      if (!previous || !LIST_GAP.test(gap)) {
        close();
        list = [];
      }
      lastGap = gap;
      end = p.at + p.m.surface.length;
      list.push(groupOf.get(p.m)!);
    });
    close();
  }
}

/**
 * True when the list's last name qualifies a noun that follows it ("Catriona Gillis and
 * Mi'kmaw singer-songwriter Jolene Sylliboy"): then the name is not the list's last item.
 */
function endsNoun(text: string, end: number): boolean {
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(end));
  if (!next) return false;
  const tags = tagsByOffset(text).get(end + next[0].length - next[1]!.length) ?? [];
  return !tags.includes('Verb') && (tags.includes('Noun') || tags.includes('Adjective'));
}

/** `qualifies`: whether the last name qualifies a following noun, asked (a parse) only of a real list. */
function settle(listed: readonly Group[], lastGap: string, qualifies: () => boolean): void {
  // "Laura Quennell, Kestrel Payments' head of …" is an apposition: a list ends with "and" or "or".
  if (listed.length < 2 || !/\b(?:and|or)\s+$/.test(lastGap)) return;
  const list = qualifies() ? listed.slice(0, -1) : listed;
  const kinds = list.map(marked);
  const known = [...new Set(kinds.filter((k): k is EntityKind => k !== undefined))];
  if (known.length !== 1) return;
  list.forEach((g, i) => {
    if (kinds[i] === undefined) g.listed = known[0];
  });
}
