/**
 * Headlines and summaries, worded through the catalog from the answer's facts (never from text a
 * user typed). In English a port's headline equals the answer's own verdict line; a test holds
 * them together.
 */

import type {
  AnswerPart,
  IntentPart,
  KnownUseFact,
  PortPart,
  ServicePart,
  TopicPart,
} from '../report/answer.js';
import type { MessageKey, Translator } from './catalog/index.js';
import { KO_EPHEMERAL } from './catalog/ko-facts.js';
import { MAIN_OSES, osName, spanOf } from './inline.js';
import type { Localizer } from './localize.js';

/** Uses the headline names; the sections list them all, most prominent first. */
const HEADLINE_USES = 3;

/** The verdict's pieces: what runs there, the IANA range, temporary-port use, enclosing ranges. */
function verdictPieces(t: Translator, l: Localizer, part: PortPart): string[] {
  const names = headlineNames(l, part);
  const pieces = [verdictLead(t, part, names)];
  const range = part.ianaRange;
  pieces.push(
    t.text(`ianaKind.${range.kind}`, { span: t.text('span.range', { from: range.from, to: range.to }) }),
  );
  const common = part.ephemeral.filter((fact) => fact.includesPort && MAIN_OSES.includes(fact.os));
  if (common.length > 0)
    pieces.push(t.text('verdict.ephemeral', { oses: t.list(common.map((fact) => osName(t, fact.os))) }));
  if (names.length === 0) {
    const inRanges = narrowestRanges(t, l, part);
    if (inRanges.length > 0) pieces.push(t.text('verdict.inRanges', { ranges: t.list(inRanges) }));
  }
  return pieces;
}

/** The verdict's first piece alone: the one-line summaries show only it. */
function verdictFirstPiece(t: Translator, l: Localizer, part: PortPart): string {
  return verdictLead(t, part, headlineNames(l, part));
}

function verdictLead(t: Translator, part: PortPart, names: readonly string[]): string {
  if (names.length > 0) return names.join(t.text('list.separator'));
  const registered = part.assignments.flatMap((assignment) => assignment.services)[0];
  if (registered)
    return registered.description
      ? t.text('verdict.registered', { description: registered.description, name: registered.name })
      : t.text('verdict.registeredNameOnly', { name: registered.name });
  if (part.assignments.every((assignment) => assignment.status === 'never-assigned'))
    return t.text('verdict.neverAssigned');
  if (part.assignments.some((assignment) => assignment.status === 'reserved'))
    return t.text('verdict.reserved');
  return t.text('verdict.unassigned');
}

/**
 * The first distinct names of the port's own (not range) uses, most prominent first. Only these
 * few are looked up: a busy port such as 8080 has dozens of uses, and the sections list them all.
 */
function headlineNames(l: Localizer, part: PortPart): string[] {
  const names: string[] = [];
  for (const use of part.knownUses) {
    if (use.range) continue;
    const name = l.useWords(use).name;
    if (!names.includes(name)) names.push(name);
    if (names.length === HEADLINE_USES) break;
  }
  return names;
}

/** Up to two ranges holding the port, narrowest first: Mosh's 60000–61000 before a whole-range use. */
function narrowestRanges(t: Translator, l: Localizer, part: PortPart): string[] {
  const width = (use: KnownUseFact) => (use.range ? use.range.to - use.range.from : 0);
  const ranged = part.knownUses.filter((use) => use.range).sort((a, b) => width(a) - width(b));
  const shown: string[] = [];
  for (const use of ranged) {
    const words = rangedUseName(t, l, use);
    if (!shown.includes(words)) shown.push(words);
    if (shown.length === 2) break;
  }
  return shown;
}

/** A use that covers a range, as lists name it: "Mosh (60000–61000)". */
export function rangedUseName(t: Translator, l: Localizer, use: KnownUseFact): string {
  return `${l.useWords(use).name} (${spanOf(t, use.range?.from ?? 0, use.range?.to ?? 0)})`;
}

function serviceTitle(t: Translator, l: Localizer, part: ServicePart): string {
  const name = l.useName(part.name);
  if (part.matchedBy === 'fuzzy') return t.text('title.service.fuzzy', { name, asked: part.asked });
  if (part.matchedBy === 'synonym') return t.text('title.service.synonym', { name, asked: part.asked });
  return t.text('title.service', { name });
}

export function topicTitle(t: Translator, part: TopicPart, filtered: boolean): string {
  if (part.topic === 'iana-ranges') return t.text('title.topic.iana');
  const first = part.ephemeralRanges?.[0];
  return filtered && first
    ? t.text('title.topic.ephemeralOs', {
        os: t.lang === 'ko' ? (KO_EPHEMERAL[first.os]?.label ?? first.label) : first.label,
      })
    : t.text('title.topic.ephemeral');
}

