/**
 * The CLI's output, written straight to file descriptors 1 and 2. `process.stdout` builds a
 * stream first (and for a terminal loads Node's tty and net modules): 5–15 ms of a cold start
 * that prints a few lines.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';

type Fd = 1 | 2;

/** Writes all of `text`, or hands the rest to Node's stream when the descriptor would block. */
export function writeOut(fd: Fd, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  try {
    // Bounded: every turn writes at least one byte, or the loop is left.
    while (offset < bytes.length) {
      const written = writeSync(fd, bytes, offset);
      if (written <= 0) break;
      offset += written;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The reader went away (`portbot 22 | head -1`): there is no one left to tell.
    if (code === 'EPIPE') return;
    if (code !== 'EAGAIN') throw error;
  }
  // A non-blocking pipe that is full: Node's stream waits for it to drain before the process exits.
  if (offset < bytes.length) (fd === 1 ? process.stdout : process.stderr).write(bytes.subarray(offset));
}

/**
 * Whether the descriptor is a terminal, without loading Node's tty module for the common cases
 * that are not: a pipe, a file, or /dev/null (a character device like a terminal).
 */
export function isTerminal(fd: Fd): boolean {
  let stats: ReturnType<typeof fstatSync>;
  try {
    stats = fstatSync(fd);
  } catch {
    return false;
  }
  if (!stats.isCharacterDevice()) return false;
  try {
    if (stats.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    // No /dev/null (Windows): ask tty below.
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}
