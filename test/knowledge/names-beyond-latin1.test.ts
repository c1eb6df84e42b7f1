/**
 * Names the English model breaks apart: it splits a word at a letter beyond Latin-1 ("Gdańsk" →
 * "Gda ń sk"), and tags the syllable after the hyphen of a romanised given name ("Lee Chang-min")
 * as a common word. Either way the name was cut short, and with it the age written after it.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { parse, tokensOfEach } from '../../src/knowledge/nlp.ts';
import { renderText } from '../../src/render/text.ts';
import { articlePack, askerOf } from '../support/article-pack.ts';

describe('names beyond Latin-1', () => {
  it('keeps a word whole across letters such as ń, ł and ę, as written', () => {
    const words = parse('Officials in Łódź and Gdańsk said Sędziszów was next.').tokens.map((t) => t.text);
    expect(words).toEqual(['Officials', 'in', 'Łódź', 'and', 'Gdańsk', 'said', 'Sędziszów', 'was', 'next', '.']);
    // Many texts read as one document: each keeps its own words.
    const each = tokensOfEach(['Świętokrzyskie', 'Recep Erdoğan']).map((ts) => ts.map((t) => t.text));
    expect(each).toEqual([['Świętokrzyskie'], ['Recep', 'Erdoğan']]);
  });

  it('keeps the syllable after the hyphen in a given name, but not in "New York-based"', () => {
    const { tokens } = parse('Lee Chang-min, 47, met New York-based lawyers.');
    expect(tokens.find((t) => t.text === 'min')?.pos).toBe('PROPN');
    expect(tokens.find((t) => t.text === 'based')?.pos).not.toBe('PROPN');
  });

  const kb = createKnowledgeBase([
    articlePack(
      'derailment',
      [
        'At least seven people were killed when an intercity train derailed near Sędziszów on Thursday evening.',
        'Among the dead was the assistant driver, Tomasz Wróbel, 44, from Gdańsk.',
        'The court overturned the bribery conviction of Lee Chang-min, 47, a former vice-president of Hanul.',
      ].join('\n\n'),
      {
        title: 'Seven killed as train derails in Poland',
        entities: [
          { id: 'wrobel', name: 'Tomasz Wróbel', kind: 'person', aliases: [], summary: 'Driver.', paragraphs: [3] },
        ],
      },
    ),
  ]);
  const ask = askerOf(kb);

  it('answers where with a place whose name has such letters', () => {
    const reply = ask('where was the assistant driver from?');
    expect(reply.found).toBe(true);
    expect(renderText(reply)).toMatch(/Where: Gdańsk/);
  });

  it('answers how old with the age written after a hyphenated given name', () => {
    const reply = ask('how old is Lee Chang-min?');
    expect(reply.found).toBe(true);
    expect(renderText(reply)).toMatch(/\b47\b/);
  });
});
