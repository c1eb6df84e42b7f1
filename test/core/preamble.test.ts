/** dropPreamble and the shared markup cleaning, rule by rule. */
import { describe, expect, it } from 'vitest';
import { cleanMessage, plainText } from '../../src/core/markup.ts';
import { CLOSERS, dropPreamble, looksLikeQuestion, OPENERS } from '../../src/core/preamble.ts';

describe('dropPreamble', () => {
  it.each([
    ['guys, when is it?', 'when is it?'],
    ['quick question: who is Toner?', 'who is Toner?'],
    ['ok so who is Toner?', 'who is Toner?'],
    ['OK SO, Guys: who is Toner?', 'who is Toner?'],
    ['hey alice when is it?', 'when is it?'],
    ['hey alice, when is it?', 'when is it?'],
    ['hey, when is it?', 'when is it?'],
    ['hey when is it?', 'when is it?'],
    ['hi briefbot! brief Kerry', 'brief Kerry'],
    ['who met? thanks!', 'who met?'],
    ['please brief Kerry', 'brief Kerry'],
    // News shared before the question: the asker's seeing or hearing is no word for an article to hold.
    ['did u see malawi is raising the minimum wage? how much', 'malawi is raising the minimum wage? how much'],
    ['have you heard about the strike, when does it end', 'the strike, when does it end'],
  ])('%j → %j', (input, expected) => {
    expect(dropPreamble(input)).toBe(expected);
  });

  it('keeps ordinary words that only look like openers, and text that is all preamble', () => {
    expect(dropPreamble('all the leaders met?')).toBe('all the leaders met?');
    expect(dropPreamble('well-known facts?')).toBe('well-known facts?');
    expect(dropPreamble('so')).toBe('so');
    expect(dropPreamble('thanks')).toBe('thanks');
  });

  it('drops a closer only as a word of its own: "guilty" and "city" do not end in "ty"', () => {
    expect(dropPreamble('did he plead guilty')).toBe('did he plead guilty');
    expect(dropPreamble('which city')).toBe('which city');
    expect(dropPreamble('who won ty')).toBe('who won');
    expect(dropPreamble('when is it pls')).toBe('when is it');
  });

  it('reads its phrases from data lists', () => {
    expect(OPENERS).toContain('quick question');
    expect(CLOSERS).toContain('thanks');
  });
});

describe('cleanMessage', () => {
  const rules = [
    {
      pattern: /<@(\w+)>/g,
      read: (m: RegExpExecArray) => ({ kind: m[1] === 'ME' ? ('self' as const) : ('user' as const) }),
    },
    { pattern: /\[([^\]]+)\]\([^)]+\)/g, read: (m: RegExpExecArray) => ({ kind: 'label' as const, label: m[1]! }) },
  ];

  it('removes mentions, keeps labels, and says who was mentioned', () => {
    expect(cleanMessage('<@ME> ask <@U2> about [the meeting](https://x.org)', rules)).toEqual({
      text: 'ask about the meeting',
      mentionsSelf: true,
      mentionsOthers: true,
    });
    expect(cleanMessage('<@ME>, when?', rules)).toEqual({ text: 'when?', mentionsSelf: true, mentionsOthers: false });
  });

  it('strips formatting marks and folds lines', () => {
    expect(plainText('```js\nwhen is **it**?\n```')).toBe('when is it?');
    expect(plainText('> quoted\n>>> more ||spoiler|| `code` _it_ ~gone~')).toBe('quoted more spoiler code it gone');
    expect(plainText('10:30 in Port_of_Spain')).toBe('10:30 in Port_of_Spain');
  });
});

describe('looksLikeQuestion', () => {
  it('takes a question mark or a question word for a question, and small talk for none', () => {
    for (const q of ['when is that?', 'and him?', 'who else is going', 'brief Kerry', 'Where was it'])
      expect(looksLikeQuestion(q)).toBe(true);
    for (const t of ['thanks, great!', 'lol', 'see you there', 'ok']) expect(looksLikeQuestion(t)).toBe(false);
  });
});
