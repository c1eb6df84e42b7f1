/**
 * The tense of the clause a date phrase sits in: it decides which December "in December"
 * is. News mixes tenses within one sentence ("the vote, which shareholders approved in
 * May, will be held in December"), so the sentence is cut into clauses and each date
 * takes the tense of its own clause: a future marker there (will, is due to, is expected
 * to, plans, scheduled…) makes it future; otherwise the verb that governs the phrase
 * (the nearest one before it in the clause, else the first after) gives the tense, as
 * compromise tags it. Present tense in news is mostly the scheduled present ("shareholders
 * vote on Thursday"), which callers treat as leaning forward.
 *
 * @example
 * clauseTenses('It said on Monday the vote will be held in December.').at(35) // → 'future'
 */
import nlp from 'compromise';

export type Tense = 'past' | 'present' | 'future' | 'unknown';

/**
 * Words that put a clause in the future whatever its main verb: the modal future, the
 * scheduled future ("is due to", "is set to", "is expected to"), intentions, and the
 * future in reported speech ("said it would").
 */
const FUTURE = new RegExp(
  String.raw`\b(will|won't|shall|would|due|plans?|planned to|planning|intends?|intended to|aims? to|hopes? to|` +
    String.raw`(?:is|are|was|were) to|going to|expected to|scheduled|set to|upcoming|forthcoming|` +
    String.raw`to be held|to take place|` +
    String.raw`to begin|to start|to open|to close|to end|to run)\b|'ll\b`,
  'i',
);

/** Verbs that report speech: their own tense says when it was said, not when things happen. */
const REPORTING = new RegExp(
  String.raw`\b(said|says|told|tells|announced|confirmed|added|stated|reported|wrote|noted|explained|declared|` +
    String.raw`revealed|warned|argued)\b`,
  'i',
);

/** Words that open a reported or subordinate clause inside the clause compromise gave. */
const SUBORDINATE = /\b(?:that|whether|which|who)\b/i;

interface Span {
  start: number;
  end: number;
}
interface VerbSpan extends Span {
  tense: Tense;
}

interface CompromiseJson {
  text: string;
  offset: { start: number; length: number };
  verb?: { grammar?: { tense?: string; form?: string; isInfinitive?: boolean } };
}

const TENSES = new Map<string, Tense>([
  ['PastTense', 'past'],
  ['PresentTense', 'present'],
  ['FutureTense', 'future'],
]);

/** Past forms the tagger sometimes reads as infinitives ("We had rain …"). */
const PAST_FORMS = new Set(['had', 'was', 'were', 'did']);

function verbTense(v: CompromiseJson): Tense {
  if (PAST_FORMS.has(v.text.trim().toLowerCase())) return 'past';
  const grammar = v.verb?.grammar;
  if (!grammar || grammar.isInfinitive || grammar.form === 'infinitive' || grammar.form === 'gerund') return 'unknown';

  return TENSES.get(grammar.tense ?? '') ?? 'unknown';
}

export interface ClauseTenses {
  /** The tense governing the phrase that starts at `offset`. */
  at(offset: number): Tense;
  /** The clause around `offset`, as offsets into the sentence. */
  clauseAt(offset: number): Span;
}

