/**
 * Plain-text rendering of a `Reply`: what the shell chat and the CLI print, the `text` of
 * `--json`, and the fallback text that Slack and Discord notifications show. Pure.
 */
import { citationLines, sourceText, type Block, type Reply } from '../core/reply.ts';

export interface TextOptions {
  /** Say how to press each button (the shell maps `/more` and `/share` to them). */
  buttonHints?: boolean;
}

export function renderText(r: Reply, options: TextOptions = {}): string {
  const { card } = r;
  const lines: string[] = [card.subtitle ? `${card.title} — ${card.subtitle}` : card.title];
  if (card.caution) lines.push(`(${card.caution})`);
  for (const block of card.blocks) lines.push(...blockLines(block));
  if (card.fields.length > 0) {
    lines.push('');
    for (const f of card.fields) lines.push(`${f.label}: ${f.value}`);
  }
  if (card.source) {
    lines.push('', `Source: ${[sourceText(card.source), card.source.url].filter(Boolean).join(' · ')}`);
  } else {
    const sources = citationLines(card.citations);
    if (sources.length > 0) lines.push('', `Sources: ${sources.join('; ')}`);
  }
  if (card.footer) lines.push(card.footer);
  if (options.buttonHints) {
    const hints = card.buttons.map((b) => (b.action === 'pick' ? `/pick ${b.label}` : `/${b.action}`));
    const unique = [...new Set(hints)];
    if (unique.length > 0) lines.push(`(${unique.join(' · ')})`);
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd();
}

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'heading':
      return ['', block.text];
    case 'text':
      return ['', block.text];
    case 'quote': {
      // The article is named on the Sources line below, so a quote carries only its paragraph.
      const mark = block.citation ? ` (¶${block.citation.paragraph})` : '';
      return ['', `> ${block.text}${mark}`];
    }
    case 'list':
      return ['', ...block.items.map((item) => `• ${item}`)];
    default:
      return ['', String((block as { text?: unknown }).text ?? '')];
  }
}

/** The CLI's `--json` object: `found`, the text rendering and the reply model itself. */
export function renderJson(r: Reply): { found: boolean; text: string; reply: Reply } {
  return { found: r.found, text: renderText(r), reply: r };
}
