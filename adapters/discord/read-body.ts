/**
 * Reads a request body into memory with a size cap, before anything parses it: the signature is
 * over the exact bytes, and an unbounded body would let anyone fill the memory.
 */
import type { IncomingMessage } from 'node:http';

export type BodyRead = { ok: true; body: Buffer } | { ok: false; reason: 'too_large' | 'aborted' };

export function readBody(request: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  const declared = Number.parseInt(request.headers['content-length'] ?? '', 10);
  if (Number.isFinite(declared) && declared > maxBytes) {
    request.resume();
    return Promise.resolve({ ok: false, reason: 'too_large' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyRead) => {
      if (done) return;
      done = true;
      resolve(result);
    };
    request.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        // Keep draining so the socket can still carry our 413, but stop storing.
        chunks.length = 0;
        finish({ ok: false, reason: 'too_large' });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => finish({ ok: true, body: Buffer.concat(chunks, size) }));
    // 'close' before 'end' means the client went away mid-body.
    request.on('close', () => finish({ ok: false, reason: 'aborted' }));
    request.on('error', () => finish({ ok: false, reason: 'aborted' }));
  });
}
