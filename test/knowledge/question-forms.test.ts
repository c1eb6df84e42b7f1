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
  it('reads "who from X <speech verb>" as a speaker question restricted to X', () => {
    const q = parseQuestion('who from the White House commented?');
    expect([q.asksSpeaker, q.from]).toEqual([true, 'White House']);
    expect(parseQuestion('who said the tone was hostile?').from).toBeUndefined();
  });
  it('reads "how long did X last" as asking for a stated duration, and "last week" as none', async () => {
    const { DURATION } = await import('../../src/briefing/question.ts');
    expect(parseQuestion('how many hours did the Moscow talks last?').lasting).toBe(true);
    expect(parseQuestion('how many times has Kerry met Putin?').lasting).toBeUndefined();
    expect(DURATION.test('the meeting lasted nearly four hours')).toBe(true);
    expect(DURATION.test('lavrov explained last week')).toBe(false);
    expect(DURATION.test('took the opportunity to discuss')).toBe(false);
  });
  it('reads "instead of" / "alternative" as asking for a counter-proposal', () => {
    expect(parseQuestion('What does Russia want instead of joining the coalition?').alternative).toBe(true);
    expect(parseQuestion('What does Russia want?').alternative).toBeUndefined();
  });
  it('reads "what is X\'s role", "summarise X" and "the gist of X" as describing X', () => {
    const role = parseQuestion("what's Turkey's role?");
    expect([role.subject, role.describes, role.asksRole]).toEqual(['Turkey', true, true]);
    expect(parseQuestion('give me the gist of the Kerry visit').subject).toBe('Kerry visit');
    expect(parseQuestion("summarise Kerry's trip").describes).toBe(true);
  });
  it('reads "X\'s position on Y" with X in the speaker slot', () => {
    expect(parseQuestion('what is the US position on Ukraine?').speaker).toBe('US');
  });
});
