/**
 * The shape of the product map (product.ts has its types): the build and the tests validate
 * products.json with it, and a service started from source validates it when it loads it.
 */
import { z } from 'zod';
import { TransportSchema } from '../schema/vocabulary.js';
import { PORT_DIRECTIONS } from './port-direction.js';

const PortValueSchema = z.number().int().min(0).max(65535);

export const PortDirectionSchema = z.enum(PORT_DIRECTIONS);

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

export const ProductListSchema = z.array(ProductSchema);
