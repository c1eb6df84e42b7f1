import { defineCommand } from '../src/core/command.ts';
import { card, heading, list, reply, text, type Citation } from '../src/core/reply.ts';
import type { PackEvent } from '../src/knowledge/knowledge-base.ts';
import { channelTimeZone } from '../src/scheduling/channel.ts';
import { eventIndex, notOver, pastPage, type IndexedEvent } from '../src/scheduling/event-index.ts';
import { formatEventForChannel, isoLocalDate } from '../src/scheduling/format.ts';

/** Events per page, so a large archive still fits one chat message. */
const PAGE_SIZE = 12;

export default defineCommand({
  name: 'events',
  description: "The articles' dated events: upcoming first, then past",
  options: [
    {
      name: 'when',
      type: 'string',
      description: 'Which events to list',
      choices: [
        { name: 'upcoming', value: 'upcoming' },
        { name: 'past', value: 'past' },
        { name: 'all', value: 'all' },
      ],
    },
  ],
  examples: ['events', 'events upcoming', 'events past'],
  async run(ctx) {
    const { kb, clock, options, page } = ctx;
    const now = clock.now();
    // Timed events are shown in the channel's timezone (set by /digest on … <timezone>).
    const zone = await channelTimeZone(ctx);
    const when = options.when ?? 'all';
    // The index holds every dated event with its window, sorted once per knowledge base.
    // Only what is not over and the page shown are read: an archive is mostly past events.
    const index = eventIndex(kb);
    const at = now.getTime();
    const upcoming = notOver(index, at);
    const sections: [string, number, (skip: number, take: number) => IndexedEvent[]][] = [];
    const pastCount = index.dated.length - upcoming.length;
    const upcomingSlice = (skip: number, take: number) => upcoming.slice(skip, skip + take);
    if (when !== 'past') sections.push(['Upcoming', upcoming.length, upcomingSlice]);
    if (when !== 'upcoming') sections.push(['Past', pastCount, (skip, take) => pastPage(index, at, skip, take)]);
    const total = sections.reduce((n, [, count]) => n + count, 0);
    const shown: { title: string; e: IndexedEvent }[] = [];
    let offset = 0;
    for (const [title, count, slice] of sections) {
      const from = Math.max(0, (page - 1) * PAGE_SIZE - offset);
      const to = Math.min(count, Math.max(0, page * PAGE_SIZE - offset));
      if (to > from) for (const e of slice(from, to - from)) shown.push({ title, e });
      offset += count;
    }
    if (total === 0) {
      return reply(
        card({
          kind: 'events',
          title: 'Events',
          blocks: [text(`No ${when === 'all' ? '' : `${when} `}dated events in the knowledge base.`)],
        }),
        'ephemeral',
        false,
      );
    }
    const blocks = sections.flatMap(([title]) => {
      const items = shown
        .filter((r) => r.title === title)
        .map((r) => line(r.e.event, r.e.startMs <= at && r.e.endMs > at, zone));
      return items.length > 0 ? [heading(title), list(items)] : [];
    });
    if (when !== 'past' && upcoming.length === 0 && page === 1)
      blocks.unshift(text('Nothing upcoming: every dated event is in the past.'));
    const citations: Citation[] = shown.map(({ e: { event: e } }) => ({
      packId: e.pack.id,
      packTitle: e.pack.data.title,
      paragraph: e.event.paragraphs[0]!,
    }));
    const pages = Math.ceil(total / PAGE_SIZE);
    return {
      ...reply(
        card({
          kind: 'events',
          title: 'Events',
          subtitle: `as of ${isoLocalDate(now, zone)} (${zone})`,
          blocks,
          citations,
          footer: pages > 1 ? `page ${page} of ${pages}` : undefined,
        }),
      ),
      hasMore: page < pages,
    };
  },
});

/** "Friday 18 December 2015 (“On 18 December”) — Meetings on Syria in New York, New York ¶10" */
function line({ event, pack }: PackEvent, ongoing: boolean, zone: string): string {
  const where = event.place ? `, ${event.place}` : '';
  const now = ongoing ? ' (under way)' : '';
  return (
    `${formatEventForChannel(event, pack.data.timezone, zone)} (“${event.phrase}”) — ` +
    `${event.title}${where}${now} ¶${event.paragraphs.join(', ¶')}`
  );
}
