/**
 * Finding an event by the words people call it (issue 12): an archive checks only the
 * events that share a word with the topic, through the answer pipeline's index of event
 * words, and finds what walking every event finds.
 */
import { describe, expect, it } from 'vitest';
import { eventsByWords } from '../../src/briefing/event-lookup.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { loadPack } from '../../src/knowledge/load.ts';

const seed = loadPack('knowledge/kerry-putin-moscow-2015').pack!;
const mini = loadPack('test/knowledge/fixtures/mini').pack!;
const kb = createKnowledgeBase([seed, mini]);
const found = (topic: string, walked?: number) =>
  eventsByWords(kb, topic, walked).map((m) => (m.type === 'event' ? m.event.id : ''));

describe('events by their words', () => {
  it('finds through the index what walking every event finds', () => {
    const topics = ['tuesday talks', 'the tuesday meetings', 'moscow talks', 'paris talks', 'Putin meeting'];
    const walked = topics.map((t) => found(t));
    expect(walked.flat().length).toBeGreaterThan(topics.length);
    expect(topics.map((t) => found(t, 0))).toEqual(walked);
  });

  it('finds nothing when a word of the topic is in no event', () => {
    expect(found('tuesday bananas', 0)).toEqual([]);
  });
});
