/**
 * A dated event answers when and where it happens and what it was like, not every question
 * whose words its title shares: "what's on the mosaic floor" is answered by the sentence that
 * says, not by the card of the day the mosaic goes on display.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { renderText } from '../../src/render/text.ts';
import { articlePack, askerOf } from '../support/article-pack.ts';

const body =
  'The mosaic floor shows four leaping dolphins around a central roundel.\n\n' +
  "The museum hopes to put the mosaic's smaller fragments on display in spring 2028.";
const pack = articlePack('villa', body, {
  title: 'Roman villa found under cricket pitch',
  events: [
    {
      id: 'display',
      title: "Mosaic's smaller fragments go on display",
      date: '2028-spring',
      precision: 'season',
      phrase: 'in spring 2028',
      summary: "The museum hopes to put the mosaic's smaller fragments on display in spring 2028.",
      paragraphs: [3],
    },
  ],
});
const ask = askerOf(createKnowledgeBase([pack]));

describe('what a dated event answers', () => {
  it('a "what" question about a detail is answered by the sentence that holds it, not the event card', () => {
    const text = renderText(ask("what's on the mosaic floor"));
    expect(text).toContain('leaping dolphins');
    expect(text).not.toContain('When: spring 2028');
  });

  it('"when" is still answered by the event as the pack dates it', () => {
    expect(renderText(ask('when will the mosaic fragments go on display'))).toContain('spring 2028');
  });
});
