import { describe, expect, it } from 'vitest';
import { concepts } from '../../src/briefing/concepts.ts';
import { parseQuestion } from '../../src/briefing/question.ts';
import { belongsTo, fromConcepts, saysAnything, speakerConcepts, speakerIds, spokenBy } from '../../src/briefing/speakers.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { loadPacks } from '../../src/knowledge/load.ts';

const { packs } = loadPacks('knowledge');
const kb = createKnowledgeBase(packs);
const pack = kb.pack('kerry-putin-moscow-2015')!;
const sentences = pack.paragraphs.flatMap((p) => p.sentences.map((s, i) => ({ s, before: p.sentences[i - 1] })));
const find = (start: string) => sentences.find(({ s }) => s.text.startsWith(start))!;
const speakers = (question: string) => {
  const q = parseQuestion(question);
  return speakerConcepts(q, concepts(kb, q.content));
};
const spoken = (question: string, start: string) => {
  const { s, before } = find(start);
  return spokenBy(pack, s, speakerIds(pack, speakers(question)), before);
};

describe('reading the speaker of a question', () => {
  it('finds X in "what did X say", "X\'s view", "according to X"', () => {
    expect(parseQuestion('What did Kerry say after meeting Putin?').speaker).toBe('Kerry');
    expect(parseQuestion("what's Lavrov's view on Kiev").speaker).toBe('Lavrov');
    expect(parseQuestion('what should Russia focus on according to Washington').speaker).toBe('Washington');
    expect(parseQuestion('who does the US say Russia should fight').speaker).toBe('the US');
    expect(parseQuestion('what did Kerry do in Moscow').speaker).toBeUndefined();
  });
  it('marks time-of-day and description questions', () => {
    expect(parseQuestion('what time does the New York meeting start?').asksTime).toBe(true);
    expect(parseQuestion('when does the New York meeting start?').asksTime).toBe(false);
    expect(parseQuestion('what was the Sochi meeting like').subject).toBe('Sochi meeting');
    expect(parseQuestion('how did the Sochi meeting go').describes).toBe(true);
  });
});

describe('sentences where someone is the speaker', () => {
  it('takes speech verbs before or after the name, passives and "he further commented"', () => {
    expect(spoken('what did Lavrov say', 'Russian FM Sergey Lavrov drew attention')).toBe(true);
    expect(spoken('what does Weiss think', 'Putin has assembled facts')).toBe(true);
    expect(spoken('what did Ernest say', 'This was stated on Friday')).toBe(true);
    expect(spoken('what did Lukyanov say', 'He further commented')).toBe(true);
    expect(spoken('what did the Russian Foreign Ministry say', 'Meetings were held last week')).toBe(true);
  });
  it('does not count a sentence that merely mentions the person', () => {
    expect(spoken('what did Kerry say', 'Vladimir Putin has met with')).toBe(false);
    expect(spoken('what did Kerry say', 'Politico claims Kerry')).toBe(false);
    expect(spoken('what did Obama say', 'This was stated on Friday')).toBe(false);
    expect(saysAnything(kb, speakers('what did Kerry say'))).toBe(false);
    expect(saysAnything(kb, speakers('what did Putin say'))).toBe(true);
  });
  it('lets a place speak through its organisations', () => {
    expect(spoken('what did Moscow say', '“We remain convinced')).toBe(true);
  });
});

describe('places, countries and organisations as speakers', () => {
  it('hears a capital through its country\'s bodies and "a response from X" as X speaking', () => {
    expect(spoken('how did Moscow react to the opposition meetings?', 'Meetings were held last week in Saudi Arabia')).toBe(true);
    expect(spoken('how did Moscow react?', 'Such a process has already evoked a caustic response from Moscow')).toBe(true);
    expect(spoken('how did Beijing react?', 'Such a process has already evoked a caustic response from Moscow')).toBe(false);
  });
  it('hears a country through the people tied to it', () => {
    expect(spoken('what does Russia propose?', 'Putin, however, suggested')).toBe(true);
    expect(spoken('what does Turkey say?', 'Putin, however, suggested')).toBe(false);
  });
  it('counts someone "from" an organisation only by their role or its summary', () => {
    const from = (question: string) => {
      const q = parseQuestion(question);
      return fromConcepts(q, concepts(kb, q.content));
    };
    const person = (id: string) => pack.data.entities.find((e) => e.id === id)!;
    expect(belongsTo(person('josh-ernest'), from('who from the White House commented?'))).toBe(true);
    expect(belongsTo(person('vladimir-putin'), from('who from the White House commented?'))).toBe(false);
    expect(belongsTo(person('sergey-lavrov'), from('who from the Russian Foreign Ministry commented?'))).toBe(true);
    expect(belongsTo(person('vladimir-putin'), from('who from the Kremlin commented?'))).toBe(false);
  });
});
