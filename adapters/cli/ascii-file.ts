/**
 * An ASCII data file as text read piece by piece: each `slice` reads just those bytes from disk.
 * The files are sorted behind a header of where each block begins (src/knowledge/port-buckets.ts),
 * so a question reads the header and a block or two — kilobytes — instead of the whole file
 * (0.5–2 MB each; reading and decoding them whole was a visible part of the CLI's start-up).
 */
import { fstatSync, openSync, readSync } from 'node:fs';
import type { SearchableText } from '../../src/index.js';

export function readAsciiFile(path: string): SearchableText {
  // Opened now, so a missing file fails at start-up as before; left open until the process ends.
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  return {
    length: size,
    slice(start, end = size) {
      const from = Math.max(0, Math.min(start, size));
      const to = Math.max(from, Math.min(end < 0 ? size + end : end, size));
      const bytes = Buffer.allocUnsafe(to - from);
      let read = 0;
      // Bounded: each turn reads at least one byte, or the loop is left at the end of the file.
      while (read < bytes.length) {
        const got = readSync(fd, bytes, read, bytes.length - read, from + read);
        if (got <= 0) break;
        read += got;
      }
      return bytes.toString('latin1', 0, read);
    },
  };
}
