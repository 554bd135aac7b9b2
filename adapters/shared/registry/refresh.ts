/**
 * The service's registry: loads the cached IANA registry at start (embedded data when there is
 * none or it is damaged), and, when PORTBOT_REGISTRY_REFRESH is set, refreshes it on a schedule
 * with a conditional GET. A 304 touches nothing; a failed refresh is logged and the old data keeps
 * serving; a successful one is written atomically and swapped in for the next question.
 */
import { createKnowledge, type Knowledge, type Registry } from '../../../src/index.js';
import type { RegistrySettings } from './settings.js';
import { readCachedRegistry, readStoredDownload } from './store.js';
import { type UpdateOutcome, updateRegistryFromUrl } from './update.js';

/** The logger methods the refresher uses (pino's signature: fields first, then the message). */
export interface RefreshLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface RegistryRefreshOptions {
  settings: Pick<RegistrySettings, 'url' | 'dataDir' | 'minRows' | 'refreshMs'>;
  logger: RefreshLogger;
  fetch?: typeof fetch;
  /** Bound on one download. */
  timeoutMs?: number;
  /** Earliest first refresh after start, so start-up is not slowed by a download. */
  startDelayMs?: number;
  /** Wait after a failed refresh before trying again (never longer than the schedule). */
  retryMs?: number;
  now?: () => Date;
  /** Builds the Knowledge around a registry; `createKnowledge` by default. */
  buildKnowledge?: (registry: Registry | undefined) => Knowledge;
}

export interface RegistryRefresher {
  /** The Knowledge to answer with right now; changes after a successful refresh. */
  knowledge(): Knowledge;
  /** Starts the schedule (nothing happens when refresh is off). */
  start(): void;
  /** Stops the schedule and cancels a download in flight. */
  stop(): void;
  /** One refresh now; concurrent calls share it. */
  refreshNow(): Promise<UpdateOutcome>;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_START_DELAY_MS = 10_000;
const DEFAULT_RETRY_MS = 30 * 60_000;

function initialRegistry(options: RegistryRefreshOptions): Registry | undefined {
  const read = readCachedRegistry(options.settings.dataDir);
  if (read.status === 'ok') {
    options.logger.info(
      { data: read.registry.source.label, file: read.file },
      'using the imported IANA registry',
    );
    return read.registry;
  }
  if (read.status === 'corrupt') {
    options.logger.warn(
      { file: read.file, reason: read.reason },
      'ignoring the damaged IANA registry cache; answering from the embedded data',
    );
  }
  return undefined;
}

/** How long until the first refresh: what is left of the interval since the last download. */
async function firstDelay(options: RegistryRefreshOptions, interval: number, now: Date): Promise<number> {
  const minimum = Math.min(options.startDelayMs ?? DEFAULT_START_DELAY_MS, interval);
  const current = readCachedRegistry(options.settings.dataDir);
  if (current.status !== 'ok') return minimum;
  const stored = await readStoredDownload(options.settings.dataDir, options.settings.url, current.sha256);
  const fetchedAt = stored?.fetchedAt ? Date.parse(stored.fetchedAt) : Number.NaN;
  if (Number.isNaN(fetchedAt)) return minimum;
  return Math.min(interval, Math.max(minimum, interval - (now.getTime() - fetchedAt)));
}

/**
 * @example
 * const registry = createRegistryRefresher({ settings: config.registry, logger });
 * const deps = { knowledge: () => registry.knowledge(), logger };
 * registry.start(); // …and registry.stop() on shutdown
 */
export function createRegistryRefresher(options: RegistryRefreshOptions): RegistryRefresher {
  const build = options.buildKnowledge ?? ((registry) => createKnowledge(registry ? { registry } : {}));
  const now = options.now ?? (() => new Date());
  const interval = options.settings.refreshMs;
  let current = build(initialRegistry(options));
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<UpdateOutcome> | undefined;
  let controller = new AbortController();
  let running = false;
  // Bumped by start and stop, so a first delay computed before a stop never schedules anything.
  let generation = 0;

  const schedule = (delay: number, from = generation) => {
    if (!running || from !== generation) return;
    timer = setTimeout(() => void tick(), delay);
    // The schedule never keeps the process alive on its own.
    timer.unref();
  };

  const refresh = async (): Promise<UpdateOutcome> => {
    const outcome = await updateRegistryFromUrl({
      url: options.settings.url,
      dataDir: options.settings.dataDir,
      minRows: options.settings.minRows,
      conditional: true,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      signal: controller.signal,
      now,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    if (outcome.status === 'updated') {
      const next = build(outcome.registry);
      next.names(); // built before the swap, so no question waits for it
      current = next;
      options.logger.info(
        { data: outcome.source.label, rows: outcome.stats.rows },
        'IANA registry refreshed',
      );
    } else if (outcome.status === 'not-modified') {
      options.logger.info({ data: current.registry.source.label }, 'IANA registry unchanged');
    } else {
      options.logger.warn(
        { reason: outcome.reason, data: current.registry.source.label },
        'IANA registry refresh failed; still answering from the current data',
      );
    }
    return outcome;
  };

  const refreshNow = (): Promise<UpdateOutcome> => {
    inFlight ??= refresh()
      .catch((error: unknown): UpdateOutcome => {
        // A bug, not a data problem: log it and keep serving, like any failed refresh.
        options.logger.warn(
          { err: error },
          'IANA registry refresh crashed; still answering from the current data',
        );
        return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  async function tick(): Promise<void> {
    const outcome = await refreshNow();
    if (interval === null) return;
    schedule(
      outcome.status === 'failed' ? Math.min(options.retryMs ?? DEFAULT_RETRY_MS, interval) : interval,
    );
  }

  return {
    knowledge: () => current,
    start() {
      if (interval === null || running) return;
      running = true;
      controller = new AbortController();
      const started = ++generation;
      void firstDelay(options, interval, now()).then((delay) => {
        if (started !== generation) return;
        options.logger.info({ everyMs: interval, firstInMs: delay }, 'IANA registry refresh scheduled');
        schedule(delay, started);
      });
    },
    stop() {
      running = false;
      generation++;
      if (timer) clearTimeout(timer);
      timer = undefined;
      controller.abort();
    },
    refreshNow,
  };
}
