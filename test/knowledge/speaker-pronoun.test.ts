/**
 * A speaker's own pronoun names no one: the model may tag "I'm" in a quotation as a proper noun, and a "who"
 * question would then be answered "I'm" (`reading.ts`).
 */
import { describe, expect, it } from 'vitest';
import { mentionTexts } from '../support/article-pack.ts';

describe('a quotation in the first person', () => {
  it('holds no name for "I\'m", and keeps the speaker\'s', () => {
    const body = '"I was one shot from going home, and now I\'m holding the trophy," Okafor said.';
    expect(mentionTexts(body, 'name')).not.toContain("I'm");
    expect(mentionTexts(body, 'name')).toContain('Okafor');
  });
});
