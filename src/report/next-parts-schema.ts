/**
 * The JSON shape of the answers past "what is this port" — a product's ports by role, intent
 * steps, port advice, suggestions, large-range summaries — as zod, joined into `AnswerPartSchema`
 * (answer-schema.ts). Apart from the builders on purpose: the builders import these types only,
 * so a CLI run never constructs the schemas (only validation and the JSON Schema need them).
 */
import { z } from 'zod';
import { STEP_IDS } from '../checks/intent-commands.js';
import { PortDirectionSchema } from '../knowledge/product-schema.js';
import { CheckOsSchema, IntentSchema, TransportSchema } from '../schema/vocabulary.js';

const Port = z.number().int().min(0).max(65535);
const PortValue = Port;

export const ProductPortFactSchema = z.strictObject({
  port: Port,
  /** Last port of a range ("30000–32767"). */
  to: Port.optional(),
  transports: z.array(TransportSchema),
  role: z.string(),
  direction: PortDirectionSchema,
  note: z.string().optional(),
});
export type ProductPortFact = z.infer<typeof ProductPortFactSchema>;

export const ProductPartSchema = z.strictObject({
  type: z.literal('product'),
  /** Stable id in portbot's product map: "docker-swarm". */
  id: z.string(),
  name: z.string(),
  /** The asker's word, reduced to plain characters. */
  asked: z.string(),
  matchedBy: z.enum(['name', 'fuzzy']),
  summary: z.string().optional(),
  /** Transports the question narrowed to; empty for all. */
  transports: z.array(TransportSchema),
  /** Every port, grouped by direction in the order inbound, peer, client; empty groups left out. */
  groups: z.array(z.strictObject({ direction: PortDirectionSchema, ports: z.array(ProductPortFactSchema) })),
  /** What a server's firewall must accept (inbound and peer): "tcp 2377, 7946; udp 7946, 4789". */
  firewall: z.string(),
  /** Security notes of the curated uses on the product's ports. */
  security: z.array(z.strictObject({ port: Port, name: z.string(), useId: z.string(), note: z.string() })),
});
export type ProductPart = z.infer<typeof ProductPartSchema>;

export const IntentCommandSchema = z.strictObject({
  id: z.enum(STEP_IDS),
  os: CheckOsSchema,
  shell: z.enum(['sh', 'powershell', 'cmd', 'config']),
  transport: z.enum(['tcp', 'udp']).optional(),
  step: z.enum(['find', 'stop', 'open', 'close', 'test', 'fix', 'config']),
  command: z.string(),
  elevation: z.enum(['none', 'sudo', 'admin']),
});

export const IntentPartSchema = z.strictObject({
  type: z.literal('intent'),
  intent: IntentSchema,
  /** The port acted on; absent when the question named none (the answer then explains only). */
  port: PortValue.optional(),
  /** Transports the commands cover. */
  transports: z.array(z.enum(['tcp', 'udp'])),
  /** The best-known uses of the port, by name, most prominent first (at most three). */
  usedBy: z.array(z.string()),
  /** Security notes of the port's curated uses: shown first when the asker is about to open it. */
  security: z.array(z.strictObject({ name: z.string(), useId: z.string(), note: z.string() })),
  /** Whether the port speaks TLS from the first byte (reachability adds `openssl s_client`). */
  tls: z.boolean(),
  /** Below 1024: binding needs privileges on Linux. */
  privileged: z.boolean(),
  commands: z.array(IntentCommandSchema),
});
export type IntentPart = z.infer<typeof IntentPartSchema>;

export const ADVICE_REASONS = [
  'port-zero',
  'system',
  'dynamic',
  'ephemeral',
  'ephemeral-bsd',
  'assigned',
  'reserved',
  'unassigned',
  'collision',
  'no-uses',
  'security',
  'notable',
  'windows-excluded',
] as const;

export const AdviceReasonSchema = z.strictObject({
  code: z.enum(ADVICE_REASONS),
  /** How much the reason weighs: `avoid` and `caution` decide the verdict, `good` and `info` do not. */
  weight: z.enum(['avoid', 'caution', 'good', 'info']),
  /** Names (services, software, OSes, ranges) the reason is about, in order. */
  names: z.array(z.string()).optional(),
});
export type AdviceReason = z.infer<typeof AdviceReasonSchema>;

export const AdvicePartSchema = z.strictObject({
  type: z.literal('advice'),
  port: PortValue,
  transports: z.array(TransportSchema),
  verdict: z.enum(['good', 'think-twice', 'avoid']),
  reasons: z.array(AdviceReasonSchema),
  /** Free ports near this one when the verdict is not good (same rule as suggestions). */
  alternatives: z.array(PortValue),
});
export type AdvicePart = z.infer<typeof AdvicePartSchema>;

export const SuggestionPartSchema = z.strictObject({
  type: z.literal('suggestion'),
  /** The range searched (the asker's, or the default 1024–32767). */
  from: PortValue,
  to: PortValue,
  /** Whether the asker gave the range. */
  asked: z.boolean(),
  candidates: z.array(PortValue),
  /** Ports of the range each rule left out (a port can fail several). */
  excluded: z.strictObject({
    system: z.number().int(),
    ephemeral: z.number().int(),
    assigned: z.number().int(),
    curated: z.number().int(),
    notable: z.number().int(),
  }),
  /** A wider range to try when nothing was left. */
  wider: z.strictObject({ from: PortValue, to: PortValue }).optional(),
});
export type SuggestionPart = z.infer<typeof SuggestionPartSchema>;

const Span = z.strictObject({ from: Port, to: Port });

export const RangeSummaryPartSchema = z.strictObject({
  type: z.literal('range-summary'),
  from: Port,
  to: Port,
  count: z.number().int(),
  transports: z.array(TransportSchema),
  /** IANA's classes the range touches, with the part of each it covers. */
  ianaRanges: z.array(
    z.strictObject({ kind: z.enum(['system', 'user', 'dynamic']), from: Port, to: Port, overlap: Span }),
  ),
  /** Every OS's default ephemeral range that overlaps it, with the overlap. */
  ephemeral: z.array(
    z.strictObject({ os: z.string(), label: z.string(), from: Port, to: Port, overlap: Span }),
  ),
  /** Notable ranges (Kubernetes NodePort, X11, Windows RPC dynamic) that overlap it. */
  notableRanges: z.array(z.strictObject({ id: z.string(), label: z.string(), from: Port, to: Port })),
  /** Ports with an IANA assignment, per transport and on either. */
  assigned: z.strictObject({ tcp: z.number().int(), udp: z.number().int(), any: z.number().int() }),
  /** The most prominent curated single-port uses inside, one line per port. */
  topUses: z.array(z.strictObject({ port: Port, names: z.array(z.string()), security: z.boolean() })),
  /** Curated uses of a range that overlaps it (RTP media, Mosh). */
  rangeUses: z.array(z.strictObject({ name: z.string(), from: Port, to: Port })),
  /** Ports with at least one curated use inside. */
  usedPorts: z.number().int(),
});
export type RangeSummaryPart = z.infer<typeof RangeSummaryPartSchema>;
