/**
 * The parts of Bolt the adapter uses, loaded from Bolt's own modules rather than its package
 * index. The index also loads every other receiver, among them ExpressReceiver with express and
 * its middleware: about 3 MiB of an idle service's memory (BENCHMARKS.md, `npm run bench:memory`)
 * for a receiver portbot never builds. Types come from the package's public declarations, so the
 * compiler checks every use as before; test/slack/bolt.test.ts checks that each value here is the
 * very one the package exports.
 */
import { createRequire } from 'node:module';
import type * as Bolt from '@slack/bolt';

/** `require` as seen from Bolt's main file (dist/index.js), so its paths are Bolt's own. */
const boltRequire = createRequire(createRequire(import.meta.url).resolve('@slack/bolt'));

const app = boltRequire('./App') as { default: typeof Bolt.App; LogLevel: typeof Bolt.LogLevel };

export const App = app.default;
export type App = Bolt.App;

export const LogLevel = app.LogLevel;
export type LogLevel = Bolt.LogLevel;

export const HTTPReceiver = (boltRequire('./receivers/HTTPReceiver') as { default: typeof Bolt.HTTPReceiver })
  .default;
export type HTTPReceiver = Bolt.HTTPReceiver;

export const SocketModeReceiver = (
  boltRequire('./receivers/SocketModeReceiver') as { default: typeof Bolt.SocketModeReceiver }
).default;
export type SocketModeReceiver = Bolt.SocketModeReceiver;

export const { verifySlackRequest } = boltRequire('./receivers/verify-request') as {
  verifySlackRequest: typeof Bolt.verifySlackRequest;
};

/** Bolt's Web API client package, as the index re-exports it (`webApi`). */
export const webApi = boltRequire('@slack/web-api') as typeof Bolt.webApi;
export declare namespace webApi {
  type ErrorCode = Bolt.webApi.ErrorCode;
  type WebClientOptions = Bolt.webApi.WebClientOptions;
  type WebAPIPlatformError = Bolt.webApi.WebAPIPlatformError;
  type WebAPIRateLimitedError = Bolt.webApi.WebAPIRateLimitedError;
}
