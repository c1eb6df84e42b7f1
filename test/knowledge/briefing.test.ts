import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/briefing/ask/answer.ts';
import { briefReply } from '../../src/briefing/brief.ts';
import { resolvedDate } from '../../src/briefing/dates.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { loadPack } from '../../src/knowledge/load.ts';

const mini = loadPack('test/knowledge/fixtures/mini').pack!;
const seed = loadPack('knowledge/kerry-putin-moscow-2015').pack!;
const kb = createKnowledgeBase([mini, seed]);
const continuations = memoryContinuations(manualClock(new Date('2015-12-15T09:00:00Z')));
const brief = (topic: string, page = 1) => briefReply({ kb, topic, page, continuations });
const ask = (question: string, page = 1) => answerReply({ kb, question, page, continuations });

describe('dates', () => {
  it('resolves each precision for people to read', () => {
    expect(resolvedDate('2015-12-18', 'day')).toBe('Friday 18 December 2015');
    expect(resolvedDate('2015-12-07', 'week')).toBe('the week of Monday 7 December 2015');
    expect(resolvedDate('2015-05', 'month')).toBe('May 2015');
    expect(resolvedDate('2016', 'year')).toBe('2016');
    expect(resolvedDate('2015-12-18T10:00', 'time')).toBe('Friday 18 December 2015, 10:00');
    expect(resolvedDate(undefined, undefined)).toBeUndefined();
  });
});

describe('brief cards', () => {
  it('quotes the sentences holding every word of a topic no name matches, else finds nothing', () => {
    const r = brief('worsening relations');
    expect(r.card).toMatchObject({ kind: 'theme', subtitle: 'passages that mention it' });
    expect(r.card.citations.map((c) => [c.paragraph, c.packTitle])).toEqual([[3, seed.data.title]]);
    expect(JSON.stringify(r.card.blocks)).toContain('against a background of worsening relations');
    expect(brief('worsening bridges').card.kind).not.toBe('theme');
  });

  it('gives a person card with role, facts, events, quotes and citations naming the article', () => {
    const r = brief('Lopez');
    expect(r.found).toBe(true);
    expect(r.visibility).toBe('ephemeral');
    expect(r.card).toMatchObject({ kind: 'person', title: 'Ana Lopez', subtitle: 'Mayor of Riverton · person' });
    const headings = r.card.blocks.filter((b) => b.type === 'heading').map((b) => b.type === 'heading' && b.text);
    expect(headings).toEqual(['In the article', 'Dated events', 'Quotes']);
    expect(r.card.citations.map((c) => c.paragraph)).toEqual([1, 3]);
    expect(r.card.citations[0]!.packTitle).toBe('Riverton opens its new bridge');
    expect(JSON.stringify(r.card.blocks)).toContain('Monday 4 March 2024');
  });

  it('keeps page 1 short and puts the rest on page 2', () => {
    const first = brief('Lopez');
    expect(first.hasMore).toBe(true);
    const second = brief('Lopez', 2);
    expect(JSON.stringify(second.card.blocks)).toContain('Lopez expects thousands of people');
    expect(JSON.stringify(first.card.blocks)).not.toContain('Lopez expects thousands of people');
    expect(second.hasMore).toBe(false);
  });

  it('gives an event card with the date resolved and as phrased', () => {
    const r = brief('budget hearing');
    expect(r.card.kind).toBe('event');
    expect(r.card.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: 'When', value: 'April 2024' }),
        expect.objectContaining({ label: 'As phrased', value: '“next month”' }),
        expect.objectContaining({ label: 'Precision', value: 'month' }),
        expect.objectContaining({ label: 'Where', value: 'Riverton' }),
      ]),
    );
  });

  it('offers a choice with pick buttons that resolve to exactly one topic', async () => {
    const r = brief('Putin meeting');
    expect(r.card.kind).toBe('choices');
    expect(r.card.buttons.length).toBeGreaterThan(1);
    const saved = await continuations.get(r.card.buttons[0]!.value);
    if (saved.status !== 'found') throw new Error(`button state ${saved.status}`);
    const picked = saved.value;
    expect(picked).toMatchObject({ command: 'brief', page: 1 });
    const again = brief(String(picked.options.topic));
    expect(again.card.kind).toBe('event');
    expect(r.card.buttons.map((b) => b.label)).toContain(again.card.title);
  });

  it('says plainly when nothing is close, without padding', () => {
    const r = brief('Angela Merkel');
    expect(r.found).toBe(false);
    expect(r.card.kind).toBe('not-found');
    expect(r.card.blocks.some((b) => b.type === 'quote')).toBe(false);
  });

  it('lists the sources with origin and counts', () => {
    const r = brief('sources');
    const text = JSON.stringify(r.card.blocks);
    expect(text).toContain('Riverton Gazette');
    expect(text).toContain('whattheysayaboutusa.com');
    expect(text).toContain('curated');
  });
});

describe('answers', () => {
  it('quotes the answering sentence with its paragraph, names its article once, shows no number', () => {
    const r = ask('why did the bridge cost so much?');
    expect(r.found).toBe(true);
    expect(r.card.kind).toBe('answer');
    const q = r.card.blocks.find((b) => b.type === 'quote');
    expect(q).toMatchObject({ citation: { packId: 'riverton-bridge', paragraph: 2 } });
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(r.card.source).toMatchObject({ title: 'Riverton opens its new bridge' });
    expect(r.card.title).not.toBe('why did the bridge cost so much?');
    expect(JSON.stringify(r.card)).not.toMatch(/confidence|\d\.\d\d/);
  });

  it('answers "when" with the resolved date of the event the sentence shows, as its headline', () => {
    const r = ask('when is the public hearing on the budget');
    expect(r.card.title).toMatch(/^When: April 2024/);
    expect(r.topics).toContain('Riverton');
  });

  it('answers "who is" with the role and summary', () => {
    const r = ask('who is Ana Lopez?');
    expect(JSON.stringify(r.card.blocks)).toContain('Mayor of Riverton');
  });

  it('says it is not in the briefing rather than guess', () => {
    const r = ask('how tall is the mayor of Paris?');
    expect(r.found).toBe(false);
    expect(r.card.title).toBe("That's not in the briefing");
    expect(r.card.blocks[0]).toMatchObject({ text: expect.stringContaining('none of the loaded articles answers it') });
    expect(r.card.footer).toBeUndefined();
  });

  it('offers the topics the unanswerable question named first', () => {
    const r = ask('how old is Putin');
    expect(r.found).toBe(false);
    expect(r.card.buttons[0]).toMatchObject({ action: 'pick', label: expect.stringContaining('Vladimir Putin') });
  });
});
