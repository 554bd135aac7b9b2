/**
 * The gateway half of the Discord stand-in: gateway v10 over WebSocket, JSON, no compression.
 * HELLO → (heartbeats, ACKed) → IDENTIFY → READY + GUILD_CREATE → dispatches; RECONNECT makes
 * the client RESUME on resume_gateway_url, answered with RESUMED.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { botUser, FAKE_TOKEN, guildCreate, IDS } from './payloads.js';

export const GATEWAY_PATH = '/gateway';
export const RESUME_PATH = '/resume-gateway';

export interface GatewayFrame {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

export interface FakeGatewayOptions {
  /** Sent in HELLO; short so that tests see heartbeats. */
  heartbeatIntervalMs?: number;
}

export interface FakeGateway {
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, baseUrl: string): void;
  /** Frames the client sent, in order. */
  readonly received: GatewayFrame[];
  /** Heartbeats acknowledged so far. */
  readonly acks: number;
  /** Sends an event to the connected client. */
  dispatch(type: string, data: unknown): void;
  /** Asks the client to reconnect and resume (op 7). */
  requestReconnect(): void;
  close(): Promise<void>;
}

const SESSION_ID = 'fake-session-0001';

export function createFakeGateway(options: FakeGatewayOptions = {}): FakeGateway {
  const server = new WebSocketServer({ noServer: true });
  const received: GatewayFrame[] = [];
  let sequence = 0;
  let acks = 0;
  let current: WebSocket | undefined;
  let resumeUrl = '';

  const send = (socket: WebSocket, frame: GatewayFrame) => socket.send(JSON.stringify(frame));
  const dispatchTo = (socket: WebSocket, type: string, data: unknown) => {
    sequence += 1;
    send(socket, { op: 0, t: type, s: sequence, d: data });
  };

  function onFrame(socket: WebSocket, frame: GatewayFrame): void {
    received.push(frame);
    switch (frame.op) {
      case 1:
        acks += 1;
        send(socket, { op: 11, d: null });
        return;
      case 2: {
        const token = (frame.d as { token?: string }).token;
        if (token !== FAKE_TOKEN) {
          socket.close(4004, 'Authentication failed');
          return;
        }
        dispatchTo(socket, 'READY', {
          v: 10,
          user: botUser(),
          guilds: [{ id: IDS.guild, unavailable: true }],
          session_id: SESSION_ID,
          resume_gateway_url: resumeUrl,
          shard: [0, 1],
          application: { id: IDS.application, flags: 0 },
        });
        dispatchTo(socket, 'GUILD_CREATE', guildCreate());
        return;
      }
      case 6:
        dispatchTo(socket, 'RESUMED', null);
        return;
      default:
        return;
    }
  }

  server.on('connection', (socket: WebSocket) => {
    current = socket;
    socket.on('message', (data) => {
      try {
        onFrame(socket, JSON.parse(String(data)) as GatewayFrame);
      } catch {
        socket.close(4002, 'Decode error');
      }
    });
    send(socket, { op: 10, d: { heartbeat_interval: options.heartbeatIntervalMs ?? 1_000 } });
  });

  return {
    handleUpgrade(request, socket, head, baseUrl) {
      resumeUrl = `${baseUrl.replace(/^http/, 'ws')}${RESUME_PATH}`;
      server.handleUpgrade(request, socket, head, (ws) => server.emit('connection', ws, request));
    },
    received,
    get acks() {
      return acks;
    },
    dispatch(type, data) {
      if (!current || current.readyState !== current.OPEN) throw new Error('no gateway connection');
      dispatchTo(current, type, data);
    },
    requestReconnect() {
      if (current) send(current, { op: 7, d: null });
    },
    close() {
      for (const client of server.clients) client.terminate();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
