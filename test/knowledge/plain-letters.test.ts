/**
 * Names are typed as a keyboard without their letters types them: "brondby" for "Brøndby",
 * "maxso" for "Maxsø", "lodz" for "Łódź". Unicode decomposes "í" into "i" and a mark, but not
 * "ø", "æ", "ł" or "ß": those are mapped to their plain letters wherever text is folded.
 */
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/ingest/slug.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { foldKey } from '../../src/knowledge/reading.ts';
import { fold } from '../../src/knowledge/text.ts';
import { renderText } from '../../src/render/text.ts';
import { articlePack, askerOf } from '../support/article-pack.ts';

describe('plain letters', () => {
  it('folds letters Unicode does not decompose, as it does accents', () => {
    expect(foldKey('Brøndby')).toBe('brondby');
    expect(foldKey('Łódź')).toBe('lodz');
    expect(fold('Æsop Straße')).toBe('aesop strasse');
    expect(slugify('Brøndby IF')).toBe('brondby-if');
  });

  it('answers a question that types a name in plain letters', () => {
    const ask = askerOf(
      createKnowledgeBase([
        articlePack(
          'match',
          [
            'Brøndby reached the group stage of the Europa League on Thursday, beating Sporting Braga 3-1.',
            '"I have never heard this stadium so loud," said Brøndby\'s head coach, Frederik Birk, 42.',
          ].join('\n\n'),
          { title: 'Late penalty sends Brøndby through' },
        ),
      ]),
    );
    const reply = ask("who is brondby's head coach?");
    expect(reply.found).toBe(true);
    expect(renderText(reply)).toContain('Frederik Birk');
  });
});
