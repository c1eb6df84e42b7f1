import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../src/briefing/ask/clean.ts';

const PLAIN = 'when is the New York meeting?';

describe('cleanQuestion: what people type around a question', () => {
  it.each([
    ['<@U024BE7LH> when is the New York meeting?'],
    ['<!channel> when is the New York meeting?'],
    ['<!subteam^S0123|@desk> when is the New York meeting?'],
    ['<@&123456789> when is the New York meeting?'],
    ['@everyone when is the New York meeting?'],
    ['guys, when is the New York meeting?'],
    ['quick question: when is the New York meeting?'],
    ['ok so when is the New York meeting?'],
    ['hey alice, when is the New York meeting?'],
    ['Hey guys, quick question: when is the New York meeting?'],
    ['when is the New York meeting? thanks'],
    [':wave: when is the New York meeting? 🙏'],
    ['sorry if this is obvious but when is the New York meeting?'],
    ['dumb question - when is the New York meeting?'],
    ['random q but when is the New York meeting?'],
    ['not sure if this was covered but when is the New York meeting?'],
    ['any idea, when is the New York meeting?'],
  ])('%s', (raw) => {
    expect(cleanQuestion(raw)).toBe(PLAIN);
  });

  it('puts a topic named first back into the question: "the marathon, who won?"', () => {
    expect(cleanQuestion('what about the marathon, who won?')).toBe('who won the marathon?');
    expect(cleanQuestion('and the ferry, when does it close?')).toBe('when does the ferry close?');
    expect(cleanQuestion('In 2015, who met Kerry?')).toBe('who met Kerry in 2015?');
    expect(cleanQuestion('Kerry, what did he say')).toBe('what did Kerry say');
    // A clause of its own stays where it is written.
    expect(cleanQuestion('According to his barrister, what was he suffering from?')).toBe(
      'According to his barrister, what was he suffering from?',
    );
    expect(cleanQuestion('what is P, and what is NP?')).toBe('what is P, and what is NP?');
  });

  it("keeps a Slack link's visible text and a channel link's name", () => {
    expect(cleanQuestion('what does <https://example.org/x|the report> say?')).toBe('what does the report say?');
    expect(cleanQuestion('what did <#C123|syria-desk> decide?')).toBe('what did syria-desk decide?');
  });

  it('reads a question word typed without its apostrophe ("whats", "whos")', () => {
    expect(cleanQuestion('whats the loss for the quarter')).toBe('what is the loss for the quarter');
    expect(cleanQuestion('Whos the judge?')).toBe('Who is the judge?');
    expect(cleanQuestion('whose car was it?')).toBe('whose car was it?');
  });

  it('writes out chat\'s slashed and clipped short forms ("w/o", "b/c", "abt")', () => {
    expect(cleanQuestion('what would the sentence have been w/o the guilty plea')).toBe(
      'what would the sentence have been without the guilty plea',
    );
    expect(cleanQuestion('who went w/ him b/c of the storm')).toBe('who went with him because of the storm');
    expect(cleanQuestion('abt how many ppl')).toBe('about how many people');
    expect(cleanQuestion('what % of teens vape')).toBe('what percent of teens vape');
    expect(cleanQuestion('how much were q3 sales, and H1 profit')).toBe(
      'how much were third quarter sales, and first half profit',
    );
  });

  it('reads chat spellings as their words and drops its asides ("wen did u", "tho", "lol")', () => {
    expect(cleanQuestion('wen did u hear abt it tho')).toBe('when did you hear about it');
    expect(cleanQuestion('wat r the govt msgs lol')).toBe('what are the government messages');
    expect(cleanQuestion('y did the cops stop him rn?')).toBe('why did the police stop him?');
    expect(cleanQuestion('wats the vote, tbh')).toBe('what is the vote');
    // "n" is chat's "and": as a word to find it met a mathematics article's n and took the conversation there.
    expect(cleanQuestion('n when r they back')).toBe('and when are they back');
    expect(cleanQuestion('whats her name n age')).toBe('what is her name and age');
    expect(cleanQuestion('what is the time across all functions of n?')).toBe(
      'what is the time across all functions of n?',
    );
    expect(cleanQuestion('how high up r we talking')).toBe('how high up');
    expect(cleanQuestion('wat was he convicted of in the first place')).toBe('what was he convicted of');
    expect(cleanQuestion('that dig w the old letters, did any1 see the privacy commish yday')).toBe(
      'that dig with the old letters, did anyone see the privacy commissioner yesterday',
    );
    expect(cleanQuestion('how much wud the coop refurb cost til feb')).toBe(
      'how much would the cooperative refurbishment cost until february',
    );
    expect(cleanQuestion('which hosp did the cllr go to that nite')).toBe(
      'which hospital did the councillor go to that night',
    );
    // "Explain like I'm five": what a thing is; before a question of its own, only an opener.
    expect(cleanQuestion('eli5 land release')).toBe('what is land release');
    expect(cleanQuestion('ELI5: phreatic eruption')).toBe('what is phreatic eruption');
    expect(cleanQuestion('eli5 why does the tide turn')).toBe('why does the tide turn');
    expect(cleanQuestion('wtf is a night mayor')).toBe('what is a night mayor');
    // A capital past the first word is a name's, not a chat spelling: "Plan U", "R&D", "Viktor Bout".
    expect(cleanQuestion('is R&D in Plan U')).toBe('is R&D in Plan U');
    expect(cleanQuestion('Wat happened to Viktor Bout LOL')).toBe('what happened to Viktor Bout');
    expect(cleanQuestion('how many RN were hired')).toBe('how many RN were hired');
  });

  it('returns the text as typed when nothing but filler is left', () => {
    expect(cleanQuestion('thanks')).toBe('thanks');
  });
});
