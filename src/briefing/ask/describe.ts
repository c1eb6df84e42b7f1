/**
 * "Who is X", "what is X", "tell me about X" when X is an entity of a pack: the pack's own
 * knowledge answers (the role as the headline, the sentence that introduces X quoted with
 * its ¶), which is better than any sentence that merely repeats the name.
 */
import { card, quote, reply, text, type Reply } from '../../core/reply.ts';
import { nameSimilarity } from '../../knowledge/fuzzy.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { foldKey } from '../../knowledge/reading.ts';
import { packSource } from '../answer-card.ts';
import { citation } from '../evidence.ts';
import type { Frame } from './frame.ts';

/** How close the subject must be to an entity's name (fuse.js score, 1 exact). */
const SAME_NAME = 0.85;

export function describeAnswer(kb: KnowledgeBase, frame: Frame): Reply | undefined {
  if (!frame.subject || !kb.reading) return undefined;
  const subject = foldKey(frame.subject.replace(/'s$/, ''));
  const extra = capitalisedExtra(frame.subject);
  const match = kb
    .findTopics(frame.subject, 3)
    .find(
      (m) =>
        m.type === 'entity' &&
        m.score >= SAME_NAME &&
        m.entity.kind !== 'theme' &&
        (named(m.entity, subject, extra) ||
          (m.evidence.field === 'role' && endsLike(foldKey(m.evidence.text), subject))),
    );
  if (!match || match.type !== 'entity') return undefined;
  const { pack, entity } = match;
  const introduced = kb.reading
    .ofPack(pack.id)
    .find((r) => r.entities.includes(entity.id) && r.mentions.some((m) => m.entity === entity.id));
  if (!introduced) return undefined;
  const s = introduced.sentence;
  const c = card({
    kind: 'answer',
    title: entity.name,
    blocks: [
      text(`${entity.name} — ${entity.role ?? entity.summary.replace(/\.$/, '')}.`),
      quote(s.text, citation(pack, s.paragraph, s.text)),
    ],
    citations: [citation(pack, s.paragraph, s.text)],
    source: packSource(pack),
  });
  return { ...reply(c), confidence: match.score, topics: [entity.name] };
}

/** The role ends with the subject's words, a typo allowed ("russian foriegn minister"). */
function endsLike(role: string, subject: string): boolean {
  const tail = role.split(' ').slice(-subject.split(' ').length).join(' ');
  return tail === subject || nameSimilarity(subject, tail) >= SAME_NAME;
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
