/**
 * The card design as each platform receives it: one /brief and one answer, from the real
 * core over the seed article, rendered for Slack (Block Kit), Discord (embeds) and the
 * shell. A layout change shows up as a diff of these snapshots. Button state ids are random,
 * so they are replaced by stable placeholders first.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReply as discordPayload } from '../../src/adapters/discord/render.ts';
import { renderReply as slackPayload } from '../../src/adapters/slack/render.ts';
import type { Core } from '../../src/core/core.ts';
import { loadCommands } from '../../src/core/registry.ts';
import type { Reply } from '../../src/core/reply.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { loadPacks } from '../../src/knowledge/load.ts';
import { renderText } from '../../src/render/text.ts';
import { channelOrigin, testCore } from '../support/core-harness.ts';

let core: Core;
let brief: Reply;
let answer: Reply;

const stable = (r: Reply): Reply => ({
  ...r,
  card: { ...r.card, buttons: r.card.buttons.map((b, i) => ({ ...b, value: `state-${i + 1}` })) },
});

beforeAll(async () => {
  const { packs } = loadPacks('knowledge');
  core = testCore(await loadCommands(), createKnowledgeBase(packs)).core;
  brief = stable(await core.handle({ ...channelOrigin, type: 'command-text', name: 'brief', text: 'Kerry' }));
  answer = stable(
    await core.handle({ ...channelOrigin, type: 'mention', text: 'guys, when is the New York meeting?' }),
  );
});

describe('card payloads', () => {
  it('Slack: /brief Kerry', () => {
    expect(slackPayload(brief)).toMatchSnapshot();
  });
  it('Slack: an answer', () => {
    expect(slackPayload(answer)).toMatchSnapshot();
  });
  it('Discord: /brief Kerry', () => {
    expect(discordPayload(brief)).toMatchSnapshot();
  });
  it('Discord: an answer', () => {
    expect(discordPayload(answer)).toMatchSnapshot();
  });
  it('shell: /brief Kerry', () => {
    expect(renderText(brief, { buttonHints: true })).toMatchSnapshot();
  });
  it('shell: an answer', () => {
    expect(renderText(answer, { buttonHints: true })).toMatchSnapshot();
  });
});

describe('the source line with a link (a pack with `url`)', () => {
  const linked = (): Reply => ({
    ...answer,
    card: { ...answer.card, source: { ...answer.card.source!, url: 'https://example.org/kerry-putin' } },
  });

  it('is one line on every platform, with the link where the platform can show one', () => {
    const slack = slackPayload(linked())[0]!.blocks.filter((b) => b.type === 'context');
    expect(slack).toEqual([
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            verbatim: true,
            text:
              'Kerry meets Putin in Moscow as Syria and Ukraine top the agenda · 15 December 2015 · ' +
              '<https://example.org/kerry-putin|read the article>',
          },
        ],
      },
    ]);
    const [embed] = discordPayload(linked()).messages[0]!.embeds;
    expect(embed).toMatchObject({
      url: 'https://example.org/kerry-putin',
      footer: { text: 'Kerry meets Putin in Moscow as Syria and Ukraine top the agenda · 15 December 2015' },
    });
    expect(renderText(linked())).toContain(
      'Source: Kerry meets Putin in Moscow as Syria and Ukraine top the agenda · 15 December 2015 · ' +
        'https://example.org/kerry-putin',
    );
  });

  it('never says the confidence in numbers; a weak answer says so in words', () => {
    const unsure: Reply = { ...answer, card: { ...answer.card, caution: 'Not sure — closest passage' } };
    expect(JSON.stringify([slackPayload(answer), discordPayload(answer), renderText(answer)])).not.toMatch(
      /confidence|\d\.\d\d/,
    );
    expect(JSON.stringify(slackPayload(unsure))).toContain('Not sure — closest passage');
    expect(discordPayload(unsure).messages[0]!.embeds[0]!.description).toMatch(/^\*Not sure — closest passage\*/);
    expect(renderText(unsure).split('\n')[1]).toBe('(Not sure — closest passage)');
  });
});
