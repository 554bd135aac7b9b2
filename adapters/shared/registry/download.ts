/**
 * Downloads the registry CSV: bounded in time and size, conditional when validators are known,
 * and suspicious of short bodies (a Content-Length that does not match what arrived).
 * Failures come back as values with a reason a person can act on.
 */

import { checkRegistryUrl } from './settings.js';
import type { HttpValidators } from './store.js';

export type DownloadResult =
  | { status: 'ok'; text: string; validators: HttpValidators }
  | { status: 'not-modified' }
  | { status: 'failed'; reason: string };

export interface DownloadOptions {
  fetch?: typeof fetch;
  /** From the last response: the request becomes conditional (304 when nothing changed). */
  validators?: HttpValidators;
  timeoutMs?: number;
  /** The registry is ~1.2 MB; anything far larger is not it. */
  maxBytes?: number;
  /** Cancels the download (the service's stop). */
  signal?: AbortSignal;
}

export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_DOWNLOAD_BYTES = 32 * 1024 * 1024;

function requestHeaders(validators: HttpValidators | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'text/csv, text/plain;q=0.9, */*;q=0.1',
    'user-agent': 'portbot (registry update)',
  };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  return headers;
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const name = error instanceof Error ? error.name : '';
  const bound = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
  if (name === 'TimeoutError') return `no complete answer within ${bound}`;
  if (name === 'AbortError') return 'the download was cancelled';
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  // undici's word for a body that stopped before its end.
  if (error instanceof Error && error.message === 'terminated')
    return `the download was cut short${cause ? ` (${cause})` : ''}`;
  return `${error instanceof Error ? error.message : String(error)}${cause ? `: ${cause}` : ''}`;
}

type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** Reads the body up to `maxBytes`; more than that is refused rather than buffered. */
async function readBody(response: Response, maxBytes: number): Promise<BodyRead> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return { ok: true, bytes: new Uint8Array() };
  const reader = response.body.getReader();
  // Ends when the stream does, or at the size bound.
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, reason: `the file is larger than ${maxBytes} bytes, far more than the registry` };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** A Content-Length that disagrees with the body means the transfer was cut short. */
function lengthProblem(response: Response, received: number): string | undefined {
  const declared = response.headers.get('content-length');
  const encoding = response.headers.get('content-encoding');
  // With compression the header counts compressed bytes; fetch hands over decompressed ones.
  if (declared === null || (encoding !== null && encoding !== 'identity')) return undefined;
  if (!/^\d+$/.test(declared.trim())) return undefined;
  const expected = Number.parseInt(declared, 10);
  return expected === received
    ? undefined
    : `the download was cut short: ${received} of ${expected} bytes arrived`;
}

/**
 * @example
 * const result = await downloadRegistry(url, { validators: { etag: '"abc"' } });
 * if (result.status === 'ok') parseRegistryCsv(result.text, { updated: '2026-03-01' });
 */
export async function downloadRegistry(url: string, options: DownloadOptions = {}): Promise<DownloadResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const conditional = Boolean(options.validators?.etag || options.validators?.lastModified);
  try {
    const response = await (options.fetch ?? fetch)(url, {
      headers: requestHeaders(options.validators),
      redirect: 'follow',
      signal,
    });
    if (response.status === 304 && conditional) {
      await response.body?.cancel();
      return { status: 'not-modified' };
    }
    // An https URL that redirects to plain http elsewhere gets the same refusal as the setting.
    const downgraded = response.url ? checkRegistryUrl(response.url) : undefined;
    if (downgraded) {
      await response.body?.cancel();
      return {
        status: 'failed',
        reason: `the download was redirected to ${response.url}, which ${downgraded}`,
      };
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      const text = `${response.status} ${response.statusText}`.trim();
      return { status: 'failed', reason: `the server answered ${text} for ${url}` };
    }
    const body = await readBody(response, options.maxBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES);
    if (!body.ok) return { status: 'failed', reason: body.reason };
    const short = lengthProblem(response, body.bytes.byteLength);
    if (short) return { status: 'failed', reason: short };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body.bytes);
    } catch {
      return { status: 'failed', reason: 'the download is not UTF-8 text (cut short inside a character?)' };
    }
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    return {
      status: 'ok',
      text,
      validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
    };
  } catch (error) {
    return { status: 'failed', reason: `could not download ${url}: ${describeFailure(error, timeoutMs)}` };
  }
}
