/**
 * Candidate names in one sentence, cleaned. Two generators feed it: runs of capitalised
 * words (which catch what a tagger misses: "Institute of Oriental Studies", "Jaish
 * al-Islam", "G20") and compromise's part-of-speech tags (which say who is a person or a
 * place). Neither is clean on its own, so this file is mostly the cleaning: possessives and
 * trailing punctuation go, titles ("US Secretary of State", "FM", "President") become a
 * role instead of part of the name, and a capitalised sentence opener that is an ordinary
 * word ("However", "During") is dropped.
 */
import nlp from 'compromise';
import type { Sentence } from '../knowledge/article.ts';
import { STOP_WORDS } from '../knowledge/text.ts';
import {
  isPersonNoun,
  isPlaceHead,
  isInstitutionWord,
  isServiceNoun,
  ORG_WORDS,
  organisationBefore,
  personByClause,
  roleAfter,
  roleBefore,
} from './roles.ts';
import { joinDefinedAcronyms } from './acronyms.ts';
import { cleanToken, CONNECTORS, DOTTED, POST_NOMINALS, splitTitle, TITLES } from './name-titles.ts';
import { relatives, sharedSurnames, type NameToken } from './relatives.ts';
import { isDemonym, isOpener } from './word-classes.ts';

export type KindHint = 'person' | 'place' | 'organisation' | 'group' | 'agreement';

export interface NameMention {
  /** The name as written, cleaned ("Sergey Lavrov"). */
  name: string;
  /** The full surface, title included ("Russian FM Sergey Lavrov"). */
  surface: string;
  role?: string;
  /** A title without a name ("the Russian President"): a role that may point at a person. */
  roleOnly?: boolean;
  hints: KindHint[];
  sentence: Sentence;
  /** From a headline-like line: only used to cite entities found in the body. */
  weak: boolean;
  /** One word opening the sentence ("Ferry operator …"): capitalised for grammar's sake only, perhaps. */
  initial: boolean;
}

/** Lower-case job words that, right before a name, are its role ("White House spokesman"). */
const ROLE_WORDS =
  'spokesman|spokeswoman|spokesperson|minister|secretary|president|chairman|chairwoman|director|expert|analyst|' +
  'envoy|ambassador|leader|official|correspondent|editor|professor|chief|head|adviser|advisor|commander|mayor|' +
  'governor|senator|researcher|economist|scientist|historian|lawyer|judge|executive|founder|manager|coach|' +
  'captain|deputy';
const ROLE_BEFORE = new RegExp(`((?:(?:[A-Z][\\w.&’'-]*|of|and|&)\\s+){0,5}(?:${ROLE_WORDS})),?\\s+$`);
const ROLE_AFTER = new RegExp(
  `^\\s*(?:,|–|—|-)\\s*((?:an?|the)\\s+(?:[\\w'’-]+\\s+){0,2}(?:${ROLE_WORDS})\\b[^,.;–—]{0,80}` +
    `|(?:[A-Z][\\w'’-]*\\s+){0,3}(?:${TITLES.filter((t) => !t.includes('.')).join('|')})\\b[^,.;–—]{0,80})`,
);
const ROLE_FROM = /^\s+(from\s+(?:the\s+)?[^,.;–—]{3,80})/;
const MONTHS_DAYS = new RegExp(
  '^(January|February|March|April|May|June|July|August|September|October|November|December' +
    '|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?' +
    '|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$',
);

type Token = NameToken;

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
const isCap = (t: string) => /^\p{Lu}/u.test(t) || /^(al|ash|as|ad|el|an|ibn|bin)-\p{Lu}/u.test(t);

/** Tags compromise gives each word of the sentence, by its offset in the sentence. */
export function tagsByOffset(text: string): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const sentence of nlp(text).json({ offset: true, terms: { offset: true } }) as {
    terms: { offset: { start: number }; tags: string[] }[];
  }[]) {
    for (const term of sentence.terms) map.set(term.offset.start, term.tags);
  }
  return map;
}

