/** One shared Knowledge for core tests: building the names index once keeps the suite quick. */
import { createKnowledge, createRegistry, type Knowledge } from '../../src/index.js';
import type { NameOnlyRecord, RegistryRecord } from '../../src/knowledge/registry-record.js';

let shared: Knowledge | undefined;

export function testKnowledge(): Knowledge {
  shared ??= createKnowledge();
  return shared;
}

/**
 * A knowledge whose registry is exactly `records` (as an imported IANA registry would be), with
 * the real curated uses: for tests of what imported registry text can do to a renderer.
 * @example knowledgeFromRegistry([{ from: 40001, to: 40001, transport: 'tcp', names: ['x'], description: '', status: 'assigned' }])
 */
export function knowledgeFromRegistry(records: RegistryRecord[], nameOnly: NameOnlyRecord[] = []): Knowledge {
  const registry = createRegistry({
    source: { kind: 'iana', label: 'IANA registry (test rows)', updated: '2026-01-01' },
    records,
    nameOnly,
  });
  return createKnowledge({ registry });
}
