import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/briefing/question.ts';

describe('question forms', () => {
  it('reads "who said / spoke about X" as asking for the speaker', () => {
    expect(parseQuestion('who spoke about mid-air collisions?').asksSpeaker).toBe(true);
    expect(parseQuestion('who is Mark Toner?').asksSpeaker).toBe(false);
  });
  it('puts the name before "mentions" in the speaker slot', () => {
    expect(parseQuestion('what are the conflicting interests Lukyanov mentions?').speaker).toContain('Lukyanov');
  });
  it('reads "what is the name of the <role>" as "who is the <role>"', () => {
    const q = parseQuestion('What is the name of the Russian president?');
    expect([q.kind, q.copular, q.subject]).toEqual(['who', true, 'Russian president']);
  });
  it('reads goal questions and "what role does X play"', () => {
    expect(parseQuestion('what is Kerry hoping to achieve in Moscow?').goal).toBe(true);
    expect(parseQuestion('what is Kerry doing in Moscow?').goal).toBe(false);
    const q = parseQuestion('What role does the UN play?');
    expect([q.subject, q.describes, q.asksRole]).toEqual(['UN', true, false]);
  });
});
