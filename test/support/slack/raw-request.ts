/**
 * Requests `fetch` cannot send: headers spelled exactly as given (or repeated), and a raw socket
 * that stops mid-body or streams a body in pieces. Everything on 127.0.0.1, every wait bounded.
 */
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { waitFor } from './wait.js';

export interface RawResponse {
  status: number;
  body: string;
}

/** POSTs `body` with exactly these headers; an array value is sent as one header line per item. */
export function rawPost(
  url: string,
  body: string,
  headers: Record<string, string | string[]>,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', headers, timeout: 10_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', reject);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error('no answer within 10 s')));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

export interface RawConnection {
  socket: Socket;
  /** Everything the server sent so far. */
  received(): string;
  /** True once the server closed its side. */
  closed(): boolean;
  /** Resolves with what the server sent once it holds a whole status line. */
  waitForStatus(timeoutMs?: number): Promise<number>;
}

/** Opens a TCP connection to the service and sends `head` (request line and headers) at once. */
export async function openRawConnection(baseUrl: string, head: string): Promise<RawConnection> {
  const { hostname, port } = new URL(baseUrl);
  const socket = connect({ host: hostname, port: Number(port) });
  let text = '';
  let ended = false;
  socket.on('data', (chunk: Buffer) => {
    text += chunk.toString('latin1');
  });
  socket.on('close', () => {
    ended = true;
  });
  // A reset while the test is still writing is expected in some tests; it must not throw.
  socket.on('error', () => {
    ended = true;
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.write(head);
  return {
    socket,
    received: () => text,
    closed: () => ended,
    waitForStatus: async (timeoutMs = 5000) => {
      const line = await waitFor(() => /^HTTP\/1\.1 (\d{3}) /.exec(text)?.[1], {
        what: 'a status line from the service',
        timeoutMs,
      });
      return Number(line);
    },
  };
}

/** The request line and headers of a POST to `path`, ending with the blank line. */
export function requestHead(path: string, headers: Record<string, string>): string {
  const lines = [`POST ${path} HTTP/1.1`, 'Host: 127.0.0.1'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}
