/**
 * Cleans text that people send before anything else reads it: control characters and
 * binary junk are dropped, Unicode is normalised, and what is left must contain something
 * readable. Length limits are the options' business (a short, clear refusal), not a cut.
 */
import { UserError } from './errors.ts';

/** The longest message the bot reads at all, whatever the command. */
export const MAX_INPUT_LENGTH = 4_000;

/** Removes control characters (keeping newline and tab), folds runs of spaces, trims. */
export function cleanText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFFD]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Clean text, refusing input that is too long or has nothing readable in it. */
export function readableText(raw: string, what = 'message', maxLength = MAX_INPUT_LENGTH): string {
  const text = cleanText(raw);
  if (text.length > maxLength) {
    throw new UserError(
      'bad-input',
      `That ${what} is too long (${text.length.toLocaleString('en')} characters); ` +
        `keep it under ${maxLength.toLocaleString('en')}.`,
    );
  }
  if ((text.length > 0 || raw.trim().length > 0) && !/[\p{L}\p{N}]/u.test(text)) {
    throw new UserError('bad-input', `I couldn't read that ${what}: send words, not symbols or binary data.`);
  }
  return text;
}
