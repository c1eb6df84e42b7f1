import { describe, expect, it } from 'vitest';
import { fold, key, stem, terms, words } from '../../src/knowledge/text.ts';

describe('text normalisation', () => {
  it('folds case, diacritics, quotes and dashes', () => {
    expect(fold('Vladimír  PÚTIN’s – “talks”')).toBe(`vladimir putin's - "talks"`);
  });

  it('keeps the upper-case US apart from the pronoun us', () => {
    expect(words('The US told us')).toEqual(['the', 'usa', 'told', 'us']);
    expect(terms('U.S. and USA')).toEqual(['usa', 'usa']);
  });

  it('expands common abbreviations', () => {
    expect(words('NY meeting')).toEqual(['new', 'york', 'meeting']);
    expect(key('Russian FM')).toBe('russian foreign minister');
  });

  it('drops stop words and stems inflections onto one form', () => {
    expect(terms('How long did the Sochi meeting last?')).toEqual(['long', 'sochi', 'meet', 'last']);
    expect(stem('negotiations')).toBe(stem('negotiation'));
    expect(stem('lasted')).toBe('last');
    expect(stem('met')).toBe('meet');
  });

  it('folds British and American spellings and a few news synonyms together', () => {
    expect(stem('organisations')).toBe(stem('organizations'));
    expect(stem('proposed')).toBe(stem('suggests'));
    expect(stem('stopped')).toBe(stem('prevents'));
  });

  it('splits hyphenated words and ignores possessives', () => {
    expect(words("Kerry's US-led coalition")).toEqual(['kerry', 'usa', 'led', 'coalition']);
  });
});
