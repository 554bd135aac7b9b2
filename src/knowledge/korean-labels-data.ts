/**
 * The Korean words of the product map and of curated uses' names and roles: each product's name
 * (where it is descriptive), summary, and each port's role and note, keyed by product id and
 * port (`productPortKey`); and use names and roles keyed by their English text. Imported only
 * through `loadKoreanUseTexts` (a dynamic import), so an English answer never loads them; the CLI
 * bundle reads them from `dist/data/korean-labels.json` beside the bundle (scripts/build.mjs).
 */
import products from './data/products-ko.json' with { type: 'json' };
import useLabels from './data/use-labels-ko.json' with { type: 'json' };

/** Raw file contents; `loadKoreanUseTexts` keeps only well-formed entries. */
export const KOREAN_LABEL_FILES: Readonly<Record<string, unknown>> = { products, useLabels };
