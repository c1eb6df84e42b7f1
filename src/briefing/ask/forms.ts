/**
 * Question forms whose words only say how to answer, with the topic in one slot: "tell me
 * about X", "what's X's role", "what's the name of X", "what was X like". A form gives the
 * subject and, where it fixes one, the kind of answer; the frame then reads its terms from
 * the subject alone, so "tell", "name" or "gist" are never topic words. General English
 * constructions only: a form that exists for one article's sentence would be a defect.
 */
import type { Asks, Frame } from './frame.ts';

export interface QuestionForm {
  name: string;
  pattern: RegExp;
  /** The answer kind the form fixes; undefined keeps what the question word says. */
  asks?: Asks;
}

const THE = String.raw`(?:the\s+|an?\s+)?`;
/** Words that open a clause of their own inside a question's subject: a modal, "to", or a verb of speech or wish. */
const CLAUSE = 'will|would|can|could|should|might|must|to|say|says|said|think|thinks|want|wants|plan|plans|expect|hope';

export const FORMS: readonly QuestionForm[] = [
  {
    name: 'role-of',
    pattern: new RegExp(
      String.raw`^what(?:'s| is| was)\s+${THE}(.+?)'s?\s+(?:job|role|position|post|occupation|part|involvement)$`,
      'i',
    ),
    asks: 'describe',
  },
  {
    name: 'role-play',
    pattern: new RegExp(String.raw`^what (?:role|part) (?:does|did|do)\s+${THE}(.+?)\s+play(?:\s+in\s+.+)?$`, 'i'),
    asks: 'describe',
  },
  {
    name: 'involved',
    pattern: new RegExp(String.raw`^how (?:is|are|was|were)\s+${THE}(.+?)\s+involved$`, 'i'),
    asks: 'describe',
  },
  {
    name: 'does-do',
    // "What does Halvora do?", not "what does she say it will do?": the subject holds no verb of its own.
    pattern: new RegExp(
      String.raw`^what (?:does|did)\s+${THE}(?!.*\b(?:${CLAUSE})\b)(.+?)\s+do(?: for a living)?$`,
      'i',
    ),
    asks: 'describe',
  },
  {
    name: 'name-of',
    pattern: new RegExp(String.raw`^what(?:'s| is| was) the name of\s+${THE}(.+?)$`, 'i'),
    asks: 'person',
  },
  {
    name: 'named',
    // Chat leaves out the apostrophe ("whats the kitchen porters name") and adds which name ("the judge's first name").
    pattern: new RegExp(
      String.raw`^what(?:'s| is| was)\s+${THE}(.+?)` +
        String.raw`(?:(?:'s|s'?)\s+(?:(?:first|full|last|real)\s+|sur)?name|\s+called|\s+named)$`,
      'i',
    ),
    asks: 'person',
  },
  { name: 'name-the', pattern: new RegExp(String.raw`^name\s+${THE}(.+?)$`, 'i'), asks: 'person' },
  {
    name: 'gist',
    pattern: new RegExp(
      String.raw`^(?:give me\s+|what(?:'s| is)\s+)?(?:the\s+|a\s+)?` +
        String.raw`(?:gist|summary|rundown|overview|recap) of\s+${THE}(.+?)$`,
      'i',
    ),
    asks: 'describe',
  },
  {
    name: 'tell-about',
    pattern: new RegExp(
      String.raw`^(?:tell me about|about|what about|describe|explain|brief me on|sum up|summari[sz]e|recap` +
        String.raw`|give me an? (?:overview|summary) of)\s+${THE}(.+?)$`,
      'i',
    ),
    asks: 'describe',
  },
  {
    name: 'like',
    pattern: new RegExp(String.raw`^what (?:was|were|is|are)\s+${THE}(.+?)\s+like$`, 'i'),
    asks: 'describe',
  },
  { name: 'how-was', pattern: new RegExp(String.raw`^how (?:was|were)\s+${THE}(.+?)$`, 'i'), asks: 'describe' },
  { name: 'how-go', pattern: new RegExp(String.raw`^how did\s+${THE}(.+?)\s+go$`, 'i'), asks: 'describe' },
  {
    name: 'who-is',
    pattern: new RegExp(String.raw`^(?:who|what)(?:'s|\s+is|\s+are|\s+was|\s+were)\s+${THE}(.+?)$`, 'i'),
  },
];

/** Questions about the article as a whole: "what's the gist?", "give me a summary". */
export const ARTICLE_GIST = new RegExp(
  String.raw`^(?:what(?:'s| is) (?:this|it|this article|the article|the story|this story) about` +
    String.raw`|(?:give me\s+)?(?:the\s+|a\s+)?(?:gist|summary|rundown|overview|recap)` +
    String.raw`|what(?:'s| is) the (?:gist|story)|summari[sz]e(?: (?:this|it|the article|the story))?` +
    String.raw`|sum (?:it|this) up)$`,
  'i',
);

/** The time of asking at a subject's end ("inflation right now"): no part of what is asked about. */
const NOW_AFTER = /\s+(?:(?:right|just)\s+)?(?:now|currently|at the moment|these days|at present)$/i;
/** "What's on the land?" asks what is somewhere: a place, not a thing named, follows "is". */
const PLACE_FIRST = /^(?:on|in|at|under|inside|behind|near|above|below)\s/i;

/** The first form the question takes, with its subject (at most six words). */
export function formOf(text: string): { form: QuestionForm; subject: string } | undefined {
  const bare = text.replace(/[?!.\s]+$/, '').trim();
  for (const form of FORMS) {
    const m = form.pattern.exec(bare);
    // "What's inflation at right now?": the preposition left at the end asks a level, no part of the name.
    const subject = m?.[1]
      ?.trim()
      .replace(NOW_AFTER, '')
      .replace(/\s+(?:at|on|in|for|to|of)$/i, '');
    if (subject && !PLACE_FIRST.test(subject) && subject.split(/\s+/).length <= 6) return { form, subject };
  }
  return undefined;
}

const ARTICLE = /\b(this|the) (article|story|piece|report|text)\b|\bthe (source|headline)\b|\bwho wrote\b/i;

/** Words that only name the article or ask for its gist. */
const ARTICLE_WORDS = /^(?:article|story|stories|piece|report|text|gist|summary|summari[sz]e|about)$/i;

/**
 * Whether the question is about the article itself: its gist, source, author, headline or date. Its gist only when
 * the question has no other word: "so theres a trader in the story, wat does she sell" asks about the trader.
 */
export function aboutArticle(text: string, asks: Asks, words: readonly string[]): Frame['aboutArticle'] {
  if (ARTICLE_GIST.test(text.replace(/[?!.\s]+$/, ''))) return 'summary';
  if (!ARTICLE.test(text)) return undefined;
  if (/\b(source|published by|where .* from)\b/i.test(text)) return 'source';
  if (/\b(wrote|author|writer|by whom)\b/i.test(text)) return 'author';
  if (/\b(headline|title|called)\b/i.test(text)) return 'headline';
  if (asks === 'time') return 'published';
  if (words.some((w) => !ARTICLE_WORDS.test(w))) return undefined;
  return /\b(about|gist|summary|summarise|summarize|story)\b/i.test(text) ? 'summary' : undefined;
}
