/** Exact and prefix routes: exact paths win, then the longest prefix; HEAD is served by GET. */
import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../adapters/shared/route-match.js';
import type { Route } from '../../adapters/shared/service-adapter.js';

const handler = () => {};
const routes: Route[] = [
  { method: 'GET', path: '/', handler },
  { method: 'GET', path: '/ko', handler },
  { method: 'GET', path: '/ko/', prefix: true, handler },
  { method: 'POST', path: '/ko/feedback', handler },
  { method: 'GET', path: '/ports/', prefix: true, handler },
  { method: 'POST', path: '/slack/events', handler },
];

describe('matchRoute', () => {
  it.each([
    ['GET', '/', '/'],
    ['HEAD', '/', '/'],
    ['GET', '/ports/22', '/ports/'],
    ['GET', '/ko/ports/22', '/ko/'],
    ['POST', '/ko/feedback', '/ko/feedback'],
    ['GET', '/ko', '/ko'],
  ])('%s %s → the route at %s', (method, path, expected) => {
    const match = matchRoute(routes, method, path);
    expect(match.kind === 'found' && match.route.path).toBe(expected);
  });

  it.each([
    ['GET', '/slack/events', ['POST']],
    ['GET', '/ko/feedback', ['POST']],
    ['POST', '/ports/22', ['GET']],
  ])('%s %s is the wrong method (allow %j)', (method, path, allow) => {
    expect(matchRoute(routes, method, path)).toEqual({ kind: 'wrong-method', allow });
  });

  it.each(['/nowhere', '/portsx', '/ports', '/kor'])('%s matches nothing', (path) => {
    expect(matchRoute(routes, 'GET', path)).toEqual({ kind: 'none' });
  });
});
