/**
 * "She" stands for a woman and "he" for a man, as the article tells them apart (a title, else a first name): in the
 * article's own sentences ('"One year is a promising start," she said' after a sentence naming Dr Paul Okello and
 * the trial's leader) and in a follow-up ("how old is she?" after an answer naming both).
 */
import { describe, expect, it } from 'vitest';
import { withCarried } from '../../src/briefing/ask/follow-up.ts';
import { readQuestion } from '../../src/briefing/ask/frame.ts';
import { agrees, personGender, titledNames } from '../../src/knowledge/gender.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { articlePack, personEntity } from '../support/article-pack.ts';

const BODY = [
  'A malaria vaccine cut cases by 71% in a trial led by Dr Neema Mushi, 46, at Ifakara.',
  'Dr Paul Okello, 52, a researcher who was not involved, praised the Ifakara team.',
  '"One year is a promising start, not an answer," she said.',
  'Mr Kim Do-hyun, 34, a rider, welcomed the ruling.',
].join('\n\n');
const kb = createKnowledgeBase([
  articlePack('trial', BODY, {
    entities: [
      personEntity('neema-mushi', 'Neema Mushi', [1]),
      personEntity('paul-okello', 'Paul Okello', [2]),
      personEntity('kim-do-hyun', 'Kim Do-hyun', [4]),
    ],
  }),
]);

describe('gender', () => {
  it('is told by a title in the article before a first name', () => {
    // The first-name lists call "Kim" a woman's name; the article's "Mr" says otherwise.
    expect(personGender('Kim Do-hyun', titledNames(BODY))).toBe('male');
    expect(personGender('Paul Okello', titledNames(BODY))).toBe('male');
    expect(personGender('Neema Mushi', titledNames('Neema Mushi spoke.'))).toBe('female');
    expect(personGender('Lakpa Gurung', titledNames(''))).toBeUndefined();
  });

  it('rules out only a person both known and of the other gender', () => {
    expect(agrees('she', 'male')).toBe(false);
    expect(agrees('she', undefined)).toBe(true);
    expect(agrees('they', 'male')).toBe(true);
  });

  it('gives "she" in the article the woman named before, not the man named just before', () => {
    const quote = kb.reading!.ofPack('trial').find((r) => r.sentence.text.startsWith('"One year'));
    expect(quote?.speaker).toBe('neema-mushi');
  });

  it('reads a follow-up\'s "she" with the woman the last answer named, not the man named first', () => {
    const question = 'how old is she';
    const carried = { topics: ['Paul Okello', 'Neema Mushi'] };
    const frame = withCarried(readQuestion(question, kb.reading!.lexicon), question, carried, kb);
    expect(frame.terms.map((t) => t.word)).toEqual(['Neema', 'Mushi']);
  });

  it('reads a follow-up\'s "she" as asked when the last answer named only a man or only places and bodies', () => {
    const question = 'how old is she';
    const asked = (topics: string[]) =>
      withCarried(readQuestion(question, kb.reading!.lexicon), question, { topics }, kb);
    expect(asked(['Paul Okello', 'Ifakara']).terms).toEqual([]);
    expect(asked(['Ifakara']).terms).toEqual([]);
  });
});
