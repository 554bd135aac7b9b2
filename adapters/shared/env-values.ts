/**
 * zod schemas for values the service's configuration shares: a port number and the public origin
 * of the answer pages. Apart from env.ts so that the CLI, which reads neither, never loads zod.
 */
import { z } from 'zod';

export const PortNumberText = z
  .string()
  .regex(/^\d{1,5}$/, 'must be a port number (digits)')
  .transform((text) => Number.parseInt(text, 10))
  .refine((port) => port <= 65535, 'must be 0–65535');

/** Hosts where plain http is acceptable: this machine only. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * The public origin of the answer pages, as chat links and canonical links use it: https (http
 * only for this machine), a host and an optional port, nothing else. The pages are served at the
 * root, so a path would make every link wrong; a trailing slash is dropped.
 * @example PublicUrlText.parse('https://Portbot.example.com/') // → 'https://portbot.example.com'
 */
export const PublicUrlText = z.string().transform((text, context) => {
  const fail = (message: string) => {
    context.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('must be a URL such as https://portbot.example.com');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return fail('must be an https:// URL such as https://portbot.example.com');
  if (url.protocol === 'http:' && !isLoopback(url.hostname))
    return fail('must be https:// (http:// only for localhost or 127.0.0.1)');
  if (url.username || url.password) return fail('must not hold a user name or password');
  if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(text))
    return fail('must be the origin alone, e.g. https://portbot.example.com (no path, query or #)');
  return url.origin;
});
