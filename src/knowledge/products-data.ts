/**
 * The curated products file; a static import keeps it bundleable. `loadProducts` validates it.
 * A function, so that the CLI's build can read the file from beside its bundle on first use
 * (scripts/build.mjs) instead of compiling it into the bundle: a port question never needs it.
 */
import products from './data/products.json' with { type: 'json' };

export function productData(): unknown {
  return products;
}
