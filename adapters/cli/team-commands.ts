/**
 * The team's data from the terminal: `portbot notes set|list|rm|history|export|import`,
 * `portbot feedback report` and `portbot data forget-workspace W`. They work on the local
 * workspace of the embedded database (PORTBOT_DB), or on any workspace with `--workspace`
 * (the service's SQLite file, or PostgreSQL through DATABASE_URL). Loaded only when asked for, so
 * a port question never pays for the database.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { formatNoteScope, parseNoteScope } from '../../src/index.js';
import { defaultDatabasePath } from '../store/database-path.js';
import { MAX_COMMENT_LENGTH } from '../store/feedback.js';
import { MAX_NOTE_LENGTH, MAX_NOTES_PER_WORKSPACE, type TeamNote } from '../store/notes.js';
import { openStore, type Store } from '../store/open-store.js';
import type { StoreRefusal } from '../store/result.js';
import { WorkspaceExportSchema } from '../store/workspace-data.js';

export const LOCAL_WORKSPACE = 'local';
const EXIT_OK = 0;
const EXIT_INTERNAL = 1;
const EXIT_REFUSED = 2;
/** An export of 2,000 notes and their history is well under this. */
const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
const WORKSPACE_ID = /^[A-Za-z0-9][A-Za-z0-9:_.-]{0,99}$/;

export interface TeamCommandIo {
  env: Readonly<Record<string, string | undefined>>;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Who is typing: the operating system's user name, recorded as the author of notes. */
  user: string;
  home: string;
  now?: () => number;
}

export const NOTES_USAGE = `Usage: portbot notes <command> [--workspace W]

  portbot notes set <port> <text>     set or replace the team's note (8443, 8443/udp, 30000-32767)
  portbot notes list [--page N]       the workspace's notes, ${50} a page
  portbot notes rm <port>             remove a note (its history is kept)
  portbot notes history <port>        who changed what, newest first
  portbot notes export                the workspace's notes and history as JSON, on stdout
  portbot notes import FILE [--replace]
                                      import an export (into an empty workspace, or --replace)

Other team data:
  portbot feedback report [--since 30d]   the least helpful answers first, with "what was missing"
  portbot data forget-workspace W         delete every note, vote and setting of workspace W

Notes are at most ${MAX_NOTE_LENGTH} characters, ${MAX_NOTES_PER_WORKSPACE} per workspace. The local workspace lives in
PORTBOT_DB (default: $XDG_DATA_HOME/portbot/portbot.db or ~/.local/share/portbot/portbot.db);
DATABASE_URL (postgres://…) works on the service's PostgreSQL, with --workspace naming a Slack team,
Slack enterprise or Discord server id.`;

const REFUSALS: Record<StoreRefusal, string> = {
  note_empty: 'A note needs some text: portbot notes set 8443 staging Grafana, ask #sre',
  note_too_long: `A note is at most ${MAX_NOTE_LENGTH} characters.`,
  too_many_notes: `This workspace already has ${MAX_NOTES_PER_WORKSPACE} notes; remove one first (portbot notes rm PORT).`,
  note_not_found: 'There is no note on that port in this workspace.',
  comment_too_long: `A comment is at most ${MAX_COMMENT_LENGTH} characters.`,
  bad_scope: 'Give a port (8443), a port and transport (8443/udp) or a range (30000-32767).',
  workspace_not_empty: 'This workspace already has notes; add --replace to replace them with the import.',
};

interface Options {
  words: string[];
  workspace: string;
  page: number;
  replace: boolean;
  since?: number;
  problem?: string;
}

function readOptions(args: readonly string[], now: number): Options {
  const options: Options = { words: [], workspace: LOCAL_WORKSPACE, page: 1, replace: false };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    const value = () => args[++index];
    if (arg === '--workspace') {
      const workspace = value();
      if (!workspace || !WORKSPACE_ID.test(workspace))
        return { ...options, problem: '--workspace takes an id such as T0123ABCD or 123456789012345678.' };
      options.workspace = workspace;
    } else if (arg === '--page') {
      const page = value();
      if (!page || !/^\d{1,4}$/.test(page) || Number(page) < 1)
        return { ...options, problem: '--page takes a page number: 1, 2, …' };
      options.page = Number(page);
    } else if (arg === '--since') {
      const match = /^(\d{1,4})([hdw])$/.exec(value() ?? '');
      if (!match) return { ...options, problem: '--since takes an age such as 24h, 30d or 4w.' };
      const hours = { h: 1, d: 24, w: 24 * 7 }[match[2] as 'h' | 'd' | 'w'];
      options.since = now - Number(match[1]) * hours * 3_600_000;
    } else if (arg === '--replace') options.replace = true;
    else if (arg.startsWith('--'))
      return { ...options, problem: `Unknown option ${arg.replace(/[^\w-]/g, '').slice(0, 30)}.` };
    else options.words.push(arg);
  }
  return options;
}

