/**
 * Pack events on the seed: a present "when" is about what is coming, so the coming event
 * answers; a card about a whole event quotes the sentence that goes on telling it; "who
 * is X" is answered from the pack's entities, typos allowed.
 */
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/briefing/ask/answer.ts';
import { manualClock } from '../../src/core/clock.ts';
import { memoryContinuations } from '../../src/core/continuations.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { loadPacks } from '../../src/knowledge/load.ts';
import { renderText } from '../../src/render/text.ts';

const kb = createKnowledgeBase(loadPacks('knowledge').packs);
const ask = (question: string) =>
  answerReply({ kb, question, page: 1, continuations: memoryContinuations(manualClock(new Date('2015-12-15'))) });

describe('the tense of a "when" question and the events it may mean', () => {
  it('answers a present "when" with the meeting still to come, not the earlier ones', () => {
    // The seed pack also dates Kerry–Putin meetings in May 2013 and May 2015.
    expect(ask('when is kerry meeting putin').card.title).toBe('When: Tuesday 15 December 2015');
    expect(ask('When is Kerry meeting Putin in Moscow?').card.title).toBe('When: Tuesday 15 December 2015');
  });

  it('answers a past "when" with the past meeting it names', () => {
    expect(ask('When did Kerry and Putin meet in Sochi?').card.title).toBe('When: May 2015');
  });

  it('tells events of one kind apart by an ordinal, however common the word ("first")', () => {
    expect(ask('when did Kerry first meet Putin').card.title).toBe('When: May 2013');
  });
});

describe('a card about a whole event', () => {
  it('quotes the next sentence that goes on telling the event, not an earlier one', () => {
    const text = renderText(ask('what was the Sochi meeting like'));
    expect(text).toContain('Their most recent meeting was in Sochi');
    expect(text).toContain('lasted nearly four hours');
  });
});

describe('"who is X" from the pack itself', () => {
  it('lands with a typo in a role or alias, and not on a role the pack does not have', () => {
    expect(ask('who is the russian foriegn minister').card.title).toBe('Sergey Lavrov');
    expect(ask('who is the russian defence minister').found).toBe(false);
  });
});

describe('the headline of an answer with no span', () => {
  it('is the name the question asks about, capitalised as a heading is ("The White House")', () => {
    expect(ask('what did the White House say').card.title).toBe('The White House');
  });
});

describe('the headline of an amount', () => {
  it('keeps the word that says it is not exact ("Nearly four hours", as the sentence says)', () => {
    expect(ask('how long did the Sochi meeting last').card.title).toBe('Nearly four hours');
  });
});
