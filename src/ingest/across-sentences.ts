/**
 * Names read across sentences. A name opening a sentence, then he, him, his, she or her in
 * the next one before anyone else is named, is a person's ("Rhys Adebayo was last seen …
 * CCTV shows him turning …"); a relative named by first name takes the surname of the
 * person named last ("His younger brother, Tomi, has joined …").
 */
import type { Paragraph } from '../knowledge/article.ts';
import type { NameMention } from './names.ts';
import { relativesWithoutSurname } from './relatives.ts';
import { escapeRegExp } from '../core/regexp.ts';

const PERSONAL = /\b(?:he|him|his|she|her)\b/i;

export function readAcrossSentences(paragraphs: Paragraph[], mentions: NameMention[]): void {
  const sentences = paragraphs.flatMap((p) => p.sentences.map((s, i) => ({ s, next: p.sentences[i + 1] })));
  for (const { s, next } of sentences) {
    const pronoun = next ? PERSONAL.exec(next.text) : null;
    if (pronoun && next) {
      // The pronoun must come before anyone else the next sentence names (an acronym aside).
      const other = mentions.some(
        (m) => m.sentence === next && !/^\p{Lu}{2,6}$/u.test(m.name) && next.text.indexOf(m.surface) < pronoun.index,
      );
      // The subject: the name opens the sentence and a verb follows ("Fenland Water's director, …" is no subject).
      const opening = mentions.find(
        (m) =>
          m.sentence === s && !m.roleOnly && new RegExp(`^\\s*${escapeRegExp(m.surface)} \\p{Ll}`, 'u').test(s.text),
      );
      if (!other && opening && opening.name.includes(' ')) opening.hints.push('person');
    }
    for (const first of relativesWithoutSurname(s.text)) {
      const at = mentions.findIndex((m) => m.sentence === s);
      const before = at < 0 ? mentions : mentions.slice(0, at);
      const named = before.filter((m) => m.name.includes(' ') && m.hints.includes('person')).pop();
      if (!named) continue;
      const name = `${first} ${named.name.split(' ').pop()}`;
      mentions.push({ name, surface: name, hints: ['person', 'person'], sentence: s, weak: false, initial: false });
    }
  }
}
