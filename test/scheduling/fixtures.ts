/**
 * A small knowledge base with one event of every kind a scheduler must tell apart (timed,
 * day, week, month, year, past, undated), fake adapters that record what they were given
 * to send and when, and a recording logger.
 */
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import type { ChatAdapter } from '../../src/core/adapter.ts';
import type { Platform } from '../../src/core/incoming.ts';
import type { Reply } from '../../src/core/reply.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import type { KnowledgeBase, LoadedPack } from '../../src/knowledge/knowledge-base.ts';
import { Pack, type PackInput } from '../../src/knowledge/schema.ts';

export const DEMO_PACK: PackInput = {
  id: 'demo-pack',
  title: 'Demo article',
  published: '2015-12-13',
  source: 'example.org',
  timezone: 'Europe/Moscow',
  summary: 'A made-up article with dated events.',
  entities: [
    { id: 'ann-lee', name: 'Ann Lee', kind: 'person', summary: 'A diplomat.', paragraphs: [1] },
    { id: 'bob-ray', name: 'Bob Ray', kind: 'person', summary: 'A minister.', paragraphs: [1] },
  ],
  events: [
    // 16 Dec 10:00 Moscow = 07:00 UTC: reminders 15 Dec 07:00Z (1d) and 16 Dec 06:00Z (1h).
    {
      id: 'talks',
      title: 'Talks in Moscow',
      date: '2015-12-16T10:00',
      precision: 'time',
      phrase: 'on Wednesday at 10am',
      place: 'Moscow',
      participants: ['ann-lee', 'bob-ray'],
      summary: 'Ann Lee and Bob Ray hold talks.',
      paragraphs: [2],
    },
    // Day precision: the morning before (17 Dec 09:00) and the morning of (18 Dec 09:00), channel time.
    {
      id: 'summit',
      title: 'Summit in New York',
      date: '2015-12-18',
      precision: 'day',
      phrase: 'On 18 December',
      place: 'New York',
      participants: ['ann-lee'],
      summary: 'A summit.',
      paragraphs: [3],
    },
    {
      id: 'last-week',
      title: 'Something last week',
      date: '2015-12-07',
      precision: 'week',
      phrase: 'last week',
      summary: 'Week precision.',
      paragraphs: [4],
    },
    {
      id: 'this-month',
      title: 'Something this month',
      date: '2015-12',
      precision: 'month',
      phrase: 'this month',
      summary: 'Month precision.',
      paragraphs: [4],
    },
    {
      id: 'next-year',
      title: 'Something next year',
      date: '2016',
      precision: 'year',
      phrase: 'next year',
      summary: 'Year precision.',
      paragraphs: [4],
    },
    {
      id: 'friday',
      title: 'Statement on Friday',
      date: '2015-12-11',
      precision: 'day',
      phrase: 'on Friday',
      summary: 'Already past.',
      paragraphs: [5],
    },
    { id: 'undated', title: 'Undated thing', phrase: 'some time', summary: 'No date.', paragraphs: [5] },
  ],
  keyPoints: [{ text: 'Talks are planned.', paragraphs: [2] }],
};

export function loadedPack(input: PackInput): LoadedPack {
  return { id: input.id, data: Pack.parse(input), paragraphs: [], dir: '' };
}

export function knowledge(...inputs: PackInput[]): KnowledgeBase {
  return createKnowledgeBase((inputs.length > 0 ? inputs : [DEMO_PACK]).map(loadedPack));
}

export interface Sent {
  platform: Platform;
  channelId: string;
  at: string;
  reply: Reply;
}

/** An adapter that records each send with the time it happened (by `Date.now`, faked in tests). */
export function fakeAdapter(platform: Platform, sent: Sent[], fail?: () => boolean): ChatAdapter {
  return {
    platform,
    start: async () => {},
    stop: async () => {},
    async send(channelId, reply) {
      if (fail?.()) throw new Error('platform said no');
      sent.push({ platform, channelId, at: new Date(Date.now()).toISOString(), reply });
    },
  };
}

/** A logger whose lines tests can read. */
export function recordingLogger(): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

/** "reminder Talks in Moscow" or "digest 2015-12-14": what a sent card was, in one line. */
export function describe(s: Sent): string {
  const { card } = s.reply;
  if (card.kind === 'digest')
    return `${s.at} digest ${card.title.replace('Daily digest — ', '')}${card.subtitle ? ` (${card.subtitle})` : ''}`;
  return `${s.at} ${card.title}${card.subtitle?.includes('late') ? ' (late)' : ''}`;
}
