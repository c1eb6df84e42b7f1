/**
 * Amounts of money as news writes them. The model types "$5 million" and "500 euros" itself,
 * but not every currency: "150,000 pesos", "14 million soles" and "40,000 kronor" come out as
 * bare numbers, and "how much compensation" then finds no amount to answer with. A sign before
 * the number ("£4m") or a currency word after it (the lexicon's `currencies`) makes it money, and so does a
 * country's own sign written before it ("MK126,000", "KSh 4,000": `currency-signs.json`, from CLDR).
 */
import signs from './lexicon/currency-signs.json' with { type: 'json' };
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

/** The signs countries write before an amount (scripts/build-currency-signs.mjs); "KSh" is written "Ksh" too. */
const SIGNS = new Set<string>(signs);
const MIXED_CASE = new Set(signs.filter((s) => /\p{Lu}/u.test(s) && /\p{Ll}/u.test(s)).map((s) => s.toLowerCase()));
const isSign = (text: string) => SIGNS.has(text) || MIXED_CASE.has(text.toLowerCase());
/** A sign and the first digits in one token, as the tokenizer leaves "MK126" of "MK126,000". */
const GLUED = /^(\D{1,4}?)(\d[\d,]*)$/u;

/** The country's sign an amount is written after ("MK" of "MK126,000", "KSh" of "KSh 4,000"), if any. */
export function signOf(text: string): string | undefined {
  const sign = /^(\D{1,4}?)\s?\d/u.exec(text)?.[1];
  return sign !== undefined && isSign(sign) ? sign : undefined;
}

/**
 * Amounts after a country's sign: "MK126,000", "P600", "KSh 4,000", "R1.2 billion". The model leaves them a name
 * ("MK126") and a number ("000"); without them "how much will the minimum wage be?" finds no sum in the sentence
 * that gives it. A lone letter is a sign only before a sum of three figures or a scale ("P600", not "G7" or "K2").
 */
export function prefixedMoney(tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text;
    const glued = GLUED.exec(word);
    const apart = isSign(word) && /^\d[\d,]*$/.test(tokens[i + 1]?.text ?? '');
    if (!(glued && isSign(glued[1]!)) && !apart) continue;
    let end = apart ? i + 1 : i;
    let text = apart ? `${word} ${tokens[i + 1]!.text}` : word;
    // "MK126" "," "000", "R1" "." "2": the figures the tokenizer split off.
    while (/^[,.]$/.test(tokens[end + 1]?.text ?? '') && /^\d+(?:bn|m|k)?$/i.test(tokens[end + 2]?.text ?? '')) {
      text += tokens[end + 1]!.text + tokens[end + 2]!.text;
      end += 2;
    }
    const scale = SCALE.exec(tokens[end + 1]?.text ?? '')?.[1];
    if (scale) {
      text += `${scale.length > 2 ? ' ' : ''}${scale}`;
      end++;
    }
    const sign = apart ? word : glued![1]!;
    if (/^\p{L}$/u.test(sign) && !scale && text.replace(/\D/g, '').length < 3) continue;
    out.push({ type: 'money', text, key: foldKey(text), start: i, end });
    i = end;
  }
  return out;
}

/** The mentions with the amounts after a country's sign in place of the name and number the model made of them. */
export function withPrefixedMoney(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  const over = (a: Mention, b: Mention) => a.start <= b.end && a.end >= b.start;
  const money = prefixedMoney(tokens).filter((m) => !mentions.some((x) => x.type === 'money' && over(x, m)));
  if (money.length === 0) return mentions;
  return [...mentions.filter((m) => !money.some((x) => over(x, m))), ...money].sort((a, b) => a.start - b.start);
}
