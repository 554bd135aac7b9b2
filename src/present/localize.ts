/**
 * The texts that come with the answer's data, in the presentation's language. English passes them
 * through. Korean words IANA's ranges, notable ranges, OS range labels, command notes and derived
 * notes from `catalog/ko-facts.ts`, and curated notes, security notes and tips from the Korean
 * curated texts (`PresentOptions.koreanTexts`). A curated text with no Korean version is shown in
 * English after a muted "(영문)" label (`fallback.english`), so a reader knows it is not missing.
 * The product map's summaries, roles and notes come from the same data's `labels`, by product id
 * and port, with the same fallback. Use names and roles, and descriptive product names, are looked
 * up where they are shown (never by copying the answer: that cost more than the rest of a Korean
 * answer); one without a Korean entry is a name and stays as written.
 */
import { type KoreanUseText, type KoreanUseTexts, productPortKey } from '../knowledge/korean-texts.js';
import type { EphemeralRange } from '../port/ephemeral.js';
import type { IanaRange } from '../port/iana-ranges.js';
import type { NotableRange } from '../port/notable-ranges.js';
import { type AboutFact, aboutFacts } from '../report/about-part.js';
import type { AboutPart, Assignment, KnownUseFact, ProductPortFact } from '../report/answer.js';
import type { Translator } from './catalog/index.js';
import {
  KO_ABOUT,
  KO_CATEGORY,
  KO_CHECK_NOTES,
  KO_EPHEMERAL,
  KO_IANA_RANGE,
  KO_NOTABLE_RANGE,
  koreanDerivedNote,
} from './catalog/ko-facts.js';
import { muted, text } from './inline.js';
import type { Inline } from './model.js';

/** What names a curated use: its id, and the name and role the data gives it. */
type UseKey = Pick<KnownUseFact, 'id' | 'name' | 'role'>;
type UseWords = { name: string; role?: string | undefined };

interface KoreanUse {
  /** The English name and role it was worded from. */
  name: string;
  role: string | undefined;
  words: UseWords;
  note: string | undefined;
  security: string | undefined;
  tip: string | undefined;
}

export interface Localizer {
  ianaRange(range: IanaRange): { name: string; nickname: string; meaning: string };
  notable(range: NotableRange): { label: string; note: string };
  ephemeral(range: Pick<EphemeralRange, 'os' | 'label' | 'note'>): { label: string; note?: string };
  checkNote(note: string): Inline[];
  /** A curated use's category id ('database') as a label. */
  category(id: string): string;
  /** Why a transport has no assignment (its status and transport decide the words). */
  explanation(assignment: Assignment): string;
  derivedNote(note: string): Inline[];
  /** A curated use's text field, or its English text marked as such. */
  useText(use: KnownUseFact, field: 'note' | 'security'): Inline[];
  /** A tip of the port part: found by the use that gave it, or a derived tip. */
  tip(tip: string, uses: readonly KnownUseFact[]): Inline[];
  /**
   * A curated use's name and role as a reader sees them: in Korean where the labels have them,
   * and without a role the name already says ("Node.js 개발 서버", not "… (개발 서버)").
   */
  useWords(use: UseKey): UseWords;
  /** A curated use's name alone (headlines, lists). */
  useName(name: string): string;
  /** A curated use's role alone (a service's ports). */
  useRole(role: string): string;
  /** A product's name; Korean only where the English name is descriptive ("Web server"). */
  productName(id: string, name: string): string;
  /** A product's summary, found by the product's id. */
  productSummary(id: string, summary: string): Inline[];
  /** A product port's role and note (empty when it has none), found by product id and port. */
  productPort(id: string, port: ProductPortFact): { role: Inline[]; note: Inline[] };
  /** The about answer's sentence on what portbot does, and its labelled facts. */
  about(part: AboutPart): { summary: string; facts: AboutFact[] };
}

