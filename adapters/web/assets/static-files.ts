/**
 * The two static files, addressed by a hash of their content so they can be cached forever and a
 * new release never serves an old copy.
 */
import { createHash } from 'node:crypto';
import { COPY_JS } from './copy-js.js';
import { SITE_CSS } from './site-css.js';

export interface StaticFile {
  path: string;
  type: string;
  body: string;
}

function hashed(name: string, extension: string, body: string, type: string): StaticFile {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return { path: `/static/${name}.${hash}.${extension}`, type, body };
}

export const STYLESHEET = hashed('site', 'css', SITE_CSS, 'text/css; charset=utf-8');
export const SCRIPT = hashed('copy', 'js', COPY_JS, 'text/javascript; charset=utf-8');

/** A plain icon (a plug socket's two pins), so browsers do not ask for /favicon.ico. */
const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0a58ca"/><rect x="9" y="9" width="4" height="14" rx="2" fill="#fff"/><rect x="19" y="9" width="4" height="14" rx="2" fill="#fff"/></svg>';
export const ICON = hashed('icon', 'svg', ICON_SVG, 'image/svg+xml');

export const STATIC_FILES: readonly StaticFile[] = [STYLESHEET, SCRIPT, ICON];
