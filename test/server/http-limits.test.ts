/**
 * Slow and many clients against the service's real HTTP server (createService, in-process, on
 * 127.0.0.1), talking raw sockets so that the client can misbehave byte by byte: a body dribbled
 * forever, headers sent slowly, a declared body too large, more connections than the cap.
 * Timeouts are shortened through the same options the config sets; waits are generous and no test
 * asserts on speed, only on what the server did.
 */
import type { IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { readServiceConfig } from '../../adapters/server/config.js';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from '../../adapters/server/http-server.js';
import { createService, HEALTH_PATH, type Service } from '../../adapters/server/service.js';
import { createLogger } from '../../adapters/shared/logger.js';
import type { Route } from '../../adapters/shared/service-adapter.js';

const logger = createLogger('silent');
const REQUEST_TIMEOUT_MS = 2_000;
/** Far beyond the request timeout plus Node's check interval, so a slow machine cannot fail us. */
const CUT_OFF_WAIT_MS = 20_000;

let service: Service | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await service?.stop();
  service = undefined;
});

interface Started {
  port: number;
  /** Bodies the echo route finished reading (their sizes). */
  bodiesRead: number[];
}

function readAll(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

async function start(limits: Partial<HttpLimits>): Promise<Started> {
  const bodiesRead: number[] = [];
  const echo: Route = {
    method: 'POST',
    path: '/echo',
    maxBodyBytes: 64 * 1024,
    async handler(request, response) {
      const body = await readAll(request);
      bodiesRead.push(body.length);
      response.writeHead(200, { 'content-type': 'text/plain' }).end(`read ${body.length}`);
    },
  };
  service = createService({
    host: '127.0.0.1',
    port: 0,
    adapters: [],
    logger,
    routes: [echo],
    limits: { requestTimeoutMs: REQUEST_TIMEOUT_MS, ...limits },
  });
  const address = await service.start();
  return { port: address.port, bodiesRead };
}

interface RawClient {
  socket: Socket;
  /** Everything the server sent so far. */
  received(): string;
  /** Resolves with what the server sent once the connection is closed, or rejects after `ms`. */
  closed(ms: number): Promise<string>;
}

function openRaw(port: number): Promise<RawClient> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    sockets.push(socket);
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
    });
    // A write to a connection the server has closed fails with EPIPE/ECONNRESET: that is the point.
    socket.on('error', () => {});
    const whenClosed = new Promise<void>((done) => socket.once('close', () => done()));
    socket.once('connect', () =>
      resolve({
        socket,
        received: () => text,
        closed: (ms) =>
          new Promise<string>((done, fail) => {
            const timer = setTimeout(() => fail(new Error(`still open after ${ms} ms; got ${text}`)), ms);
            void whenClosed.then(() => {
              clearTimeout(timer);
              done(text);
            });
          }),
      }),
    );
    socket.once('error', reject);
  });
}

/** Writes one byte of `text` every `everyMs` (looping over it), until the socket closes or `maxBytes`. */
function dribble(client: RawClient, text: string, everyMs: number, maxBytes: number): () => number {
  let sent = 0;
  const timer = setInterval(() => {
    if (client.socket.destroyed || sent >= maxBytes) return clearInterval(timer);
    client.socket.write(text[sent % text.length] as string);
    sent++;
  }, everyMs);
  client.socket.once('close', () => clearInterval(timer));
  return () => sent;
}