function describeNote(note: TeamNote): string {
  const when = new Date(note.updatedAt).toISOString().slice(0, 10);
  return `${formatNoteScope(note).padEnd(14)}${note.text}  — ${note.author.name}, ${when}`;
}

/** Opens the store the command works on; `undefined` when a read finds no database file yet. */
async function openFor(io: TeamCommandIo, write: boolean): Promise<Store | undefined> {
  const databaseUrl = io.env.DATABASE_URL || undefined;
  if (databaseUrl) return openStore({ databaseUrl, ...(io.now ? { now: io.now } : {}) });
  const sqlitePath = defaultDatabasePath(io.env, io.home);
  if (!write && !existsSync(sqlitePath)) return undefined;
  return openStore({ sqlitePath, ...(io.now ? { now: io.now } : {}) });
}

type Handler = (store: Store | undefined, options: Options, io: TeamCommandIo) => Promise<number>;

const author = (io: TeamCommandIo) => ({ id: `cli:${io.user}`, name: io.user });

function scopeOrComplain(text: string | undefined, io: TeamCommandIo) {
  const parsed = parseNoteScope(text ?? '');
  if (!parsed.ok) io.stderr(`portbot: ${REFUSALS.bad_scope}`);
  return parsed.ok ? parsed.value : undefined;
}

const NOTE_COMMANDS: Record<string, { write: boolean; run: Handler }> = {
  set: {
    write: true,
    async run(store, { words, workspace }, io) {
      const scope = scopeOrComplain(words[0], io);
      if (!scope || !store) return EXIT_REFUSED;
      const result = await store.notes.set(workspace, scope, words.slice(1).join(' '), author(io));
      if (!result.ok) return refused(result.problem.code, io);
      io.stdout(`${result.value.replaced ? 'Replaced' : 'Set'} the note on ${formatNoteScope(scope)}.`);
      return EXIT_OK;
    },
  },
  list: {
    write: false,
    async run(store, { workspace, page }, io) {
      const listed = store
        ? await store.notes.list(workspace, page - 1)
        : { notes: [], total: 0, pageSize: 50 };
      if (listed.total === 0) {
        io.stdout('No team notes yet. Add one: portbot notes set 8443 staging Grafana, ask #sre');
        return EXIT_OK;
      }
      for (const note of listed.notes) io.stdout(describeNote(note));
      const pages = Math.ceil(listed.total / listed.pageSize);
      io.stdout(
        `${listed.total} notes, page ${page} of ${pages}${page < pages ? ` (next: --page ${page + 1})` : ''}.`,
      );
      return EXIT_OK;
    },
  },
  rm: {
    write: true,
    async run(store, { words, workspace }, io) {
      const scope = scopeOrComplain(words[0], io);
      if (!scope || !store) return EXIT_REFUSED;
      const result = await store.notes.forget(workspace, scope, author(io));
      if (!result.ok) return refused(result.problem.code, io);
      io.stdout(`Removed the note on ${formatNoteScope(scope)} ("${result.value.text}").`);
      return EXIT_OK;
    },
  },
  history: {
    write: false,
    async run(store, { words, workspace }, io) {
      const scope = scopeOrComplain(words[0], io);
      if (!scope) return EXIT_REFUSED;
      const changes = store ? await store.notes.history(workspace, scope) : [];
      if (changes.length === 0) io.stdout(`No history for ${formatNoteScope(scope)}.`);
      for (const change of changes) {
        const when = new Date(change.at).toISOString().replace('T', ' ').slice(0, 16);
        const what = change.action === 'set' ? `set "${change.text}"` : 'removed the note';
        io.stdout(`${when}  ${change.author.name} ${what}`);
      }
      return EXIT_OK;
    },
  },
  export: {
    write: false,
    async run(store, { workspace }, io) {
      const exported = store
        ? await store.workspaces.export(workspace)
        : {
            format: 'portbot-team-notes',
            version: 1,
            workspace,
            exportedAt: new Date((io.now ?? Date.now)()).toISOString(),
            notes: [],
            history: [],
          };
      io.stdout(JSON.stringify(exported, null, 2));
      return EXIT_OK;
    },
  },
  import: {
    write: true,
    async run(store, { words, workspace, replace }, io) {
      const file = words[0];
      if (!file || !store) {
        io.stderr('portbot: name the export to import: portbot notes import FILE');
        return EXIT_REFUSED;
      }
      const data = readExport(file, io);
      if (!data) return EXIT_REFUSED;
      const result = await store.workspaces.import(workspace, data, { replace });
      if (!result.ok) return refused(result.problem.code, io);
      io.stdout(
        `Imported ${result.value.notes} notes and ${result.value.history} history entries into ${workspace}.`,
      );
      return EXIT_OK;
    },
  },
};

