import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { buildLexicon, GENERAL_LEXICON } from '../../src/knowledge/lexicon/lexicon.ts';

const lexicon = buildLexicon(GENERAL_LEXICON);
const frame = (q: string) => readQuestion(q, lexicon);

describe('readQuestion: the answer type', () => {
  it.each([
    ['Who ruled the duchy of Normandy?', 'person'],
    ['When did the Normans reach Italy?', 'time'],
    ['In what year was the treaty signed?', 'time'],
    ['Where did Rollo settle?', 'place'],
    ['What country is Normandy in?', 'place'],
    ['How many men were in the army?', 'quantity'],
    ['How much did the terminal cost?', 'money'],
    ['What percentage of passengers left?', 'percent'],
    ['How long did the siege last?', 'duration'],
    ['how old is the new captain?', 'age'],
    // "how high", "how big" ask the size of what they measure: a price is money, a share a percentage.
    ['how high did power prices go', 'money'],
    ['how big was their share of the vote', 'percent'],
    ['how high did the ash go', 'measure'],
    ['how big a pay rise did they turn down', 'quantity'],
    ['how far did the shares fall', 'percent'],
    ['how far did he fall', 'measure'],
    ['what age is the witness?', 'age'],
    // The model tags a noun ending the question after its article an adjective ("the fine").
    ['whats the fine', 'money'],
    ['what was the fine for speeding', 'money'],
    ['what was the vote', 'score'],
    ['the bank manager who stole from old customers, what did he get?', 'thing'],
    ['who is the man who stole the money?', 'person'],
    ['which construction company built the new wing?', 'named'],
    ['Which kind of force did they raise?', 'thing'],
    ['which parties will negotiate next year?', 'thing'],
    ['Why did Obama call Putin?', 'reason'],
    // "What" doing a verb of cause asks the cause; "what order" is a noun and asks a thing.
    ['wat caused it', 'reason'],
    ['what led to the strike?', 'reason'],
    ['what order did they finish in?', 'thing'],
    ['What did Lavrov say about Kiev?', 'speech'],
    ['Did Kerry meet Lavrov?', 'yes-no'],
    ['Tell me about the Sochi meeting', 'describe'],
    ['what does the Halvorsen Group do?', 'describe'],
    // The verb of speech is the question's, not part of "what does X do".
    ['what does she say it will do?', 'speech'],
  ])('%s → %s', (q, asks) => {
    expect(frame(q).asks).toBe(asks);
  });
});

