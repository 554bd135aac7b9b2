/**
 * Autocomplete for what a user is typing (Discord's `/port query:` option): ports by number and
 * services by name, best first, at most 25. Runs on every keystroke, so it only does index reads.
 */
import koTerms from '../knowledge/data/ko-terms.json' with { type: 'json' };
import type { Knowledge } from '../knowledge/knowledge.js';
import type { Completion } from '../knowledge/name-index.js';
import { parsePort } from '../port/port-number.js';
import { hasHangul } from '../question/language.js';

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

/** Korean software names without their spaces ("오라클 DB" → "오라클db"), and the name they stand for. */
let koreanNames: readonly { korean: string; english: string }[] | undefined;

function koreanNameList(): readonly { korean: string; english: string }[] {
  koreanNames ??= Object.entries(koTerms as Record<string, string>).map(([korean, english]) => ({
    korean: korean.replace(/\s+/g, '').toLowerCase(),
    english,
  }));
  return koreanNames;
}

/**
 * What a Korean question being typed asks for: a number in it (`22번`, `8080 포트`) completes as a
 * port; Hangul software names (`레디스`, or the start of one, `포스트그`) as the services they
 * name. Names typed in full come first, then names the last word begins.
 */
function koreanCompletions(text: string, knowledge: Knowledge, limit: number): Completion[] {
  const digits = /(?:^|\D)(\d{1,5})(?!\d)/.exec(text)?.[1];
  if (digits) return portCompletions(digits, knowledge, limit);
  const compact = text.replace(/\s+/g, '');
  const last = text.split(/\s+/).filter(hasHangul).at(-1) ?? '';
  const full: string[] = [];
  const started: string[] = [];
  for (const { korean, english } of koreanNameList()) {
    if (compact.includes(korean)) full.push(english);
    else if (last !== '' && korean.startsWith(last)) started.push(english);
  }
  const results: Completion[] = [];
  const seen = new Set<string>();
  // At most a few dozen names; each lookup is an index read.
  for (const english of [...new Set([...full, ...started])]) {
    for (const completion of knowledge.names().complete(english, 2)) {
      if (results.length >= limit) return results;
      // "postgres" and "postgresql" both complete to PostgreSQL: one line is enough.
      if (seen.has(completion.value) || seen.has(completion.label)) continue;
      seen.add(completion.value);
      seen.add(completion.label);
      results.push(completion);
    }
  }
  return results;
}

/**
 * @example completeQuestion('레디스', knowledge)[0] // { label: 'Redis (6379/tcp …)', value: 'redis' }
 * @example completeQuestion('postg', knowledge)[0] // { label: 'PostgreSQL (5432/tcp)', value: 'postgresql' }
 */
export function completeQuestion(text: string, knowledge: Knowledge, limit = MAX_COMPLETIONS): Completion[] {
  const capped = Math.min(limit, MAX_COMPLETIONS);
  const trimmed = text.trim().toLowerCase().slice(0, 100);
  if (trimmed.length === 0) return [];
  if (/^\d{1,5}$/.test(trimmed)) return portCompletions(trimmed, knowledge, capped);
  if (hasHangul(trimmed))
    return koreanCompletions(trimmed, knowledge, capped).map((completion) => ({
      label: completion.label.slice(0, 100),
      value: completion.value.slice(0, 100),
    }));
  const lastWord = trimmed.split(/\s+/).at(-1) ?? '';
  return knowledge
    .names()
    .complete(lastWord, capped)
    .map((completion) => ({
      label: completion.label.slice(0, 100),
      value: completion.value.slice(0, 100),
    }));
}
