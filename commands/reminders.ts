import { defineCommand } from '../src/core/command.ts';
import { UserError } from '../src/core/errors.ts';
import { card, heading, list, reply, text } from '../src/core/reply.ts';
import {
  byWhom,
  channelSettings,
  describeReminders,
  nextReminderLines,
  requireManage,
} from '../src/scheduling/channel.ts';
import { parseLeads } from '../src/scheduling/settings-input.ts';

export default defineCommand({
  name: 'reminders',
  description: "Reminders in this channel before the articles' dated events",
  options: [
    {
      name: 'action',
      type: 'string',
      description: 'on or off; nothing shows the setting and the next reminders',
      choices: [
        { name: 'on', value: 'on' },
        { name: 'off', value: 'off' },
      ],
    },
    {
      name: 'leads',
      type: 'string',
      description: 'How long before: e.g. 1d 1h (the default), 30m, 2d',
      rest: true,
      maxLength: 100,
    },
  ],
  examples: ['reminders on', 'reminders on 2d 1h', 'reminders off', 'reminders'],
  async run(ctx) {
    const { options, clock, kb, store } = ctx;
    const now = clock.now();
    const current = await channelSettings(ctx);
    if (!options.action) {
      if (options.leads) throw new UserError('usage', `To set reminders, say /reminders on, e.g. /reminders on 1d 1h.`);
      const blocks = [text(`Reminders here: ${describeReminders(current)}.`)];
      const next = nextReminderLines(current, kb, now);
      if (current.reminders)
        blocks.push(
          heading('Next reminders'),
          next.length > 0 ? list(next) : text('None due: no upcoming dated events.'),
        );
      return reply(
        card({
          kind: 'settings',
          title: 'Reminders',
          blocks,
          footer: 'Change them with /reminders on [leads] or /reminders off',
        }),
      );
    }
    requireManage(ctx, 'reminders');
    if (options.action === 'off') {
      if (options.leads) throw new UserError('usage', '/reminders off takes nothing more.');
      if (!current.reminders)
        return reply(
          card({
            kind: 'settings',
            title: 'Reminders',
            blocks: [text('Reminders are not on in this channel; nothing to turn off.')],
          }),
        );
      await store.saveChannel({ ...current, reminders: undefined });
      return reply(
        card({
          kind: 'settings',
          title: 'Reminders turned off',
          blocks: [text(`No more event reminders here${byWhom(ctx)}. /reminders on brings them back.`)],
        }),
        'channel',
      );
    }
    const saved = { ...current, reminders: { leads: parseLeads(options.leads), since: now } };
    await store.saveChannel(saved);
    const next = nextReminderLines(saved, kb, now);
    const blocks = [text(`Reminders here: ${describeReminders(saved)}${byWhom(ctx)}.`)];
    blocks.push(
      heading('Next reminders'),
      next.length > 0 ? list(next) : text('None due yet: no upcoming dated events.'),
    );
    return reply(
      card({ kind: 'settings', title: 'Reminders on', blocks, footer: '/reminders off stops them' }),
      'channel',
    );
  },
});