/** Reads the sentence once; each date phrase then asks for its own tense. */
export function clauseTenses(sentence: string): ClauseTenses {
  const doc = nlp(sentence);
  const clauses: Span[] = (doc.clauses().json({ offset: true }) as CompromiseJson[]).map((c) => ({
    start: c.offset.start,
    end: c.offset.start + c.offset.length,
  }));
  const verbs: VerbSpan[] = (doc.verbs().json({ offset: true }) as CompromiseJson[])
    .map((v) => ({ start: v.offset.start, end: v.offset.start + v.offset.length, tense: verbTense(v) }))
    .filter((v) => v.tense !== 'unknown')
    // "…, taking the total to …", "reported him missing": a bare -ing form is a participle, of no tense.
    .filter((v) => !/^\p{L}+ing\b/u.test(sentence.slice(v.start, v.end).trim()))
    // "the revised timetable": a participle after a determiner is an adjective, not the clause's verb.
    .filter(
      (v) =>
        !(
          /^\S+$/.test(sentence.slice(v.start, v.end).trim()) &&
          /\b(?:the|a|an|its|his|her|their|our|your|my)\s+$/i.test(sentence.slice(0, v.start))
        ),
    );
  const hasVerb = (c: Span) => verbs.some((v) => v.start >= c.start && v.end <= c.end);
  // compromise also cuts before prepositions ("is expected to last | until June"): a
  // clause without a verb joins the one before it, or after a comma the one after it.
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    if (hasVerb(c)) continue;
    const prev = clauses[i - 1];
    const next = clauses[i + 1];
    if (prev && !/,\s*$/.test(sentence.slice(prev.start, prev.end))) {
      prev.end = c.end;
      clauses.splice(i--, 1);
    } else if (next) {
      next.start = c.start;
      clauses.splice(i--, 1);
    }
  }
  const clauseAt = (offset: number): Span =>
    clauses.find((c) => offset >= c.start && offset < c.end) ?? { start: 0, end: sentence.length };
  return {
    clauseAt,
    at(offset) {
      const clause = clauseAt(offset);
      const all = verbs.filter((v) => v.start >= clause.start && v.end <= clause.end);
      const reports = (v: VerbSpan) => REPORTING.test(sentence.slice(v.start, v.end));
      // "said on Monday it will…": a future after the reporting verb is not the phrase's,
      // and the saying is what "on Monday" dates when the phrase follows the verb directly.
      const reported = all.filter((v) => v.end <= offset && reports(v)).pop();
      if (reported && /^\s*(?:\w+\s+)?$/.test(sentence.slice(reported.end, offset))) return reported.tense;
      // "said a further strike on 23 December would follow": the reported clause's verb governs.
      const inClause = all.filter((v) => !reports(v));
      const before = inClause.filter((v) => v.end <= offset);
      const from = reported ? reported.end : clause.start;
      // A phrase that opens its clause takes the clause up to a subordinate "that" ("On Sunday he
      // had predicted | that they would hold on"): what the prediction says is not when it was made.
      const firstVerb = inClause.find((v) => v.start >= offset);
      const cut = firstVerb ? SUBORDINATE.exec(sentence.slice(firstVerb.end, clause.end)) : null;
      const end = cut ? firstVerb!.end + cut.index : clause.end;
      const lead = sentence.slice(from, before.length ? offset : end);
      // "question him about a pay award agreed in April": a past verb of its own, right
      // before the phrase, outranks a future earlier in the clause ("due to be heard" does not).
      const own = before[before.length - 1];
      const inGroup = /\b(?:be|been|being|to|will|would|shall)\s+$/i.test(sentence.slice(from, own?.start ?? 0));
      if (own?.tense === 'past' && !inGroup) {
        if (!FUTURE.test(sentence.slice(own.end, offset))) return 'past';
      }
      if (FUTURE.test(lead)) return 'future';
      // Past the clause compromise cut ("…strike on 23 December | would follow"): the next verb.
      if (reported && inClause.length === 0) {
        const next = verbs.find((v) => v.start >= offset && !reports(v));
        if (next) return FUTURE.test(sentence.slice(offset, next.end)) ? 'future' : next.tense;
      }
      const governing = governingVerb(inClause, offset) ?? governingVerb(all, offset) ?? governingVerb(verbs, offset);
      return governing?.tense ?? 'unknown';
    },
  };
}

/** The nearest verb before the phrase, else the first after it. */
function governingVerb(verbs: VerbSpan[], offset: number): VerbSpan | undefined {
  const before = verbs.filter((v) => v.end <= offset);
  return before[before.length - 1] ?? verbs.find((v) => v.start >= offset);
}
