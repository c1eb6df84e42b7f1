import { defineCommand } from '../src/core/command.ts';
import { UserError } from '../src/core/errors.ts';
import { card, reply, text } from '../src/core/reply.ts';
import { digestReply } from '../src/scheduling/cards.ts';
import { byWhom, channelRef, channelSettings, describeDigest, requireManage } from '../src/scheduling/channel.ts';
import { localDate } from '../src/scheduling/format.ts';
import { looksLikeTime, parseTimeOfDay, parseTimeZone } from '../src/scheduling/settings-input.ts';

/** The digest time when `/digest on` names none. */
const DEFAULT_TIME = '08:00';

export default defineCommand({
  name: 'digest',
  description: "This channel's daily digest: upcoming events, new articles, key points",
  options: [
    {
      name: 'action',
      type: 'string',
      description: 'on, off, or now (post today’s digest here now); nothing shows the setting',
      choices: [
        { name: 'on', value: 'on' },
        { name: 'off', value: 'off' },
        { name: 'now', value: 'now' },
      ],
    },
    { name: 'time', type: 'string', description: 'Local time, 24-hour HH:MM (default 08:00)', maxLength: 20 },
    {
      name: 'timezone',
      type: 'string',
      description: 'IANA timezone such as Europe/London (default: the channel’s)',
      maxLength: 64,
    },
  ],
  examples: ['digest on 08:00 Europe/London', 'digest now', 'digest off', 'digest'],
  async run(ctx) {
    const { options, clock, kb, store } = ctx;
    const now = clock.now();
    const current = await channelSettings(ctx);
    if (!options.action) {
      if (options.time || options.timezone)
        throw new UserError('usage', 'To set the digest, say /digest on, e.g. /digest on 08:00 Europe/London.');
      return reply(
        card({
          kind: 'settings',
          title: 'Daily digest',
          blocks: [text(`Daily digest here: ${describeDigest(current, now)}.`)],
          footer: 'Change it with /digest on [HH:MM] [timezone] or /digest off',
        }),
      );
    }
    if (options.action === 'now') {
      if (options.time || options.timezone) throw new UserError('usage', '/digest now takes nothing more.');
      return digestReply({
        kb,
        timeZone: current.timeZone,
        date: localDate(now, current.timeZone),
        now,
        lastDigestAt: await store.lastDigestAt(channelRef(ctx)),
        packsSeen: await store.packsSeen(),
      });
    }
    requireManage(ctx, 'digest');
    if (options.action === 'off') {
      if (options.time || options.timezone) throw new UserError('usage', '/digest off takes nothing more.');
      if (!current.digest)
        return reply(
          card({
            kind: 'settings',
            title: 'Daily digest',
            blocks: [text('This channel has no daily digest; nothing to turn off.')],
          }),
        );
      await store.saveChannel({ ...current, digest: undefined });
      return reply(
        card({
          kind: 'settings',
          title: 'Daily digest turned off',
          blocks: [text(`No more daily digests here${byWhom(ctx)}. /digest on brings them back.`)],
        }),
        'channel',
      );
    }
    // `/digest on Europe/London`: a lone word that is not a time is the timezone.
    let { time, timezone } = options;
    if (time && !timezone && !looksLikeTime(time)) [time, timezone] = [undefined, time];
    const at = time ? parseTimeOfDay(time) : (current.digest?.time ?? DEFAULT_TIME);
    const zone = timezone ? parseTimeZone(timezone) : current.timeZone;
    const saved = { ...current, timeZone: zone, digest: { time: at, since: now } };
    await store.saveChannel(saved);
    return reply(
      card({
        kind: 'settings',
        title: 'Daily digest on',
        blocks: [text(`Daily digest here ${describeDigest(saved, now)}${byWhom(ctx)}.`)],
        footer: '/digest now shows today’s · /digest off stops it',
      }),
      'channel',
    );
  },
});
