/**
 * Reads a local copy of the registry CSV (`portbot data update --from FILE`) within the same bounds
 * as a download: at most DEFAULT_MAX_DOWNLOAD_BYTES, checked before reading (the file's size) and
 * while reading (a file that grows, or one whose size the kernel does not report, such as /proc's),
 * and within a time bound. Only regular files are read: a device (/dev/zero never ends, a terminal
 * waits for typing) or a FIFO (waits for a writer that may never come) is refused at once.
 * Failures come back as values with a reason a person can act on.
 */
import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { describeFileError } from './data-dir.js';
import { DEFAULT_DOWNLOAD_TIMEOUT_MS, DEFAULT_MAX_DOWNLOAD_BYTES } from './download.js';

export type FileRead = { ok: true; text: string } | { ok: false; code: string; reason: string };

export interface FileReadOptions {
  maxBytes?: number;
  timeoutMs?: number;
}

const CHUNK_BYTES = 64 * 1024;

/** "33.6 MB", "512 bytes": sizes a person reads at a glance. */
export function describeSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${bytes.toLocaleString('en-US')} bytes`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

const tooLarge = (file: string, size: string, maxBytes: number): FileRead => ({
  ok: false,
  code: 'too_large',
  reason: `${file} is ${size}, more than the ${describeSize(maxBytes)} a copy of the registry can be (the real one is about 1 MB)`,
});

/** Why a path cannot be read, in words, with the system's code for searching. */
const describeReadError = (file: string, error: unknown) =>
  `could not read ${file}: ${describeFileError(error)}`;

function describeKind(stats: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }) {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  return 'a device';
}

/** Reads up to maxBytes + 1 bytes: one byte more than allowed is enough to refuse. */
async function readBounded(
  handle: FileHandle,
  file: string,
  maxBytes: number,
  deadline: number,
  timeoutMs: number,
): Promise<FileRead | Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Bounded: every turn reads at least one byte or ends, and ends past maxBytes or the deadline.
  for (;;) {
    if (Date.now() > deadline) {
      return { ok: false, code: 'timeout', reason: `could not read ${file} within ${timeoutMs / 1000} s` };
    }
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks, size);
    chunks.push(buffer.subarray(0, bytesRead));
    size += bytesRead;
    if (size > maxBytes) return tooLarge(file, `larger than ${describeSize(maxBytes)}`, maxBytes);
  }
}

/**
 * @example
 * const read = await readRegistryFile('service-names-port-numbers.csv');
 * if (read.ok) parseRegistryCsv(read.text, { updated: '2026-03-01' });
 */
export async function readRegistryFile(file: string, options: FileReadOptions = {}): Promise<FileRead> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; the type check below refuses it.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, code: 'read_failed', reason: describeReadError(file, error) };
  }
  try {
    // The opened file's own type and size, so nothing can swap the path after the check.
    const stats = await handle.stat();
    if (!stats.isFile()) {
      return {
        ok: false,
        code: 'not_a_file',
        reason: `${file} is ${describeKind(stats)}, not a file: save the CSV to a file and import that`,
      };
    }
    if (stats.size > maxBytes) return tooLarge(file, `${stats.size.toLocaleString('en-US')} bytes`, maxBytes);
    const bytes = await readBounded(handle, file, maxBytes, deadline, timeoutMs);
    if (!Buffer.isBuffer(bytes)) return bytes;
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, code: 'not_utf8', reason: `${file} is not UTF-8 text (is it the registry's CSV?)` };
    }
  } catch (error) {
    return { ok: false, code: 'read_failed', reason: describeReadError(file, error) };
  } finally {
    await handle.close();
  }
}
