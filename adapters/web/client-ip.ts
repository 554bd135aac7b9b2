/**
 * Who is asking, for per-IP rate limits. X-Forwarded-For is believed only as far as TRUST_PROXY
 * says: with N proxies in front, each appends the address it saw, so the client is the N-th entry
 * from the right. Anything to the left of that was written by the client and could be forged.
 */
import type { IncomingMessage } from 'node:http';

export function clientIp(request: IncomingMessage, trustedProxies: number): string {
  const socketIp = request.socket.remoteAddress ?? 'unknown';
  if (trustedProxies <= 0) return socketIp;
  const header = request.headers['x-forwarded-for'];
  const text = Array.isArray(header) ? header.join(',') : header;
  if (!text) return socketIp;
  const hops = text
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '');
  const index = hops.length - trustedProxies;
  const chosen = hops[Math.max(0, index)];
  // Only an address-shaped value becomes a key: a forged header cannot grow the limiter's keys freely.
  return chosen && /^[0-9a-f:.]{2,45}$/i.test(chosen) ? chosen : socketIp;
}
