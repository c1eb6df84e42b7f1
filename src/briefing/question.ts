/**
 * Reads a question: what kind of answer it wants (a date, a person, a place, a number, a
 * reason) and what it is about. The kind decides which sentences count as answering
 * ("when" wants a date in the sentence, "why" a cause), so a sentence that merely repeats
 * the question's words does not win over the one that answers it.
 */
import { fold } from '../knowledge/text.ts';
import { asksDestination, countedNoun } from './counts.ts';

export type QuestionKind = 'when' | 'where' | 'who' | 'why' | 'how-many' | 'how-long' | 'what' | 'yes-no' | 'other';

export interface Question {
  kind: QuestionKind;
  /** The question without its question words ("the Sochi meeting last"). */
  content: string;
  /** For "who is X" / "what is X" / "tell me about X": X. */
  subject?: string;
  /** "Who are the terrorists": the answer is whoever is described as X, not anyone nearby. */
  copular: boolean;
  /** Asked in the present ("where is Kerry now"): the article's current events, not past ones. */
  present: boolean;
  /** "What is Lukyanov's job", "what does Toner do": the role of the one entity named. */
  asksRole: boolean;
  /** Asked about the future ("when will…", "…next"): past events do not answer it. */
  future: boolean;
  /** "What did X say", "X's view", "according to X": the words naming the speaker X. */
  speaker?: string;
  /** "Tell me about X", "what was X like": the subject as a whole (an event by its words too). */
  describes?: boolean;
  /** "What time…", "at what hour…": a time of day, not only a date. */
  asksTime: boolean;
  /** "When did Kerry last see Putin": the latest such event before publication (see latest.ts). */
  latest: boolean;
  /** "Who said / spoke about / warned X": the answer is the speaker of the sentences about X. */
  asksSpeaker: boolean;
  /** "What is Kerry hoping to achieve", "Kerry's priority": what the entity will do or aims at. */
  goal: boolean;
  /** "What does Russia want instead…", "Russia's alternative", "what did Putin propose": a counter-proposal. */
  alternative?: boolean;
  /** "How long did the talks last", "how many hours did it take": a stated duration answers, not any period. */
  lasting?: boolean;
  /** "Who from the White House commented": the speaker must belong to this organisation. */
  from?: string;
  /** "How many countries…": only a sentence counting countries answers (see counts.ts). */
  counted?: string;
  /** "Where is Kerry going after Moscow": a destination other than the places named. */
  destination?: boolean;
}

const KINDS: [QuestionKind, RegExp][] = [
  ['how-many', /\bhow (many|much)\b|\bnumber of\b|\bhow often\b/],
  ['how-long', /\bhow long\b|\bduration\b/],
  ['when', /\bwhen\b|\bwhat (time|hour|date|day|month|year)\b|\bwhich (day|date|month|year)\b|\bon what date\b/],
  ['where', /\bwhere\b|\bwhat (place|city|country)\b|\bin which (city|country|place)\b/],
  ['why', /\bwhy\b|\bfor what reason\b|\bwhat (prevents|stops|keeps|is the reason|reason)\b|\bhow come\b/],
  ['who', /\bwho\b|\bwhom\b|\bwhose\b|\b(which|what) (person|people|officials?|ministers?|experts?|spokesman|groups?|organi[sz]ations?|countries|country|part(?:y|ies)|sides?)\b/],
  ['what', /\bwhat\b|\bwhich\b|\bhow\b|\bexplain\b|\bdescribe\b|\btell me\b/],
];

