/** RFC 6335 service names, with IANA's historical exception and nothing more. */
import { describe, expect, it } from 'vitest';
import { checkServiceName } from '../../src/knowledge/service-name.js';

describe('checkServiceName', () => {
  it.each([
    ['http'],
    ['www-http'],
    ['x11'],
    ['9pfs'],
    ['PostgreSQL'],
    ['a'],
    ['abcdefghijklmno'], // 15 characters
    ['stun-behavior'],
  ])('%s follows RFC 6335', (name) => {
    expect(checkServiceName(name)).toEqual({ ok: true, historical: false });
  });

  it.each([
    ['whois++'],
    ['sql*net'],
    ['cl/1'],
    ['z39.50'],
    ['subntbcst_tftp'],
    ['novell-lu6.2'],
    ['EtherNet/IP-1'],
    ['914c/g'],
  ])('%s is one of IANA’s older names, kept', (name) => {
    expect(checkServiceName(name)).toEqual({ ok: true, historical: true });
  });

  it.each([
    ['', 'it is empty'],
    ['abcdefghijklmnop', 'it is longer than 15 characters'],
    ['12345', 'it has no letter'],
    ['-http', 'it does not start with a letter or digit'],
    ['_http', 'it does not start with a letter or digit'],
    ['http-', 'it ends with a hyphen'],
    ['ht--tp', 'it has two hyphens in a row'],
    ['a b', 'it holds a space'],
    ['<!channel>', 'it holds "<"'],
    ['x>y', 'it holds ">"'],
    ['@everyone', 'it holds "@"'],
    ['here!', 'it holds "!"'],
    ['a|b', 'it holds "|"'],
    ['a`b`', 'it holds "`"'],
    ['tab\there', 'it holds a control character'],
    ['esc\u001b[31m', 'it holds a control character'],
    ['nul\u0000', 'it holds a control character'],
    ['line\nbreak', 'it holds a control character'],
    ['c1\u0085', 'it holds a control character'],
    ['nbsp\u00a0x', 'it holds a space'],
    ['café', 'it holds a character outside ASCII (U+00E9)'],
    ['аpple', 'it holds a character outside ASCII (U+0430)'],
    ['a:b', 'it holds ":"'],
    ['a"b', 'it holds a double quote'],
  ])('%j is refused: %s', (name, reason) => {
    expect(checkServiceName(name)).toEqual({ ok: false, reason });
  });
});
