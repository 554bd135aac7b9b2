/**
 * The connection flood for `npm run bench:reliability`, on its own thread: opens `connections`
 * sockets to the service and either keeps each one busy, one request at a time, sending the given
 * raw requests in turn (whatever an outsider can send without a key: forged and unknown requests),
 * or, when `hold` is set, sends only the start of a request and then nothing. A connection the
 * server closes is opened again while time remains. Counts answers by status.
 * Bounded by `durationMs` and by `maxReconnects`.
 */
import { connect, type Socket } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

export interface FloodPlan {
  host: string;
  port: number;
  connections: number;
  durationMs: number;
  /** Whole HTTP/1.1 requests, sent in turn on every connection. */
  requests: string[];
  /** Sent once instead of the requests: the start of a request that never ends. */
  hold?: string;
  maxReconnects: number;
}

export interface FloodResult {
  answers: number;
  statuses: Record<string, number>;
  /** The most connections open at once (connected, not yet closed). */
  peakOpen: number;
  /** Connections the server closed (or refused) before answering anything on them. */
  closedUnanswered: number;
  reconnects: number;
  seconds: number;
}

const plan = workerData as FloodPlan;
const STATUS = /HTTP\/1\.1 (\d{3}) /g;
/** Sockets opened per tick while ramping up, so that the listen backlog is not overrun at once. */
const OPEN_PER_TICK = 100;

function run(): Promise<FloodResult> {
  const started = Date.now();
  const ends = started + plan.durationMs;
  const statuses: Record<string, number> = {};
  const sockets = new Set<Socket>();
  let answers = 0;
  let open = 0;
  let peakOpen = 0;
  let closedUnanswered = 0;
  let reconnects = 0;
  let next = 0;
  const request = () => plan.requests[next++ % plan.requests.length] as string;

  const openOne = () => {
    const socket = connect(plan.port, plan.host);
    sockets.add(socket);
    let answered = 0;
    let connected = false;
    let tail = '';
    socket.setEncoding('latin1');
    socket.on('connect', () => {
      connected = true;
      peakOpen = Math.max(peakOpen, ++open);
      socket.write(plan.hold ?? request());
    });
    socket.on('data', (chunk: string) => {
      // A status line may be split across two chunks: look again at the end of the previous one,
      // counting only matches that end in this chunk (the others were counted last time).
      const text = tail + chunk;
      const seen = tail.length;
      tail = text.slice(-16);
      let found = 0;
      for (const match of text.matchAll(STATUS)) {
        if ((match.index ?? 0) + match[0].length <= seen) continue;
        const status = match[1] as string;
        statuses[status] = (statuses[status] ?? 0) + 1;
        found++;
      }
      answers += found;
      answered += found;
      if (found > 0 && plan.hold === undefined && Date.now() < ends && !socket.destroyed)
        socket.write(request());
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      sockets.delete(socket);
      if (connected) open--;
      if (answered === 0) closedUnanswered++;
      if (Date.now() < ends && reconnects < plan.maxReconnects) {
        reconnects++;
        setImmediate(openOne);
      }
    });
  };

  return new Promise((resolve) => {
    let opened = 0;
    const ramp = setInterval(() => {
      for (let i = 0; i < OPEN_PER_TICK && opened < plan.connections; i++, opened++) openOne();
      if (opened >= plan.connections) clearInterval(ramp);
    }, 10);
    setTimeout(() => {
      clearInterval(ramp);
      const seconds = (Date.now() - started) / 1000;
      for (const socket of sockets) socket.destroy();
      resolve({ answers, statuses, peakOpen, closedUnanswered, reconnects, seconds });
    }, plan.durationMs);
  });
}

run().then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (error: unknown) => parentPort?.postMessage({ ok: false, error: String(error) }),
);