/** "Prosecutor Wilbur Fenn": a capitalised role noun opening a run is a role, not a name. */
function splitRoleNoun(split: { role?: string; name: string[] }, firstTags: string[] | undefined) {
  if (split.role || firstTags?.includes('ProperNoun')) return split;
  // "Detective Sergeant Owen Caddick", "Police Inspector Martin Crowe": every leading role
  // noun belongs to the role, and so does a public service's name before one.
  let n = 0;
  let person = false;
  while (n < split.name.length - 1 && (isPersonNoun(split.name[n]!) || isServiceNoun(split.name[n]!))) {
    person ||= isPersonNoun(split.name[n]!);
    n++;
  }
  const rest = split.name.slice(n);
  // "Lister Hall" is a building, not a lister called Hall.
  if (n === 0 || !person || isPlaceHead(rest[rest.length - 1]!)) return split;
  return { role: split.name.slice(0, n).join(' '), name: rest };
}

/**
 * "Professor Alan Whitcroft of the University of Leeds" is a person and an organisation:
 * a run is cut at "of" when what comes before it is a titled or tagged person's name.
 */
function splitAffiliation(
  run: Token[],
  tags: Map<number, string[]>,
  affiliated: Set<Token[]>,
  bodies: Set<Token[]>,
): Token[][] {
  const at = run.findIndex((t, i) => i >= 2 && t.text === 'of');
  if (at < 0) return [run];
  const before = run.slice(0, at);
  // "Vice Minister of Health Gao Qiang": a title's portfolio, then the name; `splitTitle` cuts the run whole.
  if (TITLES.includes(cleanToken(before[before.length - 1]!.text))) return [run];
  const last = tags.get(before[before.length - 1]!.start) ?? [];
  const titled = TITLES.includes(cleanToken(before[0]!.text)) || isPersonNoun(before[0]!.text);
  // "Siân Llewellyn of the Friends of …": two or three plain names, then "of the" and a body.
  const body = run
    .slice(at + 1)
    .map((t) => t.text)
    .join(' ');
  const ofThe =
    (run[at + 1]?.text === 'the' || ORG_WORDS.test(body)) &&
    before.length <= 3 &&
    !before.some((t) => isInstitutionWord(cleanToken(t.text)));
  if (ofThe && !titled && !last.includes('Person')) affiliated.add(before);
  else if (!titled && !last.includes('Person')) return [run];
  const after = run.slice(at + 1);
  while (after.length && CONNECTORS.has(after[0]!.text)) after.shift();
  bodies.add(after);
  return after.length ? [before, after] : [before];
}

/** Heads of names that a possessive may precede ("St Luke's Hospital", "King's College"). */
const INSTITUTIONS = new RegExp(
  '^(Hospital|College|School|Church|Cathedral|Chapel|Park|Street|Square|Road|Bridge|Market|Hall' +
    '|Centre|Center|Academy|Infirmary|Abbey)$',
);

/** An initial inside a name ("V. Narayanan", "George W. Bush"). */
const INITIAL = /^\p{Lu}\.$/u;
/** A title with a full stop ("Sen.") or an initial: the name goes on after it. */
const keepsRun = (token: string): boolean => DOTTED.has(token) || INITIAL.test(token);
/** A capitalised word that is no stop word goes on with a name ("C. Then" is a sentence the splitter kept whole). */
const nameGoesOn = (next: string): boolean => isCap(next) && !STOP_WORDS.has(next.toLowerCase());

/** The first words of the titles ("Judge", "Prime" of "Prime Minister"). */
const TITLE_HEADS = new Set(TITLES.map((t) => t.split(' ')[0]!));
const titled = (t: Token): boolean => TITLE_HEADS.has(cleanToken(t.text));

