/**
 * Answers read off a pack's own knowledge rather than ranked sentences, for questions
 * about a whole thing the pack knows: an event ("when is the New York meeting" → its
 * resolved date, place and sentence), the article itself (published, source, author,
 * headline, gist). Each applies only when the question's terms point at the thing
 * clearly; everything else goes through the ranked pipeline.
 */
import { card, list, quote, reply, text, type Block, type Reply } from '../../core/reply.ts';
import { formatEventDate } from '../../knowledge/event-dates.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import type { EventReading, ReadingIndex } from '../../knowledge/reading-index.ts';
import { foldKey, type Reading } from '../../knowledge/reading.ts';
import { packSource } from '../answer-card.ts';
import { citation } from '../evidence.ts';
import type { Frame } from './frame.ts';
import { questionNames } from './question-names.ts';
import type { WeightedTerm } from './retrieve.ts';
import { byCodePoint } from '../../knowledge/text.ts';
import { isOrdinal } from '../../knowledge/untyped.ts';

/** Share of the question's weight an event's own words must hold. */
const EVENT_COVERAGE = 0.6;
/** The best event must lead the next one by this much, or the question is not about one event. */
const EVENT_MARGIN = 0.15;

/**
 * "When / where is <event>", "what was <event> like": the event as the pack dates it. A plain
 * "what" or "how" question is left to the ranked sentences, even when an event's title shares
 * its words: "what's on the mosaic floor" asks no date ("the fragments go on display in spring
 * 2028"). On the tuned sets such cards were right 8 times and wrong or unasked for 18.
 */
export function eventAnswer(
  index: ReadingIndex,
  frame: Frame,
  terms: readonly WeightedTerm[],
  vetoed: (reading: Reading) => boolean = () => false,
  recentArticle?: string,
): Reply | undefined {
  if (!['time', 'place', 'describe'].includes(frame.asks) || terms.length === 0) return undefined;
  // "When did Kerry first meet Putin?": an ordinal tells events of one kind apart, however common the word.
  const heaviest = Math.max(...terms.map((t) => t.weight));
  const weight = (t: WeightedTerm) => (isOrdinal(t.word.toLowerCase()) ? heaviest : t.weight);
  const total = terms.reduce((sum, t) => sum + weight(t), 0);
  // An event holding none of the question's words scores at most the tense bonus: never the best, never close.
  const scored = index
    .eventsWith(terms.flatMap((t) => [t.key, ...t.related]))
    .filter((e) => fitsTense(e, frame.tense))
    .map((e) => ({
      e,
      share: terms.filter((t) => holds(e, t)).reduce((sum, t) => sum + weight(t), 0) / total + tenseBonus(e, frame),
    }))
    .sort((a, b) => b.share - a.share);
  const [best, next] = scored;
  if (!best || best.share < EVENT_COVERAGE || (next && best.share - next.share < EVENT_MARGIN)) return undefined;
  // "When did X happen" needs the event's own date; a question about anything else of it
  // (what was it like) falls back to the ranked sentences unless it asks for a place.
  const { pack, event } = best.e;
  // Another story's event than the conversation's: the ranked sentences, which prefer the conversation's, answer.
  if (recentArticle && pack.id !== recentArticle) return undefined;
  if (frame.asks === 'time' && !event.date) return undefined;
  // "A meteorite came down in Uruguay, where did it land?": a place the question names is no answer to it.
  if (frame.asks === 'place' && (!event.place || questionNames(frame.folded, event.place))) return undefined;
  const paragraph = event.paragraphs[0]!;
  // An event may be told across paragraphs ("the Sochi meeting … It lasted nearly four hours").
  const across = index.ofPack(pack.id).filter((r) => event.paragraphs.includes(r.sentence.paragraph));
  const own = across.filter((r) => r.sentence.paragraph === paragraph);
  const phrase = foldKey(event.phrase);
  const told = own.find((r) => foldKey(r.sentence.text).includes(phrase)) ?? own[0];
  // The sentence that tells the event says the opposite, or of someone else: no answer from it.
  if (told && vetoed(told)) return undefined;
  const sentence = told?.sentence;
  // A "when" or "where" card is headed by the answer; a card about the whole event lists both.
  const facts: string[] = [];
  if (frame.asks !== 'time' && frame.asks !== 'place') {
    facts.push(`When: ${formatEventDate(event)} (the article says “${event.phrase}”)`);
    if (event.place) facts.push(`Where: ${event.place}`);
  }
  const blocks: Block[] = facts.length > 0 ? [list(facts)] : [];
  // Asked for a clock time the article does not give: say so rather than imply one.
  if (frame.wantsHour && event.precision !== 'time')
    blocks.unshift(text(`The article gives the date, not the time: ${formatEventDate(event)}.`));
  if (sentence) blocks.push(quote(sentence.text, citation(pack, sentence.paragraph, sentence.text)));
  else blocks.push(text(event.summary));
  // A question about the whole event also gets the next sentence that tells of it.
  const more = frame.asks === 'time' || frame.asks === 'place' ? undefined : nextTelling(across, told, best.e);
  if (more) blocks.push(quote(more.sentence.text, citation(pack, more.sentence.paragraph, more.sentence.text)));
  // The headline is the answer asked for; a question about the whole event is headed by it.
  const title =
    frame.asks === 'time'
      ? `When: ${formatEventDate(event)}`
      : frame.asks === 'place'
        ? `Where: ${event.place}`
        : event.title;
  const c = card({
    kind: 'answer',
    title,
    blocks,
    citations: [citation(pack, sentence?.paragraph ?? paragraph)],
    source: packSource(pack),
  });
  const reading = own.find((r) => r.sentence === sentence);
  const ids = [...event.participants, ...(reading?.entities ?? [])];
  const names = ids.map((id) => pack.data.entities.find((e) => e.id === id)?.name ?? id);
  const topics = [...new Set([event.title, ...names])].slice(0, 4);
  return { ...reply(c), confidence: best.share, topics, article: pack.id };
}

