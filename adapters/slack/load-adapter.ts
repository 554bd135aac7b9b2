/**
 * Loads the Slack adapter for the service, paying only for the transport it is configured with.
 *
 * Bolt's App module requires its SocketModeReceiver at load time, and that requires
 * @slack/socket-mode, which requires the `undici` package: about 8 MiB of memory (BENCHMARKS.md,
 * `npm run bench:memory`) that an HTTP-mode app never uses, since it hands Bolt its own
 * HTTPReceiver. In HTTP mode, before Bolt loads, the module cache gets a stand-in for
 * @slack/socket-mode that requires the real package the first time anything reads from it, so
 * Socket Mode keeps working should anything in the process ever ask for it. Node documents
 * `require.cache` entries as replaceable: https://nodejs.org/api/modules.html#requirecache
 */
import { createRequire, Module } from 'node:module';
import type { SlackConfig } from './config.js';

const SOCKET_MODE_PACKAGE = '@slack/socket-mode';

/** The Slack adapter module, with Socket Mode's client deferred in HTTP mode. */
export async function loadSlackAdapter(config: SlackConfig): Promise<typeof import('./adapter.js')> {
  if (config.mode === 'http') deferSocketModeClient();
  return import('./adapter.js');
}

/**
 * Puts the stand-in into the module cache where Bolt will look for @slack/socket-mode; does
 * nothing when the package is already loaded or cannot be found. Returns whether it did.
 */
export function deferSocketModeClient(): boolean {
  const ours = createRequire(import.meta.url);
  let path: string;
  let boltRequire: NodeJS.Require;
  try {
    // Resolved from Bolt's own folder: the copy Bolt would load, wherever npm placed it.
    boltRequire = createRequire(ours.resolve('@slack/bolt'));
    path = boltRequire.resolve(SOCKET_MODE_PACKAGE);
  } catch {
    return false;
  }
  const cache = ours.cache;
  if (cache[path]) return false;
  let real: Record<PropertyKey, unknown> | undefined;
  const load = (): Record<PropertyKey, unknown> => {
    if (!real) {
      if (cache[path] === standIn) delete cache[path];
      real = boltRequire(SOCKET_MODE_PACKAGE) as Record<PropertyKey, unknown>;
    }
    return real;
  };
  const standIn = new Module(path);
  standIn.filename = path;
  standIn.loaded = true;
  standIn.exports = new Proxy(
    {},
    {
      get: (_target, key) => load()[key],
      has: (_target, key) => key in load(),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_target, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
        // The stand-in's own target has no such property, so it may only be reported configurable.
        return descriptor ? { ...descriptor, configurable: true } : undefined;
      },
    },
  );
  cache[path] = standIn;
  return true;
}
