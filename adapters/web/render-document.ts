/**
 * A page's component tree → the HTML document. hono/jsx escapes every text and attribute value
 * (only its explicit `raw()` would not, and the site never calls it); the doctype is the only text
 * added here.
 */
import type { JSX } from 'hono/jsx/jsx-runtime';

export function renderDocument(page: JSX.Element): string {
  const html = page.toString();
  // Pages are synchronous components; a promise here would be a bug, not a slow page.
  if (typeof html !== 'string') throw new TypeError('page components must be synchronous');
  return `<!doctype html>${html}`;
}
