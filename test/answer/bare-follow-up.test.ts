/**
 * A follow-up with no word of its own ("until when?", "how much?") after an answer that names only people asks about
 * what that answer told, not about the people: it is read as asked, not with their names, and answered by a sentence
 * at or just after the last answer's that holds what is asked. "How old is he?" still asks about the person.
 */
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/briefing/ask/answer.ts';
import { withCarried } from '../../src/briefing/ask/follow-up.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, personEntity } from '../support/article-pack.ts';

const BODY =
  'Mara Lind, 45, a Danish architect, won the Vilnius river baths contest on Monday.\n\n' +
  'Lind studied in Aarhus and opened her studio in 2019.\n\n' +
  'Four other entries were praised by the jury.\n\n' +
  'All the entries will be shown at the city gallery until Sunday 10 January.\n\n' +
  'The baths would cost about 6 million euros.';
const kb = createKnowledgeBase([
  articlePack('baths', BODY, { entities: [personEntity('mara-lind', 'Mara Lind', [1, 2])] }),
]);
const continuations = memoryContinuations(manualClock(new Date('2024-03-05')));
const carried = { topics: ['Mara Lind'] };
const words = (question: string) =>
  withCarried(readQuestion(question, kb.reading!.lexicon), question, carried, kb).terms.map((t) => t.word);

describe('a bare follow-up after an answer about people', () => {
  it('is read as asked, without their names, unless it points to a person', () => {
    expect(words('until when')).toEqual([]);
    expect(words('how much?')).toEqual([]);
    expect(words('how old is she')).toEqual(expect.arrayContaining(['Mara', 'Lind']));
    // "What's the story?" asks for the article itself, whatever the last answer named.
    const topics = { topics: ['Vilnius river baths contest'] };
    const gist = withCarried(readQuestion("what's the story?", kb.reading!.lexicon), "what's the story?", topics, kb);
    expect(gist.aboutArticle).toBe('summary');
  });

  it('is answered by the sentence just after the last answer that holds what is asked', () => {
    // The last answer quoted "Four other entries were praised by the jury." (the headline is sentence 0).
    const reply = answerReply({
      kb,
      question: 'until when',
      page: 1,
      continuations,
      recentArticle: 'baths',
      recentAt: 3,
      carried,
    });
    expect(reply.found).toBe(true);
    const quote = reply.card.blocks.find((b) => b.type === 'quote');
    expect(quote?.type === 'quote' && quote.text).toContain('Sunday 10 January');
  });
});
