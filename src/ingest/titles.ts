/**
 * An event's title as an editor would write it: the clause the date sits in, as subject +
 * verb + object, without the date words, the reporting frame ("X said that"), the
 * connective that joined it to the sentence ("and", "which") or what trails after the
 * object. "Shareholders will vote on the takeover on Thursday, the company said" becomes
 * "Shareholders will vote on the takeover". The clause comes from compromise (through
 * src/ingest/tense.ts); a clause without a verb falls back to the whole sentence.
 *
 * @example
 * eventTitle('Shareholders vote on the takeover on Thursday.', [{ start: 33, end: 44 }], 33)
 * // → 'Shareholders vote on the takeover'
 */
import nlp from 'compromise';
import { clauseTenses } from './tense.ts';
import { findTimes } from './times.ts';

interface Span {
  start: number;
  end: number;
}

const LEADING = new RegExp(
  String.raw`^(?:and|but|or|while|whereas|which|who|that|when|as|after|before|because|although|though|so|then|` +
    String.raw`where|since|until|if|meanwhile|however|also|yet|,|;|:|–|—|-)\s+`,
  'i',
);
const SAID = String.raw`said|says|announced|confirmed|added|stated|explained|noted|revealed|heard`;
const FRAME = new RegExp(
  String.raw`^.{0,80}?\b(?:told\s+[\w\s'’]{1,40}?\s+that\s+|` +
    String.raw`(?:${SAID}|told\s+(?:the\s+)?[\w'’]+)\s+(?:on\s+\w+\s+)?(?:that\s+)?)`,
  'i',
);
const SAYING = new RegExp(String.raw`^(.{0,80}?\b(?:${SAID}|told\s+[\w'’]+(?:\s+[\w'’]+)?))\b`, 'i');
const SPEAKER = String.raw`(?:he|she|they|it|the\s+\w+|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3})`;
const TRAILING_FRAME = new RegExp(
  String.raw`,?\s+(?:${SPEAKER}\s+(?:said|says|added|told\s+\S+)|(?:said|says|added)\s+.+|according to .+)$`,
  'u',
);
const CUT = new RegExp(
  String.raw`\s*(?:(?<!\d),|,(?!\d)|[;:(–—]|\s-\s|` +
    String.raw`\b(?:because|after|as|while|which|who|whereas|although|but|and then|following)\b)\s*`,
  'i',
);
const MAX_WORDS = 12;

/** The title for the date at `at` in `sentence`; `dates` are every date phrase found there. */
export function eventTitle(sentence: string, found: Span[], at: number): string | undefined {
  // Times of day ("at 10am") go with the date words.
  const dates = [...found, ...findTimes(sentence)];
  const clauses = clauseTenses(sentence);
  const clause = ownPart(sentence, clauses.clauseAt(at), at);
  const candidates = [clause, { start: 0, end: sentence.length }];
  // A clause that opens on its verb ("are due to commence") takes its subject from the one before.
  const own = tidy(sentence, clause, dates);
  if (own && firstVerbOffset(own) === 0 && clause.start > 0) {
    candidates.unshift({ start: clauses.clauseAt(clause.start - 1).start, end: clause.end });
  }
  for (const span of candidates) {
    const title = tidy(sentence, span, dates, true, at);
    if (title && hasVerb(title) && title.split(/\s+/).length >= 2) return title;
  }
  // A line without a verb (a fixture, a timetable entry) is its own title, minus the date.
  const line = tidy(sentence, { start: 0, end: sentence.length }, dates, false);
  return line && line.split(/\s+/).length >= 2 ? line : undefined;
}

/** "… reported a tanker missing and that police searched the home [date]": the conjoined part the date is in. */
function ownPart(sentence: string, span: Span, at: number): Span {
  const joints = [...sentence.slice(span.start, span.end).matchAll(/\s(?:and|but)\s+that\s|;\s/g)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }));
  const before = joints.filter((j) => j.end <= at).pop();
  const after = joints.find((j) => j.start >= at);
  return { start: before ? before.end : span.start, end: after ? after.start : span.end };
}