/** "anything I have seen", "I'd been an idiot": the one capitalised pronoun names no one. */
const SELF = /^I(?:['’](?:d|m|ll|ve))?$/;
/** Every candidate name in the sentence, cleaned, with hints about its kind. */
export function findNames(sentence: Sentence, weak: boolean): NameMention[] {
  const text = sentence.text;
  const tags = tagsByOffset(text);
  const tokens: Token[] = [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && CONNECTORS.has(run[run.length - 1]!.text)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  tokens.forEach((tok, i) => {
    const gap = i > 0 ? text.slice(tokens[i - 1]!.end, tok.start) : '';
    const joined =
      (/^\s+(?:&\s+)?$/.test(gap) && (!/[.]$/.test(run[run.length - 1]?.text ?? '') || keepsRun(run.at(-1)!.text))) ||
      /^(\p{L}\.){2,}$/u.test(run[run.length - 1]?.text ?? '');
    if (run.length && !joined) flush();
    if (isCap(tok.text) && !MONTHS_DAYS.test(cleanToken(tok.text))) run.push(tok);
    else if (run.length && CONNECTORS.has(tok.text)) run.push(tok);
    else flush();
    // "St Luke's Hospital": a possessive founder's name inside an institution's name.
    const institution = /['’]s$/u.test(tok.text) && INSTITUTIONS.test(tokens[i + 1]?.text ?? '');
    const dotted =
      /^(\p{L}\.){2,}$/u.test(tok.text) ||
      (run.at(-1) === tok &&
        (DOTTED.has(tok.text) || (INITIAL.test(tok.text) && nameGoesOn(tokens[i + 1]?.text ?? ''))));
    if (/['’]s$|[.]$/u.test(tok.text) && !dotted && !institution) flush();
  });
  flush();
  const out: NameMention[] = [];
  const firstWord = tokens.find((t) => !/^\p{P}/u.test(t.text));
  // The sentence's first word, or a quote's ('… added: "It is not why we lost."').
  const opensClause = (t: Token) => t === tokens[0] || /(?:^|[:,])\s*["“‘]?\s*$/u.test(text.slice(0, t.start));
  // "X of the Y" split in two: X is a person by that; what follows the whole run is about X, not Y.
  const affiliated = new Set<Token[]>();
  const bodies = new Set<Token[]>();
  const split = joinDefinedAcronyms(runs, tokens, text).flatMap((run) =>
    splitAffiliation(run, tags, affiliated, bodies),
  );
  for (const name of [...sharedSurnames(split, text, tags, isOpener), ...relatives(text)]) {
    out.push({ name, surface: name, hints: ['person', 'person'], sentence, weak, initial: false });
  }
  for (let r of split) {
    const ofBody = affiliated.has(r);
    const isBody = bodies.has(r);
    // "Judge Harold Penrose said …": a title opening the sentence is the name's, though it reads as a verb.
    while (
      r.length &&
      opensClause(r[0]!) &&
      !(r.length > 1 && titled(r[0]!)) &&
      isOpener(r[0]!.text, tags.get(r[0]!.start))
    )
      r = r.slice(1);
    while (r.length && CONNECTORS.has(r[0]!.text)) r = r.slice(1);
    if (!r.length) continue;
    while (r.length > 1 && POST_NOMINALS.has(cleanToken(r[r.length - 1]!.text))) r = r.slice(0, -1);
    // "a PhD candidate": honours alone name no one.
    if (r.length === 1 && POST_NOMINALS.has(cleanToken(r[0]!.text))) continue;
    const words = r.map((t) => cleanToken(t.text)).filter(Boolean);
    let { role, name: nameWords } = splitRoleNoun(splitTitle(words), tags.get(r[0]!.start));
    // "Residents of Holmby": people of a place (a plural, unlike "King of France"), no title of it.
    if (role && /^\p{Lu}\p{Ll}+s$/u.test(role) && CONNECTORS.has(nameWords[0] ?? ''))
      [role, nameWords, r] = [undefined, nameWords.slice(1), r.slice(r.length - nameWords.length + 1)];
    const slice = (from: Token, to: Token) => cleanToken(text.slice(from.start, to.end).replace(/\s+/g, ' '));
    const surface = slice(r[0]!, r[r.length - 1]!);
    const name = nameWords.length ? [slice(r[r.length - nameWords.length]!, r[r.length - 1]!)] : [];
    const hints: KindHint[] = [];
    const termTags = r.slice(words.length - nameWords.length).flatMap((t) => tags.get(t.start) ?? []);
    if (name.length === 0) {
      if (role && !/^\p{Ll}/u.test(role))
        out.push({ name: role, surface, role, roleOnly: true, hints: ['person'], sentence, weak, initial: false });
      continue;
    }
    let nameText = name[0]!;
    const leading = leadingPlace(nameWords);
    if (leading) {
      out.push({ name: leading, surface: leading, hints: ['place'], sentence, weak, initial: false });
      nameText = nameText.slice(leading.length).trim();
    }
    if (/^\p{Ll}/u.test(nameText) || SELF.test(nameText) || (!nameText.includes(' ') && isDemonym(termTags, nameText)))
      continue;
    const before = text.slice(0, r[0]!.start);
    const after = text.slice(r[r.length - 1]!.end).replace(/^['’]s?/u, '');
    let fullRole = role;
    const prefix = ROLE_BEFORE.exec(before);
    const lowerRole = prefix || role ? undefined : roleBefore(before);
    const apposition = roleAfter(after);
    if (prefix && !role) fullRole = prefix[1]!.trim();
    else if (prefix && role && /^\s*$/.test(text.slice(prefix.index + prefix[0].length, r[0]!.start)))
      fullRole = `${prefix[1]} ${role}`;
    else if (lowerRole) fullRole = lowerRole;
    // A role or an apposition is stronger evidence than a tagger's guess: two votes.
    if (role || prefix || lowerRole || apposition.person) hints.push('person', 'person');
    if (termTags.includes('Person') || ofBody) hints.push('person');
    // "St Peter's campus", "Saint Mary": a saint's name names a church, a school or a place.
    if (/^(?:St|Saint)\.?\s/.test(nameText)) hints.push('place', 'place');
    // "Kerry-Ann Bailey, 41, from Stanthorpe, whose sons …": after a preposition, "whose" may be the person's before.
    // "Dolores Fuentes, 72, of Cranston, who …": after an age, "of"/"from" gives an address, and "who" her.
    const address = /,\s*\d{1,3},\s+(?:of|from)\s+$/.test(before);
    if (address) hints.push('place', 'place');
    const governed =
      address || (/\b(?:from|in|at|of|near|to|on)\s+(?:the\s+)?$/i.test(before) && /^\s*,\s*whose\b/.test(after));
    for (let n = isBody || governed ? 0 : personByClause(after, before); n > 0; n--) hints.push('person');
    if (termTags.some((t) => ['Place', 'Country', 'City', 'Region'].includes(t))) hints.push('place');
    if (termTags.includes('Organization')) hints.push('organisation');
    if (organisationBefore(before)) hints.push('organisation', 'organisation');
    // "on Skye", "in Leeds": a preposition of place outweighs a tagger's first-name guess; "to"/"from" less so.
    const preposition = /\b(in|on|to|from|at|near|across|inside|outside)\s+(?:the\s+)?$/i.exec(before)?.[1];
    if (preposition && !/\baccording to\s+$/i.test(before) && nameWords.length <= 2) {
      hints.push('place');
      if (!/^(?:to|from)$/i.test(preposition)) hints.push('place');
    }
    if (!fullRole && hints.includes('person'))
      fullRole = (ROLE_AFTER.exec(after)?.[1] ?? apposition.role ?? ROLE_FROM.exec(after)?.[1])?.trim();
    // "Councillor Bethan Morrow, the leader of the council": the apposition says more than a one-word title.
    else if (apposition.role && fullRole && !fullRole.includes(' ')) fullRole = apposition.role;
    out.push({
      name: nameText,
      surface,
      role: fullRole,
      hints,
      sentence,
      weak,
      initial: r[0] === firstWord && r.length === 1,
    });
  }
  return out;
}

/** "Paris Climate Change (conference)": a city or country leading a longer run is a place of its own. */
function leadingPlace(name: string[]): string | undefined {
  if (
    name.length < 2 ||
    new RegExp(
      String.raw`\b(Times|Post|News|University|Airport|Street|Square|City|Island|Islands|River|Lake` +
        String.raw`|Agreement|Accords?|Treaty|Protocol|Ministry|Council|Government|Police|Army)\b`,
    ).test(name.join(' '))
  )
    return undefined;
  const tags = nlp(name[0]!).json()[0]?.terms[0]?.tags ?? [];
  if (!tags.includes('City') && !tags.includes('Country')) return undefined;
  const whole = nlp(name.join(' ')).json()[0]?.terms ?? [];
  return whole.length > 1 && whole.every((t: { tags: string[] }) => t.tags.includes('Place')) ? undefined : name[0];
}
