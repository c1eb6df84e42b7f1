/**
 * "Who's the council leader?" asks for a role: when two articles each name someone in it, the
 * card gives both, each with the sentence that introduces them and its article; a name asks for
 * one person only.
 */
import { describe, expect, it } from 'vitest';
import { describeAnswer } from '../../src/briefing/ask/describe.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack } from '../support/article-pack.ts';

const person = (id: string, name: string, role: string) => ({
  id,
  name,
  kind: 'person',
  aliases: [],
  role,
  summary: `${name}.`,
  paragraphs: [2],
});
const kb = createKnowledgeBase([
  articlePack('square', 'Council leader Anita Desai said the square would close to cars.', {
    title: 'Market square to close to cars',
    entities: [person('anita-desai', 'Anita Desai', 'Council leader')],
  }),
  articlePack('floods', 'Councillor Bethan Morrow, the leader of the council, said the town would recover.', {
    title: 'Recovery plan after the floods',
    entities: [person('bethan-morrow', 'Bethan Morrow', 'leader of the council')],
  }),
]);
const ask = (q: string) => describeAnswer(kb, readQuestion(q, kb.reading!.lexicon));

describe('a role several articles fill', () => {
  it('is answered with each holder, each quoted from their own article', () => {
    const reply = ask("who's the council leader?")!;
    expect(reply.card.title).toBe('Council leader');
    const quotes = reply.card.blocks.filter((b) => b.type === 'quote');
    expect(quotes.map((q) => q.citation?.paragraph)).toEqual([2, 2]);
    expect(reply.topics).toEqual(['Anita Desai', 'Bethan Morrow']);
    expect(reply.card.source).toBeUndefined();
  });

  it('a name is one person: "who is Anita Desai" gives her alone, with her article as the source', () => {
    const reply = ask('who is Anita Desai?')!;
    expect(reply.card.title).toBe('Anita Desai');
    expect(reply.topics).toEqual(['Anita Desai']);
    expect(reply.card.source?.title).toBe('Market square to close to cars');
  });
});

describe('in a conversation about one story', () => {
  const inStory = (q: string, story: string) => describeAnswer(kb, readQuestion(q, kb.reading!.lexicon), story);

  it("gives that story's holder of the role alone, even when another story's name matches better", () => {
    const reply = inStory("who's the council leader?", 'floods')!;
    expect(reply.topics).toEqual(['Bethan Morrow']);
    expect(reply.card.source?.title).toBe('Recovery plan after the floods');
    // Another story's judge has "Judge" as an alias, an exact match; this story's judge only holds the role.
    const judges = createKnowledgeBase([
      articlePack('housing', 'Judge overturns approval.', {
        title: 'Housing ruling',
        entities: [{ ...person('whitfield', 'Caroline Whitfield', 'Judge'), aliases: ['Judge'] }],
      }),
      articlePack('libel', 'Mrs Justice Adeyemi ruled on Thursday.', {
        title: 'Libel ruling',
        entities: [person('adeyemi', 'Adeyemi', 'Judge')],
      }),
    ]);
    const asked = readQuestion('who was the judge', judges.reading!.lexicon);
    expect(describeAnswer(judges, asked, 'libel')?.topics).toEqual(['Adeyemi']);
  });

  it('leaves a role the story does not fill to the ranked sentences, but a name may point to another story', () => {
    const other = createKnowledgeBase([
      ...kb.packs,
      articlePack('fete', 'The fete raised money for the school.', { title: 'Village fete', entities: [] }),
    ]);
    const asked = (q: string) => readQuestion(q, other.reading!.lexicon);
    expect(describeAnswer(other, asked("who's the council leader?"), 'fete')).toBeUndefined();
    expect(describeAnswer(other, asked('who is Anita Desai?'), 'fete')?.topics).toEqual(['Anita Desai']);
  });
});

describe('"X of the Y" in the question', () => {
  it('reads as "Y X": "the leader of the council" finds the council leader, by role and by alias', () => {
    expect(ask('who is the leader of the council?')!.topics?.slice().sort()).toEqual(['Anita Desai', 'Bethan Morrow']);
    const aliased = createKnowledgeBase([
      articlePack('talks', 'This was stated by White House spokesman Josh Ernest.', {
        title: 'Talks',
        entities: [{ ...person('josh-ernest', 'Josh Ernest', 'spokesman'), aliases: ['White House spokesman'] }],
      }),
    ]);
    const reply = describeAnswer(
      aliased,
      readQuestion('who is the spokesman of the White House', aliased.reading!.lexicon),
    );
    expect(reply?.card.title).toBe('Josh Ernest');
  });
});

describe('a word that only says "a person"', () => {
  it('names no one, though a name begins with it: "what\'s the guy\'s name?" is not about Guy Ferrand', () => {
    const guy = createKnowledgeBase([
      articlePack('lab', 'Guy Ferrand, the head of the laboratory, said the tests were clear.', {
        title: 'Tests clear',
        // The article calls him "Guy" after it names him, so the draft gives him that alias.
        entities: [{ ...person('guy-ferrand', 'Guy Ferrand', 'head of the laboratory'), aliases: ['Guy'] }],
      }),
    ]);
    const described = (q: string) => describeAnswer(guy, readQuestion(q, guy.reading!.lexicon));
    expect(described('whats the guys name')).toBeUndefined();
    expect(described('who is guy ferrand?')?.card.title).toBe('Guy Ferrand');
  });
});
