/**
 * A name of the question meets its people or adjective in a sentence (stage 4, match.ts):
 * "Europe" meets "European", "Italy" meets "Italian"; "Normandy" is not "Norman".
 */
import { describe, expect, it } from 'vitest';
import { refusal } from '../../src/briefing/ask/abstain.ts';
import { rankCandidates } from '../../src/briefing/ask/answer.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { Pack } from '../../src/knowledge/schema.ts';

const kb = (text: string) => {
  const data = Pack.parse({
    id: 'p',
    title: 'P',
    published: '2024-03-04',
    source: 'test',
    timezone: 'UTC',
    summary: 'A test article.',
  });
  return createKnowledgeBase([{ id: 'p', data, paragraphs: splitParagraphs(`P\n\n${text}`), dir: '.' }]).reading!;
};
const best = (index: ReturnType<typeof kb>, q: string) => {
  const frame = readQuestion(q, index.lexicon);
  const top = rankCandidates(index, frame)[0]!.candidate;
  return { top, refused: refusal(frame, top) };
};
const foundAs = (c: ReturnType<typeof best>['top'], word: string) => c.matches.find((m) => m.term.word === word)?.as;

describe('names and their adjectives', () => {
  const index = kb('The island would remain under Western European rule for 380 years. Wine came from Italian ports.');

  it('finds a place in its adjective', () => {
    const { top, refused } = best(index, 'How long did Western Europe rule the island?');
    expect(foundAs(top, 'Europe')).toBe('related');
    expect(refused).toBeUndefined();
  });

  it('finds it the other way, and with a changed ending', () => {
    expect(foundAs(best(index, 'Where did the wine come from in Italy?').top, 'Italy')).toBe('related');
  });

  it('leaves a longer name that is no adjective apart', () => {
    const norman = kb('The Norman knights rode out at dawn.');
    expect(foundAs(best(norman, 'When did the knights of Normandy ride out?').top, 'Normandy')).not.toBe('related');
  });
});
