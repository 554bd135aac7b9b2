/** Small builders for spans and lines, and the one formatting of ranges and OS names. */
import type { EphemeralOsId } from '../port/ephemeral.js';
import type { Translator } from './catalog/index.js';
import type { Inline, Line } from './model.js';

export const text = (value: string): Inline => ({ kind: 'text', text: value });
export const strong = (value: string): Inline => ({ kind: 'strong', text: value });
export const code = (value: string): Inline => ({ kind: 'code', text: value });
export const warning = (value: string): Inline => ({ kind: 'warning', text: value });
export const muted = (value: string): Inline => ({ kind: 'muted', text: value });

export function line(spans: readonly Inline[], options: { bullet?: boolean; level?: 0 | 1 } = {}): Line {
  return { spans: [...spans], ...options };
}

/** "6000–6063", or "22" when both ends are the same. */
export function spanOf(t: Translator, from: number, to: number): string {
  return from === to ? String(from) : t.text('span.range', { from, to });
}

/** Short OS names ("Windows Vista / Server 2008 and later" → "Windows"). */
export function osName(t: Translator, os: EphemeralOsId): string {
  return t.text(`os.${os}`);
}

/** The operating systems most people run: the verdict names only these. */
export const MAIN_OSES: readonly EphemeralOsId[] = ['linux', 'windows', 'macos'];

/** Only https links are kept as links; anything else becomes its text. */
export function link(label: string, url: string | undefined): Inline {
  return url && /^https:\/\/[^\s<>"]+$/.test(url) ? { kind: 'link', text: label, url } : text(label);
}

/**
 * Text someone typed into portbot's own store (a team note, an author's name), made harmless on
 * every surface: no mention syntax (`<@U1>`, `<!channel>`, `<#C1>`, `@everyone`, `@here`), no
 * control characters, bounded length. Renderers escape all text as well; this keeps even a
 * plain-text surface from reading it as a ping.
 */
export function userText(raw: string, max = 500): string {
  const lines = raw.replace(/\r\n?|[\u2028\u2029]/g, '\n');
  // Control and format characters (zero-width joiners, bidi overrides) except the line break.
  // Printable ASCII has none, and skips the Unicode classes (their first use costs ~12 ms).
  const visible = /^[\n\x20-\x7e]*$/.test(lines)
    ? lines
    : lines.replace(/[\p{Cc}\p{Cf}]/gu, (character) =>
        character === '\n' ? '\n' : character === '\t' ? ' ' : '',
      );
  const cleaned = visible.replace(/</g, '‹').replace(/>/g, '›').replace(/@/g, '＠').trim();
  return cleaned.length <= max ? cleaned : `${cleaned.slice(0, max - 1)}…`;
}
