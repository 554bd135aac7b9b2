/**
 * A local stand-in for Slack's Web API and for interaction `response_url`s, on 127.0.0.1. It
 * speaks the wire format Bolt's WebClient uses (form-encoded POST /api/<method>, Bearer token,
 * `blocks` as a JSON string) and records every call so tests can assert on what reached "Slack".
 * Replies can be scripted per method (429 with Retry-After, 500, platform errors).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WaitOptions, waitFor } from './wait.js';

export interface WebApiCall {
  method: string;
  form: Record<string, string>;
  headers: IncomingHttpHeaders;
}

export interface ResponseUrlPost {
  id: string;
  /** The JSON Bolt's respond() posted. */
  body: unknown;
}

export interface ScriptedReply {
  /** 0: no HTTP answer at all, the connection is cut (Slack unreachable mid-call). */
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export const BOT_USER_ID = 'UBOTSTANDIN';
export const BOT_ID = 'BBOTSTANDIN';
export const TEAM_ID = 'TSTANDIN01';
/** Users `users.info` describes as a workspace admin and owner; everyone else is a member. */
export const ADMIN_USER_IDS = new Set(['UADMIN0001']);

export interface WebApiStandIn {
  /** Base URL in the form SLACK_API_URL takes: http://127.0.0.1:PORT/api/ */
  readonly apiUrl: string;
  readonly calls: WebApiCall[];
  readonly responsePosts: ResponseUrlPost[];
  /** A response_url on this stand-in; posts to it are recorded under `id`. */
  responseUrl(id: string): string;
  /** Replies for the next calls of `method`, in order; afterwards the default reply. */
  script(method: string, ...replies: ScriptedReply[]): void;
  /** Replies for the next posts to response URLs. */
  scriptResponseUrl(...replies: ScriptedReply[]): void;
  /** The WebSocket URL `apps.connections.open` hands out. */
  setSocketUrl(url: string): void;
  callsTo(method: string): WebApiCall[];
  waitForCalls(method: string, count: number, options?: WaitOptions): Promise<WebApiCall[]>;
  waitForResponsePosts(count: number, options?: WaitOptions): Promise<ResponseUrlPost[]>;
  close(): Promise<void>;
}

function defaultReply(
  method: string,
  socketUrl: string | undefined,
  sequence: number,
  form: Record<string, string>,
): ScriptedReply {
  switch (method) {
    case 'auth.test':
      return {
        status: 200,
        body: {
          ok: true,
          url: 'https://standin.example/',
          team: 'Stand-in',
          user: 'portbot',
          team_id: TEAM_ID,
          user_id: BOT_USER_ID,
          bot_id: BOT_ID,
        },
      };
    case 'apps.connections.open':
      return socketUrl
        ? { status: 200, body: { ok: true, url: socketUrl } }
        : { status: 200, body: { ok: false, error: 'no_socket' } };
    case 'chat.postMessage':
    case 'chat.postEphemeral':
      return {
        status: 200,
        body: { ok: true, channel: 'C0', ts: `1700000000.${String(sequence).padStart(6, '0')}` },
      };
    case 'users.info': {
      // The fields Slack's users.info returns that portbot reads; a user id that names no one is user_not_found.
      const id = form.user ?? '';
      if (!/^[UW][A-Z0-9]{2,}$/.test(id))
        return { status: 200, body: { ok: false, error: 'user_not_found' } };
      const admin = ADMIN_USER_IDS.has(id);
      return {
        status: 200,
        body: {
          ok: true,
          user: { id, team_id: TEAM_ID, name: id.toLowerCase(), is_admin: admin, is_owner: admin },
        },
      };
    }
    case 'views.open': {
      // A modal needs a trigger id and a view (JSON) with a title; Slack answers with the view it opened.
      if (!form.trigger_id) return { status: 200, body: { ok: false, error: 'invalid_trigger_id' } };
      let view: unknown;
      try {
        view = JSON.parse(form.view ?? '');
      } catch {
        return { status: 200, body: { ok: false, error: 'invalid_arguments' } };
      }
      if (typeof view !== 'object' || view === null || (view as { type?: unknown }).type !== 'modal')
        return { status: 200, body: { ok: false, error: 'invalid_arguments' } };
      return {
        status: 200,
        body: { ok: true, view: { ...view, id: `V${String(sequence).padStart(8, '0')}` } },
      };
    }
    default:
      return { status: 200, body: { ok: false, error: 'unknown_method' } };
  }
}

async function readBody(request: import('node:http').IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebApiStandIn(): Promise<WebApiStandIn> {
  const calls: WebApiCall[] = [];
  const responsePosts: ResponseUrlPost[] = [];
  const scripts = new Map<string, ScriptedReply[]>();
  const responseScripts: ScriptedReply[] = [];
  let socketUrl: string | undefined;

  const server: Server = createServer((request, response) => {
    void readBody(request).then((text) => {
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      let reply: ScriptedReply;
      if (path.startsWith('/api/')) {
        const method = path.slice('/api/'.length);
        const form = Object.fromEntries(new URLSearchParams(text));
        calls.push({ method, form, headers: request.headers });
        reply = scripts.get(method)?.shift() ?? defaultReply(method, socketUrl, calls.length, form);
      } else if (path.startsWith('/respond/')) {
        responsePosts.push({ id: path.slice('/respond/'.length), body: JSON.parse(text || '{}') });
        reply = responseScripts.shift() ?? { status: 200, body: 'ok' };
      } else reply = { status: 404, body: { ok: false } };
      if (reply.status === 0) {
        request.socket.destroy();
        return;
      }
      const payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
      response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      response.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${origin}/api/`,
    calls,
    responsePosts,
    responseUrl: (id) => `${origin}/respond/${id}`,
    script: (method, ...replies) => scripts.set(method, [...(scripts.get(method) ?? []), ...replies]),
    scriptResponseUrl: (...replies) => responseScripts.push(...replies),
    setSocketUrl: (url) => {
      socketUrl = url;
    },
    callsTo: (method) => calls.filter((call) => call.method === method),
    waitForCalls: (method, count, options) =>
      waitFor(
        () => {
          const found = calls.filter((call) => call.method === method);
          return found.length >= count ? found : undefined;
        },
        { what: `${count} ${method} call(s)`, ...options },
      ),
    waitForResponsePosts: (count, options) =>
      waitFor(() => (responsePosts.length >= count ? [...responsePosts] : undefined), {
        what: `${count} response_url post(s)`,
        ...options,
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
