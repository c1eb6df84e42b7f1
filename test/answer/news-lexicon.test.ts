/**
 * Words news reports and chat use for the same thing: a question that says "sacked" meets a
 * sentence that says "made redundant", "set off" reads as "left", and a term meets its group
 * whatever its inflection.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { buildLexicon, GENERAL_LEXICON } from '../../src/knowledge/lexicon/lexicon.ts';
import { parse } from '../../src/knowledge/nlp.ts';
import { keysOf } from '../../src/knowledge/reading.ts';
import { bestFor, readingOf } from '../support/article-pack.ts';

const lexicon = buildLexicon(GENERAL_LEXICON);
const keys = (text: string) => keysOf(parse(text).tokens, lexicon).keys;
/** Whether the question's `word` meets `other` as written in a sentence. */
const meets = (question: string, word: string, other: string) => {
  const term = readQuestion(question, lexicon).terms.find((t) => t.word === word);
  const key = keys(other)[0]!;
  return term !== undefined && (term.key === key || term.related.includes(key));
};

describe('the news lexicon', () => {
  it.each([
    ['how many staff were sacked', 'sacked', 'redundancies'],
    ['was anyone injured', 'injured', 'hurt'],
    ['what was stolen', 'stolen', 'theft'],
    ['when was the match postponed', 'postponed', 'delayed'],
    ['how many people signed', 'signed', 'signatures'],
    ['why did they withdraw', 'withdraw', 'retreat'],
    ['was the offer rejected', 'rejected', 'refused'],
    ['since when has it been illegal', 'illegal', 'banned'],
    ['when do they reckon it happened', 'reckon', 'believe'],
    ['how many homes were flooded', 'homes', 'houses'],
    ['where is the studio based', 'based', 'headquarters'],
    // Chat's short forms and a party's other name.
    ['who leads the tories on the council', 'tories', 'Conservative'],
    ['what did his mum say', 'mum', 'mother'],
    // "Chief executive" reads as "ceo": a firm's boss.
    ["who's the boss at pinwheel", 'boss', 'the chief executive'],
    ['when did brennan speak to the press', 'speak', 'he told reporters'],
    ['how many streets will they track', 'track', 'monitor'],
    // An idiom read as the one word it means.
    ["who is okafor's number two on the council", 'number', 'his deputy'],
    ["what's the price tag of the programme", 'price', 'the cost'],
    // A firm's people and its stand-in boss; a launch as space news writes it.
    ['how many staff does kestrel have', 'staff', 'it employs'],
    ['who runs it in the meantime', 'meantime', 'an interim'],
    ['when did the rocket launch', 'launch', 'it lifted off'],
    ['is there a backup', 'backup', 'a spare'],
    ['why was the game stopped', 'game', 'the match'],
    // When a law starts to apply, however it is said.
    ['when do the rules kick in', 'kick', 'they take effect'],
    ['when does the ban come into force', 'come', 'it takes effect'],
    ['when was it fixed', 'fixed', 'it was restored'],
  ])('"%s": %s meets %s', (question, word, other) => {
    expect(meets(question, word, other)).toBe(true);
  });

  it('keys a hyphenated word as written, whatever its tag: "Pre-tax" opening a sentence is "pre-tax"', () => {
    const opening = keys('Pre-tax profit rose.')[0];
    expect(opening).toBe(keys('It reported annual pre-tax profit.')[2]);
    expect(meets("what were corvane's pre-tax earnings", 'pre-tax', 'Pre-tax profit rose.')).toBe(true);
  });

  it('keys a proper noun in American spelling, as a common noun is: "the Civic Centre" meets "the centre"', () => {
    expect(keys('They met at the Civic Centre.')).toContain(keys('the town centre')[1]);
    expect(keys('The Labour Party won.')[0]).toBe(keys('labour')[0]);
    expect(meets('how many organisers were there', 'organisers', 'Organisers cancelled the race.')).toBe(true);
  });

  it('keys the plural of an agent noun as its singular however tagged: "Officers said" opening a sentence', () => {
    expect(keys('Officers said the car was red.')[0]).toBe(keys('an officer')[0]);
    expect(keys('Communities were cut off.')[0]).toBe(keys('the community')[0]);
    expect(meets('how many councillors abstained', 'councillors', 'Councillors backed the plan.')).toBe(true);
    // And still not the key of what Porter would cut it to: an officer is not an office.
    expect(keys('Officers said the car was red.')[0]).not.toBe(keys('the office')[1]);
  });

  it('keys no quantifier: "several" stems as "severance" does, and means no severance', () => {
    expect(keys('Several employees said')).not.toContain(keys('severance')[0]);
  });

  it('meets an ordinal with itself only: "first" is not "third", however close their vectors', () => {
    const index = readingOf('This will be the third meeting of the two men.');
    const term = bestFor(index, 'when was the first meeting of the two men').top.matches.find(
      (m) => m.term.word === 'first',
    );
    expect(term?.as).toBe('none');
  });

  it('reads phrasal verbs as the one word they mean', () => {
    expect(keys('he set off at dawn')).toEqual(keys('he left at dawn'));
    expect(keys('the firm will lay off staff')).toEqual(keys('the firm will layoff staff'));
  });

  it("knows which words open a phrase, from a pack's own phrases too", () => {
    const own = buildLexicon(GENERAL_LEXICON, [{ phrases: { 'red tape': 'bureaucracy' } }]);
    expect([own.opensPhrase('lay'), own.opensPhrase('red'), own.opensPhrase('staff')]).toEqual([true, true, false]);
    expect(keysOf(parse('less red tape').tokens, own).keys).toEqual(keys('less bureaucracy'));
  });

  it('stems a word ending "us" whole, so "focus" meets the British "focussing"', () => {
    expect(lexicon.key('focus')).toBe(lexicon.key('focuses'));
    const index = readingOf('The American side says that Russia should be focussing on the struggle against ISIL.');
    const { top } = bestFor(index, 'what should Russia focus on');
    expect(top.matches.find((m) => m.term.word === 'focus')?.as).not.toBe('none');
  });

  it('keeps apart words that only look alike: "fire" is no dismissal', () => {
    expect(meets('who fought the fire', 'fire', 'sacked')).toBe(false);
  });
});
