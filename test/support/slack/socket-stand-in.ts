/**
 * A local stand-in for Slack's Socket Mode server on 127.0.0.1: greets each connection with
 * `hello`, pushes envelopes (slash commands, events, interactions), collects the client's acks,
 * and can ask the client to reconnect with a `disconnect` message.
 */
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { type WaitOptions, waitFor } from './wait.js';

export interface Ack {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface SocketStandIn {
  readonly url: string;
  /** Connections opened so far (reconnects included). */
  readonly connectionCount: number;
  /** Connections open now. */
  readonly openConnections: number;
  /** Sends an envelope on the newest open connection and resolves with the client's ack. */
  push(envelope: Record<string, unknown> & { envelope_id: string }, options?: WaitOptions): Promise<Ack>;
  /** Asks every open connection to reconnect, as Slack does when it recycles a server. */
  requestReconnect(): void;
  waitForConnections(count: number, options?: WaitOptions): Promise<void>;
  close(): Promise<void>;
}

export async function startSocketStandIn(): Promise<SocketStandIn> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const open = new Set<WebSocket>();
  const acks: Ack[] = [];
  let connectionCount = 0;
  let newest: WebSocket | undefined;

  server.on('connection', (socket) => {
    connectionCount++;
    open.add(socket);
    newest = socket;
    socket.on('close', () => open.delete(socket));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as Ack;
      if (typeof message.envelope_id === 'string') acks.push(message);
    });
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: open.size,
        debug_info: { host: 'standin', approximate_connection_time: 3600 },
        connection_info: { app_id: 'ASTANDIN01' },
      }),
    );
  });

  const port = (server.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}/link`,
    get connectionCount() {
      return connectionCount;
    },
    get openConnections() {
      return open.size;
    },
    async push(envelope, options) {
      const socket = await waitFor(() => (newest && open.has(newest) ? newest : undefined), {
        what: 'an open Socket Mode connection',
        ...options,
      });
      socket.send(JSON.stringify(envelope));
      return waitFor(() => acks.find((ack) => ack.envelope_id === envelope.envelope_id), {
        what: `the ack of ${envelope.envelope_id}`,
        ...options,
      });
    },
    requestReconnect() {
      for (const socket of open)
        socket.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
    },
    waitForConnections: async (count, options) => {
      await waitFor(() => (connectionCount >= count && newest && open.has(newest) ? true : undefined), {
        what: `${count} Socket Mode connection(s)`,
        ...options,
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.terminate();
        server.close(() => resolve());
      }),
  };
}
