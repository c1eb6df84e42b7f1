import { describe, expect, it } from 'vitest';
import { FEATURES, fitted, IN_USE, rankedFirst } from '../../eval/fit.ts';

/** A question of two candidates: the first scores on feature 0, the gold one on feature 1. */
const secondIsGold = [
  [
    { features: [1, 0], gold: false },
    { features: [0, 1], gold: true },
  ],
];
/** The opposite question: the gold one scores on feature 0. */
const firstIsGold = [
  [
    { features: [1, 0], gold: true },
    { features: [0, 1], gold: false },
  ],
];

describe('fitting the ranking weights (eval/fit.ts)', () => {
  it('counts the questions whose best-scored candidate holds the gold answer', () => {
    expect(rankedFirst(secondIsGold, [1, 0.5])).toBe(0);
    expect(rankedFirst(secondIsGold, [0.5, 1])).toBe(1);
    expect(rankedFirst([...secondIsGold, ...firstIsGold], [1, 0.5])).toBe(1);
  });

  it('counts a headline at the share of its score that the ranking gives it', () => {
    const underHeadline = [
      [
        { features: [1, 0], headline: true, gold: false },
        { features: [0.8, 0], gold: true },
      ],
    ];
    expect(rankedFirst(underHeadline, [1, 0])).toBe(1);
  });

  it('moves a weight until the gold sentence ranks first', () => {
    const weights = fitted([secondIsGold], [1, 0.5]);
    expect(rankedFirst(secondIsGold, weights)).toBe(1);
  });

  it('takes no step that ranks fewer questions right in any set, even for a larger gain in another', () => {
    const twice = [...secondIsGold, ...secondIsGold];
    const weights = fitted([twice, firstIsGold], [1, 0.5]);
    expect(rankedFirst(firstIsGold, weights)).toBe(1);
    expect(rankedFirst(twice, weights)).toBe(0);
  });

  it('starts from the weights in use, one for each way a term is found and each other rule', () => {
    expect(IN_USE).toHaveLength(FEATURES.length);
    expect(FEATURES).toContain('found exact');
    expect(FEATURES).toContain('answer-type');
    expect(FEATURES).not.toContain('coverage');
    expect(IN_USE[FEATURES.indexOf('found exact')]).toBe(1);
  });
});
