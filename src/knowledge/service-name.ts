/**
 * Which service names an imported registry may hold. Names from the CSV end up in every answer
 * (terminal, Slack, Discord), so a row whose name could not be IANA's is refused on import.
 *
 * The rule is RFC 6335 §5.1: 1–15 characters; only the US-ASCII letters A–Z and a–z, the digits
 * 0–9 and the hyphen; at least one letter; no hyphen at the start or the end; no two hyphens in a
 * row. Names are compared without regard to case, so upper-case letters are fine.
 *
 * IANA's registry still holds names registered before that rule, and they are real, well-known
 * services: 97 names in the 2026 registry, such as whois++ (63), sql*net (66), cl/1 (172),
 * z39.50 (210), subntbcst_tftp (247), novell-lu6.2 (1416) and EtherNet/IP-1 (2222). They use five
 * more characters: underscore, dot, slash, plus and asterisk. Those five are accepted on purpose
 * (with every other part of the rule kept, and a letter or digit first), so no real row is lost.
 * Nothing else is: never a space, a control character, `<`, `>`, `@`, `!`, `|`, a backtick or
 * anything outside ASCII, which could format text or mention someone on a chat platform.
 */

export const MAX_SERVICE_NAME_LENGTH = 15;

/** The characters of RFC 6335 plus the five of IANA's older names. */
const ALLOWED = /^[A-Za-z0-9_./+*-]*$/;
/** RFC 6335 alone: letters, digits and hyphens. */
const RFC_6335_CHARACTERS = /^[A-Za-z0-9-]*$/;

export type ServiceNameCheck = { ok: true; historical: boolean } | { ok: false; reason: string };

/** "a space", "a control character", or the character itself in quotes. */
function describeCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  if (character === ' ') return 'a space';
  if (character === '"') return 'a double quote';
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) return 'a control character';
  if (/\s/u.test(character)) return 'a space';
  if (code > 0x7e) return `a character outside ASCII (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  return `"${character}"`;
}

/**
 * Checks a service name from the registry CSV.
 * @example
 * checkServiceName('http')      // → { ok: true, historical: false }
 * checkServiceName('whois++')   // → { ok: true, historical: true }
 * checkServiceName('<!here>')   // → { ok: false, reason: 'it holds "<"' }
 */
export function checkServiceName(name: string): ServiceNameCheck {
  if (name.length === 0) return { ok: false, reason: 'it is empty' };
  if (!ALLOWED.test(name)) {
    const bad = [...name].find((character) => !ALLOWED.test(character)) ?? '?';
    return { ok: false, reason: `it holds ${describeCharacter(bad)}` };
  }
  if (name.length > MAX_SERVICE_NAME_LENGTH) {
    return { ok: false, reason: `it is longer than ${MAX_SERVICE_NAME_LENGTH} characters` };
  }
  if (!/[A-Za-z]/.test(name)) return { ok: false, reason: 'it has no letter' };
  if (!/^[A-Za-z0-9]/.test(name)) return { ok: false, reason: 'it does not start with a letter or digit' };
  if (name.endsWith('-')) return { ok: false, reason: 'it ends with a hyphen' };
  if (name.includes('--')) return { ok: false, reason: 'it has two hyphens in a row' };
  return { ok: true, historical: !RFC_6335_CHARACTERS.test(name) };
}
