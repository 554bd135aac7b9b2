/**
 * The next thing the asker wants to do with a port, answered as steps: stop what holds it, open or
 * close it in the firewall, test it from another machine, fix "address already in use" or
 * "permission denied". Commands come from `buildIntentCommands` (validated digits only); without a
 * port the part explains and asks for one. What the port usually is and its security notes come
 * along, the notes first when the asker is about to open it.
 */
import { buildIntentCommands, TLS_PORTS } from '../checks/intent-commands.js';
import type { CheckOs } from '../checks/os.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { Port } from '../port/port-number.js';
import { CHECKABLE_TRANSPORTS, type CheckableTransport, type Transport } from '../port/transport.js';
import type { Intent } from '../question/intents.js';
import type { IntentPart } from './next-parts-schema.js';

/** What the question asked, else the single-port uses' transports, else TCP. */
function transportsFor(asked: readonly Transport[], used: readonly Transport[]): CheckableTransport[] {
  const pick = (list: readonly Transport[]) =>
    CHECKABLE_TRANSPORTS.filter((transport) => list.includes(transport)) as CheckableTransport[];
  const fromAsked = pick(asked);
  if (fromAsked.length > 0) return fromAsked;
  const fromUses = pick(used);
  return fromUses.length > 0 ? fromUses : ['tcp'];
}

export function buildIntentPart(
  intent: Intent,
  port: Port | undefined,
  asked: readonly Transport[],
  knowledge: Knowledge,
  os: CheckOs | null,
): IntentPart {
  if (port === undefined)
    return {
      type: 'intent',
      intent,
      transports: transportsFor(asked, []),
      usedBy: [],
      security: [],
      tls: false,
      privileged: false,
      commands: [],
    };
  const uses = knowledge
    .knownUsesFor(port)
    .filter((use) => use.to === undefined)
    .filter((use) => asked.length === 0 || use.protocols.some((protocol) => asked.includes(protocol)));
  const transports = transportsFor(
    asked,
    // The most prominent use decides: HTTPS on 443 is TCP even though HTTP/3 adds UDP.
    uses.slice(0, 1).flatMap((use) => use.protocols),
  );
  const security = uses
    .filter((use) => use.security)
    .slice(0, 2)
    .map((use) => ({ name: use.name, useId: use.id, note: use.security as string }));
  return {
    type: 'intent',
    intent,
    port,
    transports,
    usedBy: [...new Set(uses.map((use) => use.name))].slice(0, 3),
    security,
    tls: TLS_PORTS.has(port),
    privileged: port < 1024,
    commands: buildIntentCommands(intent, port, { os, transports }),
  };
}
