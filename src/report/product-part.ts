/**
 * "Which ports does Kubernetes use", "kafka ports": a product's whole set of ports grouped by who
 * connects (clients to the server, the nodes to each other, the client's side), each with its role
 * and transports, the one-line firewall summary, and the security notes of its best-known ports.
 */
import type { Knowledge } from '../knowledge/knowledge.js';
import { PORT_DIRECTIONS, type PortDirection } from '../knowledge/port-direction.js';
import { type Product, summarizeFirewall } from '../knowledge/product.js';
import { normalizeName } from '../knowledge/synonyms.js';
import type { Transport } from '../port/transport.js';
import { quoteUserText } from '../problems.js';
import type { ProductPart } from './next-parts-schema.js';

/** Whether a curated use is about this product: its name or a term in the use's name, or back. */
function sameSoftware(product: Product, useName: string): boolean {
  const use = normalizeName(useName);
  const keys = [product.name, product.id, ...product.terms]
    .map(normalizeName)
    .filter((key) => key.length >= 3);
  return keys.some((key) => use.includes(key) || key.includes(use));
}

export function buildProductPart(
  product: Product,
  asked: string,
  matchedBy: 'name' | 'fuzzy',
  transports: readonly Transport[],
  knowledge: Knowledge,
): ProductPart {
  const narrowed = product.ports.filter(
    (entry) =>
      transports.length === 0 || entry.transports.some((transport) => transports.includes(transport)),
  );
  const ports = narrowed.length > 0 ? narrowed : product.ports;
  const groups = PORT_DIRECTIONS.map((direction: PortDirection) => ({
    direction,
    ports: ports
      .filter((entry) => entry.direction === direction)
      .map((entry) => ({
        port: entry.port,
        ...(entry.to !== undefined ? { to: entry.to } : {}),
        transports: [...entry.transports],
        role: entry.role,
        direction: entry.direction,
        ...(entry.note ? { note: entry.note } : {}),
      })),
  })).filter((group) => group.ports.length > 0);
  const security: ProductPart['security'] = [];
  const seen = new Set<string>();
  for (const entry of ports) {
    if (entry.to !== undefined) continue;
    const use = knowledge
      .knownUsesFor(entry.port)
      .find(
        (candidate) =>
          candidate.to === undefined && candidate.security && sameSoftware(product, candidate.name),
      );
    if (!use?.security || seen.has(use.id)) continue;
    seen.add(use.id);
    security.push({ port: entry.port, name: use.name, useId: use.id, note: use.security });
  }
  return {
    type: 'product',
    id: product.id,
    name: product.name,
    asked: quoteUserText(asked),
    matchedBy,
    ...(product.summary ? { summary: product.summary } : {}),
    transports: [...transports],
    groups,
    firewall: summarizeFirewall({ ...product, ports }),
    security,
  };
}
