/**
 * Ages as people ask for them and as news writes them: "how old is Sandhu?" against "Sandhu, who
 * is 55", "what age is the witness?" (an age, not an era), "how old are the kids?" against "two
 * children, aged nine and 12"; and a thing's age, which is when it was built: "how old is the bridge?" is never
 * the age of the painter a sentence about the bridge names.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { renderText } from '../../src/render/text.ts';
import { articlePack, askerOf, mentionTexts } from '../support/article-pack.ts';
import { datesAThing } from '../../src/briefing/ask/thing-age.ts';

const ask = askerOf(
  createKnowledgeBase([
    articlePack(
      'crash',
      [
        'A cyclist was seriously injured on Monday when a delivery van struck her on Harton Road.',
        'A witness, retired teacher Peter Gorman, 68, said the van had pulled out without looking.',
        'The couple, who married in 2009, have two children, aged nine and 12.',
        'Local councillor Ravi Sandhu said residents had warned about the junction for years.',
        'Sandhu, who is 55 and has lived on Harton Road since 1998, said a petition had 900 signatures.',
        'The first to sign was a 91-year-old neighbour, Margaret Ellis, who has crossed the junction for decades.',
      ].join('\n\n'),
      { title: 'Cyclist hurt on Harton Road' },
    ),
  ]),
);
const headline = (q: string) => {
  const reply = ask(q);
  return reply.found ? renderText(reply).split('\n')[0] : 'not found';
};

describe('ages', () => {
  it('reads "who is 55" after a name as an age', () => {
    expect(headline('how old is sandhu?')).toBe('55');
  });

  it('reads "what age is X" as asking an age', () => {
    expect(headline('what age is the witness?')).toBe('68');
  });

  it('counts nothing with an age, and reads no length of time in "91-year-old"', () => {
    expect(headline('how old is the neighbour?')).toBe('91');
    expect(headline('how many neighbours signed?')).not.toMatch(/91/);
    expect(headline('how long has the neighbour lived there?')).not.toMatch(/91/);
  });

  it('meets "kids" in "children", and reads "aged nine" as an age', () => {
    expect(headline('how old are the kids?')).toMatch(/^nine/i);
  });

  it('reads an age in words set off by commas after a full name, and no count after a place', () => {
    const investor = 'The youngest investor is Alfie Dunwell, eight, who put in £100 of birthday money.';
    expect(mentionTexts(investor, 'age')).toEqual(['eight']);
    expect(mentionTexts('In Paris, two, three or four people met.', 'age')).toEqual([]);
  });
});

describe("a thing's age", () => {
  const bridge = askerOf(
    createKnowledgeBase([
      articlePack(
        'bridge',
        [
          'Prague will restore the Charles Bridge over eight years, keeping it open throughout.',
          '"If they move me to the end of the bridge, nobody will stop," said Tomas Bednar, 39, a painter.',
          'Work on the bridge began in 1357, and it was finished early in the 15th century.',
          'The bridge was closed to trams on Monday 4 January.',
        ].join('\n\n'),
        { title: 'Charles Bridge to be restored' },
      ),
    ]),
  );
  const first = (q: string) => {
    const reply = bridge(q);
    return reply.found ? renderText(reply).split('\n')[0] : 'not found';
  };

  it('is a date or a length of time, never the age beside a name', () => {
    expect(first('how old is the bridge anyway?')).toMatch(/1357/);
    expect(first('how old is the painter?')).toBe('39');
    // A name typed in small letters is no thing: "how old is bednar" asks his age.
    expect(first('how old is bednar?')).toBe('39');
  });

  it('is a year, a century or a time ago, not the day a sentence tells of', () => {
    const date = (text: string) => ({ type: 'date' as const, text, key: text, start: 0, end: 0 });
    expect(
      ['in 1857', '1599', 'the 15th century', 'about 1,000 years ago', '80 and 50 BC'].map(date).every(datesAThing),
    ).toBe(true);
    expect(['Tuesday 22 December', 'December 2015', 'next year', 'three weeks ago'].map(date).some(datesAThing)).toBe(
      false,
    );
    expect(first('how old is the bridge?')).not.toMatch(/January/);
  });
});
