/**
 * Words derived from one word, which the stemmer keeps apart ("consumed" consum / "consumption"
 * consumpt, "baker" / "bakery" bakeri, "define" / "definition"): one stem starts the other, or both
 * share all but the shorter's last letter, and the longer adds at most a suffix's length.
 */

/**
 * Least length of the shorter stem for two stems to be one word's derivations. 5 over 4 ("fail"
 * / "failur" meet, but so do "port" / "portion"): on SQuAD one more right, three more
 * unanswerable questions answered.
 */
export const STEM = 5;

/** Whether the key can have derivations at all: a plain word of at least `STEM` letters. */
export function derivable(key: string): boolean {
  return key.length >= STEM && /^[a-z]+$/.test(key);
}

/** Whether two different keys are derivations of one word. Both must be `derivable`. */
export function sameDerivation(a: string, b: string): boolean {
  if (a === b || a.charCodeAt(0) !== b.charCodeAt(0) || a.length < STEM || b.length < STEM) return false;
  const short = Math.min(a.length, b.length);
  let common = 0;
  while (common < short && a[common] === b[common]) common++;
  // Both share all but the shorter's last letter, so at least its first STEM - 1.
  if (common < STEM - 1 || common < short - 1 || Math.max(a.length, b.length) - common > 4) return false;
  return derivable(a) && derivable(b);
}
