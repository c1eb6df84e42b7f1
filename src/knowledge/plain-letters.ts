/**
 * Letters as a keyboard without them types them: "Valparaíso" is "Valparaiso", "Brøndby" "Brondby". Every key
 * that folds text (index keys, lexicon keys, slugs, entity and curated-name keys) starts from it.
 */

/** Letters Unicode does not decompose into a plain letter and a mark: "Brøndby" is typed "Brondby". */
const OWN_LETTERS: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
};

const OWN_LETTER = new RegExp(`[${Object.keys(OWN_LETTERS).join('')}]`, 'g');

/** The text in plain letters, as a keyboard without them types it: "Valparaíso" is "Valparaiso", "Maxsø" "Maxso". */
export function plainLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(OWN_LETTER, (c) => OWN_LETTERS[c]!);
}

/** Acronyms written with full stops ("U.S.", "U.K."): folded as written without them ("US", "UK"). */
const DOTTED = /(?<!\p{L})(?:\p{L}\.){2,}/gu;

/**
 * Lower case without diacritics, "U.S." as "us": how mentions and names are compared. Every other mark is a space
 * ("Lee's" is "lee s").
 */
export function foldKey(text: string): string {
  const lower = (text.includes('.') ? text.replace(DOTTED, (m) => m.replaceAll('.', '')) : text).toLowerCase();
  // Most text is ASCII: skip the Unicode normalisation it does not need.
  if (!/[^\x00-\x7f]/.test(lower)) return lower.replace(/[^a-z0-9]+/g, ' ').trim();
  return plainLetters(lower)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
