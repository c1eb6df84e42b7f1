/**
 * A small, predictable core for the Slack tests and benchmark: fake commands that echo what
 * they were asked (so escaping can be checked), page (so "Show more" can be pressed), run
 * long (so splitting can be checked) or throw (so apologies can be checked), over an empty
 * fake knowledge base. The Slack adapter sees a real `createCore`.
 */
import type { Logger } from 'pino';
import { manualClock } from '../../src/core/clock.ts';
import { defineCommand, type AnyCommand } from '../../src/core/command.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createCore, type Core } from '../../src/core/core.ts';
import { card, list, quote, reply, text, type Citation } from '../../src/core/reply.ts';
import { silentLogger } from '../../src/log.ts';
import { nullStore } from '../../src/storage/store.ts';

export const CITE: Citation = {
  packId: 'kerry-2015',
  packTitle: 'Kerry meets Putin in Moscow',
  paragraph: 10,
  sentence: 'They will meet in New York on Friday.',
};

/** How many characters `/brief long` answers with: far over every Slack limit. */
export const LONG_LENGTH = 200_000;

import { emptyKnowledge } from './core-harness.ts';

export { emptyKnowledge };

/** Words "word0 word1 …", exactly `LONG_LENGTH` characters, not ending in a space. */
export function longText(): string {
  let out = '';
  for (let i = 0; out.length < LONG_LENGTH; i++) out += `word${i} `;
  return `${out.slice(0, LONG_LENGTH - 1)}x`;
}

const brief = defineCommand({
  name: 'brief',
  description: 'A short, sourced briefing on a topic',
  options: [{ name: 'topic', type: 'string', description: 'Who or what', required: true, rest: true }],
  examples: ['brief Kerry'],
  run: ({ options, page }) => {
    if (options.topic === 'long')
      return reply(card({ kind: 'theme', title: 'A long one', blocks: [text(longText())] }));
    return {
      ...reply(
        card({
          kind: 'person',
          title: `${options.topic} (page ${page})`,
          subtitle: 'US Secretary of State',
          blocks: [
            text(`Briefing on ${options.topic}, part ${page}.`),
            quote(CITE.sentence!, CITE),
            list(['Met Putin', 'Met Lavrov']),
          ],
          fields: [
            { label: 'Role', value: 'Secretary of State', inline: true },
            { label: 'Mentioned in', value: '¶1, ¶10', inline: true },
          ],
          citations: [CITE],
          footer: `Page ${page} of 3`,
        }),
      ),
      hasMore: page < 3,
    };
  },
});

const ask = defineCommand({
  name: 'ask',
  description: 'Ask a question',
  options: [{ name: 'question', type: 'string', description: 'Your question', required: true, rest: true }],
  run: ({ options }) =>
    reply(
      card({
        kind: 'answer',
        title: 'Answer',
        blocks: [text(`You asked: ${options.question}`), quote(CITE.sentence!, CITE)],
        citations: [CITE],
      }),
    ),
});

const help = defineCommand({
  name: 'help',
  description: 'What I can do',
  options: [{ name: 'command', type: 'string', description: 'A command to explain', required: false }],
  run: ({ options }) =>
    reply(
      card({
        kind: 'help',
        title: options.command ? `Help: /${options.command}` : 'Help',
        blocks: [text('Try /brief Kerry')],
      }),
    ),
});

const boom = defineCommand({
  name: 'boom',
  description: 'Fails, for the tests',
  options: [],
  run: () => {
    throw new Error('kaboom');
  },
});

export const testCommands: AnyCommand[] = [brief, ask, help, boom] as AnyCommand[];

/** The December 2015 clock the fixtures run on. */
export const START = new Date('2015-12-15T09:00:00Z');

export function testCore(log: Logger = silentLogger()): Core {
  const clock = manualClock(START);
  return createCore({
    knowledge: () => emptyKnowledge,
    clock,
    store: nullStore(),
    log,
    commands: testCommands,
    continuations: memoryContinuations(clock),
  });
}
