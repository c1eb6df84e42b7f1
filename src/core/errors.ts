/**
 * Two kinds of failure. A `UserError` is something to tell the person ("that timezone does
 * not exist"): its message is shown as is. Anything else is a bug: the person sees a short
 * apology with an id to quote, and the log gets the stack under that id.
 */
import { randomBytes } from 'node:crypto';

export type UserErrorCode =
  'usage' | 'unknown-command' | 'unknown-option' | 'bad-input' | 'forbidden' | 'expired' | 'not-found' | 'busy';

export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    readonly code: UserErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A short id that a person can quote and an operator can grep for in the log. */
export function errorId(): string {
  return randomBytes(4).toString('hex');
}
