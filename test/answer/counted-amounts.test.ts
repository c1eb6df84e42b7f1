/**
 * What an amount counts, and when it began: "how many votes" is answered by "64,218
 * first-preference votes", where a hyphenated word stands between the number and its noun, and
 * "since when" by the date a span of time opens at ("banned since 2022"), a plain "when" not, and "when" by a span
 * between two years ("from 1961 to 1989");
 * "how far" by a distance, not a count.
 */
import { describe, expect, it } from 'vitest';
import { bestFor, readingOf } from '../support/article-pack.ts';

describe('amounts and the spans of time they open', () => {
  it('an amount counts the noun after a hyphenated word ("64,218 first-preference votes")', () => {
    const index = readingOf(
      'The Conservative candidate, Jeremy Falconer, finished third with 64,218 first-preference votes. ' +
        'Turnout was 31.4% across the five boroughs.',
    );
    const { top, refused } = bestFor(index, 'how many votes did the conservative candidate get');
    expect(refused).toBeUndefined();
    expect(top.answers.map((m) => m.text)).toContain('64,218');
  });

  it('an amount counts its own unit ("how many days" → "14 days of strikes")', () => {
    const index = readingOf('The passengers said commuters had been hit by 14 days of strikes since last summer.');
    const { top, refused } = bestFor(index, 'how many days of strikes have commuters had');
    expect(refused).toBeUndefined();
    expect(top.answers.map((m) => m.text)).toContain('14 days');
  });

  it('"how many victims" asks for more than one: "one victim" counts none, "19 elderly victims" still does', () => {
    const index = readingOf(
      'The manager stole from the accounts of 19 elderly victims. ' +
        'The fraud came to light when the daughter of one victim noticed money was missing.',
    );
    const ranked = bestFor(index, 'how many victims were there');
    expect(ranked.top.answers.map((m) => m.text)).toEqual(['19']);
    expect(bestFor(readingOf('The daughter of one victim noticed.'), 'how many victims were there').refused).toBe(
      'no-answer-type',
    );
  });

  it('but not the noun after another word too ("seven near-misses with merchant ships")', () => {
    const index = readingOf('His members had reported seven near-misses with merchant ships in the same waters.');
    expect(bestFor(index, 'how many merchants reported near-misses?').top.answers).toEqual([]);
  });

  it('but a measure counts its unit ("people living a few hundred yards away" is no count of people)', () => {
    const index = readingOf('People living a few hundred yards from that fence deserve a straight answer.');
    expect(bestFor(index, 'how many people live by the fence').top.answers).toEqual([]);
    const miles = readingOf('The walkers followed a circuit of eight miles over the fell.');
    expect(bestFor(miles, 'how many miles did the walkers follow').top.answers.map((m) => m.text)).toContain('eight');
  });

  it('"how many people" is answered by a count of people named by their part ("4,300 signatures")', () => {
    const index = readingOf('A petition organised by the traders gathered 4,300 signatures against the plan.');
    const { top, refused } = bestFor(index, 'how many people signed the petition');
    expect(refused).toBeUndefined();
    expect(top.answers.map((m) => m.text)).toContain('4,300');
    // Any other counted noun still needs itself nearby.
    expect(bestFor(index, 'how many shops signed the petition').top.answers).toEqual([]);
  });

  it('an amount counts the noun that ends its noun phrase ("240 registered sign language interpreters")', () => {
    const index = readingOf('SINOSZ says Hungary has about 240 registered sign language interpreters, far too few.');
    expect(bestFor(index, 'how many interpreters does hungary have').top.answers.map((m) => m.text)).toContain(
      'about 240',
    );
    // A verb between them ends the phrase: the count is of something else.
    const other = readingOf('Hungary has about 240 staff who train new sign language interpreters each year.');
    expect(bestFor(other, 'how many interpreters does hungary have').top.answers).toEqual([]);
  });

  it('"how many guys" counts people as "how many people" does; "how many ones" counts what was being counted', () => {
    const index = readingOf('A landslide buried a night-shift crew of 12 workers at the mine.');
    expect(bestFor(index, 'how many guys got buried').top.answers.map((m) => m.text)).toContain('12');
    const flats = readingOf('The city says it has closed more than 9,700 illegal tourist flats since 2016.');
    const { top, refused } = bestFor(flats, 'how many illegal ones have they closed');
    expect(refused).toBeUndefined();
    expect(top.answers.map((m) => m.text)).toContain('9,700');
  });

  it('a count far from every word of the question it holds counts something else', () => {
    const far = readingOf(
      'Twelve councillors voted for the plan at a long meeting in the town hall on Monday night, and ' +
        'afterwards a cyclist was hurt in a crash outside.',
    );
    expect(bestFor(far, 'how many were hurt in the crash?').refused).toBe('far-count');
    const near = readingOf('A cyclist and two pedestrians were hurt in a crash outside the town hall on Monday night.');
    const { top, refused } = bestFor(near, 'how many were hurt in the crash?');
    expect(refused).toBeUndefined();
    expect(top.answers.map((m) => m.text)).toContain('two');
  });

  it('"how far" is answered by a distance, never by a bare count ("two falls")', () => {
    const index = readingOf(
      'Records were incomplete for nine residents, and two falls had not been reported. ' +
        'He slipped on wet rock and fell about 15 metres into a gully.',
    );
    const falls = bestFor(index, 'how many falls were not reported').top;
    expect(falls.answers.map((m) => m.text)).toContain('two');
    const far = readingOf('Records were incomplete for nine residents, and two falls had not been reported.');
    expect(bestFor(far, 'how far did he fall').top.answers).toEqual([]);
    expect(bestFor(index, 'how far did he fall').top.answers.map((m) => m.text)).toContain('about 15 metres');
  });

  it('a count is never a sum or a share ("how many people" is not answered by "7%")', () => {
    const pay = readingOf("Corvane said the deal, which raises drivers' basic pay by 7%, was the right one.");
    expect(bestFor(pay, 'how many people does corvane employ?').refused).toBe('no-answer-type');
    const spend = readingOf('Lin added that Corvane would spend around £150 million on new warehouses.');
    expect(bestFor(spend, 'how many warehouses does corvane run?').refused).toBe('no-answer-type');
    const staff = readingOf('Corvane, which employs 4,200 people, said pay would rise by 7%.');
    expect(bestFor(staff, 'how many people does corvane employ?').top.answers.map((m) => m.text)).toEqual(['4,200']);
  });

  it('a unit with no number counts nothing ("rest for a month" is no count of people)', () => {
    const index = readingOf('Sorensen said she would now rest for a month before running the marathon in Tokyo.');
    expect(bestFor(index, 'how many people finished the marathon').refused).toBe('no-answer-type');
    const runners = readingOf('About 21,400 people finished the marathon, and a month later 300 ran it again.');
    expect(bestFor(runners, 'how many people finished the marathon').top.answers.map((m) => m.text)).toContain(
      'About 21,400',
    );
  });

  it('a span from one year to another answers "when" as well as "how long" ("from 1961 to 1989")', () => {
    const index = readingOf('Her late husband, Walter, was the landlord from 1961 to 1989.');
    const { top, refused } = bestFor(index, "when was walter the pub's landlord");
    expect(refused).toBeUndefined();
    expect(top.answers.map((m) => `${m.type}:${m.text}`)).toContain('date:from 1961 to 1989');
    // A length of time with no year is no date.
    expect(bestFor(readingOf('Walter was the landlord for 28 years.'), 'when was walter the landlord').refused).toBe(
      'no-answer-type',
    );
  });

  it('"since 2022" answers "since when": the date a span of time opens at', () => {
    const index = readingOf('Helen Armitage said barbecues had been banned on the moors since 2022.');
    const { top, refused } = bestFor(index, 'since when have barbecues been banned on the moors');
    expect(refused).toBeUndefined();
    expect(top.answers).toContainEqual(expect.objectContaining({ type: 'date', text: '2022' }));
  });

  it('but not a plain "when": "since 2019" says when a state began, not when something happened', () => {
    const index = readingOf('Bluewater Lines said passenger numbers have fallen by a third since 2019.');
    const { top, refused } = bestFor(index, 'when did Bluewater Lines buy new ferries?');
    expect(top.answers).toEqual([]);
    expect(refused).toBe('no-answer-type');
  });
});
