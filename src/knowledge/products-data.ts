/** The curated products file; a static import keeps it bundleable. `loadProducts` validates it. */
import products from './data/products.json' with { type: 'json' };

export const PRODUCT_DATA: unknown = products;
