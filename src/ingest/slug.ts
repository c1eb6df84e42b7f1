import { plainLetters } from '../knowledge/plain-letters.ts';

/** Slugs for ids: "Sergey Lavrov" → "sergey-lavrov", "Foreign & Defense" → "foreign-defense". */
export function slugify(text: string, maxWords = 8): string {
  return plainLetters(text)
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}
