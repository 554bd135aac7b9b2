/**
 * Autocomplete for what a user is typing (Discord's `/port query:` option): ports by number and
 * services by name, best first, at most 25. Runs on every keystroke, so it only does index reads.
 */
import type { Knowledge } from '../knowledge/knowledge.js';
import type { Completion } from '../knowledge/name-index.js';
import { parsePort } from '../port/port-number.js';

export const MAX_COMPLETIONS = 25;

function portLabel(port: number, knowledge: Knowledge): string {
  const uses = [...new Set(knowledge.knownUsesFor(port).map((use) => use.name))].slice(0, 3);
  if (uses.length > 0) return `${port} — ${uses.join(', ')}`;
  const record = knowledge.registry.recordsFor(port).find((candidate) => candidate.names.length > 0);
  return record ? `${port} — ${record.names[0]} (IANA)` : `${port}`;
}

/** Curated ports that start with the digits typed, in ascending order. */
function portCompletions(digits: string, knowledge: Knowledge, limit: number): Completion[] {
  const exact = parsePort(digits);
  const results: Completion[] = [];
  if (exact.ok) results.push({ label: portLabel(exact.value, knowledge), value: String(exact.value) });
  const known = new Set<number>();
  for (const use of knowledge.knownUses)
    if (use.to === undefined && String(use.port).startsWith(digits)) known.add(use.port);
  for (const port of [...known].sort((a, b) => a - b)) {
    if (results.length >= limit) break;
    if (exact.ok && port === exact.value) continue;
    results.push({ label: portLabel(port, knowledge), value: String(port) });
  }
  return results;
}

/**
 * @example completeQuestion('postg', knowledge)[0] // { label: 'PostgreSQL (5432/tcp)', value: 'postgresql' }
 */
export function completeQuestion(text: string, knowledge: Knowledge, limit = MAX_COMPLETIONS): Completion[] {
  const capped = Math.min(limit, MAX_COMPLETIONS);
  const trimmed = text.trim().toLowerCase().slice(0, 100);
  if (trimmed.length === 0) return [];
  if (/^\d{1,5}$/.test(trimmed)) return portCompletions(trimmed, knowledge, capped);
  const lastWord = trimmed.split(/\s+/).at(-1) ?? '';
  return knowledge
    .names()
    .complete(lastWord, capped)
    .map((completion) => ({
      label: completion.label.slice(0, 100),
      value: completion.value.slice(0, 100),
    }));
}
