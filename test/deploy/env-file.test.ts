/**
 * `.env.example`, read the way `docker run --env-file .env` reads it (docs/DEPLOY.md copies it to
 * .env and passes it so): one `KEY=VALUE` a line, `#` lines are comments, no quote processing, and
 * a `KEY=` line passes an empty value that replaces whatever the image set with ENV. The checks
 * below keep the documented recipe working: nothing in the file overrides the image's settings,
 * every variable the service reads is listed, and the image's registry volume is really used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readServiceConfig } from '../../adapters/server/config.js';

const ROOT = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const example = read('.env.example');

interface EnvLine {
  line: number;
  key: string;
  /** Undefined for a bare `KEY` line, which Docker fills from the caller's environment. */
  value: string | undefined;
}

/** Docker's env-file rules: leading blanks dropped, `#` lines and blank lines skipped, split at the first `=`. */
function parseEnvFile(text: string): EnvLine[] {
  const entries: EnvLine[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) continue;
    const equals = line.indexOf('=');
    entries.push(
      equals === -1
        ? { line: index + 1, key: line, value: undefined }
        : { line: index + 1, key: line.slice(0, equals), value: line.slice(equals + 1) },
    );
  }
  return entries;
}

/** The final stage's ENV instructions as a map (continuation lines joined). */
function imageEnv(dockerfile: string): Record<string, string> {
  const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  const env: Record<string, string> = {};
  for (const line of finalStage.replace(/\\\n\s*/g, ' ').split('\n')) {
    if (!line.startsWith('ENV ')) continue;
    for (const pair of line.slice(4).trim().split(/\s+/)) {
      const [key = '', value = ''] = pair.split('=');
      env[key] = value;
    }
  }
  return env;
}

/** What the container sees: the image's ENV, then the env file on top (as `docker run` does). */
function containerEnv(envFile: string): Record<string, string> {
  const env = { ...imageEnv(read('Dockerfile')) };
  for (const entry of parseEnvFile(envFile)) if (entry.value !== undefined) env[entry.key] = entry.value;
  return env;
}

/** What a user does after `cp .env.example .env`: uncomment their platform's lines and fill them in. */
function fillIn(text: string, values: Record<string, string>): string {
  let filled = text;
  for (const [key, value] of Object.entries(values)) {
    const commented = new RegExp(`^# ${key}=.*$`, 'm');
    expect(filled, `.env.example lists ${key} as "# ${key}=…"`).toMatch(commented);
    filled = filled.replace(commented, `${key}=${value}`);
  }
  return filled;
}

// Every variable the service and the command registration read, from the zod schemas that read them.
const CONFIG_SOURCES = [
  'adapters/server/config.ts',
  'adapters/slack/config.ts',
  'adapters/discord/config.ts',
  'adapters/discord/register-commands.ts',
  'adapters/shared/registry/settings.ts',
];
/** Files that read variables one by one (`clean('NAME')`) beside other upper-case keys. */
const CLEAN_SOURCES = ['adapters/shared/registry/data-dir.ts'];
const SYSTEM_VARIABLES = new Set(['HOME', 'XDG_CACHE_HOME']);

function variablesReadByTheService(): string[] {
  const names = new Set<string>();
  for (const file of CONFIG_SOURCES) {
    const source = read(file);
    for (const match of source.matchAll(/^\s+([A-Z][A-Z0-9_]+): /gm)) names.add(match[1] as string);
    for (const match of source.matchAll(/clean\('([A-Z][A-Z0-9_]+)'\)/g)) names.add(match[1] as string);
  }
  for (const file of CLEAN_SOURCES)
    for (const match of read(file).matchAll(/clean\('([A-Z][A-Z0-9_]+)'\)/g)) names.add(match[1] as string);
  return [...names].filter((name) => !SYSTEM_VARIABLES.has(name)).sort();
}

describe('.env.example as docker run --env-file reads it', () => {
  const entries = parseEnvFile(example);
  const image = imageEnv(read('Dockerfile'));

  it('finds the variables the image sets (the check has something to protect)', () => {
    expect(Object.keys(image)).toEqual(expect.arrayContaining(['HOST', 'PORT', 'PORTBOT_DATA_DIR']));
    expect(image.PORTBOT_DATA_DIR).toBe('/var/cache/portbot');
  });

  it('has only KEY=VALUE lines with a value: no empty value replaces an image default', () => {
    for (const entry of entries) {
      expect(entry.key, `line ${entry.line}`).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(entry.value, `line ${entry.line}: ${entry.key} needs "=" and a value`).toBeTruthy();
      // Docker keeps quotes and "# …" as part of the value.
      expect(entry.value, `line ${entry.line}`).not.toMatch(/^["']|\s#/);
    }
    for (const key of Object.keys(image)) {
      const active = entries.find((entry) => entry.key === key);
      if (active) expect(active.value, `${key} would replace the image's ${image[key]}`).not.toBe('');
    }
  });

  it('lists every variable the service reads, each with its explaining comment', () => {
    const read = variablesReadByTheService();
    expect(read).toEqual(expect.arrayContaining(['REDIS_URL', 'PORTBOT_DATA_DIR', 'SLACK_BOT_TOKEN']));
    const lines = example.split('\n');
    for (const name of read) {
      const index = lines.findIndex((line) => new RegExp(`^(# )?${name}=`).test(line));
      expect(index, `${name} is missing from .env.example`).toBeGreaterThan(0);
      expect(lines[index - 1], `${name} needs a comment above it`).toMatch(/^# /);
    }
  });

  it('keeps the image volume and defaults once a platform is filled in, as docs/DEPLOY.md does', () => {
    const env = containerEnv(
      fillIn(example, {
        DISCORD_APPLICATION_ID: '123456789012345678',
        DISCORD_PUBLIC_KEY: 'ab'.repeat(32),
      }),
    );
    const read = readServiceConfig(env);
    expect(read.ok, JSON.stringify(read)).toBe(true);
    if (!read.ok) return;
    expect(read.config.registry.dataDir).toBe('/var/cache/portbot');
    expect(read.config.host).toBe('0.0.0.0');
    expect(read.config.port).toBe(3000);
    expect(read.config.redisUrl).toBeNull();
    expect(read.config.discord?.publicKey).toBe('ab'.repeat(32));
  });

  it('the check does catch an empty line that unsets the image volume', () => {
    const broken = `${example}\nPORTBOT_DATA_DIR=\n`;
    expect(parseEnvFile(broken).some((entry) => entry.value === '')).toBe(true);
    const env = containerEnv(
      fillIn(broken, { DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_PUBLIC_KEY: 'ab'.repeat(32) }),
    );
    const read = readServiceConfig({ ...env, HOME: '/home/node', XDG_CACHE_HOME: '' });
    expect(read.ok && read.config.registry.dataDir).toBe('/home/node/.cache/portbot');
  });
});
