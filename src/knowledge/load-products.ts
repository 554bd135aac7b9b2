/**
 * The curated products, validated as they load. The bundles' build validates products.json once
 * and replaces this module with a plain read of the file (scripts/build.mjs).
 */
import type { Product } from './product.js';
import { ProductListSchema } from './product-schema.js';
import { productData } from './products-data.js';

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
