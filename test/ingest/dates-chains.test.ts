/**
 * Chained dates count from the event the story continues, not from publication: one test
 * per chain shape, through the drafting of a whole article (a chain usually follows the
 * sentence that dated its event).
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/ingest/draft.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';

/** Dated events of a short article published Tuesday 9 February 2027. */
const chain = (text: string) =>
  extractEvents(splitParagraphs(text), [], '2027-02-09').map((e) => `${e.phrase} → ${e.date} ${e.precision}`);

describe('chained relative dates', () => {
  it('"N days later" and "a day earlier" count from the last day named', () => {
    expect(chain('The tanker went missing on 6 August 2025. Police searched the depot two days later.')).toEqual([
      'on 6 August 2025 → 2025-08-06 day',
      'two days later → 2025-08-08 day',
    ]);
    expect(chain('The vote was held on 3 March 2026. A day earlier the board had met.')).toEqual([
      'on 3 March 2026 → 2026-03-03 day',
      'A day earlier → 2026-03-02 day',
    ]);
  });
  it('"the following Monday" and "the previous Friday" find that weekday from the event', () => {
    expect(chain('The raid was on Wednesday 6 August 2025. Charges followed the following Monday.')).toEqual([
      'on Wednesday 6 August 2025 → 2025-08-06 day',
      'the following Monday → 2025-08-11 day',
    ]);
    expect(chain('The raid was on 6 August 2025. The tip-off had come the previous Friday.')).toEqual([
      'on 6 August 2025 → 2025-08-06 day',
      'the previous Friday → 2025-08-01 day',
    ]);
  });
  it('"the same day", "that evening", "the next day" and "the day before" stay on or beside the event', () => {
    expect(chain('The verdict came on 5 March 2026. He appealed the same day.')).toEqual([
      'on 5 March 2026 → 2026-03-05 day',
      'the same day → 2026-03-05 day',
    ]);
    expect(chain('The match was on 5 March 2026. Fans celebrated that evening.')).toEqual([
      'on 5 March 2026 → 2026-03-05 day',
      'that evening → 2026-03-05 day',
    ]);
    expect(chain('The verdict came on 5 March 2026. He was released the next day.')).toEqual([
      'on 5 March 2026 → 2026-03-05 day',
      'the next day → 2026-03-06 day',
    ]);
    expect(chain('The verdict came on 5 March 2026. Jurors had visited the scene the day before.')).toEqual([
      'on 5 March 2026 → 2026-03-05 day',
      'the day before → 2026-03-04 day',
    ]);
  });
  it('"later that week" and "two years later" keep the precision they can have', () => {
    expect(chain('Talks opened on 5 March 2026. A deal was signed later that week.')).toEqual([
      'on 5 March 2026 → 2026-03-05 day',
      'later that week → 2026-03-02 week',
    ]);
    expect(chain('The club won the league in 2019 and was relegated two years later.')).toEqual([
      'in 2019 → 2019 year',
      'two years later → 2021 year',
    ]);
  });
  it('"the second half of that year" and its kin take the year of the event they continue', () => {
    expect(chain('The unit opens in 2028. Patients should be treated there in the second half of that year.')).toEqual([
      'in 2028 → 2028 year',
      'in the second half of that year → 2028-H2 half',
    ]);
    expect(chain('The plan was agreed in 2025. Work began in the spring of the same year.')).toEqual([
      'in 2025 → 2025 year',
      'in the spring of the same year → 2025-spring season',
    ]);
  });
  it('a plan\'s year is no story year, and "N years later than" is a delay, not a date', () => {
    expect(
      chain(
        'When work began in 2024, the council said the line would open in December 2025.\n\n' +
          'The last span was lifted on 3 October. Trains will run almost three years later than promised.',
      ),
    ).toEqual(['in 2024 → 2024 year', 'in December 2025 → 2025-12 month', 'on 3 October → 2026-10-03 day']);
  });
  it('"a fortnight later" counts 14 days, and "the previous summer" is the one before the event', () => {
    expect(chain('The reservoir fell on 3 July 2028. A fortnight later, a ban was announced.')).toEqual([
      'on 3 July 2028 → 2028-07-03 day',
      'A fortnight later → 2028-07-17 day',
    ]);
    expect(chain('They lost a third of their crop in 2025, and the previous summer had been as bad.')).toEqual([
      'in 2025 → 2025 year',
      'the previous summer → 2024-summer season',
    ]);
  });
  it('"the following spring" after the third quarter of a year is the next year\'s', () => {
    expect(chain('The lab opens in the third quarter of 2029. Trials begin the following spring.')).toEqual([
      'in the third quarter of 2029 → 2029-Q3 quarter',
      'the following spring → 2030-spring season',
    ]);
  });
  it('"on Aug. 16 that year" takes the year of the event before, and chains go on from it', () => {
    const chained = chain(
      'It was cancelled in 2024. It was due on Aug. 16 that year but was called off the day before.',
    );
    expect(chained).toEqual([
      'in 2024 → 2024 year',
      'on Aug. 16 that year → 2024-08-16 day',
      'the day before → 2024-08-15 day',
    ]);
    expect(chain("Last year's festival drew a record crowd.")).toEqual(["Last year's → 2026 year"]);
    expect(chain('She gave birth on 3 April last year.')).toEqual(['on 3 April last year → 2026-04-03 day']);
  });
  it('a range or a period starts a chain: "two years earlier" than a survey from April to September', () => {
    expect(chain('The survey ran from April to September 2026. A count two years earlier found more.')).toEqual([
      'from April to September 2026 → 2026-04/2026-09 range',
      'two years earlier → 2024 year',
    ]);
  });
  it('a shift to a year no pack can date ("7,500 years ago") drafts no event, so the draft still validates', () => {
    expect(chain('The delta has grown over the last 3000 years. A lake formed 7500 years ago.')).toEqual([]);
    expect(chain('The delta has grown over the last 30 years.')).toEqual(['last 30 years → 1997 year']);
  });
  it('a day-counting chain skips a coarser date in between', () => {
    expect(
      chain(
        'The concert is on Friday 7 July 2028. ' +
          'The conductor, who arrived in January, plays again the following Sunday.',
      ),
    ).toEqual([
      'on Friday 7 July 2028 → 2028-07-07 day',
      'in January → 2027-01 month',
      'the following Sunday → 2028-07-09 day',
    ]);
  });
  it('leaves a chain with nothing to count from undated, and a comparison baseline alone', () => {
    expect(chain('Two days later the board resigned.')).toEqual([]);
    expect(chain('Revenue was £1.2bn on 3 March 2026, up 8 per cent on a year earlier.')).toEqual([
      'on 3 March 2026 → 2026-03-03 day',
    ]);
  });
  it('gives a year-less date the year the story has just set', () => {
    expect(
      chain('Fuel was diverted between 3 and 7 August 2025. A driver reported a missing tanker on 6 August.'),
    ).toEqual(['between 3 and 7 August 2025 → 2025-08-03/2025-08-07 range', 'on 6 August → 2025-08-06 day']);
  });
});
