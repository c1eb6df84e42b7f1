import { defineCommand } from '../src/core/command.ts';
import { briefReply } from '../src/briefing/brief.ts';

export default defineCommand({
  name: 'brief',
  description: 'A short, sourced briefing on a person, organisation, place, event or theme',
  options: [
    {
      name: 'topic',
      type: 'string',
      description: 'Who or what: a name, alias, place, event or theme',
      required: true,
      autocomplete: true,
      rest: true,
      maxLength: 200,
    },
  ],
  examples: [
    'brief Kerry',
    'brief Sergei Lavrov',
    'brief New York meeting',
    'brief coalition',
    'brief sources',
    'brief sources since:2026-01',
  ],
  run: ({ kb, options, page, continuations }) => briefReply({ kb, topic: options.topic, page, continuations }),
});