/** What may follow a date that ends its phrase: the end, punctuation or a capital, a verb or a conjunction. */
const PHRASE_ENDS = /^(?:\s*$|\s*[^\s\p{Ll}]|\s+(?:will|would|was|were|is|are|has|have|had|and|but)\b)/u;
/** A preposition right before a date, which goes with it. */
const PREPOSITION = /\b(?:for|on|in|at|by|from|until|since|during|of)\s+$/i;

function tidy(sentence: string, span: Span, dates: Span[], needVerb = true, at = -1): string | undefined {
  // "The company said on Monday that …": a date inside the reporting frame dates the saying.
  const frame = FRAME.exec(sentence.slice(span.start, span.end));
  const dateInFrame = frame !== null && at >= span.start && at < span.start + frame.index + frame[0].length;
  // Blank the date words (and quotation marks) inside the clause, keeping offsets.
  const text = sentence.slice(0, span.end).split('');
  for (const d of dates) {
    // "Tickets bought for [18 to 20 March] will be accepted": the preposition goes with its date,
    // when the date ends its phrase (not in "at [its 14 May] developer conference").
    const before = PHRASE_ENDS.test(sentence.slice(d.end)) ? PREPOSITION.exec(sentence.slice(0, d.start)) : null;
    for (let i = before ? before.index : d.start; i < Math.min(d.end, span.end); i++)
      if (i >= span.start) text[i] = ' ';
  }
  let t = text.join('').slice(span.start).replace(/["“”]/g, '');
  // "the company, [in 2026], lasted": the commas around a removed date go with it.
  t = t.replace(/,\s*,\s*(?=\p{Ll})/gu, ' ').replace(/,\s*,/g, ',');
  t = t
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  // Appositions of age and address ("Gareth Pimlott, 47, of Harrowgate Road, Selby,") are not the event.
  // A number written with thousands commas ("her, 6,400 services") is no age.
  t = t.replace(/,\s*(?:aged\s+)?\d{1,3},(?!\d)(?:\s*of\s+[^,]{1,40},(?:\s*\p{Lu}[\p{L}-]+,)?)?/u, '');
  t = t.replace(/^[,;:\s–—-]+/u, '');
  for (let i = 0; i < 3 && LEADING.test(t); i++) t = t.replace(LEADING, '');
  // "In a statement, the board said that …": an opening adverbial up to its comma goes (not the comma of "78,000").
  t = t.replace(
    /^(?:in|at|on|during|after|before|by|for|with|under|according to)\b(?:[^,]|(?<=\d),(?=\d)){0,60},(?!\d)\s*/i,
    '',
  );
  const framed = FRAME.exec(t);
  if (dateInFrame) t = SAYING.exec(t)?.[1] ?? t;
  else if (framed && hasVerb(t.slice(framed[0].length))) t = t.slice(framed[0].length);
  t = t.replace(TRAILING_FRAME, '');
  const verbAt = needVerb ? firstVerbOffset(t) : 0;
  if (verbAt === undefined) return undefined;
  // Past the verb, the object ends at the first comma or subordinate clause.
  const afterVerb = needVerb ? verbAt + (/^\S+/.exec(t.slice(verbAt))?.[0].length ?? 0) : 0;
  const cut = CUT.exec(t.slice(afterVerb));
  if (cut) t = t.slice(0, afterVerb + cut.index);
  const words = t.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const out = words
    .join(' ')
    .replace(/[\s,.;:!?'’-]+$/u, '')
    .replace(/\s+(?:on|in|at|by|from|to|of|the|a|an|and|for|until|since)$/i, '');
  return out ? out.charAt(0).toUpperCase() + out.slice(1) : undefined;
}

function firstVerbOffset(text: string): number | undefined {
  // A capitalised "verb" inside a line is a name compromise misread ("Harbour Park").
  const verbs = (nlp(text).verbs().json({ offset: true }) as { text: string; offset: { start: number } }[]).filter(
    (v) => v.offset.start === 0 || !/^\p{Lu}/u.test(v.text),
  );
  return verbs[0]?.offset.start ?? /\b(?:is|are|was|were|be|been)\b/i.exec(text)?.index;
}

const hasVerb = (text: string) => firstVerbOffset(text) !== undefined;