const IDENTITY: Localizer = {
  ianaRange: (range) => range,
  notable: (range) => ({ label: range.label, note: range.note }),
  ephemeral: (range) => ({ label: range.label, ...(range.note ? { note: range.note } : {}) }),
  checkNote: (note) => [text(note)],
  category: (id) => id,
  explanation: (assignment) => assignment.explanation ?? '',
  derivedNote: (note) => [text(note)],
  useText: (use, field) => [text(use[field] ?? '')],
  tip: (tip) => [text(tip)],
  useWords: (use) => use,
  useName: (name) => name,
  useRole: (role) => role,
  productName: (_id, name) => name,
  productSummary: (_id, summary) => [text(summary)],
  productPort: (_id, port) => ({ role: [text(port.role)], note: port.note ? [text(port.note)] : [] }),
  about: (part) => ({ summary: part.summary, facts: aboutFacts(part) }),
};

/**
 * One localizer per language and set of curated texts, built once and reused by every answer:
 * building its closures per answer was most of what a Korean answer cost beyond an English one.
 */
const localizers = new WeakMap<Translator, WeakMap<KoreanUseTexts, Localizer>>();
const NO_TEXTS: KoreanUseTexts = new Map();

export function createLocalizer(t: Translator, koreanTexts: KoreanUseTexts | undefined): Localizer {
  if (t.lang === 'en') return IDENTITY;
  const texts = koreanTexts ?? NO_TEXTS;
  let byTexts = localizers.get(t);
  if (!byTexts) {
    byTexts = new WeakMap();
    localizers.set(t, byTexts);
  }
  let localizer = byTexts.get(texts);
  if (!localizer) {
    localizer = buildKoreanLocalizer(t, texts);
    byTexts.set(texts, localizer);
  }
  return localizer;
}

