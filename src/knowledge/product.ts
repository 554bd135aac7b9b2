/**
 * Software that uses several ports, each with its role and direction: what to open in a firewall
 * for a Kubernetes node, a domain controller or a Swarm cluster. Its shape is the schema in
 * product-schema.ts, checked by the build and by a test, like the known uses.
 */
import type { z } from 'zod';
import { TRANSPORTS } from '../port/transport.js';
import { loadProducts } from './load-products.js';
import type { PortDirection } from './port-direction.js';
import type { ProductPortSchema, ProductSchema } from './product-schema.js';
import { normalizeName } from './synonyms.js';
import { typoDistance } from './typo.js';

export type { PortDirection } from './port-direction.js';
export type ProductPort = z.infer<typeof ProductPortSchema>;
export type Product = z.infer<typeof ProductSchema>;

/** Every normalised name a product answers to: its id, its name and its terms. */
export function productKeys(product: Product): string[] {
  return [...new Set([product.id, product.name, ...product.terms].map(normalizeName).filter(Boolean))];
}

const indexes = new WeakMap<readonly Product[], Map<string, Product>>();

function indexOf(products: readonly Product[]): Map<string, Product> {
  let index = indexes.get(products);
  if (!index) {
    index = new Map();
    // Ids and names claim their key before anyone's terms do.
    for (const product of products) index.set(normalizeName(product.id), product);
    for (const product of products)
      if (!index.has(normalizeName(product.name))) index.set(normalizeName(product.name), product);
    for (const product of products)
      for (const key of productKeys(product)) if (!index.has(key)) index.set(key, product);
    indexes.set(products, index);
  }
  return index;
}

let loaded: Product[] | undefined;

/**
 * A product by its name, id or a synonym, with the same typo tolerance as service names: a slip
 * inside a long enough word ("kubernets"), never an everyday word. Undefined when nothing, or more
 * than one product equally, matches.
 *
 * @example findProduct('swarm')?.id // "docker-swarm"
 * @example findProduct('elasticsearh')?.id // "elasticsearch"
 */
export function findProduct(name: string, products?: readonly Product[]): Product | undefined {
  loaded ??= products ? undefined : loadProducts();
  const list = products ?? loaded ?? [];
  const key = normalizeName(name);
  if (!key) return undefined;
  const index = indexOf(list);
  const exact = index.get(key);
  if (exact) return exact;
  let best: { distance: number; products: Set<Product> } | undefined;
  for (const [candidate, product] of index) {
    const distance = typoDistance(key, candidate);
    if (distance === undefined) continue;
    if (!best || distance < best.distance) best = { distance, products: new Set([product]) };
    else if (distance === best.distance) best.products.add(product);
  }
  return best && best.products.size === 1 ? [...best.products][0] : undefined;
}

/**
 * The ports to open, per transport, in the order the product lists them: what goes into a
 * firewall rule. By default the ports a server must accept (inbound and between peers).
 *
 * @example summarizeFirewall(findProduct('docker swarm')!) // "tcp 2377, 7946; udp 7946, 4789"
 */
export function summarizeFirewall(
  product: Product,
  directions: readonly PortDirection[] = ['inbound', 'peer'],
): string {
  const byTransport = new Map<string, string[]>();
  for (const entry of product.ports) {
    if (!directions.includes(entry.direction)) continue;
    const text = entry.to !== undefined ? `${entry.port}-${entry.to}` : String(entry.port);
    for (const transport of entry.transports) {
      const list = byTransport.get(transport) ?? [];
      if (!list.includes(text)) list.push(text);
      byTransport.set(transport, list);
    }
  }
  return TRANSPORTS.filter((transport) => byTransport.has(transport))
    .map((transport) => `${transport} ${(byTransport.get(transport) ?? []).join(', ')}`)
    .join('; ');
}
