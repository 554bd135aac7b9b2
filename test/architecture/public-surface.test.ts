/**
 * src/index.ts is the core's public surface, and it holds only what is used outside the core: every
 * name it exports must be imported from it by an adapter, a script or a benchmark. Tests are not
 * consumers here — they may import a module of the core directly — so an export kept only for a
 * test fails this check. The list is written out (no `export *`) so that it can be read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const INDEX = join(ROOT, 'src', 'index.ts');
const CONSUMER_DIRS = ['adapters', 'scripts', 'bench'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(tsx?|mjs)$/.test(name) ? [path] : [];
  });
}

/** `a`, `type B`, `c as d` → the names as the other side sees them (a, B, d for an export; a, B, c for an import). */
function namesIn(list: string, side: 'exported' | 'imported'): string[] {
  return list
    .split(',')
    .map((item) => item.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '').trim())
    .filter(Boolean)
    .map((item) => {
      const [local, alias] = item.replace(/^type\s+/, '').split(/\s+as\s+/);
      return (side === 'exported' ? (alias ?? local) : local) as string;
    });
}

function exportedNames(): string[] {
  const text = readFileSync(INDEX, 'utf8');
  return [...text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s*from/g)].flatMap((match) =>
    namesIn(match[1] as string, 'exported'),
  );
}

/** Every name imported from src/index.ts, with the files that import it. */
function consumers(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of CONSUMER_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /(?:import|export)\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g,
    )) {
      const specifier = match[2] as string;
      if (!specifier.startsWith('.') || resolve(file, '..', specifier) !== join(ROOT, 'src', 'index.js'))
        continue;
      for (const name of namesIn(match[1] as string, 'imported'))
        used.set(name, [...(used.get(name) ?? []), relative(ROOT, file)]);
    }
  }
  return used;
}

describe('the public surface (src/index.ts)', () => {
  it('lists its exports one by one', () => {
    expect(readFileSync(INDEX, 'utf8')).not.toMatch(/export\s+\*/);
    expect(exportedNames().length).toBeGreaterThan(20);
  });

  it('exports nothing that no adapter, script or benchmark imports', () => {
    const used = consumers();
    const unused = exportedNames().filter((name) => !used.has(name));
    expect(unused, 'exported from src/index.ts but imported by no adapter, script or bench').toEqual([]);
  });

  it('exports everything the adapters, scripts and benchmarks import from it', () => {
    const exported = new Set(exportedNames());
    const missing = [...consumers().keys()].filter((name) => !exported.has(name));
    expect(missing).toEqual([]);
  });
});
