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
