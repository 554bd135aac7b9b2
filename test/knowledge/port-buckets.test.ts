/** The port-block header: every block's region holds exactly the lines of its ports. */
import { describe, expect, it } from 'vitest';
import { portRegions, withPortBuckets } from '../../src/knowledge/port-buckets.js';

const ports = [0, 1, 255, 256, 300, 1024, 8080, 8080, 65535];
const body = `\n${ports.map((port) => `${port}\tx${port}`).join('\n')}\nr\trange a\nr\trange b\n`;
const text = withPortBuckets(body);
const linesIn = ([start, end]: [number, number]) =>
  text
    .slice(start, end)
    .split('\n')
    .filter((line) => line !== '');

describe('port blocks', () => {
  it('keeps the body whole after the header', () => {
    expect(text.endsWith(body)).toBe(true);
    const [start, end] = portRegions(text).body();
    expect(text.slice(start, end)).toBe(body);
  });

  it.each([0, 1, 255, 256, 300, 1024, 8080, 65535, 40000])(
    'the region of port %i holds its block and nothing else',
    (port) => {
      const lines = linesIn(portRegions(text).port(port));
      const block = Math.floor(port / 256);
      expect(lines).toEqual(
        ports.filter((other) => Math.floor(other / 256) === block).map((other) => `${other}\tx${other}`),
      );
    },
  );

  it('puts what follows the numbered lines after them', () => {
    expect(linesIn(portRegions(text).afterPorts())).toEqual(['r\trange a', 'r\trange b']);
  });

  it('reads a text without the header as one region', () => {
    const regions = portRegions(body);
    expect(regions.port(8080)).toEqual([0, body.length]);
    expect(regions.afterPorts()).toEqual([0, body.length]);
  });
});