function buildKoreanLocalizer(t: Translator, koreanTexts: KoreanUseTexts): Localizer {
  const english = (value: string): Inline[] => [muted(`${t.text('fallback.english')} `), text(value)];
  const labels = koreanTexts.labels;
  const useRole = (role: string): string => labels?.roles.get(role) ?? role;
  // A range row lists its uses as "name (role)" strings (`RangeRow.knownUses`), and a name or a
  // role may hold parentheses itself ("HTTP alternate (8080)", "Heat (orchestration API)"): the
  // first split whose role is a known role is the one.
  // Remembered: a range table asks for the same few dozen of them in every answer.
  const splitNames = new Map<string, string>();
  const useName = (name: string): string => {
    const korean = labels?.names.get(name);
    if (korean !== undefined || !labels || !name.endsWith(')')) return korean ?? name;
    let shown = splitNames.get(name);
    if (shown === undefined) {
      shown = name;
      for (let at = name.indexOf(' ('); at > 0; at = name.indexOf(' (', at + 1)) {
        const role = labels.roles.get(name.slice(at + 2, -1));
        if (role === undefined) continue;
        const base = labels.names.get(name.slice(0, at)) ?? name.slice(0, at);
        shown = base.includes(role) ? base : t.text('use.name', { name: base, role });
        break;
      }
      // Bounded by the curated names and roles a range row can hold.
      splitNames.set(name, shown);
    }
    return shown;
  };
  // A curated use as a Korean reader sees it, by its id: a busy port lists dozens of uses in
  // every answer, each a new object, and looking up the name, the role and the texts separately
  // cost more than the rest of a Korean answer's extra work. Bounded by the curated uses.
  const uses = new Map<string, KoreanUse>();
  const koreanUse = (use: UseKey): KoreanUse => {
    const known = uses.get(use.id);
    // The data gives each id one name and role; a use built otherwise (by hand, in a test) is
    // worded afresh rather than given another's words.
    if (known && known.name === use.name && known.role === use.role) return known;
    const texts = koreanTexts.get(use.id);
    const name = useName(use.name);
    const role = use.role === undefined ? undefined : useRole(use.role);
    const found: KoreanUse = {
      name: use.name,
      role: use.role,
      words: role === undefined || name.includes(role) ? { name } : { name, role },
      note: texts?.note,
      security: texts?.security,
      tip: texts?.tip,
    };
    if (!known) uses.set(use.id, found);
    return found;
  };
  // By the answer's own note strings, which are the same objects every time: a hit compares
  // pointers, where the table keyed by equal copies compared every character of a long note.
  const checkNotes = new Map<string, string | null>();
  const checkNote = (note: string): string | null => {
    let korean = checkNotes.get(note);
    if (korean === undefined) {
      korean = KO_CHECK_NOTES.get(note) ?? null;
      // Bounded: the commands' notes are a fixed set.
      if (checkNotes.size >= 256) checkNotes.clear();
      checkNotes.set(note, korean);
    }
    return korean;
  };
  const curated = (use: KnownUseFact, field: keyof KoreanUseText, value: string): Inline[] => {
    const korean = koreanUse(use)[field];
    return korean ? [text(korean)] : english(value);
  };
  return {
    ianaRange: (range) => KO_IANA_RANGE[range.kind],
    notable: (range) => KO_NOTABLE_RANGE[range.id] ?? { label: range.label, note: range.note },
    ephemeral: (range) => KO_EPHEMERAL[range.os] ?? { label: range.label },
    explanation: (assignment) => {
      const transport = assignment.transport.toUpperCase();
      switch (assignment.status) {
        case 'never-assigned':
          return 'IANA는 동적/사설 포트 범위(49152–65535)의 포트를 할당하지 않습니다.';
        case 'reserved':
          return assignment.explanation?.includes('every protocol')
            ? 'IANA가 모든 프로토콜에 대해 예약한 포트로, 서비스에 할당되지 않습니다.'
            : `IANA가 ${transport}에 대해 예약한 포트로, 서비스에 할당되지 않습니다.`;
        case 'unassigned':
          return `이 포트에는 IANA에 등록된 ${transport} 서비스가 없습니다. 등록을 신청할 수 있습니다.`;
        default:
          return assignment.explanation ?? '';
      }
    },
    category: (id) => (KO_CATEGORY as Readonly<Record<string, string>>)[id] ?? id,
    checkNote: (note) => {
      const korean = checkNote(note);
      return korean ? [text(korean)] : english(note);
    },
    derivedNote: (note) => {
      const korean = koreanDerivedNote(note);
      return korean ? [text(korean)] : english(note);
    },
    useText: (use, field) => curated(use, field, use[field] ?? ''),
    tip: (tip, uses) => {
      const owner = uses.find((use) => use.tip === tip);
      if (owner) return curated(owner, 'tip', tip);
      const korean = koreanDerivedNote(tip);
      return korean ? [text(korean)] : english(tip);
    },
    useWords: (use) => koreanUse(use).words,
    useName,
    useRole,
    productName: (id, name) => labels?.products.get(id)?.name ?? name,
    productSummary: (id, summary) => {
      const korean = labels?.products.get(id)?.summary;
      return korean ? [text(korean)] : english(summary);
    },
    productPort: (id, port) => {
      const korean = labels?.products.get(id)?.ports.get(productPortKey(port));
      const note = port.note === undefined ? [] : korean?.note ? [text(korean.note)] : english(port.note);
      return { role: korean?.role ? [text(korean.role)] : english(port.role), note };
    },
    about: (part) => ({
      summary: KO_ABOUT.summary,
      facts: aboutFacts(part).map((fact): AboutFact => {
        if (fact.label === 'Data')
          return {
            ...fact,
            text:
              part.data.kind === 'iana'
                ? KO_ABOUT.dataImported(part.data.label, part.data.version)
                : KO_ABOUT.dataEmbedded(part.data.label),
          };
        if (fact.label === 'Privacy') {
          const { url, path } = part.privacy;
          return {
            ...fact,
            text: KO_ABOUT.privacy,
            link: url ? { text: KO_ABOUT.privacyNote, url } : { text: KO_ABOUT.privacySource(path) },
          };
        }
        return fact;
      }),
    }),
  };
}
