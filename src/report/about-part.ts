/**
 * The answer to "about" (and "version", "privacy"): which portbot this is, what data it answers
 * from, and where its privacy note is. Every word a user reads is decided here, once, as a few
 * labelled facts that each renderer only lays out (`aboutFacts`).
 */
import type { Knowledge } from '../knowledge/knowledge.js';
import type { DataSource } from '../knowledge/registry-record.js';
import type { AboutPart } from './answer.js';

/** The note for workspace admins, in portbot's source. */
export const PRIVACY_NOTE_PATH = 'docs/PRIVACY.md';

const SUMMARY =
  "portbot explains port numbers from its own knowledge (IANA's ranges and assignments, real-world " +
  'uses, and the commands to check a port yourself); it never connects to, probes or scans any host.';

const PRIVACY_SUMMARY =
  'portbot keeps no record of questions: its log has one line per answer without the question ' +
  '(unless an admin turns on debug logging), recent answers are cached in memory only, and answers ' +
  'go only back to where you asked.';

export function buildAboutPart(knowledge: Knowledge): AboutPart {
  const { version, privacyUrl } = knowledge.about;
  return {
    type: 'about',
    name: 'portbot',
    version,
    summary: SUMMARY,
    data: { ...knowledge.registry.source },
    privacy: {
      summary: PRIVACY_SUMMARY,
      path: PRIVACY_NOTE_PATH,
      ...(privacyUrl ? { url: privacyUrl } : {}),
    },
  };
}

/** One labelled line of an about answer; `link` goes after the text, as a link when it has a URL. */
export interface AboutFact {
  label: 'Version' | 'Data' | 'Privacy';
  text: string;
  link?: { text: string; url?: string };
}

function dataText(data: DataSource): string {
  if (data.kind === 'iana')
    return data.version ? `${data.label}; its newest entry is dated ${data.version}` : data.label;
  return `${data.label}, the copy of IANA's registry that ships with portbot`;
}

/**
 * @example aboutFacts(part)[0] // { label: 'Version', text: 'portbot 0.1.0' }
 */
export function aboutFacts(part: AboutPart): AboutFact[] {
  const { url } = part.privacy;
  return [
    { label: 'Version', text: `${part.name} ${part.version}` },
    { label: 'Data', text: dataText(part.data) },
    {
      label: 'Privacy',
      text: part.privacy.summary,
      link: url ? { text: 'Privacy note', url } : { text: `${part.privacy.path} in portbot's source` },
    },
  ];
}
