/**
 * What a team note is about, as people write it: `8443`, `8443/udp`, `udp 8443`, `30000-32767`.
 * Digits only (never `Number()` on free text), every number checked against 0–65535, a range in
 * order and at most the whole port space. Shared by every surface that writes notes.
 */
import { TRANSPORTS, type Transport } from '../port/transport.js';
import { type Coded, fail, ok, type Result } from '../result.js';

export interface NoteScope {
  port: number;
  /** Last port of a range; absent for one port. */
  to?: number;
  /** Absent: the note is about every transport. */
  transport?: Transport;
}

export type NoteScopeResult = Result<NoteScope, Coded<'bad_note_scope'>>;

const BAD_SCOPE = fail({ code: 'bad_note_scope' as const });

const SCOPE = /^(\d{1,5})(?:\s*[-–]\s*(\d{1,5}))?(?:\s*\/\s*([a-z]+))?$/;
const LEADING_TRANSPORT = /^([a-z]+)\s+(.+)$/;

function toPortNumber(digits: string | undefined): number | undefined {
  if (digits === undefined || !/^\d{1,5}$/.test(digits)) return undefined;
  const value = Number.parseInt(digits, 10);
  return value <= 65535 ? value : undefined;
}

function isTransport(word: string | undefined): word is Transport {
  return word !== undefined && (TRANSPORTS as readonly string[]).includes(word);
}

/** Reads a note's scope; anything else is `bad_note_scope`. */
export function parseNoteScope(text: string): NoteScopeResult {
  let words = text
    .trim()
    .toLowerCase()
    .replace(/^port\s+/, '');
  let transport: Transport | undefined;
  const leading = LEADING_TRANSPORT.exec(words);
  if (leading && isTransport(leading[1])) {
    transport = leading[1];
    words = leading[2] as string;
  }
  const match = SCOPE.exec(words);
  if (!match) return BAD_SCOPE;
  const [, fromText, toText, transportText] = match;
  if (transportText !== undefined) {
    if (!isTransport(transportText) || transport !== undefined) return BAD_SCOPE;
    transport = transportText;
  }
  const port = toPortNumber(fromText);
  const to = toText === undefined ? undefined : toPortNumber(toText);
  if (port === undefined || (toText !== undefined && (to === undefined || to < port))) {
    return BAD_SCOPE;
  }
  return ok({
    port,
    ...(to !== undefined && to !== port ? { to } : {}),
    ...(transport ? { transport } : {}),
  });
}

/** `8443`, `8443/udp`, `30000-32767`: the way answers and lists write a scope. */
export function formatNoteScope(scope: NoteScope): string {
  const ports = scope.to !== undefined ? `${scope.port}-${scope.to}` : String(scope.port);
  return scope.transport ? `${ports}/${scope.transport}` : ports;
}
