/** Who did what to whom: voice read at load, the question's roles, and the refusal when they are swapped. */
import { describe, expect, it } from 'vitest';
import { refusal } from '../../src/briefing/ask/abstain.ts';
import { rankCandidates } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { parse } from '../../src/knowledge/nlp.ts';
import { Pack } from '../../src/knowledge/schema.ts';
import { voiceOf } from '../../src/knowledge/voice.ts';

function knowledge(text: string) {
  const data = Pack.parse({
    id: 'roles',
    title: 'Roles',
    published: '2024-03-04',
    source: 'test',
    timezone: 'UTC',
    summary: 'A test article.',
  });
  const kb = createKnowledgeBase([{ id: 'roles', data, paragraphs: splitParagraphs(`Roles\n\n${text}`), dir: '.' }]);
  return (q: string) => {
    const frame = readQuestion(q, kb.reading!.lexicon);
    return refusal(frame, rankCandidates(kb.reading!, frame)[0]?.candidate);
  };
}

describe('voice, read once at load', () => {
  it('finds the verbs, the passive ones and "by"', () => {
    const tokens = parse('The mercenaries were first encouraged by the Lombards, who were fighting.').tokens;
    const voice = voiceOf(tokens);
    const at = (word: string) => tokens.findIndex((t) => t.text === word);
    expect(voice.passive).toEqual([at('encouraged')]);
    expect(voice.verbs).toContain(at('fighting'));
    expect(voice.by).toEqual([at('by')]);
  });

  it('reads a participle after a noun, with "by" after it, as passive: "a petition organised by …"', () => {
    const tokens = parse('A petition organised by the traders gathered signatures, but he stood by it.').tokens;
    const at = (word: string) => tokens.findIndex((t) => t.text === word);
    expect(voiceOf(tokens).passive).toEqual([at('organised')]);
  });

  it('reads two participles joined by "and" as sharing the "by": "a game developed and published by …"', () => {
    const tokens = parse('Halo is a game developed and published by Bungie for the Xbox.').tokens;
    const at = (word: string) => tokens.findIndex((t) => t.text === word);
    expect(voiceOf(tokens).passive).toEqual([at('developed'), at('published')]);
  });
});

describe('roles swapped', () => {
  it('refuses "who did X do it to" when the sentence has X on the receiving end, in the active voice', () => {
    const check = knowledge('Rollo agreed to swear fealty to King Charles in 911.');
    expect(check('Who did King Charles swear fealty to?')).toBe('roles');
    expect(check('Who did Rollo swear fealty to?')).toBeUndefined();
  });

  it('reads the passive: the doer follows "by"', () => {
    const check = knowledge('The mercenaries were first encouraged to come south by the Lombards.');
    expect(check('Who did the mercenaries encourage to come south?')).toBe('roles');
    expect(check('Who encouraged the mercenaries to come south?')).toBeUndefined();
  });

  it('tells no roles from "said": a quotation stands before its verb ("who said the branch office thing")', () => {
    const check = knowledge('"It is like finding a branch office of a company," said Murat Ozkan, an expert.');
    expect(check('who said the branch office thing')).toBeUndefined();
  });

  it('refuses "who did it to X" when X is the one who did it', () => {
    const check = knowledge('The invading Normans replaced the Saxons as the ruling class.');
    expect(check('Who replaced the Normans as the ruling class?')).toBe('roles');
    expect(check('Who replaced the Saxons as the ruling class?')).toBeUndefined();
  });

  it('refuses "who did it" when the sentence says it was done but never by whom', () => {
    const check = knowledge('In 2016 Ilse Marchetti was criticised for cancelling a tour of East Asia.');
    expect(check('Who criticised her for cancelling the tour of East Asia?')).toBe('roles');
    const named = knowledge('In 2016 she was criticised by Anton Weber for cancelling a tour of East Asia.');
    expect(named('Who criticised her for cancelling the tour of East Asia?')).toBeUndefined();
  });

  it('answers "who did it" from a passive with no auxiliary: "a petition organised by the traders"', () => {
    const check = knowledge(
      'However, a petition organised by the Millbrook Traders Association gathered 4,300 signatures.',
    );
    expect(check('who organised the petition')).toBeUndefined();
    expect(check('what did the Millbrook Traders Association organise?')).toBeUndefined();
    expect(knowledge('Halo is a shooter game developed and published by Bungie.')('What company developed Halo?')).toBe(
      undefined,
    );
  });

  it('tells nothing from a noun: "the marriage of Emma and Ethelred"', () => {
    const check = knowledge('The treaty was sealed by the marriage of Emma and King Ethelred.');
    expect(check('Who did Emma marry?')).not.toBe('roles');
  });
});