/** A past question is about an event before publication, a future one about one after. */
function fitsTense({ pack, event }: EventReading, tense: Frame['tense']): boolean {
  if (!event.date) return true;
  const published = pack.data.published;
  const day = event.date.slice(0, published.length);
  if (tense === 'past') return day <= published;
  if (tense === 'future') return day >= published.slice(0, day.length);
  return true;
}

/**
 * "When is X" leans to an event not yet over at publication, without ruling out the rest:
 * for "when is Kerry meeting Putin" by more than the margin one event must lead by, since
 * a present "when" is about what is coming ("meeting" also names the Kerry–Putin meetings of
 * 2013 and May); other present questions only lean.
 */
function tenseBonus({ pack, event }: EventReading, frame: Frame): number {
  if (frame.tense !== 'present' || !event.date) return 0;
  const published = pack.data.published;
  const coming = event.date.slice(0, published.length) >= published.slice(0, event.date.length);
  return coming ? (frame.asks === 'time' ? 2 * EVENT_MARGIN : 0.1) : 0;
}

/** Whether a sentence holds at least two of the event's own words. */
function sharesKeys(terms: readonly string[], e: EventReading): boolean {
  return new Set(terms.filter((k) => e.keys.includes(k))).size >= 2;
}

/** The next sentence that goes on telling the event (two of its words at least), the nearest after the first. */
function nextTelling(across: readonly Reading[], first: Reading | undefined, e: EventReading): Reading | undefined {
  const from = first?.at ?? 0;
  const distance = (r: Reading) => (r.at > from ? r.at - from : across.length + from - r.at);
  return across.filter((r) => r !== first && sharesKeys(r.terms, e)).sort((a, b) => distance(a) - distance(b))[0];
}

function holds(e: EventReading, t: WeightedTerm): boolean {
  return e.keys.includes(t.key) || t.related.some((k) => e.keys.includes(k));
}

/** "When was this article published", "what's the source", "who wrote this", "the headline". */
export function articleAnswer(kb: KnowledgeBase, frame: Frame): Reply | undefined {
  if (frame.aboutArticle === 'summary' && kb.packs.length > 1) return articlesOverview(kb);
  if (!frame.aboutArticle || kb.packs.length !== 1) return undefined;
  const pack = kb.packs[0]!;
  const { data } = pack;
  const lines: Record<NonNullable<Frame['aboutArticle']>, string> = {
    published: `Published ${formatEventDate({ date: data.published, precision: 'day' } as never)}.`,
    source: `Source: ${data.source}.`,
    author: `The pack names no author; the source is ${data.source}.`,
    headline: `The headline: ${data.title}`,
    summary: data.summary,
  };
  const blocks: Block[] = [text(lines[frame.aboutArticle])];
  if (frame.aboutArticle === 'summary') blocks.push(list(data.keyPoints.slice(0, 5).map((k) => k.text)));
  const c = card({
    kind: 'answer',
    title: data.title,
    blocks,
    citations: [citation(pack, 1)],
    source: packSource(pack),
  });
  return { ...reply(c), confidence: 1 };
}

/** "What's the gist?" with several articles loaded: each one's title and summary, newest first. */
function articlesOverview(kb: KnowledgeBase): Reply {
  const packs = [...kb.packs].sort((a, b) => byCodePoint(b.data.published, a.data.published)).slice(0, 5);
  const items = packs.map((p) => `${p.data.title} (${p.data.published}): ${p.data.summary}`);
  const more =
    kb.packs.length > packs.length
      ? [text(`…and ${kb.packs.length - packs.length} more: /brief sources lists them all.`)]
      : [];
  const c = card({
    kind: 'answer',
    title: 'The articles in the briefing',
    blocks: [list(items), ...more],
    citations: packs.map((p) => citation(p, 1)),
  });
  return { ...reply(c), confidence: 1 };
}
