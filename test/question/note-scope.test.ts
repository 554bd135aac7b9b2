import { describe, expect, it } from 'vitest';
import { formatNoteScope, parseNoteScope } from '../../src/index.js';

describe('parseNoteScope', () => {
  it.each([
    ['8443', { port: 8443 }],
    [' 8443 ', { port: 8443 }],
    ['port 8443', { port: 8443 }],
    ['8443/udp', { port: 8443, transport: 'udp' }],
    ['8443/UDP', { port: 8443, transport: 'udp' }],
    ['udp 8443', { port: 8443, transport: 'udp' }],
    ['30000-32767', { port: 30000, to: 32767 }],
    ['30000 – 32767', { port: 30000, to: 32767 }],
    ['6000-6063/tcp', { port: 6000, to: 6063, transport: 'tcp' }],
    ['0', { port: 0 }],
    ['65535', { port: 65535 }],
    ['80-80', { port: 80 }],
    ['0-65535', { port: 0, to: 65535 }],
  ])('%j → %j', (text, scope) => {
    expect(parseNoteScope(text)).toEqual({ ok: true, value: scope });
  });

  it.each([
    '',
    '65536',
    '99999',
    '-1',
    '0x1F',
    '1e3',
    '80.5',
    '8443/http',
    'udp 8443/tcp',
    '200-100',
    '100-',
    '<!channel>',
    '@everyone 80',
    '80 81',
    '123456',
    '８０',
  ])('refuses %j', (text) => {
    expect(parseNoteScope(text)).toEqual({ ok: false, problem: { code: 'bad_note_scope' } });
  });

  it('writes a scope back the way it is read', () => {
    for (const text of ['8443', '8443/udp', '30000-32767', '6000-6063/tcp']) {
      const parsed = parseNoteScope(text);
      expect(parsed.ok && formatNoteScope(parsed.value)).toBe(text);
    }
  });
});
