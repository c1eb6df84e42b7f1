/**
 * Answers read straight off the curated pack rather than found by ranking sentences:
 * "what is Lukyanov's job" (the entity's role, with the sentence that states it) and
 * "when was this article published" / "what's the source" / "who wrote this" (the pack's
 * metadata). Both only fire when the question holds nothing else; anything more goes
 * through the ranked answer, so these never stand in for a real question.
 */
import { card, list, paragraphMarks, quote, reply, text, type Block, type Citation, type Reply } from '../core/reply.ts';
import type { KnowledgeBase, LoadedPack } from '../knowledge/knowledge-base.ts';
import type { Entity } from '../knowledge/schema.ts';
import { fold, terms } from '../knowledge/text.ts';
import type { Sentence } from '../knowledge/article.ts';
import { short } from './brief.ts';
import type { Concept } from './concepts.ts';
import { resolvedDate } from './dates.ts';
import { packSource, UNSURE, UNSURE_BELOW } from './answer-card.ts';
import { citation, citations, mentioningSentences, sentenceTerms } from './evidence.ts';
import type { Question } from './question.ts';

/** Words of a role question that are about the form of the answer ("job", "role"…). */
const ROLE_TERMS = new Set(terms('job role position title post occupation profession function living work'));

/** "What is Toner's role": the one person or organisation named, and nothing else asked. */
export function roleAnswer(q: Question, wanted: Concept[], question: string): Reply | undefined {
  if (!q.asksRole) return undefined;
  const entities = wanted.flatMap((c) => (c.type === 'entity' ? c.matches : []));
  const others = wanted.filter((c) => c.type === 'term' && !ROLE_TERMS.has(c.term));
  const ids = new Set(entities.map((m) => `${m.pack.id}/${m.entity.id}`));
  const match = entities[0];
  if (!match || ids.size !== 1 || others.length > 0 || !['person', 'organisation'].includes(match.entity.kind)) return undefined;
  const { pack, entity } = match;
  const lead = entity.role ? `${entity.name} — ${entity.role}.` : entityLead(entity);
  const sentence = bestSentence(pack, mentioningSentences(pack, entity), entity.role ?? entity.summary);
  return factCard(entity.name, question, lead, pack, sentence);
}

/**
 * "Mark Toner — US State Department spokesman.": the role said once, in its curated
 * spelling, with whatever the summary adds around it.
 */
export function entityLead(e: Entity): string {
  const summary = e.summary.trim().replace(/\.$/, '');
  if (!e.role) return `${e.name} — ${summary.replace(/^(The|A|An) /, (m) => m.toLowerCase())}.`;
  const at = summary.toLowerCase().indexOf(e.role.toLowerCase());
  if (at >= 0) {
    const before = summary.slice(0, at).trim();
    const head = /^(the|a|an)?$/i.test(before) ? '' : `${before} `;
    return `${e.name} — ${head}${e.role}${summary.slice(at + e.role.length)}.`;
  }
  const roleTerms = new Set([...terms(e.role), ...terms(e.name)]);
  const adds = terms(summary).filter((t) => !roleTerms.has(t));
  return adds.length <= 1 ? `${e.name} — ${e.role}.` : `${e.name} — ${e.role}. ${summary}.`;
}

/**
 * An answer card headed with what it is about, the article named once on its source line,
 * doubt in words when the match is weak. (`_question` is kept for the callers' sake: the
 * card no longer repeats the question.)
 */
export function factCard(
  title: string,
  _question: string,
  lead: string,
  pack: LoadedPack,
  quoted?: Sentence | Sentence[],
  score = 1,
): Reply {
  const sentences = quoted === undefined ? [] : Array.isArray(quoted) ? quoted : [quoted];
  const blocks: Block[] = [text(lead)];
  for (const sentence of sentences) blocks.push(quote(sentence.text, citation(pack, sentence.paragraph, sentence.text)));
  const c = card({
    kind: 'answer',
    title: short(title, 100),
    blocks,
    citations: sentences.map((sentence) => citation(pack, sentence.paragraph, sentence.text)),
    source: packSource(pack),
    ...(score < UNSURE_BELOW ? { caution: UNSURE } : {}),
  });
  return { ...reply(c), topics: [title] };
}

