/**
 * The shell chat: the bot in a terminal, for trying it out and for development, like
 * Hubot's shell adapter. `/brief Kerry`, `/events`, `/help` run commands; any other line
 * is a question; `/more`, `/share` and `/pick <name>` press the last answer's buttons.
 * Digests and reminders arrive here too, through `send`.
 *
 * Leaving is always clean: `/quit`, Ctrl-D (end of input), Ctrl-C in a terminal and a
 * closed output (`| head`) all close the shell, nothing is read or answered after that,
 * and `closed` resolves so the process can exit 0.
 */
import { createInterface, type Interface } from 'node:readline';
import type { ChatAdapter } from '../../core/adapter.ts';
import type { Core } from '../../core/core.ts';
import type { Origin } from '../../core/incoming.ts';
import type { Button, Reply } from '../../core/reply.ts';
import { renderText } from '../../render/text.ts';

export interface ShellOptions {
  core: Core;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Show a prompt and the welcome (off when stdin is not a terminal, e.g. piped input). */
  interactive?: boolean;
}

export const WELCOME =
  'briefbot shell: /help lists the commands, any other line is a question; /quit or Ctrl-D leaves.';

/** The channel every shell line comes from; subscriptions made here are keyed by it. */
export const SHELL_CHANNEL = 'shell';
const SHELL_THREAD = 'main';

export interface ShellAdapter extends ChatAdapter {
  /** Resolves when the person leaves (`/quit`, Ctrl-D, end of input). */
  readonly closed: Promise<void>;
}

export function createShellAdapter({ core, input, output, interactive = true }: ShellOptions): ShellAdapter {
  const origin: Origin = {
    platform: 'shell',
    user: { id: 'local', name: 'you' },
    channel: { id: SHELL_CHANNEL, isDirect: true },
    canManageChannel: true,
  };
  let rl: Interface | undefined;
  /** Set by /quit, Ctrl-C, end of input or a broken pipe: no line is answered after it. */
  let leaving = false;
  let lastButtons: Button[] = [];
  let queue = Promise.resolve();
  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));

  const print = (text: string): void => {
    if (!outputBroken) output.write(`${text}\n`);
  };
  let outputBroken = false;
  const leave = () => {
    leaving = true;
    rl?.close();
  };
  // A closed pipe (`briefbot start | head`) is a way of leaving, not a crash.
  output.on('error', (error: NodeJS.ErrnoException) => {
    outputBroken = true;
    if (error.code !== 'EPIPE') process.emitWarning(`shell output failed: ${error.message}`);
    leave();
  });
  const show = (reply: Reply) => {
    lastButtons = reply.card.buttons;
    print(renderText(reply, { buttonHints: true }));
    print('');
  };

  async function onLine(raw: string): Promise<void> {
    const line = raw.trim();
    if (line === '') return;
    const button = pressed(line, lastButtons);
    if (button === null) return print('There is nothing to press: ask something first.');
    if (button)
      return show(await core.handle({ ...origin, type: 'action', action: button.action, value: button.value }));
    const command = /^\/(\S+)\s*([\s\S]*)$/.exec(line);
    if (command)
      return show(await core.handle({ ...origin, type: 'command-text', name: command[1]!, text: command[2]! }));
    // The shell is one conversation: a question is read with the topic of the answer before it.
    const answer = await core.handle({ ...origin, type: 'mention', text: line, thread: SHELL_THREAD });
    show(answer);
    await core.remember({ platform: 'shell', channelId: SHELL_CHANNEL, threadId: SHELL_THREAD }, answer);
  }

  return {
    platform: 'shell',
    closed,
    async start() {
      rl = createInterface({
        input,
        output,
        terminal: interactive && (output as { isTTY?: boolean }).isTTY === true,
        prompt: '> ',
      });
      if (interactive) print(WELCOME);
      rl.on('line', (line) => {
        if (leaving) return;
        // Decided as the line arrives, so lines piped after /quit are never answered.
        if (/^\/(quit|exit)$/i.test(line.trim())) return leave();
        // One line at a time, in order, even when answers take a while.
        queue = queue
          .then(() => onLine(line))
          .catch((error) => print(`Sorry, that failed: ${String(error)}`))
          .then(() => void (interactive && !leaving && rl?.prompt()));
      });
      // Ctrl-C in a terminal: readline would only pause; leave instead, as Ctrl-D does.
      rl.on('SIGINT', leave);
      rl.on('close', () => {
        leaving = true;
        void queue.then(resolveClosed);
      });
      if (interactive) rl.prompt();
    },
    async stop() {
      if (!rl) resolveClosed();
      leave();
      await closed;
    },
    async send(_channelId, reply) {
      print('');
      show(reply);
      if (interactive && !leaving) rl?.prompt(true);
    },
  };
}

/** `/more`, `/share`, `/pick <name>`: the matching button, null when there is none, undefined for other lines. */
function pressed(line: string, buttons: Button[]): Button | null | undefined {
  const match = /^\/(more|share|pick)\b\s*(.*)$/i.exec(line);
  if (!match) return undefined;
  const action = match[1]!.toLowerCase();
  const label = match[2]!.trim().toLowerCase();
  const candidates = buttons.filter((b) => b.action === action);
  if (action === 'pick' && label)
    return (
      candidates.find((b) => b.label.toLowerCase() === label) ??
      candidates.find((b) => b.label.toLowerCase().includes(label)) ??
      null
    );
  return candidates[0] ?? null;
}
