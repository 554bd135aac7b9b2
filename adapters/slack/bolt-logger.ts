/**
 * Bolt, its WebClient and the Socket Mode client log through this: their lines land in our pino
 * stream (JSON, redaction) under `component: "bolt"` instead of Bolt's console logger.
 */
import type { Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../shared/logger.js';
import { LogLevel } from './bolt.js';

const PINO_VALUES: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 20,
  [LogLevel.INFO]: 30,
  [LogLevel.WARN]: 40,
  [LogLevel.ERROR]: 50,
};

function levelOf(logger: Logger): LogLevel {
  const value = logger.levelVal;
  if (value <= 20) return LogLevel.DEBUG;
  if (value <= 30) return LogLevel.INFO;
  if (value <= 40) return LogLevel.WARN;
  return LogLevel.ERROR;
}

function messageOf(parts: readonly unknown[]): { err?: Error; msg: string } {
  const err = parts.find((part): part is Error => part instanceof Error);
  const msg = parts
    .map((part) => {
      if (part instanceof Error) return part.message;
      if (typeof part === 'string') return part;
      try {
        return JSON.stringify(part);
      } catch {
        return String(part);
      }
    })
    .join(' ');
  return err ? { err, msg } : { msg };
}

export function createBoltLogger(parent: Logger): BoltLogger {
  let logger = parent.child({ component: 'bolt' });
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...parts: unknown[]) => {
      if (!logger.isLevelEnabled(level)) return;
      const { err, msg } = messageOf(parts);
      if (err) logger[level]({ err }, msg);
      else logger[level](msg);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    // Bolt may ask for another level; the service's LOG_LEVEL stays the floor for what is written.
    setLevel: (level) => {
      if (PINO_VALUES[level] >= parent.levelVal) logger.level = level;
    },
    getLevel: () => levelOf(logger),
    setName: (name) => {
      logger = parent.child({ component: name });
    },
  };
}
