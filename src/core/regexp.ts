/** Escapes text for use inside a regular expression, so a name like "A.B. (Ltd)" matches itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
