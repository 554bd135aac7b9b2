/**
 * adapters/slack/bolt.ts loads Bolt's parts from its own modules instead of its package index:
 * each value must be the very one the package exports, so nothing the adapter does changes.
 */
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, verifySlackRequest, webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import * as ours from '../../adapters/slack/bolt.js';

describe("Bolt's parts, loaded without its index", () => {
  it.each([
    ['App', ours.App, App],
    ['HTTPReceiver', ours.HTTPReceiver, HTTPReceiver],
    ['SocketModeReceiver', ours.SocketModeReceiver, SocketModeReceiver],
    ['verifySlackRequest', ours.verifySlackRequest, verifySlackRequest],
    ['LogLevel', ours.LogLevel, LogLevel],
    ['webApi', ours.webApi, webApi],
  ] as const)("%s is the package's own", (_name, loaded, exported) => {
    expect(loaded).toBeDefined();
    expect(loaded).toBe(exported);
  });
});
