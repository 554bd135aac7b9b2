/**
 * One import pipeline for `portbot data update` and the service's refresh: get the CSV (download
 * or file), parse it in the core, refuse anything incomplete, then replace the cache atomically.
 * Any failure leaves the current cache exactly as it was.
 */
import {
  checkRegistryImport,
  createRegistry,
  type DataSource,
  parseRegistryCsv,
  type Registry,
  type RegistryImportStats,
} from '../../../src/index.js';
import { describeFileError } from './data-dir.js';
import { downloadRegistry } from './download.js';
import { type FileReadOptions, readRegistryFile } from './local-file.js';
import { type HttpValidators, readCachedRegistry, readStoredDownload, saveRegistryCache } from './store.js';

export type UpdateOutcome =
  | {
      status: 'updated';
      registry: Registry;
      source: DataSource;
      stats: RegistryImportStats;
      /** Where the cache was written. */
      file: string;
      sha256: string;
    }
  | { status: 'not-modified' }
  | { status: 'failed'; reason: string; code?: string };

export interface UpdateTarget {
  dataDir: string;
  minRows: number;
  /** Today, for the data's "updated" date and the download's time. */
  now?: () => Date;
}

export interface DownloadUpdate extends UpdateTarget {
  url: string;
  fetch?: typeof fetch;
  /** Ask with the stored ETag / Last-Modified, so an unchanged registry costs a 304. */
  conditional: boolean;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** "2026-03-01" in UTC: the registry's own dates carry no time zone either. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

async function importText(
  text: string,
  target: UpdateTarget,
  download?: HttpValidators & { url: string },
): Promise<UpdateOutcome> {
  const now = (target.now ?? (() => new Date()))();
  const parsed = parseRegistryCsv(text, { updated: isoDay(now) });
  if (!parsed.ok) {
    const { line, message } = parsed.problem;
    const where = line && !message.includes(`line ${line}`) ? ` (line ${line})` : '';
    return { status: 'failed', code: parsed.problem.code, reason: `${message}${where}` };
  }
  const current = readCachedRegistry(target.dataDir);
  const problem = checkRegistryImport(parsed.value.data, parsed.value.stats, {
    minRows: target.minRows,
    ...(current.status === 'ok' ? { previousRows: current.stats.rows } : {}),
  });
  if (problem) return { status: 'failed', code: problem.code, reason: problem.message };
  try {
    const saved = await saveRegistryCache(
      target.dataDir,
      parsed.value.data,
      parsed.value.stats,
      download && { ...download, fetchedAt: now.toISOString() },
    );
    return {
      status: 'updated',
      registry: createRegistry(parsed.value.data),
      source: parsed.value.data.source,
      stats: parsed.value.stats,
      ...saved,
    };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'data_dir_unusable' && error instanceof Error)
      return { status: 'failed', code, reason: error.message };
    return {
      status: 'failed',
      code: 'write_failed',
      reason: `could not write the cache in ${target.dataDir}: ${describeFileError(error)}`,
    };
  }
}

/** Imports a local copy of the CSV, read within the download's size and time bounds. */
export async function importRegistryFile(
  file: string,
  target: UpdateTarget,
  bounds: FileReadOptions = {},
): Promise<UpdateOutcome> {
  const read = await readRegistryFile(file, bounds);
  if (!read.ok) return { status: 'failed', code: read.code, reason: read.reason };
  return importText(read.text, target);
}

/** Downloads the CSV and imports it; with `conditional`, an unchanged registry touches nothing. */
export async function updateRegistryFromUrl(update: DownloadUpdate): Promise<UpdateOutcome> {
  const current = readCachedRegistry(update.dataDir);
  const stored =
    update.conditional && current.status === 'ok'
      ? await readStoredDownload(update.dataDir, update.url, current.sha256)
      : undefined;
  const result = await downloadRegistry(update.url, {
    ...(update.fetch ? { fetch: update.fetch } : {}),
    ...(stored ? { validators: stored } : {}),
    ...(update.timeoutMs ? { timeoutMs: update.timeoutMs } : {}),
    ...(update.signal ? { signal: update.signal } : {}),
  });
  if (result.status !== 'ok') return result;
  return importText(result.text, update, { url: update.url, ...result.validators });
}
