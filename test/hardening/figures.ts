/**
 * Figures the hardening suite measured (shapes refused, kills survived, deliveries doubled
 * or lost, messages fuzzed), appended as JSON lines to the file named by
 * `BRIEFBOT_FIGURES` when it is set: `bench/hardening.bench.ts` runs the suite that way
 * and prints them. Without the variable nothing is written.
 */
import { appendFileSync } from 'node:fs';

export function recordFigures(name: string, figures: Record<string, unknown>): void {
  const file = process.env.BRIEFBOT_FIGURES;
  if (file) appendFileSync(file, `${JSON.stringify({ name, ...figures })}\n`);
}
