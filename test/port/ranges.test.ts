import { describe, expect, it } from 'vitest';
import { describeEphemeralUse, EPHEMERAL_RANGES } from '../../src/port/ephemeral.js';
import { classifyIanaRange } from '../../src/port/iana-ranges.js';
import { toPort } from '../../src/port/port-number.js';

describe('IANA ranges at their edges', () => {
  it.each([
    [0, 'system'],
    [1023, 'system'],
    [1024, 'user'],
    [49151, 'user'],
    [49152, 'dynamic'],
    [65535, 'dynamic'],
  ])('%i is %s', (port, kind) => {
    expect(classifyIanaRange(toPort(port)).kind).toBe(kind);
  });

  it('never assigns the dynamic range', () => {
    expect(classifyIanaRange(toPort(60140)).assignable).toBe(false);
    expect(classifyIanaRange(toPort(5432)).assignable).toBe(true);
  });
});

describe('OS ephemeral ranges at their edges', () => {
  const cases = EPHEMERAL_RANGES.flatMap((range) => [
    [range.os, range.from - 1, false],
    [range.os, range.from, true],
    [range.os, range.to, true],
    [range.os, range.to + 1, false],
  ]).filter(([, port]) => (port as number) >= 0 && (port as number) <= 65535) as [string, number, boolean][];

  it.each(cases)('%s includes %i: %s', (os, port, included) => {
    const fact = describeEphemeralUse(toPort(port)).find((candidate) => candidate.os === os);
    expect(fact?.includesPort).toBe(included);
  });

  it('has the documented defaults', () => {
    const byOs = Object.fromEntries(EPHEMERAL_RANGES.map((range) => [range.os, [range.from, range.to]]));
    expect(byOs).toMatchObject({
      linux: [32768, 60999],
      windows: [49152, 65535],
      macos: [49152, 65535],
      freebsd: [10000, 65535],
      openbsd: [1024, 49151],
      'windows-xp': [1025, 5000],
    });
  });
});
