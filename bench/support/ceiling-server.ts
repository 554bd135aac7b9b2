/**
 * The ceiling for an adapter benchmark: a bare `node:http` server that reads each request and
 * answers with a precomputed body, doing none of the work (signature, parsing, answering,
 * rendering). Measured in the same run as the real app, it shows what the machine and Node allow.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CeilingServer {
  host: string;
  port: number;
  close(): Promise<void>;
}

export async function startCeilingServer(
  body: string,
  contentType = 'application/json',
): Promise<CeilingServer> {
  const payload = Buffer.from(body);
  const headers = { 'content-type': contentType, 'content-length': payload.length };
  const server: Server = createServer((request, response) => {
    // Read the whole request like the app must, then answer.
    request.on('data', () => {});
    request.on('end', () => {
      response.writeHead(200, headers);
      response.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: '127.0.0.1',
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
