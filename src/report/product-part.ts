/**
 * "Which ports does Kubernetes use", "kafka ports": a product's whole set of ports grouped by who
 * connects (clients to the server, the nodes to each other, the client's side), each with its role
 * and transports, the one-line firewall summary, and the security notes of its best-known ports.
 */
import { z } from 'zod';
import type { Knowledge } from '../knowledge/knowledge.js';
import {
  PORT_DIRECTIONS,
  type PortDirection,
  PortDirectionSchema,
  type Product,
  summarizeFirewall,
} from '../knowledge/product.js';
import { normalizeName } from '../knowledge/synonyms.js';
import { type Transport, TransportSchema } from '../port/transport.js';
import { quoteUserText } from '../problems.js';

const Port = z.number().int().min(0).max(65535);

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
