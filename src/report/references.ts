/** IANA's reference column ("[RFC9110]") → readable references with links where we know them. */
import type { Reference } from './answer.js';

export function toReferences(raw: readonly string[] | undefined): Reference[] {
  if (!raw) return [];
  return raw.flatMap((text) => {
    const inner = text.replace(/^\[|\]$/g, '').trim();
    if (!inner) return [];
    const rfc = /^RFC(\d{1,5})$/i.exec(inner);
    return rfc
      ? [{ text: `RFC${rfc[1]}`, url: `https://www.rfc-editor.org/rfc/rfc${rfc[1]}` }]
      : [{ text: inner }];
  });
}
