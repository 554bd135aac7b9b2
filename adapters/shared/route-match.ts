/**
 * Finds the route for a request among exact and prefix routes: an exact path wins, then the
 * longest prefix. HEAD is served by the GET route. The service's server and the web adapter's own
 * entry point share this, so routes behave the same under either.
 */
import type { Route } from './service-adapter.js';

export type RouteMatch =
  | { kind: 'found'; route: Route }
  | { kind: 'wrong-method'; allow: string[] }
  | { kind: 'none' };

export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const want = method === 'HEAD' ? 'GET' : method;
  let candidates = routes.filter((route) => !route.prefix && route.path === path);
  if (candidates.length === 0) {
    const prefixes = routes.filter((route) => route.prefix && path.startsWith(route.path));
    const longest = Math.max(-1, ...prefixes.map((route) => route.path.length));
    candidates = prefixes.filter((route) => route.path.length === longest);
  }
  if (candidates.length === 0) return { kind: 'none' };
  const route = candidates.find((candidate) => candidate.method === want);
  if (route) return { kind: 'found', route };
  return { kind: 'wrong-method', allow: [...new Set(candidates.map((candidate) => candidate.method))] };
}
