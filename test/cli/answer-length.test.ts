/**
 * Short by default: the terminal answer of every port in nmap's 300 most often open TCP ports fits
 * in 35 lines, for the OS of each platform the CLI runs on. The list is nmap's own data file; without
 * it the test says so loudly and is skipped, except under CI, where a missing file fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_LINES } from '../../adapters/cli/answer-limits.js';
import { runCli } from '../../adapters/cli/run-cli.js';
import { parseNmapServices, topPorts } from '../../scripts/nmap-services.js';
import { testKnowledge } from '../support/knowledge.js';

const NMAP_SERVICES = '/usr/share/nmap/nmap-services';
const TOP = 300;
const MAX_LINES = MAX_ANSWER_LINES;
const PLATFORMS = ['linux', 'darwin', 'win32'] as const;

const present = existsSync(NMAP_SERVICES);
if (!present)
  console.warn(`SKIPPED: ${NMAP_SERVICES} is missing (install nmap); the answer-length check did not run.`);

async function answerLines(port: number, platform: string): Promise<number> {
  let stdout = '';
  const code = await runCli([String(port)], {
    env: {},
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => {},
    isTty: false,
    version: '9.9.9',
    platform,
    loadKnowledge: () => ({ knowledge: testKnowledge() }),
  });
  expect(code, `port ${port}`).toBe(0);
  return stdout.trimEnd().split('\n').length;
}

describe('the default terminal answer', () => {
  it('has the nmap list under CI', () => {
    if (process.env.CI) expect(present, `${NMAP_SERVICES} is needed under CI`).toBe(true);
    else expect(typeof present).toBe('boolean');
  });

  it.skipIf(!present)(
    `fits in ${MAX_LINES} lines for each of nmap's top ${TOP} TCP ports`,
    async () => {
      const ports = topPorts(parseNmapServices(readFileSync(NMAP_SERVICES, 'utf8')), 'tcp', TOP);
      expect(ports.length).toBe(TOP);
      let largest = { port: -1, platform: '', lines: 0 };
      const over: string[] = [];
      for (const platform of PLATFORMS)
        for (const { port } of ports) {
          const lines = await answerLines(port, platform);
          if (lines > largest.lines) largest = { port, platform, lines };
          if (lines > MAX_LINES) over.push(`${port} on ${platform}: ${lines} lines`);
        }
      console.info(
        `Largest default answer of nmap's top ${TOP} TCP ports: port ${largest.port} on ${largest.platform}, ${largest.lines} lines.`,
      );
      expect(over).toEqual([]);
    },
    120_000,
  );
});
