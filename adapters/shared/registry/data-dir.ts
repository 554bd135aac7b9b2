/**
 * The data directory (PORTBOT_DATA_DIR, else the per-user cache): made on first use and checked
 * before anything is downloaded or written, with failures that name the path and the cause.
 *
 * Not `mkdir(dir, { recursive: true })`: under /proc it never returns (the kernel answers ENOENT
 * for a directory whose parent exists, and Node retries the parent forever). Here every parent is
 * created at most once, the walk up is bounded by the path's depth and by a time limit.
 */
// `fs.promises` rather than 'node:fs/promises': read on first use, so the CLI's start-up (which
// only resolves this path) does not load the promise API.
import { constants, promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Env } from '../env.js';

/** `PORTBOT_DATA_DIR`, else `$XDG_CACHE_HOME/portbot`, else `~/.cache/portbot`. */
export function resolveDataDir(env: Env): string {
  const clean = (key: string) => env[key]?.trim() || undefined;
  const explicit = clean('PORTBOT_DATA_DIR');
  if (explicit) return explicit;
  const cacheHome = clean('XDG_CACHE_HOME');
  return join(cacheHome ?? join(clean('HOME') ?? homedir(), '.cache'), 'portbot');
}

/** File-system error codes in words; the code itself follows in brackets, for searching. */
const CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EEXIST: 'a file is in the way',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
  EISDIR: 'it is a directory',
  ENOENT: 'there is no such file or directory',
};

/**
 * "permission denied (EACCES)" for a file-system error; the error's own message when the code is
 * not a common one.
 */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && CAUSES[code]) return `${CAUSES[code]} (${code})`;
  if (code) return code;
  return error instanceof Error ? error.message : String(error);
}

export interface DataDirProblem {
  code: 'data_dir_unusable';
  reason: string;
}

export interface DataDirOptions {
  /** How long making the directory may take in all (a hung network file system). */
  timeoutMs?: number;
}

/** Far deeper than any real path; a longer walk up means something is wrong. */
const MAX_DEPTH = 256;
const DEFAULT_TIMEOUT_MS = 10_000;

const problem = (path: string, cause: string): DataDirProblem => ({
  code: 'data_dir_unusable',
  reason: `cannot use ${path} as the data directory: ${cause}`,
});

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** The first part of `path` that exists and is not a directory ("/etc/passwd" for /etc/passwd/x). */
async function fileInTheWay(path: string): Promise<string | undefined> {
  let current = path;
  // Bounded by the path's depth.
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    const parent = dirname(current);
    if (parent === current) return undefined;
    try {
      if (!(await fs.stat(parent)).isDirectory()) return parent;
    } catch {
      // Missing or unreadable: look further up.
    }
    current = parent;
  }
  return undefined;
}

/**
 * Makes the data directory (and its missing parents) and checks that portbot may write there.
 * Undefined when it is ready, else why not.
 * @example
 * const problem = await ensureDataDir('/var/cache/portbot');
 * if (problem) console.error(problem.reason);
 */
export async function ensureDataDir(
  dir: string,
  options: DataDirOptions = {},
): Promise<DataDirProblem | undefined> {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const target = resolve(dir);
  const overdue = () => Date.now() > deadline;
  const cannotCreate = (path: string, cause: string) =>
    problem(target, path === target ? `it cannot be created: ${cause}` : `cannot create ${path}: ${cause}`);
  // Walk up to the nearest directory that exists, remembering the ones to make.
  const missing: string[] = [];
  let current = target;
  for (let depth = 0; ; depth++) {
    if (depth > MAX_DEPTH || overdue()) return problem(target, 'the path is too deep or too slow to create');
    try {
      await fs.mkdir(current);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        if (await isDirectory(current)) break;
        return problem(target, current === target ? 'it is a file, not a directory' : `${current} is a file`);
      }
      const parent = dirname(current);
      if (code === 'ENOTDIR') {
        const file = await fileInTheWay(current);
        if (file) return problem(target, `${file} is a file, not a directory (ENOTDIR)`);
      }
      if (code !== 'ENOENT' || parent === current) return cannotCreate(current, describeFileError(error));
      missing.push(current);
      current = parent;
    }
  }
  // Down again, each directory made once: a parent that exists and still refuses (ENOENT under
  // /proc, EROFS, EACCES) ends it with that cause.
  for (const path of missing.reverse()) {
    if (overdue()) return problem(target, 'the path is too slow to create');
    try {
      await fs.mkdir(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && (await isDirectory(path))) continue;
      if (code === 'ENOENT')
        return problem(target, `${dirname(path)} does not take new directories (ENOENT)`);
      return cannotCreate(path, describeFileError(error));
    }
  }
  try {
    // Read-only file systems answer EROFS here even for root; plain modes stop everyone else.
    await fs.access(target, constants.W_OK | constants.X_OK);
  } catch (error) {
    return problem(target, describeFileError(error));
  }
  return undefined;
}
