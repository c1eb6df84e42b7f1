/**
 * Builds src/knowledge/lexicon/currency-signs.json: the signs and letters written before an amount of money as the
 * countries that use each currency write them ("MK126,000" in Malawi, "KSh 4,000" in Kenya, "P600" in Botswana,
 * "R1.2 billion" in South Africa, "GH₵50"), with the ISO codes ("USD 5m"). They come from the Unicode CLDR data in
 * Node's own ICU: every currency formatted in the likely locale of every region, and in English. News written in
 * English about a country uses its currency's local sign, which no list of "$ £ €" holds. Run by hand when Node's
 * ICU changes (the output is data, read at load):
 *
 *   node scripts/build-currency-signs.mjs
 */
import { writeFileSync } from 'node:fs';

const OUT = 'src/knowledge/lexicon/currency-signs.json';
const currencies = Intl.supportedValuesOf('currency');
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const regions = [...letters].flatMap((a) => [...letters].map((b) => a + b));

/** The locales a region writes in: English there, and its likely language. */
function localesOf(region) {
  const out = [];
  for (const tag of [`en-${region}`, new Intl.Locale(`und-${region}`).maximize().baseName]) {
    try {
      if (Intl.NumberFormat.supportedLocalesOf(tag).length > 0) out.push(tag);
    } catch {
      // No such region.
    }
  }
  return out;
}

const signOf = (locale, currency, display) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: display })
    .formatToParts(1)
    .find((p) => p.type === 'currency')?.value;

const signs = new Set(currencies);
for (const locale of ['en', ...new Set(regions.flatMap(localesOf))]) {
  for (const currency of currencies) {
    for (const display of ['symbol', 'narrowSymbol']) {
      const sign = signOf(locale, currency, display);
      // Signs as an English text writes them: Latin letters, currency signs and "$"-like marks, no script of its own.
      if (sign && /^[\p{Script=Latin}\p{Sc}/.]{1,4}$/u.test(sign) && !/^[$£€¥]$/.test(sign)) signs.add(sign);
    }
  }
}
writeFileSync(OUT, `${JSON.stringify([...signs].sort())}\n`);
console.log(`${signs.size} signs → ${OUT}`);
