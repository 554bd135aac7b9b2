/** Answers about ranges themselves (IANA's three, the OS ephemeral ranges), the help screen and "about". */
import { type AboutPart, aboutFacts, type HelpPart, PROBLEM_HINT, type TopicPart } from '../../src/index.js';
import { EMBED_COLORS, spanText } from './embed-style.js';
import type { EmbedDraft, FieldDraft } from './fit-embeds.js';
import { code, plain } from './markdown.js';

function ephemeralFields(part: TopicPart): FieldDraft[] {
  return (part.ephemeralRanges ?? []).map((range) => ({
    name: `${range.label}: ${spanText(range.from, range.to)}`,
    value: [`Show the real setting: ${code(range.showCommand)}`, range.note ? plain(range.note) : '']
      .filter(Boolean)
      .join('\n'),
  }));
}

function ianaFields(part: TopicPart): FieldDraft[] {
  return (part.ianaRanges ?? []).map((range) => ({
    name: `${range.name} (${range.nickname}): ${spanText(range.from, range.to)}`,
    value: plain(range.meaning),
  }));
}

export function renderTopic(part: TopicPart): EmbedDraft {
  const description =
    part.topic === 'ephemeral-ranges'
      ? 'Operating systems pick source ports for outgoing connections from these ranges by default. ' +
        'Admins and container runtimes change them, so check the real setting.'
      : 'IANA splits the 65536 port numbers into three ranges (RFC 6335).';
  const fields = part.topic === 'ephemeral-ranges' ? ephemeralFields(part) : ianaFields(part);
  return { title: part.title, description, fields, color: EMBED_COLORS.answer };
}

export function renderHelp(part: HelpPart): EmbedDraft {
  const examples = part.examples.map((example) => `${code(example.question)} — ${plain(example.meaning)}`);
  const description = [
    'Ask with `/port`, mention me with a question, or pick **Apps → Explain ports** on any message.',
    examples.join('\n'),
    PROBLEM_HINT,
  ].join('\n\n');
  return { title: 'How to ask portbot', description, fields: [], color: EMBED_COLORS.answer };
}

export function renderAbout(part: AboutPart): EmbedDraft {
  const fields = aboutFacts(part).map((fact) => {
    const link = fact.link?.url
      ? `[${plain(fact.link.text)}](<${fact.link.url}>)`
      : plain(fact.link?.text ?? '');
    return { name: fact.label, value: [plain(fact.text), link].filter(Boolean).join('\n') };
  });
  return { title: 'About portbot', description: plain(part.summary), fields, color: EMBED_COLORS.answer };
}
