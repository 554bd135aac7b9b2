/**
 * The imported registry on disk: reading it (synchronously, on the CLI's start-up path), writing it
 * atomically, and the HTTP validators of the download it came from.
 *
 * Files in the data directory:
 *   iana-registry.jsonl      the core's cache text (src/knowledge/iana-import/cache-format.ts) + a
 *                            last line {"sha256":"…"} over everything before it, so a damaged or
 *                            hand-edited file is refused whole before any answer uses it
 *   iana-registry.http.json  ETag / Last-Modified of the response the cache came from, tied to the
 *                            cache by its hash (an import from a file makes them stale)
 */
// `fs.promises` is read on first use: the CLI's start-up reads the cache synchronously and never
// loads the promise API.
import { promises as fs, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  encodeRegistryCache,
  openRegistryCache,
  type Registry,
  type RegistryData,
  type RegistryImportStats,
} from '../../../src/index.js';
import { describeFileError, ensureDataDir } from './data-dir.js';

export const REGISTRY_CACHE_FILE = 'iana-registry.jsonl';
export const REGISTRY_HTTP_FILE = 'iana-registry.http.json';

export const registryCacheFile = (dataDir: string) => join(dataDir, REGISTRY_CACHE_FILE);
const httpFile = (dataDir: string) => join(dataDir, REGISTRY_HTTP_FILE);

export type CachedRegistryRead =
  | { status: 'missing'; file: string }
  | { status: 'ok'; file: string; registry: Registry; stats: RegistryImportStats; sha256: string }
  | { status: 'corrupt'; file: string; reason: string };

// node:crypto is loaded only when a cache file is read or written: loading it (and node:stream,
// which it pulls in) was a noticeable part of the CLI's cold start, and most runs have no cache.
// (process.getBuiltinModule rather than an import or createRequire, which loads node:module.)
const crypto = () => process.getBuiltinModule('node:crypto');
const sha256 = (bytes: Uint8Array | string) => crypto().createHash('sha256').update(bytes).digest('hex');
const TRAILER = /^\{"sha256":"([0-9a-f]{64})"\}\n$/;

/** Splits off and checks the integrity line; the body's text, or why the file is refused. */
function verifyTrailer(bytes: Buffer): { body: string; sha256: string } | string {
  const end = bytes.length - 1;
  if (end < 0 || bytes[end] !== 0x0a) return 'it is cut short (no final line break)';
  const lastBreak = bytes.lastIndexOf(0x0a, end - 1);
  const trailer = TRAILER.exec(bytes.subarray(lastBreak + 1).toString('utf8'));
  if (!trailer) return 'it is cut short or not a portbot registry file (no checksum line)';
  const body = bytes.subarray(0, lastBreak + 1);
  if (sha256(body) !== trailer[1]) return 'its checksum does not match (damaged or edited)';
  return { body: body.toString('utf8'), sha256: trailer[1] ?? '' };
}

/**
 * Reads the cached registry. Synchronous on purpose: it runs once on the CLI's start-up path,
 * where a read, a hash and the header's parse cost a few milliseconds.
 */
export function readCachedRegistry(dataDir: string): CachedRegistryRead {
  const file = registryCacheFile(dataDir);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { status: 'missing', file };
    return { status: 'corrupt', file, reason: `it cannot be read: ${describeFileError(error)}` };
  }
  const verified = verifyTrailer(bytes);
  if (typeof verified === 'string') return { status: 'corrupt', file, reason: verified };
  const opened = openRegistryCache(verified.body);
  if (!opened.ok) return { status: 'corrupt', file, reason: opened.problem.message };
  return {
    status: 'ok',
    file,
    registry: opened.value.registry,
    stats: opened.value.stats,
    sha256: verified.sha256,
  };
}

/**
 * Writes a file so that readers see the old content or the new, never half of either: a temporary
 * file in the same directory (same file system, so rename is atomic), flushed, then renamed over.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const temporary = join(
    dirname(file),
    `.${basename(file)}.${process.pid}.${crypto().randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const handle = await fs.open(temporary, 'wx', 0o644);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** ETag and Last-Modified of the response a cache came from, for the next conditional GET. */
export interface HttpValidators {
  etag?: string;
  lastModified?: string;
}

interface HttpRecord extends HttpValidators {
  url: string;
  /** Hash of the cache these belong to. */
  sha256: string;
  /** When that response arrived (ISO time): the refresh schedule counts from it. */
  fetchedAt: string;
}

export interface SavedRegistry {
  file: string;
  sha256: string;
}

/**
 * Stores imported data (and, for a download, its validators); returns where and which hash. Throws
 * an error with code `data_dir_unusable` (and a message naming the path and the cause) when the
 * data directory cannot be made or written, or the file system's own error.
 */
export async function saveRegistryCache(
  dataDir: string,
  data: RegistryData,
  stats: RegistryImportStats,
  download?: HttpValidators & { url: string; fetchedAt: string },
): Promise<SavedRegistry> {
  const unusable = await ensureDataDir(dataDir);
  if (unusable) throw Object.assign(new Error(unusable.reason), { code: unusable.code });
  const body = encodeRegistryCache(data, stats);
  const hash = sha256(body);
  const file = registryCacheFile(dataDir);
  await writeFileAtomic(file, `${body}{"sha256":"${hash}"}\n`);
  if (download) {
    const record: HttpRecord = { ...download, sha256: hash };
    await writeFileAtomic(httpFile(dataDir), `${JSON.stringify(record, null, 2)}\n`);
  }
  return { file, sha256: hash };
}

export interface StoredDownload extends HttpValidators {
  fetchedAt?: string;
}

/**
 * What is known about the download behind the current cache, when it came from `url` and is still
 * the cache on disk; undefined otherwise (then a refresh asks for the whole file).
 */
export async function readStoredDownload(
  dataDir: string,
  url: string,
  cacheSha256: string | undefined,
): Promise<StoredDownload | undefined> {
  let parsed: Partial<HttpRecord>;
  try {
    parsed = JSON.parse(await fs.readFile(httpFile(dataDir), 'utf8')) as Partial<HttpRecord>;
  } catch {
    return undefined;
  }
  if (parsed.url !== url || cacheSha256 === undefined || parsed.sha256 !== cacheSha256) return undefined;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const etag = text(parsed.etag);
  const lastModified = text(parsed.lastModified);
  const fetchedAt = text(parsed.fetchedAt);
  return {
    ...(etag ? { etag } : {}),
    ...(lastModified ? { lastModified } : {}),
    ...(fetchedAt ? { fetchedAt } : {}),
  };
}
