import { describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/core/command.ts';
import { UserError } from '../../src/core/errors.ts';
import { parseCommandText, tokenize, usage, validateOptions } from '../../src/core/parse-options.ts';
import { reply, card } from '../../src/core/reply.ts';

const digest = defineCommand({
  name: 'digest',
  description: 'Daily digest',
  options: [
    {
      name: 'action',
      type: 'string',
      description: 'on, off or now',
      choices: [
        { name: 'on', value: 'on' },
        { name: 'off', value: 'off' },
      ],
    },
    { name: 'time', type: 'string', description: 'HH:MM' },
    { name: 'timezone', type: 'string', description: 'IANA zone' },
  ],
  run: () => reply(card({ kind: 'info', title: '' })),
});
const top = defineCommand({
  name: 'top',
  description: 'Numbers',
  options: [
    { name: 'count', type: 'integer', description: 'How many', required: true, minValue: 1, maxValue: 25 },
    { name: 'verbose', type: 'boolean', description: 'More words' },
  ],
  run: () => reply(card({ kind: 'info', title: '' })),
});

describe('parseCommandText', () => {
  it('assigns words to options by position', () => {
    expect(parseCommandText(digest, 'on 08:00 Europe/London')).toEqual({
      action: 'on',
      time: '08:00',
      timezone: 'Europe/London',
    });
  });
  it('skips an optional choice option when the word is not a choice', () => {
    expect(parseCommandText(digest, '08:00')).toEqual({ time: '08:00' });
  });
  it('accepts name:value and quoted phrases', () => {
    expect(parseCommandText(digest, 'timezone:UTC on')).toEqual({ action: 'on', timezone: 'UTC' });
    expect(tokenize('say "New York" now')).toEqual(['say', 'New York', 'now']);
  });
  it('converts and checks integers and booleans', () => {
    expect(parseCommandText(top, '5 yes')).toEqual({ count: 5, verbose: true });
    expect(() => parseCommandText(top, 'five')).toThrow(/whole number/);
    expect(() => parseCommandText(top, '99')).toThrow(/between 1 and 25/);
    expect(() => parseCommandText(top, '5 maybe')).toThrow(/yes or no/);
  });
  it('refuses too many words, unknown options and missing required ones with the usage', () => {
    expect(() => parseCommandText(digest, 'on 08:00 UTC extra')).toThrow(/Too many words.*Usage: \/digest/);
    expect(() => validateOptions(digest, { colour: 'red' })).toThrow(UserError);
    expect(() => parseCommandText(top, '')).toThrow(/needs count/);
    expect(usage(digest)).toBe('Usage: /digest [on|off] [time] [timezone]');
  });
});