/** Question phrases whose words are about the form of the answer, not the topic. */
const QUESTION_PHRASES =
  /\b(how (many|much)( times)?|how long|how often|how come|what (time|hour|date|day|month|year|place|city|country)|which (day|date|month|year|city|country|place)|on what date|in which (city|country|place)|for what reason|number of|tell me( about)?|can you tell me|do you know|i('d| would) like to know|take place|took place|taking place|take part(?: in)?|took part(?: in)?|taking part(?: in)?|please|pls|plz|hey|briefbot)\b/gi;

/**
 * Words that place the question in time but name no topic ("where is Kerry now"): left in,
 * they match any sentence that happens to say "now".
 */
const TIME_FILLER = /\b(right now|just now|now|currently|presently|at the moment|at present|these days|nowadays|today|at this point)\b/gi;
const PRESENT = /^(?:so\s+|and\s+)?(?:where|when|who|what|what time|what day|which day)(?:'s|s|\s+is|\s+are)\b|\b(now|currently|presently|at the moment|at present|these days|nowadays|today)\b/i;
/** A question opening with an auxiliary asks yes or no ("did Lavrov meet Obama?"). */
const YES_NO = /^(?:so\s+|and\s+)?(did|does|do|is|are|was|were|will|would|has|have|had|can|could|should|shall|may|might)\b/i;
const FUTURE = /\b(will|next|upcoming|going to|gonna|shall)\b/i;
const COPULAR = /^(?:so\s+|and\s+)?who(?:'s|s|\s+is|\s+are|\s+was|\s+were)\b/i;
/** "job", "role", "position"… of someone; "what does X do (for a living)". */
const ROLE_WORDS = /\b(job|role|position|title|post|occupation|profession|function|do for a living|work as)\b/i;
/** "What's Turkey's role (in Syria)": a role when X has one, else X described as a whole. */
const ROLE_OF = /^(?:so\s+|and\s+)?what(?:'s|s|\s+is|\s+was)\s+(?:the\s+)?(.+?)(?:'s|s')\s+(?:role|part|involvement)(?:\s+in\s+.+)?$/i;
const ROLE_DO = /^(?:so\s+|and\s+)?what does (.+?) do(?: for a living)?$/i;

/** "Tell me about X", "describe X", "what was X like", "how did X go": X, described as a whole. */
const DESCRIBE = [
  /^(?:tell me about|what about|what'?s the deal with|what'?s up with|anything on|info on|brief me on|describe|give me an overview of|(?:give me\s+|what'?s\s+|what is\s+)?(?:the|a)\s+(?:gist|summary|rundown|overview)\s+of|summari[sz]e|sum up|recap|what'?s the story (?:with|on|behind))\s+(?:the\s+)?(.+?)$/i,
  /^(?:so\s+|and\s+)?(?:what|how)(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+|a\s+|an\s+)?(.+?)\s+like$/i,
  /^(?:so\s+|and\s+)?how\s+(?:did|was|were)\s+(?:the\s+)?(.+?\b(?:meeting|meetings|talks|conference|summit|visit|trip|agreement|negotiations))(?:\s+go)?$/i,
];
const DEFINITION = /^(?:so\s+|and\s+|ok\s+|hey\s+)?(?:who|what|wat)(?:'s|s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+|a\s+|an\s+)?(.+?)$/i;

/** Speech verbs of "what did X say/think…" and the slot that names X. */
const SAID_VERB = '(?:say|said|saying|mention|talk about|speak (?:about|of)|refer to|think|believe|claim|state|tell|told|reckon|argue|feel|suggest|propose|predict|report|announce|explain|comment|warn|insist|make of|react|respond|write|wrote)';
const SPEAKER: RegExp[] = [
  new RegExp(`^(?:so\\s+|and\\s+)?(?:what|who|whom|how|why|when|where|(?:which|what)\\s+\\w+)\\s+(?:did|does|do|has|have|had|would|will)\\s+(.+?)\\s+${SAID_VERB}\\b`, 'i'),
  /^(?:so\s+|and\s+)?(?:what(?:'s|s|\s+is|\s+was|\s+are|\s+were)|how(?:'s|\s+is|\s+was))\s+(?:the\s+)?(.+?)(?:'s?)?\s+(?:view|views|opinion|stance|position|line|take|thoughts|reaction|response|comments?|words|verdict|assessment)\b/i,
  /\baccording to\s+(.+?)$/i,
  // "What are the conflicting interests Lukyanov mentions": the speaker stands before the verb.
  /^(?:so\s+|and\s+)?(?:what|which)\b(.+?)\s+(?:mentions|mentioned|says|said|thinks|thought|believes|claims|claimed|talks about|talked about|refers to|referred to|speaks of|spoke of|warns about|warned about|cites|cited|points to|pointed to)\b/i,
];
/** "Who said…", "who spoke about…", "who warned…": the speaker is what is asked. */
const ASKS_SPEAKER =
  /^(?:so\s+|and\s+)?who(?:\s+(?:from|at|of)\s+(?:the\s+)?(.+?))?\s+(?:(?:has|have|had|did|does|do)\s+)?(?:said|says|say|spoke|speaks|speak|talked|talks|talk|mentioned|mentions|mention|warned|warns|warn|claimed|claims|claim|stated|states|state|commented|comments|comment|argued|argues|argue|suggested|suggests|suggest|believes|believe|thinks|think|described|describes|describe|called|calls|termed|terms|labell?ed|dubbed|branded|characteri[sz]ed|noted|notes|pointed out|reported|reports|explained|explains|predicted|predicts|expressed|raised|brought up|is quoted|was quoted)\b/i;
/** "Hoping to achieve", "goal", "priority", "what will X do/discuss": what someone means to do. */
const GOAL =
  /\b(?:hop(?:e|es|ing) to|aim(?:s|ing)? (?:to|at|for)|try(?:ing)? to|seek(?:s|ing)? to|want(?:s|ing)? to|intend(?:s|ing)? to|goals?|aims?|purpose|objectives?|priority|priorities|agenda|intentions?|achieve|accomplish|get out of)\b|^(?:so\s+|and\s+)?what will .+\s(?:do|discuss|talk about|raise|focus on|push for)\b/i;
/**
 * "What is the name of the Russian president", "what's the Russian president called",
 * "name the Russian president": the same question as "who is the Russian president".
 */
const NAME_OF: [RegExp, string][] = [
  [/^(?:so\s+|and\s+)?(?:what|whats|what's)(?:\s+is|\s+was)?\s+the\s+(?:full\s+|actual\s+)?name\s+of\s+(?:the\s+)?(.+)$/i, 'who is the $1'],
  [/^(?:so\s+|and\s+)?(?:what|whats|what's)(?:\s+is|\s+was)?\s+the\s+(.+?)(?:'s|s')\s+name$/i, 'who is the $1'],
  [/^(?:so\s+|and\s+)?(?:what|whats|what's)(?:\s+is|\s+was)?\s+the\s+(.+?)\s+called$/i, 'who is the $1'],
  [/^(?:please\s+)?name\s+the\s+(.+)$/i, 'who is the $1'],
];
/** "What role does the UN play", "how is the UN involved", "where does the UN come in": the UN described. */
const PART_PLAYED = [
  /^(?:so\s+|and\s+)?(?:what|which)\s+(?:role|part)\s+(?:does|did|do|will|is|are)\s+(?:the\s+)?(.+?)\s+(?:play|playing|have|having)$/i,
  /^(?:so\s+|and\s+)?how\s+(?:is|are|was|were)\s+(?:the\s+)?(.+?)\s+involved$/i,
  /^(?:so\s+|and\s+)?where\s+(?:does|do|did)\s+(?:the\s+)?(.+?)\s+come\s+in$/i,
];
/** "last", "most recent", "latest", "previous" as an ordering — not "last week" or "how long did it last". */
const LATEST = /\b(?:most recent(?:ly)?|latest|previous(?:ly)?|last)\b(?!\s+(?:week|month|year|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter)\b)/i;
/** Questions that ask for an alternative or a proposal. */
const ALTERNATIVE = /\b(?:instead|alternatives?|rather than|in place of|proposals?|propose[sd]?|counter-?proposals?)\b/i;
/** "…did the talks last / take / go on", "how many hours…": the length of something. */
const LASTING = /\b(?:last|take|go on|run)$|\bhow many (?:hours|minutes|days)\b|\bhow long (?:was|were|is)\b/i;
/** A sentence stating how long something lasted ("lasted nearly four hours", "a two-hour meeting"). */
export const DURATION = /\blast(?:ed|s|ing)?\b(?!\s+(?:week|month|year|night|time|weekend)\b)|\b(?:took|went on|ran|for)\s+(?:\w+\s+){0,2}(?:hours?|minutes?|days?|weeks?)\b|\b\w+-(?:hour|minute|day)\b/;
const TIME_OF_DAY = /\b(what|which|at what) (time|hour)\b|\bwhat o'?clock\b|\btime of day\b|\bhow early\b|\bstart(ing)? time\b/i;

/** Case is kept in `content` and `subject`: "US" is the country, "us" a pronoun. */
export function parseQuestion(raw: string): Question {
  const plain = raw.normalize('NFC').replace(/[‘’`´]/g, "'").replace(/[?!.]+\s*$/, '').replace(/\s+/g, ' ').trim();
  const named = NAME_OF.find(([p]) => p.test(plain));
  const q = named ? plain.replace(named[0], named[1]) : plain;
  const part = PART_PLAYED.map((p) => p.exec(q)?.[1]).find((x) => x !== undefined);
  if (part && part.split(' ').length <= 6) return partPlayed(part);
  const folded = fold(q);
  const kind = KINDS.find(([, pattern]) => pattern.test(folded))?.[0] ?? (YES_NO.test(q) ? 'yes-no' : 'other');
  const content = q.replace(QUESTION_PHRASES, ' ').replace(TIME_FILLER, ' ').replace(/\s+/g, ' ').trim();
  const speaker = SPEAKER.map((p) => p.exec(q)?.[1]).find((s) => s !== undefined);
  const from = ASKS_SPEAKER.exec(q)?.[1];
  const flags = {
    copular: COPULAR.test(q),
    present: PRESENT.test(q),
    asksRole: ROLE_WORDS.test(q) || ROLE_DO.test(q),
    future: FUTURE.test(q),
    asksTime: TIME_OF_DAY.test(q),
    latest: (kind === 'when' || kind === 'where') && !FUTURE.test(q) && LATEST.test(q),
    asksSpeaker: ASKS_SPEAKER.test(q),
    goal: kind === 'what' && GOAL.test(q),
    ...(speaker ? { speaker } : {}),
    ...(from ? { from } : {}),
    ...(kind === 'what' && ALTERNATIVE.test(q) ? { alternative: true } : {}),
    ...((kind === 'how-long' || kind === 'how-many') && LASTING.test(q) ? { lasting: true } : {}),
    ...(kind === 'how-many' && countedNoun(folded) ? { counted: countedNoun(folded) } : {}),
    ...(kind === 'where' && asksDestination(folded) ? { destination: true } : {}),
  };
  const described = [...DESCRIBE, ROLE_OF].map((p) => p.exec(q)?.[1]).find((x) => x !== undefined);
  const about = (described ?? DEFINITION.exec(q)?.[1])?.replace(TIME_FILLER, ' ').replace(/\s+/g, ' ').trim();
  if (!about || about.split(' ').length > 8) return { kind, content, ...flags };
  return { kind, content, subject: about, ...flags, ...(described ? { describes: true } : {}) };
}

/** "What role does X play": X described as a whole, the way "tell me about X" is. */
function partPlayed(subject: string): Question {
  const flags = { copular: false, present: false, asksRole: false, future: false, asksTime: false, latest: false, asksSpeaker: false, goal: false };
  return { kind: 'what', content: subject, subject, describes: true, ...flags };
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/** Does the sentence hold the kind of thing the question asks for? (Cases checked on folded text.) */
const CUES: Partial<Record<QuestionKind, RegExp>> = {
  when: new RegExp(
    `\\b(${MONTHS}|${WEEKDAYS}|(19|20)\\d\\d|last week|next year|this year|last year|next week|yesterday|today|tomorrow|recent(ly)?|prior to|after|before|on \\d{1,2})\\b`,
  ),
  'how-many': /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|once|twice|first|second|third|fourth|fifth|several|numerous|dozens?)\b/,
  'how-long': /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few|many)\s+(hours?|minutes?|days?|weeks?|months?|years?)\b|\blast(ed|s|ing)?\b|\bduration\b/,
  why: /\b(because|since|due to|prevents?|prevented|by way of explaining|explain(s|ed|ing)?|reasons?|so that|in order to|as a result|owing to|why|would have been)\b/,
};

/** What the pack says about a sentence, for the cues that text patterns cannot see. */
export interface CueFacts {
  /** Names a person or organisation the question did not name. */
  person: boolean;
  /** Names someone, though not as the question describes them (weaker than `person`). */
  someone: boolean;
  /** Names a place the question did not name (or, in a pack that lists no places, "in X"). */
  place: boolean;
  /** Holds the place of an event of its paragraph. */
  eventPlace: boolean;
  /** Holds the date phrase of a dated event of its paragraph. */
  dated: boolean;
}

/**
 * How well the sentence holds what the question asks for: 1 when it does, less when only
 * weaker evidence is there, `none` when nothing fits. Kinds without a cue always get 1.
 * `folded` is the sentence's text, already folded (see `foldedText`).
 */
export function cueFactor(kind: QuestionKind, folded: string, facts: CueFacts, none: number): number {
  switch (kind) {
    case 'who':
      return facts.person ? 1 : facts.someone ? 0.9 : none;
    case 'where':
      return facts.eventPlace ? 1 : facts.place ? 0.92 : none;
    case 'when':
      return facts.dated ? 1 : CUES.when!.test(folded) ? 0.95 : none;
    default: {
      const cue = CUES[kind];
      return !cue || cue.test(folded) ? 1 : none;
    }
  }
}
