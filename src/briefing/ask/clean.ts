/**
 * Cleans a question as people type it in a channel before it is read: platform markup left
 * in a mention (other users, roles, channels, `@everyone`, `<!channel>`, links) goes, links
 * keep their visible text, and openers and closers ("guys,", "quick question:", "ok so",
 * "thanks") are dropped. The word lists are data (conversation.json).
 */
import conversation from './conversation.json' with { type: 'json' };

const OPENERS = [...conversation.openers].sort((a, b) => b.length - a.length);
const CLOSERS = [...conversation.closers].sort((a, b) => b.length - a.length);

const MARKUP: [RegExp, string][] = [
  [/<(https?:\/\/[^|>\s]+)\|([^>]+)>/g, '$2'], // Slack link with text
  [/<(https?:\/\/[^>\s]+)>/g, ' '], // bare Slack link
  [/<#[A-Z0-9]+\|([^>]*)>/g, '$1'], // Slack channel link: its name
  [/<[@#!][^>]*>/g, ' '], // Slack user, channel, special and subteam mentions; Discord mentions
  [/<a?:\w+:\d+>/g, ' '], // Discord custom emoji
  [/@(everyone|here|channel)\b/gi, ' '],
  [/(^|\s)@[\w.-]+/g, '$1'], // plain @name
  [/```[\s\S]*?```/g, ' '],
  [/`([^`]*)`/g, '$1'],
  [/(^|\n)>\s?[^\n]*/g, '$1'], // quoted lines
  [/[*_~]{1,3}([^*_~\n]+)[*_~]{1,3}/g, '$1'], // bold, italics, strike
  [/:[a-z0-9_+-]+:/g, ' '], // :emoji:
  [/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, ' '],
];

/** The question without markup, openers and closers; the original when nothing is left. */
export function cleanQuestion(raw: string): string {
  let text = raw;
  for (const [pattern, replacement] of MARKUP) text = text.replace(pattern, replacement);
  text = text.replace(/\s+/g, ' ').trim();
  let changed = true;
  while (changed) {
    changed = false;
    // "hey alice," : a greeting with a name before a comma.
    const greeting = /^(hey|hi|hello|thanks)\s+\w+\s*[,:]\s*/i.exec(text);
    if (greeting) {
      text = text.slice(greeting[0].length);
      changed = true;
    }
    for (const opener of OPENERS) {
      const match = new RegExp(`^${escape(opener)}\\b[\\s,:;.!-]*`, 'i').exec(text);
      if (match && match[0].length < text.length) {
        text = text.slice(match[0].length);
        changed = true;
      }
    }
  }
  for (const closer of CLOSERS) {
    text = text.replace(new RegExp(`[\\s,]+${escape(closer)}[\\s!.]*$`, 'i'), '');
  }
  text = text.replace(/^[\s,:;.!-]+/, '').trim();
  return text === '' ? raw.trim() : text;
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
