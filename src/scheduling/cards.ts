/**
 * The digest and reminder cards. Pure: the scheduler and `/digest now` pass everything in
 * (knowledge, channel settings, now, what the ledger knows), so tests read the cards
 * without a store. Kept short enough to read in a minute: at most six events, three new
 * articles and four key points, every line with its paragraph.
 */
import { card, heading, list, paragraphMarks, reply, text, type Citation, type Reply } from '../core/reply.ts';
import type { KnowledgeBase, LoadedPack, PackEvent } from '../knowledge/knowledge-base.ts';
import { eventIndex } from './event-index.ts';
import { eventRelative, formatDate, formatEventForChannel, formatInstant, type LocalDate } from './format.ts';
import type { ReminderSlot } from './plan.ts';
import { byCodePoint } from '../knowledge/text.ts';

const DIGEST_EVENTS = 6;
const DIGEST_NEW_PACKS = 3;
const DIGEST_KEY_POINTS = 4;
const WEEK_MS = 7 * 86_400_000;

export interface DigestInput {
  kb: KnowledgeBase;
  timeZone: string;
  /** The channel-local date the digest is for. */
  date: LocalDate;
  now: Date;
  /** When this channel's previous digest went out (undefined: this is the first). */
  lastDigestAt?: Date;
  /** When each pack was first seen (packs hot-reloaded later count as new). */
  packsSeen: ReadonlyMap<string, Date>;
  /** Due earlier and sent after downtime: the card says so. */
  late?: { dueAt: Date };
}

const cite = (pack: LoadedPack, paragraph: number): Citation => ({
  packId: pack.id,
  packTitle: pack.data.title,
  paragraph,
});

/** Today's digest: the week's events, what is new since the last digest, the key points. */
export function digestReply(input: DigestInput): Reply {
  const { kb, timeZone, now } = input;
  const citations: Citation[] = [];
  const blocks = [];
  if (input.late) blocks.push(text(lateNote(input.late.dueAt, timeZone)));

  const horizon = new Date(now.getTime() + WEEK_MS);
  const [at, until] = [now.getTime(), horizon.getTime()];
  const coming = eventIndex(kb)
    .dated.filter((e) => e.endMs > at && e.startMs < until)
    .map((e) => e.event);
  blocks.push(heading('Coming up (next 7 days)'));
  if (coming.length === 0) blocks.push(text('No dated events in the next 7 days.'));
  else {
    blocks.push(list(coming.slice(0, DIGEST_EVENTS).map((e) => eventLine(e, timeZone, now))));
    for (const e of coming.slice(0, DIGEST_EVENTS)) citations.push(cite(e.pack, e.event.paragraphs[0]!));
    if (coming.length > DIGEST_EVENTS)
      blocks.push(text(`…and ${coming.length - DIGEST_EVENTS} more: /events upcoming`));
  }

  const isNew = (p: LoadedPack) => !input.lastDigestAt || (input.packsSeen.get(p.id) ?? now) > input.lastDigestAt;
  const fresh = kb.packs.filter(isNew);
  blocks.push(heading(input.lastDigestAt ? 'New since the last digest' : 'In the knowledge base'));
  if (fresh.length === 0) blocks.push(text('No new articles.'));
  else {
    const items = fresh
      .slice(0, DIGEST_NEW_PACKS)
      .map((p) => `${p.data.title} (${p.data.source}, ${p.data.published})`);
    if (fresh.length > DIGEST_NEW_PACKS) items.push(`…and ${fresh.length - DIGEST_NEW_PACKS} more`);
    blocks.push(list(items));
  }

  // Key points of the new articles first, then of the most recently published ones; stop at the few shown.
  const points: { pack: LoadedPack; point: LoadedPack['data']['keyPoints'][number] }[] = [];
  const take = (p: LoadedPack) => {
    for (const point of p.data.keyPoints) if (points.length < DIGEST_KEY_POINTS) points.push({ pack: p, point });
  };
  for (const p of fresh) {
    if (points.length >= DIGEST_KEY_POINTS) break;
    take(p);
  }
  for (const p of newestFirst(kb)) {
    if (points.length >= DIGEST_KEY_POINTS) break;
    if (!isNew(p)) take(p);
  }
  if (points.length > 0) {
    blocks.push(heading('Key points'));
    blocks.push(list(points.map(({ point }) => `${point.text} ${paragraphMarks(point.paragraphs)}`)));
    for (const { pack, point } of points) for (const p of point.paragraphs) citations.push(cite(pack, p));
  }

  const c = card({
    kind: 'digest',
    title: `Daily digest — ${formatDate(input.date)}`,
    subtitle: input.late ? 'late' : undefined,
    blocks,
    citations,
    footer: 'Change or stop it with /digest',
  });
  return reply(c, 'channel');
}

/**
 * The packs, most recently published first. A knowledge base never changes (a reload
 * makes a new one), so the order is computed once per knowledge base, not per digest.
 */
const byPublished = new WeakMap<KnowledgeBase, readonly LoadedPack[]>();
function newestFirst(kb: KnowledgeBase): readonly LoadedPack[] {
  let packs = byPublished.get(kb);
  if (!packs)
    byPublished.set(kb, (packs = [...kb.packs].sort((a, b) => byCodePoint(b.data.published, a.data.published))));
  return packs;
}

/** "Friday 18 December 2015 (in 4 days) — Meetings on Syria in New York, New York ¶10". */
function eventLine({ event, pack }: PackEvent, timeZone: string, now: Date): string {
  const when = eventRelative(event, pack.data.timezone, timeZone, now);
  const where = event.place ? `, ${event.place}` : '';
  return (
    `${formatEventForChannel(event, pack.data.timezone, timeZone)}${when ? ` (${when})` : ''} — ` +
    `${event.title}${where} ${paragraphMarks(event.paragraphs)}`
  );
}

export interface ReminderInput {
  slot: ReminderSlot;
  timeZone: string;
  now: Date;
  late?: { dueAt: Date };
}

/** One event, ahead of time: what, when (channel time and how long from now), where, who, and the paragraph. */
export function reminderReply({ slot, timeZone, now, late }: ReminderInput): Reply {
  const { event, pack } = slot.event;
  const when = formatEventForChannel(event, pack.data.timezone, timeZone);
  const relative = eventRelative(event, pack.data.timezone, timeZone, now);
  const names = event.participants.map((id) => pack.data.entities.find((e) => e.id === id)?.name ?? id);
  const fields = [{ label: 'When', value: relative ? `${when} (${relative})` : when }];
  if (event.place) fields.push({ label: 'Where', value: event.place });
  if (names.length > 0) fields.push({ label: 'Who', value: names.join(', ') });
  const blocks = [];
  if (late) blocks.push(text(lateNote(late.dueAt, timeZone)));
  // The summary is the pack's words, not the article's: plain text, with the paragraphs cited below.
  blocks.push(text(`${event.summary} (${paragraphMarks(event.paragraphs)})`));
  const c = card({
    kind: 'reminder',
    title: `Reminder: ${event.title}`,
    subtitle: [relative, late ? 'late' : undefined].filter(Boolean).join(' · ') || undefined,
    blocks,
    fields,
    citations: event.paragraphs.map((p) => cite(pack, p)),
    footer: `As the article put it: “${event.phrase}” · Change or stop reminders with /reminders`,
  });
  return reply(c, 'channel');
}

function lateNote(dueAt: Date, timeZone: string): string {
  return (
    `Late: this was due ${formatInstant(dueAt, timeZone)} but could not go out then ` +
    '(the bot was offline or the platform refused it).'
  );
}
