/** "Which port does X use": a name resolved to its ports, with other meanings listed as "also". */
import type { NameLookup } from '../knowledge/name-index.js';
import { quoteUserText } from '../problems.js';
import type { ServicePart } from './answer.js';
import { toKnownUseFact } from './port-part.js';

export function buildServicePart(asked: string, lookup: NameLookup): ServicePart {
  return {
    type: 'service',
    name: lookup.primary.name,
    matchedBy: lookup.matchedBy,
    asked: quoteUserText(asked),
    ...(lookup.primary.description ? { description: lookup.primary.description } : {}),
    ports: lookup.primary.ports.map((port) => ({ ...port, protocols: [...port.protocols] })),
    also: lookup.also.map((meaning) => ({
      name: meaning.name,
      source: meaning.source,
      ...(meaning.description ? { description: meaning.description } : {}),
      ports: meaning.ports.map((port) => ({ ...port, protocols: [...port.protocols] })),
    })),
    knownUses: lookup.entries.map(toKnownUseFact),
  };
}