/** The sentence sharing most words with `about` (at least `least`); the earliest on a tie. */
export function bestSentence(pack: LoadedPack, sentences: Sentence[], about: string, least = 0): Sentence | undefined {
  const wanted = new Set(terms(about));
  let best: Sentence | undefined;
  let bestScore = least - 1;
  for (const s of sentences) {
    const have = sentenceTerms(pack, s);
    const score = [...wanted].filter((t) => have.has(t)).length;
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return best;
}

type MetaField = 'published' | 'source' | 'title' | 'author' | 'overview';

const META: [MetaField, RegExp][] = [
  // "What's the story?", "summarise the article", "what is this about": the pack's summary and key points.
  ['overview', /\b(what'?s the story|what is the story|what'?s (this|it|the article|the story|the piece) about|what is (this|it|the article|the story|the piece) about|summari[sz]e|sum (it |this )?up|summary|gist|overview|tl ?;? ?dr|main points|key points|what happened)\b/],
  ['author', /\b(who wrote|who (is|was) the (author|writer|journalist|reporter)|author|byline|written by|who is it by|who's it by)\b/],
  ['published', /\b(published|publication|date of (the|this) (article|piece|story)|when was (this|it|the article|the piece|the story) (written|out|released)|how old is (this|the) (article|piece|story))\b/],
  ['source', /\b(source|outlet|publication|publisher|website|site|where is (this|it) from|where does (this|it) come from)\b/],
  ['title', /\b(title|headline)\b/],
];

/** Words a question about the article itself may hold besides the field it asks for. */
const META_WORDS = new Set(
  terms(
    'summary summarise summarize sum up gist overview give me the of a main key points tldr tl dr about happened happen so ok article piece story report briefing text this it source sources outlet publication publisher website site published publish date day written wrote write author writer journalist reporter byline title headline released old come from who when what where which name',
  ),
);

/** "When was this article published?", "what's the source?", "who wrote this": the pack's own facts. */
export function metaAnswer(kb: KnowledgeBase, question: string): Reply | undefined {
  const folded = fold(question).replace(/[?!.]+$/, '');
  const field = META.find(([, pattern]) => pattern.test(folded))?.[0];
  if (!field || terms(folded).some((t) => !META_WORDS.has(t)) || kb.packs.length === 0) return undefined;
  if (field === 'overview') return overview(kb, question);
  const lines = kb.packs.map((p) => (kb.packs.length > 1 ? `“${p.data.title}”: ` : '') + metaLine(p, field));
  return aboutTheArticles(kb, question, [text(lines.join('\n'))], [], 'from the article metadata');
}

/** Each article's summary, then its key points with their paragraphs. */
function overview(kb: KnowledgeBase, question: string): Reply {
  const blocks: Block[] = kb.packs.flatMap((p) => [
    text((kb.packs.length > 1 ? `“${p.data.title}”: ` : '') + p.data.summary),
    ...(p.data.keyPoints.length > 0 ? [list(p.data.keyPoints.map((k) => `${k.text} (${paragraphMarks(k.paragraphs)})`))] : []),
  ]);
  const cited = kb.packs.flatMap((p) => citations(p, p.data.keyPoints.flatMap((k) => k.paragraphs)));
  return aboutTheArticles(kb, question, blocks, cited, 'from the curated summary and key points');
}

/** An answer about the articles themselves: titled with the article (or "the articles"), named once. */
function aboutTheArticles(
  kb: KnowledgeBase,
  _question: string,
  blocks: Block[],
  cited: Citation[],
  footer: string,
): Reply {
  const one = kb.packs.length === 1 ? kb.packs[0]! : undefined;
  const title = one ? short(one.data.title, 100) : 'The articles in the briefing';
  const source = one ? { source: packSource(one) } : {};
  return reply(card({ kind: 'answer', title, blocks, citations: cited, footer, ...source }));
}

function metaLine(pack: LoadedPack, field: Exclude<MetaField, 'overview'>): string {
  const d = pack.data;
  const published = resolvedDate(d.published, 'day');
  switch (field) {
    case 'published':
      return `Published ${published}, by ${d.source}.`;
    case 'source':
      return `Source: ${d.source} (published ${published}).`;
    case 'title':
      return `Title: “${d.title}” (${d.source}, ${published}).`;
    case 'author':
      return `The article names no author; it comes from ${d.source} (published ${published}).`;
  }
}
