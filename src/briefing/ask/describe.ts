/**
 * "Who is X", "what is X", "tell me about X" when X is an entity of a pack: the pack's own
 * knowledge answers (the role as the headline, the sentence that introduces X quoted with
 * its ¶), which is better than any sentence that merely repeats the name.
 */
import { card, quote, reply, text, type Reply } from '../../core/reply.ts';
import { nameSimilarity } from '../../knowledge/fuzzy.ts';
import type { KnowledgeBase, TopicMatch } from '../../knowledge/knowledge-base.ts';
import { foldKey } from '../../knowledge/reading.ts';
import { packSource } from '../answer-card.ts';
import { citation } from '../evidence.ts';
import { capitalise } from './card.ts';
import type { Frame } from './frame.ts';

/** How close the subject must be to an entity's name (fuse.js score, 1 exact). */
const SAME_NAME = 0.85;

export function describeAnswer(kb: KnowledgeBase, frame: Frame, recentArticle?: string): Reply | undefined {
  if (!frame.subject || !kb.reading) return undefined;
  const subject = foldKey(frame.subject.replace(/'s$/, ''));
  // "What's the guy's name?": a word that only says "a person" names no one, though a name may begin with it ("Guy").
  const { lexicon } = kb.reading;
  if (lexicon.isLight(subject) && lexicon.answerType(subject) === 'person') return undefined;
  const extra = capitalisedExtra(frame.subject);
  const matches = kb
    .findTopics(frame.subject, 6)
    .filter(
      (m): m is EntityMatch =>
        m.type === 'entity' &&
        m.score >= SAME_NAME &&
        m.entity.kind !== 'theme' &&
        (readings(subject).some((asked) => named(m.entity, asked, extra)) ||
          (m.evidence.field === 'role' && endsLike(foldKey(m.evidence.text), subject))),
    );
  const first = inConversation(matches, recentArticle);
  if (!first) return undefined;
  // "Who's the council leader?" when two articles each have one: both, each with its article.
  const byRole = first.evidence.field === 'role';
  const chosen =
    byRole && !recentArticle
      ? matches.filter(
          (m, i) =>
            m.evidence.field === 'role' &&
            m.score >= first.score - SAME_ROLE &&
            matches.findIndex((o) => o.pack.id === m.pack.id) === i,
        )
      : [first];
  const told = chosen.slice(0, 3).flatMap((m) => {
    const introduced = kb
      .reading!.ofPack(m.pack.id)
      .find((r) => r.entities.includes(m.entity.id) && r.mentions.some((x) => x.entity === m.entity.id));
    return introduced ? [{ match: m, sentence: introduced.sentence }] : [];
  });
  if (told.length === 0) return undefined;
  const { pack, entity } = told[0]!.match;
  const c = card({
    kind: 'answer',
    title: told.length === 1 ? entity.name : capitalise(frame.subject),
    blocks: told.flatMap(({ match, sentence: s }) => [
      text(`${match.entity.name} — ${match.entity.role ?? match.entity.summary.replace(/\.$/, '')}.`),
      quote(s.text, citation(match.pack, s.paragraph, s.text)),
    ]),
    citations: told.map(({ match, sentence: s }) => citation(match.pack, s.paragraph, s.text)),
    // One article: its source line; several: each quote names its own.
    ...(told.length === 1 ? { source: packSource(pack) } : {}),
  });
  const article = told.length === 1 ? { article: pack.id } : {};
  return { ...reply(c), confidence: first.score, topics: told.map((t) => t.match.entity.name), ...article };
}

type EntityMatch = Extract<TopicMatch, { type: 'entity' }>;

/**
 * The match that answers in the asker's conversation. Asked "who's the judge?" about a story, the
 * judge is that story's: its holder of the role, or none here (the ranked sentences, which prefer
 * the conversation's story, answer then). A name ("who is Lavrov?") may point to another story.
 */
function inConversation(matches: readonly EntityMatch[], recentArticle: string | undefined): EntityMatch | undefined {
  const first = matches[0];
  if (!recentArticle || !first) return first;
  // Every match is close to the subject already (SAME_NAME): the conversation's story's is the one meant.
  const own = matches.find((m) => m.pack.id === recentArticle);
  if (own) return own;
  return first.evidence.field === 'role' ? undefined : first;
}

/** Another article's holder of the role answers too when its match is this close to the best. */
const SAME_ROLE = 0.05;

/**
 * The role ends with the subject's words, a typo allowed ("russian foriegn minister"); "leader of
 * the council" is read as "council leader" too, in the role and in the question.
 */
function endsLike(role: string, subject: string): boolean {
  return readings(subject).some((asked) =>
    readings(role).some((r) => {
      const tail = r.split(' ').slice(-asked.split(' ').length).join(' ');
      return tail === asked || nameSimilarity(asked, tail) >= SAME_NAME;
    }),
  );
}

/** "leader of the council" and "council leader". */
function readings(words: string): string[] {
  const of = /^(.+?) of (?:the )?(.+)$/.exec(words);
  return [words, ...(of ? [`${of[2]} ${of[1]}`] : [])];
}

/**
 * The subject is the entity's name or alias, or that with one more capitalised word (a
 * first name or a title: "Sergey Lavrov", "FM Lavrov"); "the Sochi meeting" is not Sochi.
 */
function named(entity: { name: string; aliases: string[] }, subject: string, extra: boolean): boolean {
  return [entity.name, ...entity.aliases].some((n) => {
    const key = foldKey(n);
    return (
      key === subject ||
      sameWords(key, subject) ||
      (extra && subject.includes(key) && subject.split(' ').length === key.split(' ').length + 1)
    );
  });
}

/** As many words, each the same or one typo away ("russian foriegn minister"). */
function sameWords(key: string, subject: string): boolean {
  return key.split(' ').length === subject.split(' ').length && nameSimilarity(subject, key) >= SAME_NAME;
}

/** Whether every word of the subject is capitalised (a name, not "the Sochi meeting"). */
function capitalisedExtra(subject: string): boolean {
  return subject.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
}
