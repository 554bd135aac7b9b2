/**
 * A local stand-in for Discord on 127.0.0.1: the REST routes portbot's client calls and the
 * gateway (fake-gateway.ts) on one port. It records every request so tests can assert on exactly
 * what the real discord.js client sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createFakeGateway,
  type FakeGateway,
  type FakeGatewayOptions,
  GATEWAY_PATH,
  RESUME_PATH,
} from './fake-gateway.js';
import { botUser, FAKE_TOKEN, message } from './payloads.js';

export interface RecordedRequest {
  method: string;
  /** Path without the query, as sent (`@original` arrives as `%40original`). */
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeDiscord {
  /** What `rest.api` and DISCORD_API_URL take: "http://127.0.0.1:PORT/api". */
  readonly apiUrl: string;
  readonly gateway: FakeGateway;
  readonly requests: RecordedRequest[];
  /** Interaction ids whose callbacks are refused (400, "already acknowledged"), to exercise failures. */
  readonly refusedInteractions: Set<string>;
  /**
   * Registered commands by the path that lists them (`/api/v10/applications/{app}/commands`, or
   * `…/guilds/{guild}/commands`): PUT replaces a list, GET reads it, DELETE …/{id} removes one.
   */
  readonly commands: Map<string, StoredCommand[]>;
  /** Resolves with the first request (recorded or still to come) that matches; rejects after `timeoutMs`. */
  waitForRequest(match: (request: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export interface StoredCommand {
  id: string;
  name: string;
  type?: number;
  [field: string]: unknown;
}

const API = '/api/v10';
const COMMANDS = /^(\/api\/v10\/applications\/\d+(?:\/guilds\/\d+)?\/commands)(?:\/(\d+))?$/;

function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? JSON.parse(text) : null);
      } catch {
        resolve(text);
      }
    });
  });
}

interface Reply {
  status: number;
  /** Sent as JSON; none for 204. */
  body?: unknown;
}

const UNAUTHORIZED: Reply = { status: 401, body: { message: '401: Unauthorized', code: 0 } };

function send(response: ServerResponse, reply: Reply): void {
  if (reply.body === undefined) {
    response.writeHead(reply.status).end();
    return;
  }
  const text = JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

let commandIds = 0;

/** Registration's routes, as Discord keeps them: one list per application, and per server. */
function answerCommands(request: RecordedRequest, commands: Map<string, StoredCommand[]>): Reply | undefined {
  const match = COMMANDS.exec(request.path);
  if (!match) return undefined;
  if (request.authorization !== `Bot ${FAKE_TOKEN}`) return UNAUTHORIZED;
  const [, list = '', commandId] = match;
  const stored = commands.get(list) ?? [];
  if (commandId === undefined && request.method === 'PUT') {
    const given = Array.isArray(request.body) ? (request.body as { name: string }[]) : [];
    const next = given.map((command) => {
      commandIds += 1;
      return { id: String(900_000_000_000_000_100n + BigInt(commandIds)), version: '1', ...command };
    });
    commands.set(list, next);
    return { status: 200, body: next };
  }
  if (commandId === undefined && request.method === 'GET') return { status: 200, body: stored };
  if (commandId !== undefined && request.method === 'DELETE') {
    if (!stored.some((command) => command.id === commandId))
      return { status: 404, body: { message: 'Unknown application command', code: 10063 } };
    commands.set(
      list,
      stored.filter((command) => command.id !== commandId),
    );
    return { status: 204 };
  }
  return { status: 405, body: { message: '405: Method Not Allowed', code: 0 } };
}

/** Answers the way Discord does for the routes portbot uses. */
function answer(
  request: RecordedRequest,
  baseUrl: string,
  refused: ReadonlySet<string>,
  commands: Map<string, StoredCommand[]>,
): Reply {
  const registration = answerCommands(request, commands);
  if (registration) return registration;
  const authorized = request.authorization === `Bot ${FAKE_TOKEN}`;
  const { method, path } = request;
  if (path === `${API}/gateway/bot` && method === 'GET') {
    if (!authorized) return UNAUTHORIZED;
    const gateway = {
      url: `${baseUrl.replace(/^http/, 'ws')}${GATEWAY_PATH}`,
      shards: 1,
      // A high max_concurrency: otherwise each extra shard waits ~5 s to identify.
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 },
    };
    return { status: 200, body: gateway };
  }
  if (/^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(path) && method === 'POST') {
    if (refused.has(path.split('/')[4] ?? ''))
      return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
    return { status: 204 };
  }
  if (/^\/api\/v10\/channels\/\d+\/messages$/.test(path) && method === 'POST') {
    if (!authorized) return UNAUTHORIZED;
    const body = request.body as { content?: string; embeds?: unknown[]; components?: unknown[] };
    const channelId = path.split('/')[4];
    const sent = message({
      content: body.content ?? '',
      author: botUser(),
      ...(channelId ? { channelId } : {}),
      embeds: body.embeds ?? [],
      components: body.components ?? [],
    });
    return { status: 200, body: sent };
  }
  if (/^\/api\/v10\/webhooks\/\d+\/[^/]+(\/messages\/%40original)?$/.test(path)) {
    const body = request.body as { content?: string } | null;
    return { status: 200, body: message({ content: body?.content ?? '', author: botUser() }) };
  }
  return { status: 404, body: { message: '404: Not Found', code: 0 } };
}

export async function startFakeDiscord(options: FakeGatewayOptions = {}): Promise<FakeDiscord> {
  const requests: RecordedRequest[] = [];
  const waiters = new Set<{
    match: (request: RecordedRequest) => boolean;
    resolve: (r: RecordedRequest) => void;
  }>();
  const gateway = createFakeGateway(options);
  const refusedInteractions = new Set<string>();
  const commands = new Map<string, StoredCommand[]>();
  let baseUrl = '';

  const server: Server = createServer((incoming, response) => {
    const url = new URL(incoming.url ?? '/', baseUrl);
    void readJson(incoming).then((body) => {
      const recorded: RecordedRequest = {
        method: incoming.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        authorization: incoming.headers.authorization,
        body,
      };
      requests.push(recorded);
      for (const waiter of waiters)
        if (waiter.match(recorded)) {
          waiters.delete(waiter);
          waiter.resolve(recorded);
        }
      send(response, answer(recorded, baseUrl, refusedInteractions, commands));
    });
  });
  server.on('upgrade', (request, socket, head) => {
    const path = (request.url ?? '').split('?')[0];
    if (path === GATEWAY_PATH || path === RESUME_PATH) gateway.handleUpgrade(request, socket, head, baseUrl);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${baseUrl}/api`,
    gateway,
    requests,
    refusedInteractions,
    commands,
    waitForRequest(match, timeoutMs = 5_000) {
      const seen = requests.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = {
          match,
          resolve: (request: RecordedRequest) => {
            clearTimeout(timer);
            resolve(request);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching request to the Discord stand-in within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    async close() {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** `POST /interactions/{id}/{token}/callback` for one interaction id. */
export function isCallbackFor(interactionId: string) {
  return (request: RecordedRequest) =>
    request.method === 'POST' && request.path.startsWith(`${API}/interactions/${interactionId}/`);
}

/** Waits until `check` holds (it is polled every 10 ms), bounded in rounds and in time. */
export async function waitUntil(check: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let round = 0; !check(); round++) {
    if (Date.now() > deadline || round > timeoutMs / 10)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * A REST base on 127.0.0.1 where nothing listens (a port just freed), so a connection is refused
 * the way a firewall's reject or a stopped proxy refuses it.
 */
export async function unreachableApiUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}/api`;
}
