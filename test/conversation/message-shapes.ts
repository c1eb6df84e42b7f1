/**
 * How people really write to a bot in a channel: one table, rendered into each platform's
 * markup. `{…}` placeholders stand for markup; `text` is what the person typed around it;
 * `sees` is what the core's question reader must get (the plain question), and the answer
 * must be the plain question's answer.
 *
 * Placeholders: {bot} the bot's mention, {botrole} the bot's managed role (Discord; Slack
 * has none, so the bot's mention), {user} another person, {role} a role or user group,
 * {channel} a channel link, {everyone} {here} broadcasts, {link:label} a link with a label,
 * {url} a bare link, {emoji} a custom emoji or shortcode.
 */
export interface MessageShape {
  name: string;
  text: string;
  /** What the command must receive. */
  sees: string;
  /** The plain question whose answer this one must equal (default: `sees`). */
  plain?: string;
}

const NY = 'when is the New York meeting?';
const TONER = 'who is Mark Toner?';
const LAVROV = 'what did Lavrov say?';

export const SHAPES: readonly MessageShape[] = [
  { name: 'the plain question', text: `{bot} ${NY}`, sees: NY },
  { name: 'mention at the end', text: `${NY} {bot}`, sees: NY },
  { name: 'mention in the middle', text: `when is the {bot} New York meeting?`, sees: NY },
  { name: 'mentioned twice', text: `{bot} ${NY} {bot}`, sees: NY },
  { name: 'another person mentioned too', text: `{bot} {user} ${NY}`, sees: NY },
  { name: 'another person first', text: `{user} {bot} ${NY}`, sees: NY },
  { name: '@everyone', text: `{everyone} {bot} ${NY}`, sees: NY },
  { name: '@here', text: `{bot} {here} ${NY}`, sees: NY },
  { name: 'a role or user group', text: `{bot} {role} ${NY}`, sees: NY },
  { name: 'a channel link', text: `{bot} ${NY} {channel}`, sees: NY },
  { name: "the bot's managed role", text: `{botrole} ${NY}`, sees: NY },
  { name: 'guys,', text: `{bot} guys, ${NY}`, sees: NY },
  { name: 'hey alice', text: `hey alice {bot} ${NY}`, sees: NY },
  { name: 'hey {user},', text: `hey {user}, {bot} ${NY}`, sees: NY },
  { name: 'quick question:', text: `{bot} quick question: ${NY}`, sees: NY },
  { name: 'ok so', text: `ok so {bot} ${NY}`, sees: NY },
  { name: 'stacked preambles', text: `{bot} ok so guys, quick question: ${NY}`, sees: NY },
  { name: 'hi + name, no comma', text: `hi briefbot {bot} ${NY}`, sees: NY },
  { name: 'thanks at the end', text: `{bot} ${NY} thanks!`, sees: NY },
  { name: 'please', text: `{bot} please ${NY}`, sees: NY },
  { name: 'emoji shortcode / custom emoji', text: `{bot} {emoji} ${NY}`, sees: NY },
  { name: 'unicode emoji', text: `{bot} 👋 ${NY} 🙏`, sees: `👋 ${NY} 🙏`, plain: NY },
  {
    name: 'mixed case',
    text: `{bot} When Is The NEW YORK Meeting??`,
    sees: 'When Is The NEW YORK Meeting??',
    plain: NY,
  },
  { name: 'line breaks', text: `{bot}\nguys,\n${NY}`, sees: NY },
  { name: 'blank line between', text: `{bot} quick question:\n\n${NY}`, sees: NY },
  { name: 'a block quote', text: `{bot}\n> ${NY}`, sees: NY },
  { name: 'a code block', text: `{bot} \`\`\`${NY}\`\`\``, sees: NY },
  { name: 'inline code', text: `{bot} when is the \`New York\` meeting?`, sees: NY },
  { name: 'bold', text: `{bot} when is the *New York* meeting?`, sees: NY },
  { name: 'a labelled link', text: `{bot} when is the {link:New York} meeting?`, sees: NY },
  { name: 'a bare link', text: `{bot} ${NY} {url}`, sees: NY },
  {
    name: 'everything at once',
    text: `{everyone} {user} {bot} {role} hey, quick question: ${NY} {channel} {emoji} thx`,
    sees: NY,
  },
  { name: 'who is, with a preamble', text: `{bot} guys, ${TONER}`, sees: TONER },
  { name: 'who is, after a user mention', text: `{user} {bot} ${TONER}`, sees: TONER },
  { name: 'what did X say, quoted', text: `{bot}\n> ${LAVROV}\n`, sees: LAVROV },
  { name: 'a command after a preamble', text: `{bot} guys, brief Kerry`, sees: 'Kerry', plain: 'brief Kerry' },
];
