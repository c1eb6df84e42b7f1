/**
 * The answer engine on articles it was not built around: the public SQuAD 2.0 dev
 * articles (../shared/eval, when present) and the held-out fixture articles, all loaded
 * at once beside the seed pack, scored as `npm run eval` scores them. Floors sit a little
 * under what the engine reaches, so a regression fails and a tuned 100% is never required.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALONE_SETS, runEval, summarise, type SetResult } from '../../eval/run.ts';

// Each new set's articles are near answers to the other sets' unanswerable questions: with the twenty-first set's
// loaded, the first, eighth, eleventh, seventeenth and nineteenth sets refuse one fewer (14/27, 9/32, 8/32, 7/32,
// 8/32), so their refusal floors sit a case lower than before.
const FLOORS: Record<string, { right: number; refused: number }> = {
  'squad-dev': { right: 0.77, refused: 0.5 },
  // 35/75 refused once the eighth set's articles joined (37 before): more articles, more near answers.
  articles: { right: 0.75, refused: 0.45 },
  // Written blind on 2026-11-26; first sight 42/57 and 10/27. 46/57 and 15/27 with every set loaded (49/57 before
  // the fifth set's articles: another study's funder, another Adeyemi; 17/27 before the seventh's); 46/57 and 14/27
  // where ../shared/eval is absent (a clone outside the workspace), as the articles that compete for its questions
  // differ. 42/57 once the forty-third set's articles joined, with the engine unchanged: another library's building
  // work "held up" by asbestos, another final's score.
  'articles-blind': { right: 0.72, refused: 0.43 },
  // Written blind on 2026-11-26, four other kinds of article; first sight 48/68 and 3/32.
  'articles-blind-2': { right: 0.75, refused: 0.33 },
  // Written before any change made for it, on 2026-11-26, three more kinds of article; first sight 48/72 and 8/24,
  // never tuned on. Right 0.63 until a story with no last answer was read from the top (story-prior.ts UNREAD):
  // 46 → 44 of 72, as the lead then outranked the sentence that answers two of its questions.
  'articles-blind-3': { right: 0.6, refused: 0.29 },
  // Written by a helper before any run on it, on 2026-11-26, four more kinds; first sight 79/100 and 12/32.
  'articles-blind-4': { right: 0.74, refused: 0.31 },
  // Written by a helper before any run on it, on 2026-11-26, four more kinds; first sight 78/108 and 15/32.
  // 12/32 refused with the eighth set's articles loaded (14 before them), 10/32 with the twelfth's. 74/108 right
  // once the thirteenth set's articles compete (76 before), 73 when counts stopped taking sums.
  'articles-blind-5': { right: 0.66, refused: 0.3 },
  // Written by a helper before any run on it, on 2026-11-26, four more kinds; first sight 70/108 and 15/32.
  'articles-blind-6': { right: 0.61, refused: 0.37 },
  // Written by a helper before any run on it, on 2026-11-26, four more kinds; first sight 57/108 and 12/32.
  // 55/108 with twenty-two sets loaded; 51/108 with thirty-one, as the twenty-ninth set's articles draw one of its
  // questions asked on its own (the session's starting engine gives the same). 49/108 once a "what" answer also
  // quotes the sentence after its best one: two of its cards now quote that sentence in place of the third.
  // 46/108 once the thirty-ninth set's articles joined (48 before).
  'articles-blind-7': { right: 0.42, refused: 0.34 },
  // Written by a helper before any run on it, on 2026-11-26, four more kinds; first sight 61/108 and 12/32 (11/32
  // where ../shared/eval is absent). 55/108 once the eleventh set's articles compete with its own; 9/32 refused once
  // the twentieth's joined (10 before), 8/32 once the twenty-fifth's did. Weighing a word within its own article
  // (local.ts) answered one more (7/32).
  'articles-blind-8': { right: 0.48, refused: 0.21 },
  // Written by a helper before any run on it, on 2026-11-26, four more kinds; first sight 75/108 and 10/32.
  'articles-blind-9': { right: 0.65, refused: 0.28 },
  // Written by a helper before any run on it, on 2026-11-26, four more kinds; first sight 68/108 and 8/32.
  'articles-blind-10': { right: 0.59, refused: 0.2 },
  // Written by a helper before any run on it, on 2026-11-26, four more kinds; first sight 71/108 and 9/32.
  // 68/108 once WordNet's synonyms were found in sentences (69 before).
  'articles-blind-11': { right: 0.62, refused: 0.22 },
  // Written by a helper before any run on it, on 2026-11-27, four more kinds; first sight 65/108 and 9/32. 7/32
  // refused once the fifteenth set's articles joined (8 before). 57/108 right once the thirty-fourth set's joined (59
  // before): two of its answers are drawn from other stories.
  'articles-blind-12': { right: 0.5, refused: 0.15 },
  // Written by a helper before any run on it, on 2026-11-27, four more kinds; first sight 74/108 and 12/32.
  'articles-blind-13': { right: 0.64, refused: 0.31 },
  // Written by a helper before any run on it, on 2026-11-27, four more kinds; first sight 69/108 and 10/32.
  // 66/108 once the seventeenth set's articles joined, 65 with the eighteenth's, 64 where ../shared/eval is absent.
  'articles-blind-14': { right: 0.56, refused: 0.25 },
  // Written by a helper before any run on it, on 2026-11-27, four more kinds; first sight 59/108 and 12/32 with every
  // set loaded (77/108 and 13/32 with its own articles alone). 54/108 with twenty-two sets loaded.
  'articles-blind-15': { right: 0.47, refused: 0.31 },
  // Written by a helper before any run on it, on 2026-11-27, four more kinds, each article's questions in the order
  // of a conversation; first sight 53/108 and 15/32 asked one by one (58/108 and 15/32 as one conversation).
  // 13/32 refused with twenty-two sets loaded.
  'articles-blind-16': { right: 0.45, refused: 0.34 },
  // Written by a helper before any run on it, on 2026-11-27, four more kinds in conversation order; first sight
  // 54/108 and 9/32 asked one by one (58/108 and 9/32 as one conversation; 65/108 and 11/32 alone). Weighing a word
  // within its own article (local.ts) answered one more of its unanswerable questions (6/32). With the twenty-sixth
  // set's articles loaded, one of its answers is drawn from them (48/108); with the twenty-seventh's, two more
  // (46/108); with the thirtieth's, one more (45/108, the starting engine the same). With the thirty-fourth set's
  // loaded, one unanswerable question is answered from one of its articles (5/32, 6 before).
  'articles-blind-17': { right: 0.4, refused: 0.15 },
  // Written by a helper before any run on it, on 2026-11-27, four more kinds in conversation order; first sight
  // 43/108 and 10/32 asked one by one (46/108 and 13/32 as one conversation; 60/108 and 18/32 alone). 36/108
  // once the thirty-fourth set's articles joined (38 before): two answers are drawn from other stories. 35/108 once
  // the thirty-eighth set's joined (the starting engine the same).
  'articles-blind-18': { right: 0.32, refused: 0.25 },
  // Written by a helper before any run on it, on 2026-11-27, four kinds from outside Britain (a water treaty, a chip
  // plant, a ferry capsize, a film festival), in conversation order; first sight 45/108 and 9/32 asked one by one
  // (56/108 and 11/32 as one conversation; 60/108 and 15/32 alone).
  // 6/32 refused once the thirty-seventh set's and the SQuAD articles joined (7 before).
  // 39/108 right once the thirty-ninth set's articles joined (41 before).
  'articles-blind-19': { right: 0.35, refused: 0.18 },
  // Written by a helper before any run on it, on 2026-11-27, four more kinds (a drug trial, a tomb found in the Andes,
  // a bridge in Canada, a gecko-smuggling trial) in conversation order; first sight 37/108 and 6/32 asked one by one
  // (45/108 and 10/32 as one conversation; 50/108 and 14/32 alone).
  'articles-blind-20': { right: 0.3, refused: 0.15 },
  // Written by a helper before any run on it, on 2026-11-27, four more kinds (a mine strike in Chile, an avalanche
  // in Nepal, a doping ban, a hospital ransomware attack) in conversation order; first sight 27/108 and 8/32 asked
  // one by one (37/108 and 12/32 as one conversation; 39/108 and 15/32 alone). A plain person noun read as a
  // light word ("the woman from cork" need not be called a woman) later answered one of its unanswerable
  // questions: 5/32, the floor a case lower. The twenty-fifth set's articles answered another (4/32).
  // 22/108 right once the thirty-seventh set's and the SQuAD articles joined (25 before); 20/108 once the fortieth
  // set's joined.
  'articles-blind-21': { right: 0.18, refused: 0.12 },
  // Written by a helper at the end of that session, before any run on it: a volcano closing Bali's airport, a port's
  // queue of ships, a rent cap, a medicine recall; first sight 38/108 and 15/32 asked one by one (54/108 and 18/32 as
  // one conversation; 51/108 and 18/32 alone). 9/32 refused with thirty-two sets loaded: one unanswerable question
  // meets a sum in the currency it names ("in rand", fits.ts), and one meets a sentence of the thirtieth set's
  // articles (the starting engine: 10/32).
  'articles-blind-22': { right: 0.31, refused: 0.25 },
  // Written by a helper at the start of the next session, before any run on it: an earthquake in Peru, a delivery
  // app's antitrust fine in Korea, water rationing in Botswana, an engine failure in Norway; first sight 30/108 and
  // 12/32 asked one by one (36/108 and 16/32 as one conversation; 46/108 and 17/32 alone). Reading chat's spellings
  // as their words ("wat", "tho") that session cost it and the twelfth, sixteenth, twenty-first and twenty-second
  // sets refusals that those unknown words had caused; their refusal floors moved a case lower.
  'articles-blind-23': { right: 0.25, refused: 0.25 },
  // Written by a helper at the start of the session after, before any run on it: a women's rugby final in New
  // Zealand, a weather satellite launch in India, a museum returning objects to Togo, emergency waits in Winnipeg;
  // first sight 28/108 and 9/32 asked one by one (37/108 and 11/32 as one conversation; 42/108 and 14/32 alone).
  'articles-blind-24': { right: 0.24, refused: 0.25 },
  // Written by a helper at the start of the session after that, before any run on it: a mine landslide in Peru, an
  // emergency rate rise in Ghana, salmon rivers closed in Norway, delivery riders ruled employees in Korea; first
  // sight 30/108 and 9/32 asked one by one (42/108 and 14/32 as one conversation; 42/108 and 15/32 alone).
  'articles-blind-25': { right: 0.25, refused: 0.25 },
  // Written by a helper at the start of the session after that, before any run on it: a train derailment in Poland,
  // Vietnam's coffee harvest, a tourist-tax vote in Marrakech, a school phone ban in Turkey; first sight 32/108 and
  // 4/32 asked one by one (42/108 and 11/32 as one conversation; 42/108 and 13/32 alone). 29/108 once the
  // thirty-first set's articles joined (31 before).
  // 28/108 right once the thirty-seventh set's and the SQuAD articles joined (30 before).
  'articles-blind-26': { right: 0.25, refused: 0.09 },
  // Written by a helper at the start of the session after that, before any run on it: paying families to move into
  // empty houses in a Japanese mountain town, Nigeria's grid collapse, a Patagonian glacier's retreat, Sweden's
  // licensed wolf hunt; first sight 36/108 and 9/32 asked one by one (48/108 and 13/32 as one conversation; 49/108
  // and 12/32 alone).
  'articles-blind-27': { right: 0.3, refused: 0.25 },
  // Written by a helper later in that session, before any run on it: a new Cairo metro line, Barcelona's tourist-flat
  // ban, Thailand putting cannabis back on prescription, a ceasefire in Colombia; first sight (engine 9d454e5) 39/108
  // and 7/32 asked one by one (52/108 and 14/32 as one conversation; 50/108 and 14/32 alone).
  'articles-blind-28': { right: 0.33, refused: 0.18 },
  // Written by a helper at the start of the session after that, before any run on it: a sardine catch deal between
  // Portugal and Spain, Senegal's ban on water sachets, the Charles Bridge restoration in Prague, a malaria vaccine
  // trial in Tanzania; first sight (engine 16c2ca8) 40/108 and 15/32 asked one by one (48/108 and 23/32 as one
  // conversation; 45/108 and 15/32 alone).
  'articles-blind-29': { right: 0.33, refused: 0.4 },
  // Written by a helper later in that session, before any run on it: a desalination plant in Oman, a Roman
  // shipwreck off Vis, a heat rule for outdoor workers in Queensland, a rice price cap in Sri Lanka; first sight
  // (engine ef20699) 34/108 and 11/32 asked one by one (57/108 and 19/32 as one conversation; 60/108 and 17/32 alone).
  // 30/108 once the thirty-ninth set's articles joined (31 before).
  'articles-blind-30': { right: 0.27, refused: 0.28 },
  // Written by a helper at the start of the session after that, before any run on it: a meteorite fall in
  // Uruguay, Iceland's post ending home delivery, a Swiss court on the "Swiss made" label, a durian grower's
  // listing in Kuala Lumpur; first sight (engine b4b5566) 33/108 and 5/32 asked one by one (55/108 and 11/32 as one
  // conversation; 52/108 and 12/32 alone).
  'articles-blind-31': { right: 0.28, refused: 0.12 },
  // Written by a helper in that session, before any run on it: Mongolia's law bringing back the old script, a cut
  // undersea cable in Fiji, Riga's oldest daily ending its print edition, Albania ending the clock change; first
  // sight (engine 6223f26) 38/108 and 9/32 asked one by one (47/108 and 17/32 as one conversation; 50/108 and 15/32
  // alone). Its failures were read after that: a tuned set from then on.
  'articles-blind-32': { right: 0.32, refused: 0.25 },
  // Written by a helper at the start of the session after that, before any run on it: a record count of
  // migrating raptors over Batumi, an Andean seed vault near Cochabamba, a Slovenian teenage striker's record
  // transfer, a design competition for river baths in Vilnius; first sight (engine 9bf7d85) 29/108 and 6/32 asked
  // one by one (58/108 and 10/32 as one conversation; 47/108 and 10/32 alone).
  'articles-blind-33': { right: 0.25, refused: 0.15 },
  // Written by a helper at the start of the session after that, before any run on it: the last keepers of a
  // lighthouse on Kythira, a sign-language dictionary in Budapest, Cluj-Napoca's first night mayor, a cathedral
  // bell cast for Graz; first sight (engine 27ba772) 36/108 and 8/32 asked one by one (56/108 and 13/32 as one
  // conversation; 49/108 and 13/32 alone).
  'articles-blind-34': { right: 0.3, refused: 0.2 },
  // Written by a helper at the start of the session after that, before any run on it: the last minefield of Pailin
  // cleared in Cambodia, cave divers linking two Low Tatras caves in Slovakia, electric carts replacing carriage
  // horses at Petra, a 1926 time capsule opened in Tartu; first sight (engine 8bc6e3b) 25/108 and 9/32 asked one by
  // one (37/108 and 14/32 as one conversation; 33/108 and 14/32 alone). Refused 0.2 → 0.18 when typing slips were
  // read as the words meant: "what brand of rebreathers were tehy on", unanswerable, is now read and answered.
  'articles-blind-35': { right: 0.2, refused: 0.18 },
  // Written by a helper at the start of the session after that, before any run on it: a ship broken up off the beach
  // at Sitakunda, the Xwejni salt pans of Gozo given protection, a video referee for Niger's wrestling, new sensors
  // on the Poás volcano; first sight (engine 2f72266) 39/108 and 4/32 asked one by one (66/108 and 9/32 as one
  // conversation; 54/108 and 11/32 alone).
  'articles-blind-36': { right: 0.3, refused: 0.1 },
  // Written by a helper at the start of the session after that, before any run on it: Laos's palm-leaf manuscripts
  // photographed, a ñandutí lace cooperative's order in Paraguay, Zambian forest honey exported, Plovdiv's rowing
  // canal given the world championships; first sight (engine aa8dd20) 27/108 and 9/32 asked one by one (58/108 and
  // 17/32 as one conversation; 45/108 and 17/32 alone). Refused 0.25 → 0.21 when "guy" and "lady" stopped being
  // words to find: "what does the old lady charge for a table runner", unanswerable, is now answered.
  'articles-blind-37': { right: 0.22, refused: 0.21 },
  // Written by a helper at the start of the session after that, before any run on it: a satellite ground station
  // opened at Aparan in Armenia, a weekend night tram trial in Cuenca, a glass-blowing school in Nabeul using hotel
  // bottles, a hand-blade shearing record in Semonkong; first sight (engine a244573) 41/108 and 6/32 asked one by one
  // (65/108 and 9/32 as one conversation; 60/108 and 8/32 alone), with `squad-train-answerable` loaded beside it.
  'articles-blind-38': { right: 0.33, refused: 0.15 },
  // Written by a helper at the start of the session after that, before any run on it: Uzbekistan knocking three
  // zeros off the soum, the first Mauritian woman jockey to win the Gold Cup, a K'iche'-language film from
  // Quetzaltenango winning at Mar del Plata, Cyprus trying a four-day week for civil servants; first sight (engine
  // 1cb93ef) 43/108 and 7/32 asked one by one (76/108 and 9/32 as one conversation; 62/108 and 12/32 alone).
  'articles-blind-39': { right: 0.36, refused: 0.15 },
  // Written by a helper at the start of the next session, before any run on it: a charity hospital ship giving ten
  // months of free surgery off Dili in Timor-Leste, Bhutan's first census results, a griot's telling of the Sunjata
  // epic published in Bambara and French in Bamako, free school lunches for Jamaica's public primary pupils; first
  // sight (engine da01808) 45/108 and 5/32 asked one by one (78/108 and 10/32 as one conversation; 59/108 and 7/32
  // alone).
  'articles-blind-40': { right: 0.4, refused: 0.12 },
  // Written by a helper at the start of the session after that, before any run on it: Malawi's minimum wage rise, a
  // Vanuatu village moving inland from the sea, Azerbaijan's Qorqud language model, Samoa's kilikiti championship;
  // first sight (engine 46b9648) 33/108 and 6/32 asked one by one (54/108 and 12/32 as one conversation; 48/108 and
  // 13/32 alone).
  'articles-blind-41': { right: 0.28, refused: 0.15 },
  // Written by a helper at the start of the session after that, before any run on it: newborn screening for sickle
  // cell disease in Sierra Leone, Tajikistan's Anzob tunnel reopened after its rebuild, a shortage of steel drums
  // for Laventille's steelpan makers in Trinidad, rats cleared from the islets of Kiritimati in Kiribati; first
  // sight (engine 3778da7) 46/108 and 4/32 asked one by one (73/108 and 13/32 as one conversation; 57/108 and 8/32
  // alone).
  'articles-blind-42': { right: 0.4, refused: 0.1 },
  // Written by a helper at the start of the session after that, before any run on it: house numbers and street names
  // put up in Kanifing in the Gambia, power from sargassum seaweed in St Philip, Barbados, the first crematorium of
  // southern Serbia opening in Niš, Madagascar's Isalo named a dark sky park; first sight (engine a061a6d) 47/108 and
  // 13/32 asked one by one (71/108 and 22/32 as one conversation; 61/108 and 18/32 alone).
  'articles-blind-43': { right: 0.4, refused: 0.35 },
  // Written by a helper at the start of the session after that, before any run on it: a Jinja court ruling that
  // burning fishermen's boats on Lake Victoria was unlawful (Uganda), drones flying snakebite antivenom to clinics in
  // Zambézia (Mozambique), lab-bred elkhorn corals planted on Belize's barrier reef, a world boxing title won in
  // Georgetown (Guyana); first sight (engine 42fdf48) 44/108 and 9/32 asked one by one (69/108 and 12/32 as one
  // conversation; 66/108 and 12/32 alone).
  'articles-blind-44': { right: 0.38, refused: 0.25 },
  // SQuAD 2.0's own development-set articles the engine was never tuned on (Southern California, Sky (United
  // Kingdom), Victoria (Australia), Rhine); only its totals are read. First sight (engine aa8dd20) 539/702 right
  // (77%) and 212/577 refused (37%).
  'squad-heldout': { right: 0.74, refused: 0.34 },
  // Two SQuAD 2.0 training-set articles (Twilight Princess, Spectre), to develop on; first sight (engine aa8dd20)
  // 274/488 right (56%) and 181/348 refused (52%).
  'squad-heldout-train': { right: 0.53, refused: 0.49 },
  // Four SQuAD training-set articles with no unanswerable question (iPod, To Kill a Mockingbird, Solar energy, 2008
  // Sichuan earthquake), to develop answers on, scored alone (`ALONE_SETS`); first sight (engine a244573) 943/1,325
  // right alone (71%; 919 with every set loaded).
  'squad-train-answerable': { right: 0.68, refused: 0 },
};

describe('answers on unseen articles', () => {
  let results: SetResult[] = [];

  // Forty-eight sets take about three minutes on an idle machine of two cores; ten leave room for a busy one (CI on
  // a machine running an evaluation beside it took five).
  it('runs every set', { timeout: 600_000 }, async () => {
    results = [...(await runEval()), ...(await runEval(ALONE_SETS))];
    // Every set with a floor was scored: one left out of `SET_DIRS` would otherwise pass its floors unread.
    const sets = results.map((r) => r.set);
    for (const set of Object.keys(FLOORS))
      if (set !== 'squad-dev' || existsSync('../shared/eval/squad-dev')) expect(sets).toContain(set);
  });

  // Of the answers whose first quote holds the gold, how many bold the asked answer and not another mention of the
  // sentence. Thirty-seven sets one by one: 726 of 916 before the card bolded the whole answer (`whole-answer.ts`)
  // and the clock time for "what time", 798 after (the held-out sets from the eleventh 312 → 353 of 409). With the
  // SQuAD articles of `squad-heldout` and `squad-heldout-train` (forty-one sets, at first sight): 1,038 of 1,258; those
  // two sets 231 of 331, the others 807 of 927.
  it('sets the asked answer in bold, across the sets', () => {
    const all = results.map(summarise);
    const bolded = all.reduce((n, s) => n + s.bolded, 0);
    expect(bolded).toBeGreaterThan(500);
    expect(all.reduce((n, s) => n + s.boldRight, 0) / bolded).toBeGreaterThanOrEqual(0.8);
  });

  it.each(Object.keys(FLOORS))('%s: answers and refusals above their floors', (set) => {
    const result = results.find((r) => r.set === set);
    if (!result) return expect(set).toBe('squad-dev'); // only the public set may be absent
    const s = summarise(result);
    expect(s.right / s.answerable).toBeGreaterThanOrEqual(FLOORS[set]!.right);
    // A set may hold no unanswerable question (`squad-train-answerable`): nothing to refuse.
    expect(s.impossible === 0 ? 0 : s.abstained / s.impossible).toBeGreaterThanOrEqual(FLOORS[set]!.refused);
  });
});
