/**
 * The shorthands the evaluation cases are written with: a /brief case, an /ask case, and a
 * question the article has no answer to. In a module of their own so that every file of
 * cases can use them without importing cases.ts, which imports those files.
 */
import type { EvalCase } from './cases.ts';

export const brief = (input: string, expect: Omit<EvalCase, 'command' | 'input'>): EvalCase => ({
  command: 'brief',
  input,
  ...expect,
});
export const ask = (input: string, expect: Omit<EvalCase, 'command' | 'input'>): EvalCase => ({
  command: 'ask',
  input,
  ...expect,
});
export const nothing = (command: 'brief' | 'ask', input: string): EvalCase => ({
  command,
  input,
  found: false,
  kind: 'not-found',
});
