/**
 * Software that uses several ports, each with its role and direction: what to open in a firewall
 * for a Kubernetes node, a domain controller or a Swarm cluster. Data only for now; answers will
 * use it later. Validated with this schema when loaded and in a test, like the known uses.
 */
import { z } from 'zod';
import { TransportSchema } from '../port/transport.js';
import { productData } from './products-data.js';
import { normalizeName } from './synonyms.js';
import { typoDistance } from './typo.js';

const PortValueSchema = z.number().int().min(0).max(65535);

/**
 * Who opens the connection, seen from the product's server:
 * - `inbound`: clients connect to the server on this port (open it on the server).
 * - `peer`: the product's own nodes connect to each other (open it between them).
 * - `client`: a port on the client's side, or one the server connects out from (FTP active data,
 *   SNMP traps to the manager, a local SOCKS port): nothing to open on the server.
 */
export const PORT_DIRECTIONS = ['inbound', 'peer', 'client'] as const;
export const PortDirectionSchema = z.enum(PORT_DIRECTIONS);
export type PortDirection = z.infer<typeof PortDirectionSchema>;

export const ProductPortSchema = z
  .object({
    port: PortValueSchema,
    /** Last port of a range ("30000–32767"); absent for a single port. */
    to: PortValueSchema.optional(),
    transports: z.array(TransportSchema).min(1),
    /** What this port is to the product: "API server", "etcd peers". */
    role: z.string().min(2).max(80),
    direction: PortDirectionSchema,
    note: z.string().min(10).max(200).optional(),
  })
  .refine((entry) => entry.to === undefined || entry.to > entry.port, {
    message: '`to` must be greater than `port`',
  });
export type ProductPort = z.infer<typeof ProductPortSchema>;

export const ProductSchema = z.object({
  /** Unique, kebab-case: "docker-swarm". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1).max(80),
  /** Names and synonyms people use: "k8s", "swarm mode". */
  terms: z.array(z.string().min(1).max(40)),
  /** One line on what the ports are for, in our own words. */
  summary: z.string().min(10).max(300).optional(),
  ports: z.array(ProductPortSchema).min(1),
});
export type Product = z.infer<typeof ProductSchema>;

export const ProductListSchema = z.array(ProductSchema);

export class ProductDataError extends Error {
  readonly code = 'product_data_invalid';
}

/** The curated products, validated. */
export function loadProducts(data: unknown = productData()): Product[] {
  const parsed = ProductListSchema.safeParse(data);
  if (!parsed.success) {
    throw new ProductDataError(`products.json is invalid: ${parsed.error.message}`, { cause: parsed.error });
  }
  return parsed.data;
}

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
  return TransportSchema.options
    .filter((transport) => byTransport.has(transport))
    .map((transport) => `${transport} ${(byTransport.get(transport) ?? []).join(', ')}`)
    .join('; ');
}
