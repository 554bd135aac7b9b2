/**
 * Who may write team notes, and whether notes are on: `NOTES=on|off` (on by default) and
 * `NOTES_EDITORS` — unset or `everyone`, `admins` (Slack workspace admins and owners, Discord
 * members with Manage Server), or a comma-separated list of user ids (`U123,U456`).
 */
import { type Env, withoutEmpty } from '../env.js';

export type NotesEditors =
  | { kind: 'everyone' }
  | { kind: 'admins' }
  | { kind: 'listed'; ids: ReadonlySet<string> };

export interface NotesSettings {
  /** NOTES=off: no notes in answers, every note command says they are off. */
  enabled: boolean;
  editors: NotesEditors;
}

export const DEFAULT_NOTES_SETTINGS: NotesSettings = { enabled: true, editors: { kind: 'everyone' } };

/** Slack user ids (U…, W…) and Discord snowflakes; a list of up to 500. */
const USER_ID = /^[A-Za-z0-9_-]{1,40}$/;
const MAX_LISTED = 500;

export type NotesSettingsRead = { ok: true; settings: NotesSettings } | { ok: false; problems: string[] };

/**
 * @example readNotesSettings({ NOTES_EDITORS: 'U123, U456' })
 * // → { ok: true, settings: { enabled: true, editors: { kind: 'listed', ids: Set { 'U123', 'U456' } } } }
 */
export function readNotesSettings(env: Env): NotesSettingsRead {
  const clean = withoutEmpty(env);
  const problems: string[] = [];
  const notes = (clean.NOTES ?? 'on').toLowerCase();
  if (notes !== 'on' && notes !== 'off') problems.push('NOTES: must be on or off');
  const editorsText = clean.NOTES_EDITORS ?? 'everyone';
  let editors: NotesEditors = { kind: 'everyone' };
  if (/^admins$/i.test(editorsText)) editors = { kind: 'admins' };
  else if (!/^everyone$/i.test(editorsText)) {
    const ids = editorsText
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
    const bad = ids.filter((id) => !USER_ID.test(id));
    if (ids.length === 0 || bad.length > 0 || ids.length > MAX_LISTED)
      problems.push(
        `NOTES_EDITORS: must be everyone, admins, or user ids separated by commas (U123,U456)${
          bad.length > 0 ? `; not an id: ${bad.length} entr${bad.length === 1 ? 'y' : 'ies'}` : ''
        }`,
      );
    editors = { kind: 'listed', ids: new Set(ids) };
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, settings: { enabled: notes === 'on', editors } };
}
