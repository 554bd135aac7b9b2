import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  isNamed,
  measureCoverage,
  type NmapService,
  parseNmapServices,
  topPorts,
} from '../../scripts/nmap-services.js';

const fixture = fileURLToPath(new URL('../fixtures/nmap-services-sample', import.meta.url));
const script = fileURLToPath(new URL('../../scripts/data-coverage.ts', import.meta.url));
const services = parseNmapServices(readFileSync(fixture, 'utf8'));

describe('parseNmapServices', () => {
  it('reads name, port, protocol and frequency, skipping comments, blanks and malformed lines', () => {
    expect(services).toHaveLength(8);
    expect(services[0]).toEqual({ name: 'alpha', port: 7, protocol: 'tcp', frequency: 0.25 });
    expect(services.map((s) => `${s.port}/${s.protocol}`)).toEqual([
      '7/tcp',
      '7/udp',
      '9/tcp',
      '11/tcp',
      '13/udp',
      '15/sctp',
      '17/udp',
      '21/tcp',
    ]);
  });

  it('drops out-of-range ports and unknown protocols, and accepts CRLF', () => {
    expect(parseNmapServices('a\t70000/tcp\t0.1\nb\t5/icmp\t0.1\n')).toEqual([]);
    expect(parseNmapServices('a\t5/udp\t0.1\r\n')).toEqual([
      { name: 'a', port: 5, protocol: 'udp', frequency: 0.1 },
    ]);
  });
});

describe('topPorts', () => {
  it('ranks one protocol by frequency, ties by port number', () => {
    expect(topPorts(services, 'tcp', 10).map((s) => s.port)).toEqual([9, 7, 11, 21]);
    expect(topPorts(services, 'tcp', 2).map((s) => s.port)).toEqual([9, 7]);
    expect(topPorts(services, 'udp', 10).map((s) => s.port)).toEqual([13, 7, 17]);
  });

  it('tells named ports from unknown ones', () => {
    expect(
      topPorts(services, 'tcp', 10)
        .filter(isNamed)
        .map((s) => s.port),
    ).toEqual([9, 7, 21]);
  });
});

describe('measureCoverage', () => {
  const tcp = topPorts(services, 'tcp', 10);

  it('counts covered ports and lists the missing ones in rank order', () => {
    const share = measureCoverage(tcp, (s: NmapService) => s.port === 9);
    expect(share).toEqual({ total: 4, covered: 1, percent: 25, missing: [7, 11, 21] });
  });

  it('never rounds up to 100% while something is missing', () => {
    const many = Array.from({ length: 2000 }, (_, port) => ({
      name: 'x',
      port,
      protocol: 'tcp' as const,
      frequency: 1,
    }));
    expect(measureCoverage(many, (s) => s.port !== 0).percent).toBe(99.9);
    expect(measureCoverage([], () => false).percent).toBe(100);
  });
});

describe('npm run data:coverage', () => {
  const run = (...args: string[]): string =>
    execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });

  it('says the list is missing and exits 0 when there is no file', () => {
    const output = JSON.parse(run('--json', '--file', `${fixture}.absent`));
    expect(output).toMatchObject({ available: false });
    expect(run('--file', `${fixture}.absent`)).toMatch(/not found/);
  });

  it('measures the curated data against a given list', () => {
    const output = JSON.parse(run('--json', '--file', fixture));
    expect(output.available).toBe(true);
    expect(output.curatedEntries).toBeGreaterThan(0);
    expect(output.measures).toHaveLength(4);
    expect(output.measures[0]).toMatchObject({ protocol: 'tcp', top: 300, namedOnly: false, total: 4 });
    expect(output.measures[3]).toMatchObject({ protocol: 'udp', top: 200, namedOnly: true, total: 2 });
  });

  it('reports the Korean share of the curated uses and of the product map', () => {
    const output = JSON.parse(run('--json', '--file', fixture));
    expect(output.korean.map((entry: { label: string }) => entry.label)).toEqual([
      'curated uses on the top 300 TCP / top 100 UDP ports with Korean texts',
      'all curated uses with Korean texts',
      'product map texts (summaries, port roles and notes) in Korean',
    ]);
    const products = output.korean[2];
    expect(products.total).toBeGreaterThan(300);
    expect(products).toMatchObject({ percent: 100, missing: [], met: true });
    expect(run('--file', fixture)).toMatch(/product map texts .* in Korean: \d+\/\d+ = 100\.0%/);
  });
});
