/** The one Web API method the Slack app needs to start (auth.test), served on 127.0.0.1. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function startAuthStandIn(): Promise<{ apiUrl: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const ok = request.url === '/api/auth.test';
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify(
          ok
            ? { ok: true, user_id: 'UBENCHBOT1', bot_id: 'BBENCHBOT1', team_id: 'TBENCH0001' }
            : { ok: false },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
