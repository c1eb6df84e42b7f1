/**
 * An encyclopaedia's short title names what every sentence is about (known-keys.ts): "About 30% of it is lost" is
 * about energy storage in an article of that title. A news headline says more, and only its first name is.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, askerOf } from '../support/article-pack.ts';

const text = 'Batteries were cheaper in 2020. About 30% of it is lost in a day.';
const askOf = (title: string) => askerOf(createKnowledgeBase([articlePack('store', text, { title })]));
const question = 'What share of energy storage is lost?';

describe("a short title is every sentence's subject", () => {
  it('answers from a sentence that says "it" for the titled thing', () => {
    expect(JSON.stringify(askOf('Solar energy storage (2020)')(question).card)).toContain('30%');
  });

  it('reads a long headline as news, whose every word is not the subject', () => {
    expect(askOf('Solar makers say energy storage will be much better this year than last')(question).found).toBe(
      false,
    );
  });
});
