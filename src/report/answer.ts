/**
 * The platform-neutral answer: one value that the CLI, Slack and Discord each render in their own
 * format, and that `--json` prints as is. Its JSON schema is `AnswerSchema` (answer-schema.ts);
 * later versions only add fields.
 */
import type { CheckCommand } from '../checks/commands.js';
import type { CheckOs } from '../checks/os.js';
import type { DataSource } from '../knowledge/registry-record.js';
import type { EphemeralFact, EphemeralRange } from '../port/ephemeral.js';
import type { IanaRange } from '../port/iana-ranges.js';
import type { NotableRange } from '../port/notable-ranges.js';
import type { CheckableTransport, Transport } from '../port/transport.js';
import type { Problem } from '../problems.js';

export const ANSWER_SCHEMA_VERSION = 1;

export interface Reference {
  /** As IANA writes it, without brackets: "RFC9110". */
  text: string;
  /** A link where one is known (RFCs). */
  url?: string;
}

export interface AssignedService {
  /** The current service name. */
  name: string;
  /** Older or alternative names for the same assignment, in registry order. */
  aliases: string[];
  description: string;
  /** The registry row's range when it covers more than this port (x11: 6000–6063). */
  range?: { from: number; to: number };
  references: Reference[];
  registered?: string;
  modified?: string;
  /** IANA's "Unauthorized Use Reported" note. */
  unauthorizedUse?: string;
  assignmentNotes?: string;
}

export type AssignmentStatus = 'assigned' | 'reserved' | 'unassigned' | 'never-assigned';

export interface Assignment {
  transport: Transport;
  status: AssignmentStatus;
  services: AssignedService[];
  /** Why there is no assignment, or what the reservation means. */
  explanation?: string;
}

export interface KnownUseFact {
  id: string;
  name: string;
  role?: string;
  category: string;
  protocols: Transport[];
  /** Where the entry is a range (RPC dynamic, NodePort): its bounds. */
  range?: { from: number; to: number };
  note: string;
  security?: string;
  tip?: string;
  homepage?: string;
  usage?: 'default' | 'convention' | 'unofficial';
  /** 1–100: how likely someone asking about the port means this use; `knownUses` are listed by it. */
  prominence: number;
}

export interface PortPart {
  type: 'port';
  port: number;
  /** The transports the question named; every transport when it named none. */
  transports: Transport[];
  /**
   * One line a network engineer would lead with: the first uses by prominence (at most three),
   * or what IANA says when nobody uses the port, then the IANA range and ephemeral facts.
   */
  verdict: string;
  /** Facts that follow from the number itself: "X11 display :1". */
  notes: string[];
  ianaRange: IanaRange;
  notableRanges: NotableRange[];
  ephemeral: EphemeralFact[];
  assignments: Assignment[];
  knownUses: KnownUseFact[];
  /** Whether any known use carries a security note. */
  hasSecurityNotes: boolean;
  checks: CheckCommand[];
  /** Transports the check commands cover. */
  checkTransports: CheckableTransport[];
  tips: string[];
}

export interface RangeRow {
  port: number;
  iana: AssignmentStatus;
  /** Registered names per transport ("http"), when any. */
  names: Partial<Record<Transport, string>>;
  /** Curated uses on this port, by name. */
  knownUses: string[];
  security: boolean;
}

export interface RangePart {
  type: 'range';
  from: number;
  to: number;
  transports: Transport[];
  ianaRanges: IanaRange[];
  /** Registry rows that cover the whole range or part of it (x11 6000–6063). */
  registryRanges: {
    from: number;
    to: number;
    transport: Transport | null;
    names: string[];
    description: string;
  }[];
  rows: RangeRow[];
}

export interface ServicePortFact {
  port: number;
  to?: number;
  protocols: Transport[];
  role?: string;
  source: 'curated' | 'iana';
  usage?: 'default' | 'convention' | 'unofficial';
  /** Related software this port belongs to ("Apache ZooKeeper" in an answer about Kafka). */
  software?: string;
}

export interface ServicePart {
  type: 'service';
  /** The name as portbot knows it: "PostgreSQL". */
  name: string;
  /** How the asker's word matched: exactly, through a synonym, or as a likely typo. */
  matchedBy: 'name' | 'synonym' | 'fuzzy';
  /** The asker's word, reduced to plain characters (for "postgress → PostgreSQL"). */
  asked: string;
  description?: string;
  ports: ServicePortFact[];
  /** Other meanings of the same word, listed after the main one. */
  also: { name: string; source: 'curated' | 'iana'; description?: string; ports: ServicePortFact[] }[];
  /** Curated notes on the main ports, so a service answer carries the security notes too. */
  knownUses: KnownUseFact[];
}

export interface TopicPart {
  type: 'topic';
  topic: 'ephemeral-ranges' | 'iana-ranges';
  title: string;
  ianaRanges?: IanaRange[];
  ephemeralRanges?: EphemeralRange[];
}

export interface HelpPart {
  type: 'help';
  examples: { question: string; meaning: string }[];
}

/** portbot itself: "about", "version" or "privacy". */
export interface AboutPart {
  type: 'about';
  name: 'portbot';
  /** The running version, as the edge handed it in ("0.1.0"; "dev" from source). */
  version: string;
  /** What portbot does, in one sentence. */
  summary: string;
  /** The registry data this portbot answers from (the same as the answer's `data`). */
  data: DataSource;
  privacy: {
    /** What happens to a question, in one sentence. */
    summary: string;
    /** The privacy note's path in portbot's source. */
    path: string;
    /** Where the operator published it, when they did. */
    url?: string;
  };
}

export type AnswerPart = PortPart | RangePart | ServicePart | TopicPart | HelpPart | AboutPart;

export interface Answer {
  schemaVersion: typeof ANSWER_SCHEMA_VERSION;
  /** A one-line title built from the answer, never from raw user text. */
  title: string;
  /** The parts in the order the question asked them. */
  parts: AnswerPart[];
  /** Commands narrowed to this OS, when the question or caller named one. */
  os: CheckOs | null;
  focus: 'security' | 'check' | null;
  /** Parts of the question that could not be answered. */
  warnings: Problem[];
  data: DataSource;
}

export type AnswerOutcome = { ok: true; answer: Answer } | { ok: false; problem: Problem };
