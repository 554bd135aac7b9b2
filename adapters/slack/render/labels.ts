/** Short labels shared by the part renderers (escaped mrkdwn out). */
import type { Assignment, CheckOs, EphemeralFact, KnownUseFact, Transport } from '../../../src/index.js';
import { CHECK_OS_LABELS } from '../../../src/index.js';
import { clip, escapeMrkdwn } from '../escape.js';
import { code } from './blocks.js';

export function rangeText(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

export function transportLabel(transport: Transport): string {
  return transport.toUpperCase();
}

export function osLabel(os: CheckOs): string {
  return CHECK_OS_LABELS[os];
}

/** "Windows Vista / Server 2008 and later" → "Windows"; "Solaris / illumos" → "Solaris". */
export function shortOsLabel(fact: Pick<EphemeralFact, 'label'>): string {
  return fact.label.replace(/ \/.*$/, '').replace(' Vista', '');
}

export const WARNING = ':warning:';

/** "*PostgreSQL* (server)" with a warning sign when the use has a security note. */
export function knownUseName(use: KnownUseFact, flag = true): string {
  const role = use.role ? ` (${escapeMrkdwn(use.role)})` : '';
  const warn = flag && use.security ? ` ${WARNING}` : '';
  return `*${escapeMrkdwn(use.name)}*${role}${warn}`;
}

/** One assignment without its transport: "`http` World Wide Web HTTP" or "never assigned". */
export function assignmentText(assignment: Assignment, withDetails: boolean): string {
  if (assignment.services.length === 0) {
    const status = assignment.status.replace('-', ' ');
    return withDetails && assignment.explanation
      ? `_${status}_: ${escapeMrkdwn(assignment.explanation)}`
      : `_${status}_`;
  }
  return assignment.services
    .map((service) => {
      const name = code(service.name);
      if (!withDetails) return name;
      const aliases = service.aliases.length > 0 ? ` (also ${service.aliases.map(code).join(', ')})` : '';
      const range = service.range
        ? ` · registered for ${rangeText(service.range.from, service.range.to)}`
        : '';
      const description = service.description ? ` ${escapeMrkdwn(clip(service.description, 200))}` : '';
      return `${name}${aliases}${description}${range}`;
    })
    .join('; ');
}

/** Assignments grouped by identical text: "TCP, UDP: _never assigned_". */
export function assignmentLines(assignments: readonly Assignment[], withDetails: boolean): string[] {
  const groups = new Map<string, Transport[]>();
  for (const assignment of assignments) {
    const text = assignmentText(assignment, withDetails);
    groups.set(text, [...(groups.get(text) ?? []), assignment.transport]);
  }
  return [...groups].map(([text, transports]) => `${transports.map(transportLabel).join(', ')}: ${text}`);
}
