/**
 * The contract between the service (adapters/server) and each chat adapter. The server owns the
 * one HTTP server and the process lifecycle; an adapter contributes routes and connections.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Knowledge, Lang } from '../../src/index.js';
import type { AnswerRecorder } from './answer-recorder.js';
import type { DedupeStore } from './event-dedupe.js';
import type { Logger } from './logger.js';
import type { RateLimiter } from './rate-limit.js';
import type { Team } from './team/team.js';

export interface Route {
  method: 'GET' | 'POST';
  /** Exact path, e.g. "/slack/events"; with `prefix`, the start of every path it serves ("/ports/"). */
  path: string;
  /** The route serves every path that starts with `path`; exact routes win over prefixes. */
  prefix?: boolean;
  handler: (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;
  /**
   * The largest body the route accepts. A request declaring more (Content-Length) gets 413 from
   * the server before the handler runs; absent, the service's default (1 MiB) applies.
   */
  maxBodyBytes?: number;
}

export interface ServiceAdapter {
  readonly name: string;
  /** Routes mounted on the service's HTTP server. */
  readonly routes: readonly Route[];
  /** Opens outbound connections (Socket Mode, gateway) and checks credentials. */
  start(): Promise<void>;
  /** Finishes in-flight answers, then closes connections. */
  stop(): Promise<void>;
  /** True once every part of the adapter can answer. */
  ready(): boolean;
}

/** What every adapter is given by the service. */
export interface AdapterDeps {
  knowledge: () => Knowledge;
  logger: Logger;
  /** Counts and times every answer (metrics). Absent: nothing is recorded. */
  answers?: AnswerRecorder;
  /** Per-user limit on answers, shared by replicas when REDIS_URL is set. Absent: no limit. */
  rateLimiter?: RateLimiter;
  /** Claims platform deliveries once, shared by replicas when REDIS_URL is set. Absent: use memory. */
  dedupe?: DedupeStore;
  /**
   * The team's notes, votes and settings (adapters/shared/team): team commands, the notes for an
   * answer, the reply-cache revision, votes. Absent: the adapter answers without them.
   */
  team?: Team;
  /**
   * The store's workspace data, reached when a platform says portbot left a workspace (Slack's
   * app_uninstalled, a Discord removal): that workspace's notes, votes and settings are deleted.
   */
  workspaces?: () => Promise<{
    forget(workspaceId: string): Promise<number>;
    /** An organisation and every workspace linked to it (a Slack org-wide install's removal). */
    forgetUnder(parentId: string): Promise<{ workspaces: string[]; rows: number }>;
  }>;
  /** `PORTBOT_LANG`: chat answers' language when neither the question nor the person says. */
  defaultLang?: Lang;
}

/**
 * An adapter's environment reader: `undefined` when none of its variables is set (the platform is
 * off), a list of problems when some are set but wrong, or its parsed config.
 */
export type ConfigRead<Config> =
  | { status: 'off' }
  | { status: 'invalid'; problems: string[] }
  | { status: 'on'; config: Config };
