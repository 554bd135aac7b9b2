/**
 * The order of a port's uses is data chosen on purpose: every use has a prominence, no two uses of
 * one port tie, and shuffling the data files changes nothing in any answer.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion, createKnowledge } from '../../src/index.js';
import type { KnownUse } from '../../src/knowledge/known-use.js';
import { KnownUseSchema } from '../../src/knowledge/known-use-schema.js';
import { KNOWN_USE_FILES } from '../../src/knowledge/known-uses-data.js';
import { loadKnownUses } from '../../src/knowledge/load-known-uses.js';
import { testKnowledge } from '../support/knowledge.js';

const entries = loadKnownUses();
const singles = entries.filter((entry) => entry.to === undefined);
const ranges = entries.filter((entry) => entry.to !== undefined);

/** A small deterministic generator, so a failure names the seed that found it. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

describe('prominence', () => {
  it('is required by the schema', () => {
    const { prominence: _ignored, ...withoutProminence } = entries[0] as KnownUse;
    expect(KnownUseSchema.safeParse(withoutProminence).success).toBe(false);
    expect(KnownUseSchema.safeParse({ ...withoutProminence, prominence: 0 }).success).toBe(false);
    expect(KnownUseSchema.safeParse({ ...withoutProminence, prominence: 2.5 }).success).toBe(false);
  });

  it('never ties between two uses of the same port', () => {
    const byPort = new Map<number, KnownUse[]>();
    for (const entry of singles) byPort.set(entry.port, [...(byPort.get(entry.port) ?? []), entry]);
    const ties: string[] = [];
    for (const [port, uses] of byPort) {
      const values = uses.map((use) => use.prominence);
      if (new Set(values).size !== values.length)
        ties.push(`${port}: ${uses.map((use) => `${use.id}=${use.prominence}`).join(', ')}`);
    }
    expect(ties).toEqual([]);
    expect([...byPort.values()].filter((uses) => uses.length > 1).length).toBeGreaterThan(100);
  });

  it('never ties between two ranges that overlap', () => {
    const ties = ranges.flatMap((a) =>
      ranges
        .filter((b) => a.id < b.id && a.port <= (b.to ?? b.port) && b.port <= (a.to ?? a.port))
        .filter((b) => a.prominence === b.prominence)
        .map((b) => `${a.id} and ${b.id}`),
    );
    expect(ties).toEqual([]);
  });
});

describe('the use most people mean comes first', () => {
  const knowledge = testKnowledge();
  it.each([
    [22, 'ssh'],
    [25, 'smtp'],
    [53, 'dns'],
    [80, 'http'],
    [443, 'https'],
    [445, 'smb'],
    [514, 'syslog'],
    [1433, 'mssql'],
    [3000, 'nodejs-dev-3000'],
    [3306, 'mysql'],
    [3389, 'rdp'],
    [5000, 'flask'],
    [5001, 'synology-dsm-https'],
    [5432, 'postgresql'],
    [5900, 'vnc-display-0'],
    [6379, 'redis'],
    [8000, 'http-alt-8000'],
    [8080, 'http-alt-8080'],
    [8443, 'https-alt-8443'],
    [8888, 'jupyter'],
    [9000, 'php-fpm'],
    [9090, 'prometheus'],
    [9092, 'kafka-broker'],
    [9200, 'elasticsearch-http'],
    [27017, 'mongodb'],
  ])('port %i leads with %s', (port, id) => {
    expect(knowledge.knownUsesFor(port)[0]?.id).toBe(id);
  });

  it.each([
    ['443', 'Port 443 — HTTPS, HTTP/3, DNS over HTTPS · System port (0–1023)'],
    ['3000', 'Port 3000 — Node.js dev servers, Create React App, Ruby on Rails · User port (1024–49151)'],
    ['8080', 'Port 8080 — HTTP alternate (8080), Apache Tomcat, Jenkins · User port (1024–49151)'],
    ['9090', 'Port 9090 — Prometheus, Cockpit, Openfire · User port (1024–49151)'],
    ['6379', 'Port 6379 — Redis, Ray · User port (1024–49151)'],
    ['22', 'Port 22 — SSH · System port (0–1023)'],
    ['555', 'Port 555 — dsf (IANA) · System port (0–1023)'],
  ])('the headline of %s names the first three uses', (question, headline) => {
    const outcome = answerQuestion(question, knowledge);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const part = outcome.value.parts[0];
    if (part?.type !== 'port') throw new Error('expected a port part');
    expect(`Port ${part.port} — ${part.verdict}`).toBe(headline);
    expect(outcome.value.title).toBe(headline.split(' · ')[0]?.replace(' — ', ': '));
  });

  it('lists ranges after the uses of the port itself, ranked among themselves', () => {
    expect(knowledge.knownUsesFor(32400).map((use) => use.id)).toEqual([
      'plex',
      'kubernetes-nodeport-range',
      'freeswitch-rtp',
    ]);
    expect(knowledge.knownUsesFor(60001).map((use) => use.id)).toEqual([
      'mosh',
      'msrpc-dynamic-range',
      'proxmox-ve-migration',
      'roblox',
    ]);
  });
});

describe('file order plays no part', () => {
  const reference = testKnowledge();
  const ports = [...new Set(entries.map((entry) => entry.port))];

  it.each([1, 7, 2024])('gives the same answers with the files and entries shuffled (seed %i)', (seed) => {
    const files = Object.fromEntries(
      shuffled(Object.entries(KNOWN_USE_FILES), seed).map(([name, content]) => [
        name,
        shuffled(content as unknown[], seed + 1),
      ]),
    );
    const knowledge = createKnowledge({ registry: reference.registry, knownUses: loadKnownUses(files) });
    for (const port of ports) {
      expect(
        knowledge.knownUsesFor(port).map((use) => use.id),
        `port ${port}`,
      ).toEqual(reference.knownUsesFor(port).map((use) => use.id));
    }
    for (const question of ['443', '3000 8080 9090', 'postgres', 'kafka', '5000-5010']) {
      expect(answerQuestion(question, knowledge)).toEqual(answerQuestion(question, reference));
    }
  });
});
