/**
 * The Dockerfile, .dockerignore and docker-compose.yml, checked offline against the service: the
 * Dockerfile lints clean (dockerfile-utils), builds on node:22-slim, runs as `node` with node as
 * PID 1 on the same entry as `npm start`, and health-checks the service's real liveness path; compose
 * agrees on paths and ports and keeps Redis optional. (CI also builds and runs the image for real.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HEALTH_PATH } from '../../adapters/server/service.js';

const ROOT = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const dockerfile = read('Dockerfile');
const lines = dockerfile.replace(/\\\n\s*/g, ' ').split('\n');
const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
const packageJson = JSON.parse(read('package.json')) as { scripts: Record<string, string> };

describe('Dockerfile', () => {
  it('lints clean', () => {
    expect(
      validate(dockerfile).map((problem) => `${problem.range.start.line + 1}: ${problem.message}`),
    ).toEqual([]);
  });

  it('builds every stage on node:22-slim (Debian), a maintained LTS', () => {
    const bases = lines.filter((line) => line.startsWith('FROM ')).map((line) => line.split(/\s+/)[1]);
    expect(bases.length).toBeGreaterThanOrEqual(2);
    for (const base of bases) expect(base).toBe('node:22-slim');
  });

  it('develops on the Node major the image runs (.nvmrc), above the engines floor the code keeps', () => {
    const major = /^node:(\d+)-slim$/.exec(
      lines.find((line) => line.startsWith('FROM '))?.split(/\s+/)[1] ?? '',
    );
    expect(read('.nvmrc').trim()).toBe(major?.[1]);
    expect((JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node).toBe('>=20.19');
  });

  it('installs with npm ci, without lifecycle scripts, and ships production dependencies only', () => {
    const installs = lines.filter((line) => /\bnpm (ci|install)\b/.test(line));
    expect(installs.length).toBeGreaterThan(0);
    for (const install of installs) expect(install).toMatch(/npm ci .*--ignore-scripts/);
    expect(installs.some((install) => install.includes('--omit=dev'))).toBe(true);
    expect(finalStage).toMatch(/COPY --from=deps \/app\/node_modules/);
  });

  it('runs the npm start entry with node as PID 1, as the non-root node user', () => {
    const start = (packageJson.scripts.start ?? '').split(' ');
    expect(start[0]).toBe('node');
    expect(start.at(-1)).toBe('dist/server.js');
    // The image runs exactly what `npm start` runs, flags included, as an exec-form CMD.
    expect(finalStage).toMatch(
      new RegExp(
        `^CMD ${JSON.stringify(start)
          .replaceAll(',', ', ')
          .replace(/[[\]/.]/g, '\\$&')}$`,
        'm',
      ),
    );
    expect(finalStage).toMatch(/^USER node$/m);
    expect(finalStage).not.toMatch(/^ENTRYPOINT/m);
  });

  it('health-checks the liveness path with node (slim has no curl)', () => {
    const healthcheck = lines.find((line) => line.startsWith('HEALTHCHECK'));
    expect(healthcheck).toContain(HEALTH_PATH);
    expect(healthcheck).toMatch(/CMD \["node", "-e"/);
  });
});

describe('.dockerignore', () => {
  it.each(['node_modules', 'dist', '.git', '.env'])('keeps %s out of the build context', (entry) => {
    expect(read('.dockerignore').split('\n')).toContain(entry);
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml')) as {
    services: Record<string, Record<string, unknown>>;
  };
  const portbot = compose.services.portbot as {
    environment: Record<string, string>;
    ports: string[];
    volumes: string[];
    healthcheck: { test: string[]; timeout: string; interval: string; retries: number };
    mem_limit: string;
    profiles?: string[];
  };

  it('runs portbot by default and Redis only with the redis profile', () => {
    expect(portbot.profiles).toBeUndefined();
    expect(compose.services.redis?.profiles).toEqual(['redis']);
  });

  it('publishes and health-checks the port the service listens on', () => {
    const port = portbot.environment.PORT;
    expect(portbot.ports).toContain(`127.0.0.1:${port}:${port}`);
    expect(portbot.healthcheck.test.join(' ')).toContain(`:${port}${HEALTH_PATH}`);
  });

  it('keeps the image data directory, on the named volume, whatever .env holds', () => {
    const dataDir = portbot.environment.PORTBOT_DATA_DIR;
    expect(finalStage).toMatch(new RegExp(`PORTBOT_DATA_DIR=${dataDir}(\\s|$)`, 'm'));
    expect(portbot.volumes.some((volume) => volume.endsWith(`:${dataDir}`))).toBe(true);
  });

  it('names the compose Redis service in the REDIS_URL that .env.example suggests', () => {
    const suggested = /^# REDIS_URL=(\S+)$/m.exec(read('.env.example'))?.[1];
    const redis = compose.services.redis as { command: string[] };
    expect(redis.command[0]).toBe('redis-server');
    expect(suggested).toBe('redis://redis:6379');
    expect(read('docker-compose.yml')).toContain(`REDIS_URL=${suggested}`);
  });

  it('health-checks with a request that gives up inside the check timeout, and caps memory', () => {
    const seconds = (text: string) => Number(/^(\d+)s$/.exec(text)?.[1]);
    const requestMs = Number(/AbortSignal\.timeout\((\d+)\)/.exec(portbot.healthcheck.test.join(' '))?.[1]);
    expect(requestMs).toBeGreaterThanOrEqual(3000);
    expect(requestMs).toBeLessThan(seconds(portbot.healthcheck.timeout) * 1000);
    expect(seconds(portbot.healthcheck.interval) * portbot.healthcheck.retries).toBeGreaterThanOrEqual(60);
    // Measured resident memory after load: 168 MiB.
    const limitMiB = Number(/^(\d+)m$/.exec(portbot.mem_limit)?.[1]);
    expect(limitMiB).toBeGreaterThanOrEqual(168 * 1.5);
  });
});
