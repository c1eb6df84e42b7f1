import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createShellAdapter, WELCOME } from '../../src/adapters/shell/shell.ts';
import { defineCommand } from '../../src/core/command.ts';
import { card, reply, text } from '../../src/core/reply.ts';
import { testCore } from '../support/core-harness.ts';

const pages = defineCommand({
  name: 'count',
  description: 'Counts pages',
  options: [],
  run: ({ page }) => ({ ...reply(card({ kind: 'info', title: `page ${page}` })), hasMore: page < 3 }),
});
const ask = defineCommand({
  name: 'ask',
  description: 'Questions',
  options: [{ name: 'question', type: 'string', description: 'q', required: true, rest: true }],
  run: ({ options, carried }) => ({
    ...reply(
      card({
        kind: 'answer',
        title: 'Answer',
        blocks: [text(`you asked: ${options.question} (about: ${carried?.topics.join(', ') ?? 'nothing yet'})`)],
      }),
    ),
    topics: options.question.includes('Kerry') ? ['John Kerry'] : [],
  }),
});

function session(interactive = true) {
  const input = new PassThrough();
  const output = new PassThrough();
  let seen = '';
  output.on('data', (chunk) => (seen += String(chunk)));
  const { core } = testCore([pages, ask]);
  const shell = createShellAdapter({ core, input, output, interactive });
  return { shell, input, seen: () => seen };
}

describe('shell chat', () => {
  it('welcomes, runs commands and questions, presses /more, and leaves on /quit', async () => {
    const { shell, input, seen } = session();
    await shell.start();
    input.write('/count\n');
    input.write('/more\n');
    input.write('who is Kerry?\n');
    input.write('/quit\n');
    await shell.closed;
    const out = seen();
    expect(out).toContain(WELCOME);
    expect(out).toMatch(/page 1[\s\S]*\(\/more\)[\s\S]*page 2/);
    expect(out).toContain('you asked: who is Kerry? (about: nothing yet)');
  });

  it('reads a question with the topic of the answer before it', async () => {
    const { shell, input, seen } = session(false);
    await shell.start();
    input.write('who is Kerry?\n');
    input.write('where is he now?\n');
    input.end();
    await shell.closed;
    expect(seen()).toContain('you asked: where is he now? (about: John Kerry)');
  });

  it('says so when there is no button to press, and prints unprompted posts', async () => {
    const { shell, input, seen } = session(false);
    await shell.start();
    input.write('/more\n');
    await shell.send('shell', reply(card({ kind: 'reminder', title: 'Reminder: New York meeting' }), 'channel'));
    input.end();
    await shell.closed;
    expect(seen()).toContain('There is nothing to press');
    expect(seen()).toContain('Reminder: New York meeting');
    expect(seen()).not.toContain(WELCOME);
  });
});
