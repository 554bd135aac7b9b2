/**
 * The structured form of a question: what the parser produces and the answer consumes. Its shape
 * is defined once, by the zod schema in query-schema.ts; the parser builds it without zod.
 */
import type { z } from 'zod';
import type { QueryItemSchema, QuerySchema } from './query-schema.js';

export type QueryItem = z.infer<typeof QueryItemSchema>;
export type Query = z.infer<typeof QuerySchema>;