/** Polls the observable state every 50 ms; bounded in rounds and by the deadline `ms`. */
async function waitFor(check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (let round = 0; round <= ms / 50 && Date.now() < deadline; round++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (await check()) return;
  throw new Error(`not true after ${ms} ms`);
}

const openConnections = (): Promise<number> =>
  new Promise((resolve, reject) =>
    service?.server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
  );

describe('slow clients', () => {
  it('cuts off a body dribbled one byte at a time, with 408, and never hands it to the route', async () => {
    const { port, bodiesRead } = await start({});
    const client = await openRaw(port);
    client.socket.write('POST /echo HTTP/1.1\r\nHost: portbot\r\nContent-Length: 10000\r\n\r\n');
    // The pauses are the point: a body this slow must hit the request timeout (2 s) long before its
    // 10 000 bytes (500 s) are in, so `sent` stays far below the length whatever the machine's load.
    const sent = dribble(client, 'x', 50, 10_000);

    const answer = await client.closed(CUT_OFF_WAIT_MS);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(sent()).toBeLessThan(10_000);
    expect(bodiesRead).toEqual([]);
  });

  it('cuts off headers sent slowly (slowloris), with 408', async () => {
    const { port } = await start({});
    const client = await openRaw(port);
    // Header lines that never end the header block: X-a: a\r\n, over and over.
    client.socket.write('GET /healthz HTTP/1.1\r\nHost: portbot\r\n');
    // The pauses are the point: headers that keep coming but never end must hit the request timeout.
    dribble(client, 'X-a: a\r\n', 50, 100_000);

    expect(await client.closed(CUT_OFF_WAIT_MS)).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes a connection that sends nothing at all', async () => {
    const { port } = await start({});
    const client = await openRaw(port);
    await client.closed(CUT_OFF_WAIT_MS);
    expect(client.socket.destroyed).toBe(true);
  });

  it('still reads a body that arrives in time', async () => {
    const { port, bodiesRead } = await start({});
    const client = await openRaw(port);
    client.socket.end(
      'POST /echo HTTP/1.1\r\nHost: portbot\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello',
    );
    const answer = await client.closed(CUT_OFF_WAIT_MS);
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toContain('read 5');
    expect(bodiesRead).toEqual([5]);
  });
});

describe('declared body size', () => {
  it.each([
    ['over the route’s own limit', '/echo', 64 * 1024 + 1],
    ['far over it', '/echo', 50 * 1024 * 1024],
    ['over the service default, on a route without a limit of its own', '/healthz', 2 * 1024 * 1024],
  ])('%s: 413 before a byte of the body is sent, and the connection closes', async (_name, path, length) => {
    const { port, bodiesRead } = await start({});
    const client = await openRaw(port);
    const method = path === '/echo' ? 'POST' : 'GET';
    // Only the headers: the server must answer without waiting for the body.
    client.socket.write(`${method} ${path}?x HTTP/1.1\r\nHost: portbot\r\nContent-Length: ${length}\r\n\r\n`);

    const answer = await client.closed(CUT_OFF_WAIT_MS);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('"error":"body_too_large"');
    expect(bodiesRead).toEqual([]);
  });

  it('a body at the limit is read', async () => {
    const { port, bodiesRead } = await start({});
    const body = Buffer.alloc(64 * 1024, 'a');
    const response = await fetch(`http://127.0.0.1:${port}/echo`, { method: 'POST', body });
    expect([response.status, await response.text()]).toEqual([200, `read ${body.length}`]);
    expect(bodiesRead).toEqual([body.length]);
  });
});

describe('connection cap', () => {
  it('closes connections past the cap, and answers /healthz again once they are gone', async () => {
    const cap = 12;
    const { port } = await start({ maxConnections: cap });
    const held: RawClient[] = [];
    for (let i = 0; i < cap; i++) held.push(await openRaw(port));
    await waitFor(async () => (await openConnections()) === cap, 10_000);

    const extra = await Promise.all(Array.from({ length: 4 }, () => openRaw(port)));
    for (const client of extra) {
      client.socket.write(`GET ${HEALTH_PATH} HTTP/1.1\r\nHost: portbot\r\n\r\n`);
      // Closed on accept: no answer at all.
      expect(await client.closed(CUT_OFF_WAIT_MS)).toBe('');
    }
    // The held ones were not disturbed: each still gets an answer.
    const first = held[0] as RawClient;
    first.socket.write(`GET ${HEALTH_PATH} HTTP/1.1\r\nHost: portbot\r\n\r\n`);
    await waitFor(async () => first.received().includes('{"status":"ok"}'), 10_000);

    for (const client of held) client.socket.destroy();
    await waitFor(async () => (await openConnections()) === 0, 10_000);
    const health = await fetch(`http://127.0.0.1:${port}${HEALTH_PATH}`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
  });
});

describe('stopping with a stalled client', () => {
  it('closes the stalled connection after the grace period, and still finishes an answer in flight', async () => {
    const bodiesRead: number[] = [];
    let release = () => {};
    const slow: Route = {
      method: 'POST',
      path: '/slow',
      async handler(request, response) {
        const body = await readAll(request);
        bodiesRead.push(body.length);
        // Held until the test releases it: an answer in flight when the grace period ends.
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        response.writeHead(200).end('done');
      },
    };
    service = createService({
      host: '127.0.0.1',
      port: 0,
      adapters: [],
      logger,
      routes: [slow],
      stopGraceMs: 300,
    });
    const { port } = await service.start();
    const stalled = await openRaw(port);
    stalled.socket.write('POST /slow HTTP/1.1\r\nHost: portbot\r\nContent-Length: 100\r\n\r\nhalf');
    const inFlight = await openRaw(port);
    inFlight.socket.write('POST /slow HTTP/1.1\r\nHost: portbot\r\nContent-Length: 2\r\n\r\nok');
    await waitFor(async () => bodiesRead.length === 1, 10_000);

    const stopped = service.stop();
    await stalled.closed(CUT_OFF_WAIT_MS);
    expect(inFlight.socket.destroyed).toBe(false);
    release();
    const answer = await inFlight.closed(CUT_OFF_WAIT_MS);
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toContain('done');
    await stopped;
  });
});

describe('HTTP_* variables', () => {
  const DISCORD = { DISCORD_PUBLIC_KEY: 'ab'.repeat(32), DISCORD_APPLICATION_ID: '123456789012345678' };

  it.each([
    [{}, DEFAULT_HTTP_LIMITS.maxConnections, 10_000, 65_000],
    [
      {
        HTTP_MAX_CONNECTIONS: '500',
        HTTP_REQUEST_TIMEOUT_SECONDS: '30',
        HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: '5',
      },
      500,
      30_000,
      5_000,
    ],
    [
      { HTTP_MAX_CONNECTIONS: ' ', HTTP_REQUEST_TIMEOUT_SECONDS: '' },
      DEFAULT_HTTP_LIMITS.maxConnections,
      10_000,
      65_000,
    ],
  ])(
    '%j → cap %d, request %d ms, keep-alive %d ms',
    (env, maxConnections, requestTimeoutMs, keepAliveTimeoutMs) => {
      const result = readServiceConfig({ ...DISCORD, ...env });
      expect(result.ok && result.config.http).toEqual({
        maxConnections,
        requestTimeoutMs,
        keepAliveTimeoutMs,
      });
    },
  );

  it.each([
    [{ HTTP_MAX_CONNECTIONS: 'lots' }, 'HTTP_MAX_CONNECTIONS: must be a whole number (digits)'],
    [{ HTTP_MAX_CONNECTIONS: '5' }, 'HTTP_MAX_CONNECTIONS: must be at least 10'],
    [{ HTTP_REQUEST_TIMEOUT_SECONDS: '0' }, 'HTTP_REQUEST_TIMEOUT_SECONDS: must be at least 1'],
    [
      { HTTP_REQUEST_TIMEOUT_SECONDS: '1e3' },
      'HTTP_REQUEST_TIMEOUT_SECONDS: must be a whole number (digits)',
    ],
    [{ HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: '7200' }, 'HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: must be at most 3600'],
  ])('%j is refused: %s', (env, problem) => {
    const result = readServiceConfig({ ...DISCORD, ...env });
    expect(result.ok ? [] : result.problems).toContain(problem);
  });
});
