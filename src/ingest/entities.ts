/**
 * Turns the name mentions of a whole article into entities: one per thing named, with
 * every other way the article names it as an alias (a surname alone, the name with its
 * title, an acronym, a country's short forms), a kind, a role, the paragraphs that
 * mention it and one fact per sentence about it.
 */
import type { Paragraph } from '../knowledge/article.ts';
import type { EntityKind } from '../knowledge/schema.ts';
import { abbreviates, initials } from './acronyms.ts';
import { kindOf, shareListKinds, type Group } from './kinds.ts';
import { findNames, type NameMention } from './names.ts';
import { readAcrossSentences } from './across-sentences.ts';
import { ORG_WORDS } from './roles.ts';
import { plainRole } from './name-titles.ts';
import { slugify } from './slug.ts';
import { escapeRegExp } from '../core/regexp.ts';
import { plainLetters } from '../knowledge/plain-letters.ts';

export interface DraftEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  role?: string;
  summary: string;
  facts: { text: string; paragraphs: number[] }[];
  paragraphs: number[];
  related: string[];
}

/** Everyday knowledge of short forms, not of any one article. */
const SAME_THING = [
  ['United States', 'United States of America', 'USA', 'US', 'U.S.', 'U.S.A.', 'America'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['United Nations', 'UN', 'U.N.'],
  ['European Union', 'EU', 'E.U.'],
  ['United Arab Emirates', 'UAE'],
];
const PLACE_SETS = new Set(['United States', 'United Kingdom', 'United Arab Emirates']);

/** Days of the year and eras, which the dates pass reads ("Christmas", "AD 280"): no entity. */
const HOLIDAYS =
  /^(?:christmas|easter|whitsun|hogmanay|hanukkah|diwali|ramadan|passover|new year)(?: day| eve)?$|^(?:ad|bc)$/;

/** How two spellings of one name compare: case, accents, "the" and dots do not count. */
export function nameKey(name: string): string {
  return plainLetters(name)
    .replace(/^the\s+/i, '')
    .replace(/[’]/g, "'")
    .replace(/\.(?=\S)|\.$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** All entities named in the article, most mentioned first. */
export function extractEntities(paragraphs: Paragraph[]): DraftEntity[] {
  const mentions = paragraphs.flatMap((p) => {
    return p.sentences.flatMap((s) => findNames(s, isHeadline(s.text)));
  });
  readAcrossSentences(paragraphs, mentions);
  const groups = new Map<string, Group>();
  const groupOf = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { names: new Map(), surfaces: new Set(), mentions: [], roles: new Map(), hints: [] }));
    return g;
  };
  const roleOnly = mentions.filter((m) => m.roleOnly);
  for (const m of mentions.filter((m) => !m.roleOnly && (!m.weak || /^\p{Lu}{2,6}$/u.test(m.name)))) {
    const g = groupOf(nameKey(m.name));
    g.names.set(m.name, (g.names.get(m.name) ?? 0) + 1);
    if (m.surface !== m.name) g.surfaces.add(m.surface);
    // "Cllr", "Mrs Justice", "Ms": the office, in full, or none.
    const role = plainRole(m.role);
    if (role) g.roles.set(role, (g.roles.get(role) ?? 0) + 1);
    g.hints.push(...m.hints);
    g.mentions.push(m);
  }
  markShortNames(groups);
  // A word capitalised only because it opens sentences ("Ferry operator …") is no name,
  // unless it is the surname of someone named in full ("Mbeki scored twice.").
  const surnames = new Set([...groups.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ').pop()!));
  for (const [key, g] of groups)
    if ((g.mentions.every((m) => m.initial) && g.hints.length === 0 && !surnames.has(key)) || HOLIDAYS.test(key))
      groups.delete(key);
  mergeSameThing(groups);
  mergeSurnames(groups);
  mergeAcronyms(groups, paragraphs);
  shareListKinds(groups);
  const entities = [...groups.values()].map((g) => toEntity(g, paragraphs));
  for (const m of roleOnly) attachRole(entities, m);
  assignIds(entities);
  addRelated(entities, paragraphs);
  return entities.sort((a, b) => b.paragraphs.length - a.paragraphs.length || a.name.localeCompare(b.name));
}

/** A title-case line without a full stop ("Is There Alternative to Assad in Syria"). */
function isHeadline(text: string): boolean {
  if (/[.!?"”:]$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length <= 14 || words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.5;
}

function merge(groups: Map<string, Group>, fromKey: string, intoKey: string): void {
  const from = groups.get(fromKey);
  const into = groups.get(intoKey);
  if (!from || !into || from === into) return;
  for (const [n, c] of from.names) into.names.set(n, (into.names.get(n) ?? 0) + c);
  from.surfaces.forEach((s) => into.surfaces.add(s));
  for (const [r, c] of from.roles) into.roles.set(r, (into.roles.get(r) ?? 0) + c);
  into.hints.push(...from.hints);
  into.mentions.push(...from.mentions);
  groups.delete(fromKey);
}

/**
 * "Corbett gives us the fleet" after "Corbett Subsea": a firm is called by its first word, a
 * person by their surname. A name whose first word stands alone elsewhere, and whose last never
 * does, is no person's.
 */
function markShortNames(groups: Map<string, Group>): void {
  for (const [key, g] of groups) {
    const words = key.split(' ');
    if (words.length > 1) g.calledByFirst = groups.has(words[0]!) && !groups.has(words.at(-1)!);
  }
}

function mergeSameThing(groups: Map<string, Group>): void {
  for (const set of SAME_THING) {
    const present = set.map(nameKey).filter((k) => groups.has(k));
    for (const k of present.slice(1)) merge(groups, k, present[0]!);
    if (present.length && PLACE_SETS.has(set[0]!)) groups.get(present[0]!)!.hints.push('place', 'place', 'place');
  }
}

/** "Putin" alone is the "Vladimir Putin" seen elsewhere, when only one full name ends so. */
function mergeSurnames(groups: Map<string, Group>): void {
  for (const [key, g] of [...groups]) {
    if (key.includes(' ') || !groups.has(key)) continue;
    const owners = [...groups.entries()].filter(
      ([k, o]) =>
        o !== g && k.includes(' ') && (k.endsWith(` ${key}`) || k.startsWith(`${key} `)) && kindOf(o) === 'person',
    );
    if (owners.length === 1) {
      merge(groups, key, owners[0]![0]);
      owners[0]![1].hints.push('person');
      continue;
    }
    // "Mrs Nowak" when Joanna, Tomasz and Zofia Nowak are all named: one of them, but which
    // the words do not say; a person of her own she is not.
    if (owners.length > 1 && kindOf(g) === 'person') {
      groups.delete(key);
      continue;
    }
    // "Ms Okonkwo-Smith" is a person, so the one full name ending in her surname is too.
    const named = [...groups.entries()].filter(([k, o]) => o !== g && k.endsWith(` ${key}`));
    if (named.length === 1 && kindOf(g) === 'person' && !ORG_WORDS.test([...named[0]![1].names.keys()][0]!)) {
      merge(groups, key, named[0]![0]);
      continue;
    }
    // "Halvorsen" after "Halvorsen Marine plc": a company's short name.
    const firms = [...groups.entries()].filter(
      ([k, o]) => o !== g && k.startsWith(`${key} `) && kindOf(o) === 'organisation',
    );
    if (owners.length === 0 && firms.length === 1) merge(groups, key, firms[0]![0]);
    // "Police" after "Northmoor Police", "Council" after "Ashworth District Council": the head noun alone.
    const heads = [...groups.entries()].filter(
      ([k, o]) => o !== g && k.endsWith(` ${key}`) && kindOf(o) === 'organisation',
    );
    const head = [...g.names.keys()][0]!;
    if (groups.has(key) && g.surfaces.size === 0 && ORG_WORDS.test(head) && !owners.length && heads.length === 1)
      merge(groups, key, heads[0]![0]);
  }
}

/**
 * "ISSG" is "International Support Group for Syria" when the initials agree anywhere in the article; when they do not,
 * the article may still define it, a name with the acronym in brackets after it, whose letters it takes in order
 * (`abbreviates`): "Cambodian Mine Action and Victim Assistance Authority (CMAA)". Then a sentence that says "the
 * CMAA's vice-president" is known by the authority's words too (`known-keys.ts`), and the two are one briefing card.
 */
function mergeAcronyms(groups: Map<string, Group>, paragraphs: Paragraph[]): void {
  const text = paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join('\n');
  const defines = (o: Group, acronym: string) =>
    [...o.names.keys()].some((n) => text.includes(`${n} (${acronym})`) && abbreviates(n, acronym));
  for (const [key, g] of [...groups]) {
    const name = [...g.names.keys()][0]!;
    if (!/^\p{Lu}{2,6}$/u.test(name)) continue;
    const spelt = [...groups.entries()].filter(([k]) => k.includes(' ') && initials(k.split(' ')) === key);
    const owners =
      spelt.length > 0 ? spelt : [...groups.entries()].filter(([k, o]) => k.includes(' ') && defines(o, name));
    if (owners.length === 1) merge(groups, key, owners[0]![0]);
  }
}

/** The sentences and paragraphs that name `forms` as whole words. */
function mentionsOf(forms: string[], paragraphs: Paragraph[]) {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${forms
      .map(escapeRegExp)
      .sort((a, b) => b.length - a.length)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'u',
  );
  return paragraphs.flatMap((p) => p.sentences.filter((s) => pattern.test(s.text)));
}

function toEntity(g: Group, paragraphs: Paragraph[]): DraftEntity {
  const names = [...g.names.entries()];
  // The canonical name: the longest non-acronym name (a full name beats a surname).
  const name = names
    .map(([n]) => n)
    .sort(
      (a, b) =>
        Number(/^[\p{Lu}.]+$/u.test(a)) - Number(/^[\p{Lu}.]+$/u.test(b)) ||
        b.split(' ').length - a.split(' ').length ||
        g.names.get(b)! - g.names.get(a)!,
    )[0]!;
  const kind = kindOf(g);
  const role = [...g.roles.entries()].sort(
    (a, b) => Number(b[0].includes(' ')) - Number(a[0].includes(' ')) || b[1] - a[1] || b[0].length - a[0].length,
  )[0]?.[0];
  const aliases = unique(
    [
      ...names.map(([n]) => n),
      ...g.surfaces,
      ...(role && kind === 'person' && isTitleAlias(role) ? [role] : []),
    ].filter((a) => nameKey(a) !== nameKey(name)),
  );
  const sentences = mentionsOf([name, ...names.map(([n]) => n), ...g.surfaces], paragraphs);
  const paragraphNumbers = unique(sentences.map((s) => s.paragraph)).sort((a, b) => a - b);
  const facts = sentences.slice(0, 15).map((s) => ({ text: s.text, paragraphs: [s.paragraph] }));
  return {
    id: '',
    name,
    kind,
    aliases,
    role,
    summary: sentences[0]?.text ?? name,
    facts,
    paragraphs: paragraphNumbers.length ? paragraphNumbers : [1],
    related: [],
  };
}

/** "the Russian President" cites the one person whose role that is, and becomes an alias. */
function attachRole(entities: DraftEntity[], mention: NameMention): void {
  const key = nameKey(mention.name);
  const owners = entities.filter(
    (e) => e.kind === 'person' && e.role && (nameKey(e.role) === key || nameKey(e.role).endsWith(` ${key}`)),
  );
  if (owners.length !== 1) return;
  const owner = owners[0]!;
  if (!owner.aliases.some((a) => nameKey(a) === key)) owner.aliases.push(mention.name);
  if (!owner.paragraphs.includes(mention.sentence.paragraph)) {
    owner.paragraphs = [...owner.paragraphs, mention.sentence.paragraph].sort((a, b) => a - b);
    owner.facts.push({ text: mention.sentence.text, paragraphs: [mention.sentence.paragraph] });
  }
}

function assignIds(entities: DraftEntity[]): void {
  const used = new Set<string>();
  for (const e of entities) {
    const base = slugify(e.name) || 'entity';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    e.id = id;
  }
}

/** Entities named in the same sentences, most often first (at most five). */
function addRelated(entities: DraftEntity[], paragraphs: Paragraph[]): void {
  const bySentence = new Map<string, string[]>();
  for (const e of entities) {
    for (const s of mentionsOf([e.name, ...e.aliases], paragraphs)) {
      const key = `${s.paragraph}.${s.index}`;
      bySentence.set(key, [...(bySentence.get(key) ?? []), e.id]);
    }
  }
  for (const e of entities) {
    const counts = new Map<string, number>();
    for (const ids of bySentence.values())
      if (ids.includes(e.id)) for (const id of ids) if (id !== e.id) counts.set(id, (counts.get(id) ?? 0) + 1);
    e.related = [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([id]) => id);
  }
}

/** A role that reads as a title people type ("Russian FM"), not a description. */
const isTitleAlias = (role: string) =>
  /^\p{Lu}/u.test(role) &&
  role.split(' ').length >= 2 &&
  role.split(' ').length <= 5 &&
  role.split(' ').every((w) => /^[\p{Lu}&]/u.test(w) || ['of', 'and'].includes(w));

const unique = <T>(xs: T[]) => [...new Set(xs)];
