/**
 * Amounts of money as news writes them. The model types "$5 million" and "500 euros" itself,
 * but not every currency: "150,000 pesos", "14 million soles" and "40,000 kronor" come out as
 * bare numbers, and "how much compensation" then finds no amount to answer with. A sign before
 * the number ("£4m") or a currency word after it (the lexicon's `currencies`) makes it money.
 */
import { GENERAL_LEXICON } from './lexicon/lexicon.ts';
import type { Token } from './nlp.ts';
import { foldKey, spanText, type Mention } from './reading.ts';

/** The scale written after an amount of money ("£60m", "$2 billion"), a stop after it when it ends the sentence. */
const SCALE = /^(m|bn|k|million|billion|thousand|trillion)\.?$/i;
/** Currency signs that make the number after them an amount of money. */
const CURRENCY = /^[£€$¥₹₽]$/;
/** Currency words written after an amount: "pesos", "kronor", "pence". */
const CURRENCY_WORDS = new Set(GENERAL_LEXICON.currencies ?? []);

interface Span {
  start: number;
  end: number;
  text: string;
}

/** "£18.4m", "$5k": the tokenizer leaves the scale a token of its own; without it a card would say "£18.4". */
export function withScale(tokens: readonly Token[], m: Mention): Mention {
  if (!/\d$/.test(m.text)) return m;
  const scale = SCALE.exec(tokens[m.end + 1]?.text ?? '')?.[1];
  if (!scale) return m;
  const text = `${m.text}${scale.length > 2 ? ' ' : ''}${scale}`;
  return { ...m, text, key: foldKey(text), end: m.end + 1 };
}

/**
 * Where the currency word after `end` is: right after it ("300 francs"), or after a name of one or
 * two words ("50 Swiss francs", "5 million Hong Kong dollars").
 */
function currencyWordAfter(tokens: readonly Token[], end: number): number | undefined {
  for (let i = end + 1; i <= end + 3 && i < tokens.length; i++) {
    if (CURRENCY_WORDS.has(tokens[i]!.text.toLowerCase())) return i;
    if (!/^\p{Lu}/u.test(tokens[i]!.text)) return undefined;
  }
  return undefined;
}

/** The money a number span the model typed `type` is, by the sign before it or the currency word after it. */
export function moneyAt(tokens: readonly Token[], span: Span, type: string): Mention | undefined {
  if (type !== 'number' && type !== 'duration') return undefined;
  // "£4 million": the model types the number (or, before a noun, "£14.2 million day" a
  // duration); the currency sign before it makes it money, of the number and its scale.
  const sign = tokens[span.start - 1]?.text ?? '';
  const amount = /^[\d.,]+(?:\s+(?:million|billion|bn|m|k|thousand|trillion))?/i.exec(span.text)?.[0];
  if (CURRENCY.test(sign) && amount) {
    const text = `${sign}${amount}`;
    const end = span.start + amount.split(/\s+/).length - 1;
    return withScale(tokens, { type: 'money', text, key: foldKey(text), start: span.start - 1, end });
  }
  const unit = type === 'number' ? currencyWordAfter(tokens, span.end) : undefined;
  if (unit === undefined) return undefined;
  const text = spanText(tokens, span.start, unit);
  return { type: 'money', text, key: foldKey(text), start: span.start, end: unit };
}
