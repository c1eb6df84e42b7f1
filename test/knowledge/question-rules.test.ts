import { describe, expect, it } from 'vitest';
import { entityLead } from '../../src/briefing/answer-facts.ts';
import { parseQuestion } from '../../src/briefing/question.ts';
import { briefReply } from '../../src/briefing/brief.ts';
import { answerReply } from '../../src/briefing/answer.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { loadPack } from '../../src/knowledge/load.ts';

const mini = loadPack('test/knowledge/fixtures/mini').pack!;
const kb = createKnowledgeBase([mini]);
const continuations = memoryContinuations(manualClock(new Date('2024-03-05T09:00:00Z')));

describe('reading questions', () => {
  it('drops time filler and marks tense, yes/no, copular and role questions', () => {
    expect(parseQuestion('where is Kerry now?')).toMatchObject({ kind: 'where', content: 'where is Kerry', present: true });
    expect(parseQuestion('did Lavrov meet Obama?')).toMatchObject({ kind: 'yes-no', future: false });
    expect(parseQuestion('When will Putin visit Washington?')).toMatchObject({ kind: 'when', future: true });
    expect(parseQuestion('who are the terrorists')).toMatchObject({ kind: 'who', copular: true });
    expect(parseQuestion('what does Lukyanov do').asksRole).toBe(true);
    expect(parseQuestion("what is Toner's role").asksRole).toBe(true);
    expect(parseQuestion('what did Assad say').asksRole).toBe(false);
  });
});

describe('entity leads', () => {
  const base = { id: 'x', kind: 'person' as const, aliases: [], facts: [], paragraphs: [1], related: [] };
  it('says the role once when the summary repeats it', () => {
    expect(entityLead({ ...base, name: 'Mark Toner', role: 'State Department spokesman', summary: 'US State Department spokesman.' })).toBe('Mark Toner — US State Department spokesman.');
    expect(entityLead({ ...base, name: 'Ana Lopez', role: 'Mayor of Riverton', summary: 'The mayor of Riverton, who opened the bridge.' })).toBe('Ana Lopez — Mayor of Riverton, who opened the bridge.');
  });
});

describe('answers from the pack itself', () => {
  it('answers the publication date and the missing author from metadata', () => {
    const published = answerReply({ kb, question: 'When was this article published?', page: 1, continuations });
    expect(published.found).toBe(true);
    expect(JSON.stringify(published.card.blocks)).toContain(mini.data.source);
    const author = answerReply({ kb, question: 'who wrote this', page: 1, continuations });
    expect(JSON.stringify(author.card.blocks)).toContain('names no author');
  });

  it('does not treat a real question that mentions the source as a metadata question', () => {
    const r = answerReply({ kb, question: 'what is the source of the bridge money', page: 1, continuations });
    expect(r.card.footer).not.toBe('from the article metadata');
  });

  it('finds an event by its weekday and a synonym of its title words', () => {
    const event = mini.data.events.find((e) => e.precision === 'day');
    expect(event).toBeDefined();
    const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long' }).format(new Date(`${event!.date!.slice(0, 10)}T00:00:00Z`));
    const word = event!.title.split(/\s+/).find((w) => w.length > 4)!;
    const r = briefReply({ kb, topic: `${weekday} ${word}`, page: 1, continuations });
    expect(r.card.kind).toBe('event');
    expect(r.card.title).toBe(event!.title);
  });
});