function intentTitle(t: Translator, part: IntentPart): string {
  return part.port === undefined
    ? t.textOf(`title.intent.${part.intent}.any` as MessageKey)
    : t.textOf(`title.intent.${part.intent}` as MessageKey, { port: part.port });
}

/** Titles of the parts past "what is this port"; undefined for the others. */
function nextTitle(t: Translator, l: Localizer, part: AnswerPart): string | undefined {
  switch (part.type) {
    case 'product': {
      const name = l.productName(part.id, part.name);
      return part.matchedBy === 'fuzzy'
        ? t.text('title.product.fuzzy', { name, asked: part.asked })
        : t.text('title.product', { name });
    }
    case 'intent':
      return intentTitle(t, part);
    case 'advice':
      return t.text('title.advice', { port: part.port, verdict: t.text(`advice.verdict.${part.verdict}`) });
    case 'suggestion':
      return part.asked
        ? t.text('title.suggestRange', { span: spanOf(t, part.from, part.to) })
        : t.text('title.suggest');
    case 'range-summary':
      return t.text('title.rangeSummary', { span: spanOf(t, part.from, part.to), count: part.count });
    default:
      return undefined;
  }
}

/** A part's headline: the first line of the answer when it is the only part. */
export function partTitle(t: Translator, l: Localizer, part: AnswerPart, filtered: boolean): string {
  switch (part.type) {
    case 'port':
      return t.text('title.port', {
        port: part.port,
        verdict: verdictPieces(t, l, part).join(t.text('join.pieces')),
      });
    case 'range':
      return t.text('title.range', {
        span: spanOf(t, part.from, part.to),
        transports: part.transports.join(', '),
      });
    case 'service':
      return serviceTitle(t, l, part);
    case 'topic':
      return topicTitle(t, part, filtered);
    case 'help':
      return t.text('title.help');
    case 'about':
      return t.text('title.about');
    default:
      return nextTitle(t, l, part) ?? '';
  }
}

/** A part in one short line: "Port 60140: Mosh", "PostgreSQL: port 5432". */
export function partSummary(t: Translator, l: Localizer, part: AnswerPart, filtered: boolean): string {
  switch (part.type) {
    case 'port':
      return t.text('summary.port', {
        port: part.port,
        transport: part.transports.length === 1 ? `/${part.transports[0]}` : '',
        lead: verdictFirstPiece(t, l, part),
      });
    case 'range':
      return t.text('summary.range', { span: spanOf(t, part.from, part.to) });
    case 'service': {
      const ports = [...new Set(part.ports.map((port) => spanOf(t, port.port, port.to ?? port.port)))];
      if (ports.length === 0) return l.useName(part.name);
      const shown = ports.slice(0, 3).join(t.text('list.separator'));
      return t.text('summary.service', {
        count: ports.length,
        name: l.useName(part.name),
        ports: ports.length > 3 ? t.text('summary.more', { items: shown }) : shown,
      });
    }
    case 'topic':
      return topicTitle(t, part, filtered);
    case 'help':
      return t.text('summary.help');
    case 'about':
      return t.text('summary.about', { version: part.version });
    case 'product':
      return t.text('summary.product', { name: l.productName(part.id, part.name), firewall: part.firewall });
    default:
      return nextTitle(t, l, part) ?? '';
  }
}

/**
 * The message's title: the part's headline, or for several parts what they are about. Never
 * clipped here: each surface clips to its own limit (fitPresentation's maxTitle).
 */
export function answerTitle(
  t: Translator,
  l: Localizer,
  parts: readonly AnswerPart[],
  titles: readonly string[],
): string {
  if (parts.length === 1) return titles[0] ?? '';
  const ports = parts.flatMap((part) => (part.type === 'port' ? [part.port] : []));
  if (ports.length === parts.length)
    return t.text('title.ports', { ports: ports.join(t.text('list.separator')) });
  return parts.map((part) => partLabel(t, l, part)).join(t.text('join.pieces'));
}

/** A part's name alone, for a title that lists several: "Port 22", "PostgreSQL". */
function partLabel(t: Translator, l: Localizer, part: AnswerPart): string {
  switch (part.type) {
    case 'port':
      return t.text('label.port', { port: part.port });
    case 'range':
      return t.text('summary.range', { span: spanOf(t, part.from, part.to) });
    case 'service':
      return l.useName(part.name);
    case 'topic':
      return topicTitle(t, part, false);
    case 'help':
      return t.text('summary.help');
    case 'about':
      return t.text('summary.about', { version: part.version });
    case 'product':
      return l.productName(part.id, part.name);
    case 'intent':
      return part.port === undefined ? intentTitle(t, part) : t.text('label.port', { port: part.port });
    case 'advice':
      return t.text('label.port', { port: part.port });
    default:
      return nextTitle(t, l, part) ?? '';
  }
}

export function answerSummary(summaries: readonly string[], separator: string): string {
  return summaries.join(separator);
}