function readExport(file: string, io: TeamCommandIo) {
  try {
    const stats = statSync(file);
    if (!stats.isFile() || stats.size > MAX_IMPORT_BYTES) {
      io.stderr(`portbot: ${file} is not an export file (a regular file of at most 32 MB).`);
      return undefined;
    }
    const parsed = WorkspaceExportSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
    io.stderr(
      `portbot: ${file} is not a portbot notes export (${parsed.error.issues[0]?.message ?? 'bad shape'}).`,
    );
  } catch (error) {
    io.stderr(`portbot: could not read ${file}: ${(error as Error).message}`);
  }
  return undefined;
}

function refused(code: StoreRefusal, io: TeamCommandIo): number {
  io.stderr(`portbot: ${REFUSALS[code]}`);
  return EXIT_REFUSED;
}

async function feedbackReport(store: Store | undefined, { workspace, since }: Options, io: TeamCommandIo) {
  const rows = store ? await store.feedback.report(workspace, since !== undefined ? { since } : {}) : [];
  if (rows.length === 0) {
    io.stdout('No feedback yet.');
    return EXIT_OK;
  }
  for (const row of rows) {
    io.stdout(`${row.queryToken.padEnd(24)}👎 ${row.down}  👍 ${row.up}`);
    for (const text of row.missing.slice(0, 5)) io.stdout(`    missing: ${text}`);
  }
  return EXIT_OK;
}

async function forgetWorkspace(store: Store | undefined, { words }: Options, io: TeamCommandIo) {
  const workspace = words[0];
  if (!workspace || !WORKSPACE_ID.test(workspace)) {
    io.stderr('portbot: name the workspace to forget: portbot data forget-workspace T0123ABCD');
    return EXIT_REFUSED;
  }
  const removed = store ? await store.workspaces.forget(workspace) : 0;
  io.stdout(`Deleted ${removed} rows of workspace ${workspace}.`);
  return EXIT_OK;
}

/** Runs `notes …`, `feedback report …` or `forget-workspace W`; returns the exit code. */
export async function runTeamCommand(args: readonly string[], io: TeamCommandIo): Promise<number> {
  const [group, command, ...rest] = args;
  const now = (io.now ?? Date.now)();
  let handler: Handler | undefined;
  let write = false;
  let options: Options;
  if (group === 'notes' && command && command in NOTE_COMMANDS) {
    const entry = NOTE_COMMANDS[command] as { write: boolean; run: Handler };
    handler = entry.run;
    write = entry.write;
    options = readOptions(rest, now);
  } else if (group === 'feedback' && command === 'report') {
    handler = feedbackReport;
    options = readOptions(rest, now);
  } else if (group === 'forget-workspace') {
    handler = forgetWorkspace;
    options = readOptions(command === undefined ? rest : [command, ...rest], now);
  } else {
    io.stdout(NOTES_USAGE);
    return group === 'notes' && (command === undefined || command === 'help' || command === '--help')
      ? EXIT_OK
      : EXIT_REFUSED;
  }
  if (options.problem) {
    io.stderr(`portbot: ${options.problem}`);
    return EXIT_REFUSED;
  }
  let store: Store | undefined;
  try {
    store = await openFor(io, write);
    return await handler(store, options, io);
  } catch (error) {
    io.stderr(`portbot: the team database is not available: ${(error as Error).message}`);
    return EXIT_INTERNAL;
  } finally {
    await store?.close();
  }
}