describe('readQuestion: slots and terms', () => {
  it('reads the speaker of a speech question and leaves the verb out of the terms', () => {
    const f = frame('What did the Russian Foreign Ministry say about the Riyadh meeting?');
    expect(f.speaker).toBe('Russian Foreign Ministry');
    expect(f.terms.map((t) => t.word)).not.toContain('say');
  });

  it("gives an acronym none of the general lexicon's words, even one it stems like", () => {
    const us = frame('Who met the US envoy?').terms.find((t) => t.word === 'US');
    expect(us?.related).toEqual([]);
    expect(frame('what can we use it for?').terms.find((t) => t.word === 'use')?.related.length).toBeGreaterThan(0);
    const own = buildLexicon(GENERAL_LEXICON, [{ synonyms: [['US', 'United States']] }]);
    expect(readQuestion('Who met the US envoy?', own).terms.find((t) => t.word === 'US')?.related).toContain(
      own.key('unitedstates'),
    );
  });

  it('marks names and numbers, which must be found, apart from other words', () => {
    const f = frame('How many ships did Robert lead in 1081?');
    expect(f.terms.find((t) => t.word === 'Robert')?.kind).toBe('name');
    expect(f.terms.find((t) => t.word === '1081')?.kind).toBe('number');
    expect(f.terms.find((t) => t.word === 'ships')?.kind).toBe('word');
  });

  it('reads "how much money" as asking for an amount of money only, the noun no word to find', () => {
    const f = frame('How much money did the campaigners raise?');
    expect(f.accepts).toEqual(['money']);
    expect(f.terms.map((t) => t.word)).toEqual(['campaigners', 'raise']);
    expect(frame('How much did the campaigners raise?').accepts).toContain('number');
  });

  it('reads "take place", "be held" and "happen" in a when/where question as no word to find', () => {
    expect(frame('where will the meetings on Syria take place?').terms.map((t) => t.word)).toEqual([
      'meetings',
      'Syria',
    ]);
    expect(frame('when was the summit held?').terms.map((t) => t.word)).toEqual(['summit']);
    expect(frame('who held the summit?').terms.map((t) => t.word)).toContain('held');
  });

  it('drops chat\'s short forms of function words: "r", "u", "im" are no words to find', () => {
    expect(frame('how many jobs r going').terms.map((t) => t.word)).toEqual(['jobs', 'going']);
    // "did u see" opens the message (core/preamble.ts): the asker's seeing is no word to find either.
    expect(frame('did u see what the mayor said, im asking for ur team').terms.map((t) => t.word)).toEqual([
      'mayor',
      'said',
      'asking',
      'team',
    ]);
  });

  it('reads "who is X" as a form only when X is a thing named, not a clause', () => {
    expect(frame('who is the council leader').subject).toBe('council leader');
    const paid = frame('what is the mayor paid');
    expect(paid.subject).toBeUndefined();
    expect(paid.asks).not.toBe('person');
    expect(paid.terms.map((t) => t.word)).toEqual(['mayor', 'paid']);
    expect(frame('what is the max grant a business can get').subject).toBeUndefined();
  });

  it('reads "how much" before a noun as an amount of it: money only when the noun is money', () => {
    expect(frame('how much notice does the union need to give').asks).toBe('quantity');
    expect(frame('how much notice does the union need to give').accepts).toContain('duration');
    expect(frame('how much money did the council spend').accepts).toEqual(['money']);
    expect(frame('how much did the repairs cost').asks).toBe('money');
  });

  it('reads the time of asking as no part of the subject or the terms ("right now")', () => {
    const f = frame('whats inflation at right now');
    expect(f.subject).toBe('inflation');
    expect(f.terms.map((t) => t.word)).toEqual(['inflation']);
    // "What's on the land" asks what is somewhere: no thing is named after "is".
    expect(frame("what's on the land right now").subject).toBeUndefined();
  });

  it('reads a word of money in the main clause as asking a sum, however the model tags it', () => {
    expect(frame('how much will parking cost after the first free hour?').accepts).toEqual(['money']);
    expect(frame('how much is the nhs contract worth?').accepts).toEqual(['money']);
    // A money word in a clause under the main one says nothing of what is asked.
    expect(frame('how much does usage need to drop before the regulator tweaks prices').accepts).toContain('percent');
    expect(frame('how much did ridership drop').accepts).toContain('percent');
  });

  it('reads a noun of a measured sum after "what" as asking money, and keeps it as a word to find', () => {
    const loss = frame('whats the loss for the quarter');
    expect(loss.accepts).toEqual(['money']);
    // A profit is no loss: the noun stays, where "what year" leaves "year" out.
    expect(loss.terms.map((t) => t.word)).toContain('loss');
    expect(frame('what was the revenue last year?').accepts).toEqual(['money']);
    expect(frame("what were corvane's pre-tax earnings the previous year?").accepts).toEqual(['money']);
    expect(frame('what year did it open?').terms.map((t) => t.word)).not.toContain('year');
  });

  it('reads "how long" as asking a length of time, never a date, and "how long ago" as asking when', () => {
    expect(frame('how long did the meeting go on for').accepts).not.toContain('date');
    expect(frame('how long ago did she join').asks).toBe('time');
  });

  it('reads "what" as the object of a verb of money as asking for a sum, however the verb is tagged', () => {
    expect(frame('what did the corran hall restoration cost').accepts).toEqual(['money']);
    expect(frame('what did halcyon pay for pinwheel').accepts).toEqual(['money']);
    // What the money went on, who got it, and what it was called are no sums.
    expect(frame('what did the pettifers spend the money on').asks).not.toBe('money');
    expect(frame('what is she going to do with the money').asks).not.toBe('money');
    expect(frame('what was the name of the firm the money was paid into?').asks).not.toBe('money');
  });

  it('reads "how long", "how far" and "how old" as the kind of answer: the adjective is no word to find', () => {
    expect(frame('how long did the meeting go on for').terms.map((t) => t.word)).toEqual(['meeting', 'go']);
    expect(frame('How far did the fleet sail?').terms.map((t) => t.word)).toEqual(['fleet', 'sail']);
    expect(frame('how old is the captain?').terms.map((t) => t.word)).toEqual(['captain']);
  });

  it('reads "now", "currently" and "so far" as the time of asking, no word to find', () => {
    expect(frame('where is Kerry now?').terms.map((t) => t.word)).toEqual(['Kerry']);
    expect(frame('who currently leads the council?').terms.map((t) => t.word)).toEqual(['leads', 'council']);
    // "so far", "to date": until now.
    const spent = frame('How much has the developer spent on the project so far?');
    expect(spent.terms.map((t) => t.word)).toEqual(['developer', 'spent', 'project']);
    expect(frame('how many have signed to date').terms.map((t) => t.word)).toEqual(['signed']);
  });

  it('reads what "how many" counts: the plural noun after the adjectives', () => {
    const f = frame('How many new hospital admissions were there?');
    expect(f.counted.map((at) => f.terms.find((t) => t.at === at)?.word)).toEqual(['admissions']);
    expect(frame('How much did it cost?').counted).toEqual([]);
  });

  it('reads "what are two examples" and "which three" as how many answers, not a number to find', () => {
    expect(frame('What are two examples of reductions?').terms.map((t) => t.word)).toEqual(['examples', 'reductions']);
    expect(frame('Which three ministers resigned?').terms.map((t) => t.word)).not.toContain('three');
    expect(frame('What happened in 1066?').terms.find((t) => t.word === '1066')?.kind).toBe('number');
  });

  it('reads the answer type from the noun after "what"/"which", past adjectives, as the lexicon data types it', () => {
    expect(frame('What was the final score in the Shield final?').asks).toBe('score');
    expect(frame('What years does the data cover?').asks).toBe('time');
    expect(frame('Which river is the site next to?').asks).toBe('named');
    expect(frame('What final score did they reach?').terms.map((t) => t.word)).not.toContain('score');
  });

  it('meets newsroom short forms through the lexicon: chief exec ~ chief executive ~ CEO, turnover ~ revenue', () => {
    const keys = (q: string) => frame(q).terms.flatMap((t) => [t.key, ...t.related]);
    expect(keys("who's the trust's chief exec?")).toContain(lexicon.key('ceo'));
    expect(keys("who's corvane's CEO?")).toContain(lexicon.key('ceo'));
    expect(keys("what was corvane's turnover?")).toContain(lexicon.key('revenue'));
    // Phrasal verbs read as the one word they mean: "paid back" meets "repaid".
    expect(keys('how much had he paid back by then?')).toContain(lexicon.key('repay'));
  });

  it('reads "which player" as a person, writes number words as digits, and does not require "one"', () => {
    expect(frame('Which player was impeded on the equaliser?').asks).toBe('person');
    const waiting = frame('How many had waited over twelve months?').terms.find((t) => t.word === 'twelve')!;
    expect([waiting.key, waiting.kind]).toEqual(['12', 'number']);
    expect(frame('what does it cost to test one child?').terms.find((t) => t.word === 'one')!.kind).toBe('word');
  });

  it('meets words through the lexicon: kick out ~ expel, throw out ~ quash, paper ~ study', () => {
    const kicked = frame('Who kicked Ethelred out?').terms.find((t) => t.word === 'kicked');
    expect(kicked?.related).toContain(lexicon.key('expel'));
    // A scientist's "paper" is the study the article reports.
    const paper = frame('when did the paper come out?').terms.find((t) => t.word === 'paper');
    expect(paper?.related).toContain(lexicon.key('study'));
    // A court "throws out" a decision as it quashes or overturns it.
    const thrown = frame('why was the planning approval thrown out?').terms.find((t) => t.word === 'thrown');
    expect(thrown?.related).toEqual(expect.arrayContaining([lexicon.key('quash'), lexicon.key('overturn')]));
  });

  it('reads "opposite number" as "counterpart" and "most recent" as the latest', () => {
    const counterpart = frame("who is Kerry's Russian opposite number?").terms.map((t) => t.key);
    expect(counterpart).toContain(lexicon.key('counterpart'));
    const recent = frame('when was their most recent meeting?').terms.find((t) => t.key === lexicon.key('latest'));
    expect(recent?.related).toContain(lexicon.key('last'));
  });

  it('drops markup and preambles before reading, so none of it is a topic word', () => {
    const f = frame('<@U1> @everyone guys, quick question: who is Mark Toner?');
    expect(f.terms.map((t) => t.word)).toEqual(['Mark', 'Toner']);
    expect(f.subject).toBe('Mark Toner');
  });

  it('reads the subject of "X\'s job" and "who is the <role>"', () => {
    expect(frame("what is Lukyanov's job?").subject).toBe('Lukyanov');
    expect(frame('who is the White House spokesman').subject).toBe('White House spokesman');
  });

  it('reads "X\'s name" as asking who X is, however chat writes the possessive', () => {
    expect(frame("what's the kitchen porter's name")).toMatchObject({ asks: 'person', subject: 'kitchen porter' });
    expect(frame('whats the kitchen porters name')).toMatchObject({ asks: 'person', subject: 'kitchen porter' });
    expect(frame('what is the judges first name')).toMatchObject({ asks: 'person', subject: 'judge' });
  });

  it('marks the words of a preamble before the asking clause as naming the story', () => {
    const story = (q: string) => frame(q).terms.map((t) => `${t.word}${t.story ? '*' : ''}`);
    expect(story('the train crash in poland?? how many died')).toEqual(['train*', 'crash*', 'poland*', 'died']);
    expect(story('how many died in the train crash in poland')).not.toContain('train*');
  });

  it('reads "what happens next" as asking what is to come, its words none to find', () => {
    for (const q of ['what happens next', 'so wats next', 'and what now?', "what's next", 'what’s next?']) {
      expect(frame(q).ahead).toBe(true);
      expect(frame(q).terms).toEqual([]);
    }
    expect(frame('whats next for the bill').terms.map((t) => t.word)).toEqual(['bill']);
    expect(frame('what happened next').ahead).toBe(false);
  });

  it('reads the tense: past, present, future', () => {
    expect(frame('when did Kerry meet Putin').tense).toBe('past');
    expect(frame('when will Kerry meet Putin').tense).toBe('future');
    expect(frame('when is Kerry meeting Putin').tense).toBe('present');
  });

  it('knows a question about the article itself', () => {
    expect(frame('when was this article published?').aboutArticle).toBe('published');
    expect(frame("what's the source of this story?").aboutArticle).toBe('source');
    expect(frame("what's this story about?").aboutArticle).toBe('summary');
  });

  it('reads "the story" in a question about something in it as the article, no word to find', () => {
    for (const q of ['so theres a trader in the story, wat does she sell', "whats aldred's side of the story"]) {
      expect(frame(q).aboutArticle).toBeUndefined();
      expect(frame(q).terms.map((t) => t.word)).not.toContain('story');
    }
    expect(frame('whats the story with the gamekeeper who poisoned the kites').terms.map((t) => t.word)).toContain(
      'gamekeeper',
    );
  });
});
