/** Opening or migrating the database failed; the message names where it is and what to do. */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';
  constructor(
    readonly path: string,
    reason: string,
    cause?: unknown,
  ) {
    super(`cannot use the database at ${path}: ${reason}`, { cause });
  }
}
