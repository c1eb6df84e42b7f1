/**
 * Curated wins over draft: when a machine-drafted pack and a curated pack both know the
 * same entity (a shared normalised name or alias), the curated entity ranks first, with at
 * least the draft's score, because a person checked it. Everything else keeps its order.
 */
import type { TopicMatch } from './knowledge-base.ts';
import { plainLetters } from './plain-letters.ts';

const key = (name: string) =>
  plainLetters(name)
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const names = (m: TopicMatch) => (m.type === 'entity' ? [m.entity.name, ...m.entity.aliases].map(key) : []);

export function preferCurated(matches: TopicMatch[]): TopicMatch[] {
  const out = [...matches];
  for (let i = 0; i < out.length; i++) {
    const draft = out[i]!;
    if (draft.type !== 'entity' || draft.pack.data.origin !== 'machine') continue;
    const draftNames = new Set(names(draft));
    const j = out.findIndex(
      (m, k) =>
        k > i && m.type === 'entity' && m.pack.data.origin === 'curated' && names(m).some((n) => draftNames.has(n)),
    );
    if (j < 0) continue;
    const [curated] = out.splice(j, 1);
    out.splice(i, 0, { ...curated!, score: Math.max(curated!.score, draft.score) });
  }
  return out;
}
