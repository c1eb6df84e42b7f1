/**
 * A person the question names in full, named by surname in the sentence that answers (surnames.ts), and the ways of
 * writing numbers and acronyms that must meet: "6th" and "sixth", "US" and "U.S.", "thousands" as a count.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, askerOf, personEntity } from '../support/article-pack.ts';

const ask = askerOf(
  createKnowledgeBase([
    articlePack(
      'novel',
      'The novel was written by Harper Lee and published in 1960. ' +
        'Her sister Alice Lee ran the family law practice in Monroeville. ' +
        'Lee was 25 when her mother died. ' +
        'Alice Lee opened the office in 1947. ' +
        'The sixth edition sold in the U.S. for 2 dollars. ' +
        'In the drought, thousands of farm animals died.',
      {
        title: 'The novel',
        entities: [personEntity('harper', 'Harper Lee', [1]), personEntity('alice', 'Alice Lee', [1])],
      },
    ),
  ]),
);

const text = (q: string) => JSON.stringify(ask(q).card);

describe('a person named by surname alone', () => {
  it('answers from a sentence that writes only the surname of the person asked about', () => {
    expect(ask('At what age did Harper Lee lose her mother?').found).toBe(true);
    expect(text('At what age did Harper Lee lose her mother?')).toContain('25');
  });

  it("does not take another of the story's people with that surname for the one asked about", () => {
    expect(ask('When did Harper Lee open the office?').found).toBe(false);
  });
});

describe('numbers and acronyms written two ways', () => {
  it('reads "6th" as "sixth" and "US" as "U.S."', () => {
    expect(text('How much did the 6th edition sell for in the US?')).toContain('2 dollars');
  });

  it('counts in words: "thousands" answers "how many"', () => {
    expect(text('How many farm animals died in the drought?')).toContain('thousands');
  });
});
