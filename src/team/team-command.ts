/**
 * The team's commands in a chat question: `note 8443 staging Grafana, ask #sre`, `notes [page]`,
 * `forget 8443`, `history 8443`, `lang ko|en|auto`, `feedback`. Their first words are reserved:
 * anything else (`lotus notes`, `domino`, `1352`, `about`) is a question for the answer path.
 * Pure: the parse returns a typed command or a stable problem code, never throws.
 */
import { type NoteScope, parseNoteScope } from '../question/note-scope.js';
import { MAX_NOTE_LENGTH, noteLength } from './note-text.js';

/** At most 2,000 notes a workspace, 50 a page. */
export const MAX_NOTES_PAGE = 40;

export type TeamLang = 'en' | 'ko' | 'auto';

export type TeamCommand =
  | { kind: 'note.set'; scope: NoteScope; text: string }
  | { kind: 'note.list'; page: number }
  | { kind: 'note.forget'; scope: NoteScope }
  | { kind: 'note.history'; scope: NoteScope }
  /** `lang` alone: `lang` is absent and the reply says how to choose. */
  | { kind: 'lang'; lang?: TeamLang }
  | { kind: 'feedback.report' };

export type TeamCommandKind = TeamCommand['kind'];

export const TEAM_PROBLEM_CODES = [
  'bad_note_scope',
  'note_empty',
  'note_too_long',
  'bad_lang',
  'bad_page',
] as const;
export type TeamProblemCode = (typeof TEAM_PROBLEM_CODES)[number];

export type TeamCommandParse =
  | { ok: true; command: TeamCommand }
  /** `kind` says which command was meant, so the reply can show its example. */
  | { ok: false; code: TeamProblemCode; kind: TeamCommandKind; length?: number };

/** The reserved first words. */
export const TEAM_WORDS = ['note', 'notes', 'forget', 'history', 'lang', 'feedback'] as const;

/** A leading mention of the bot (`<@U0BOT>`, `<@!123>`) is not part of the command. */
const LEADING_MENTION = /^(?:<@!?[A-Za-z0-9]+>\s*)+/;

function splitScope(rest: string): { scopeText: string; after: string } {
  // `udp 8443 …` and `port 8443 …` take two words; `8443/udp`, `30000-32767` one.
  const two = /^((?:port|tcp|udp|sctp|dccp)\s+\S+)\s*([\s\S]*)$/i.exec(rest);
  if (two && parseNoteScope(two[1] as string).ok) return { scopeText: two[1] as string, after: two[2] ?? '' };
  // A range may be written with spaces around its dash: `30000 - 32767`.
  const spaced = /^(\d{1,5}\s*[-–]\s*\d{1,5}(?:\/[a-z]+)?)\s*([\s\S]*)$/i.exec(rest);
  if (spaced) return { scopeText: spaced[1] as string, after: spaced[2] ?? '' };
  const one = /^(\S+)\s*([\s\S]*)$/.exec(rest);
  return { scopeText: one?.[1] ?? '', after: one?.[2] ?? '' };
}

function scoped(kind: 'note.forget' | 'note.history', rest: string): TeamCommandParse {
  const parsed = parseNoteScope(rest);
  return parsed.ok
    ? { ok: true, command: { kind, scope: parsed.value } }
    : { ok: false, code: 'bad_note_scope', kind };
}

function noteSet(rest: string): TeamCommandParse {
  const { scopeText, after } = splitScope(rest);
  const scope = parseNoteScope(scopeText);
  if (!scope.ok) return { ok: false, code: 'bad_note_scope', kind: 'note.set' };
  const text = after.trim();
  if (text === '') return { ok: false, code: 'note_empty', kind: 'note.set' };
  const length = noteLength(text);
  if (length > MAX_NOTE_LENGTH) return { ok: false, code: 'note_too_long', kind: 'note.set', length };
  return { ok: true, command: { kind: 'note.set', scope: scope.value, text } };
}

function noteList(rest: string): TeamCommandParse {
  if (rest === '') return { ok: true, command: { kind: 'note.list', page: 1 } };
  if (!/^\d{1,3}$/.test(rest)) return { ok: false, code: 'bad_page', kind: 'note.list' };
  const page = Number.parseInt(rest, 10);
  if (page < 1 || page > MAX_NOTES_PAGE) return { ok: false, code: 'bad_page', kind: 'note.list' };
  return { ok: true, command: { kind: 'note.list', page } };
}

/** The CLI's words after `notes` work in chat too: `notes set 8443 …`, `notes rm 8443`. */
function notesSubcommand(rest: string): TeamCommandParse | undefined {
  const match = /^(set|add|list|rm|remove|forget|history)\b\s*([\s\S]*)$/i.exec(rest);
  if (!match) return undefined;
  const word = (match[1] as string).toLowerCase();
  const after = (match[2] ?? '').trim();
  if (word === 'set' || word === 'add') return noteSet(after);
  if (word === 'list') return noteList(after);
  if (word === 'history') return scoped('note.history', after);
  return scoped('note.forget', after);
}

/**
 * `undefined` when the text is not a team command (answer it as a question).
 * @example parseTeamCommand('note 8443/udp VPN appliance')
 * // → { ok: true, command: { kind: 'note.set', scope: { port: 8443, transport: 'udp' }, text: 'VPN appliance' } }
 */
export function parseTeamCommand(raw: string): TeamCommandParse | undefined {
  const text = raw.replace(LEADING_MENTION, '').trim();
  const match = /^([A-Za-z]+)(?:\s+([\s\S]*))?$/.exec(text);
  if (!match) return undefined;
  const word = (match[1] as string).toLowerCase();
  const rest = (match[2] ?? '').trim();
  switch (word) {
    case 'note':
      return notesSubcommand(rest) ?? noteSet(rest);
    case 'notes':
      return notesSubcommand(rest) ?? noteList(rest);
    case 'forget':
      return scoped('note.forget', rest);
    case 'history':
      return scoped('note.history', rest);
    case 'lang': {
      if (rest === '') return { ok: true, command: { kind: 'lang' } };
      const lang = rest.toLowerCase();
      return lang === 'en' || lang === 'ko' || lang === 'auto'
        ? { ok: true, command: { kind: 'lang', lang } }
        : { ok: false, code: 'bad_lang', kind: 'lang' };
    }
    case 'feedback':
      return rest === '' || /^report$/i.test(rest)
        ? { ok: true, command: { kind: 'feedback.report' } }
        : undefined;
    default:
      return undefined;
  }
}
