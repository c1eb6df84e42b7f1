/**
 * One index key for an amount however it is written: "£10,000" and "£10k", "£2.1 million" and
 * "£2.1m" are the same value, so a question that writes it one way meets a sentence that writes it
 * the other (reading.ts `keysOf`).
 */
import type { Token } from './nlp.ts';

/** Scales written after a number; "m" and "b" only after a currency sign ("£2.1m"), else they may be metres. */
const SCALES: Record<string, number> = { k: 1e3, thousand: 1e3, million: 1e6, mn: 1e6, bn: 1e9, billion: 1e9 };
const MONEY_SCALES: Record<string, number> = { m: 1e6, b: 1e9 };

/** The value of a number written in figures at `i`, with a scale word after it, as one key. */
export function amountAt(tokens: readonly Token[], i: number): { key: string; length: number } | undefined {
  const figures = /^\d[\d,]*(?:\.\d+)?$/.exec(tokens[i]!.text)?.[0];
  if (!figures || (figures.includes(',') && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(figures))) return undefined;
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  const money = /^[£€$¥₹₽]$/.test(tokens[i - 1]?.text ?? '');
  const scale = SCALES[next] ?? (money ? MONEY_SCALES[next] : undefined);
  const value = Number(figures.replace(/,/g, '')) * (scale ?? 1);
  if (!Number.isFinite(value)) return undefined;
  return { key: String(Math.round(value * 1000) / 1000), length: scale ? 2 : 1 };
}
