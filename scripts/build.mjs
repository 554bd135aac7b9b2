// Bundles the runnable entry points into dist/. The CLI bundles its dependencies so that a cold
// start loads one file; the service keeps packages external (they are installed beside it).
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
};
// Bundled ESM has no `require`; a few CommonJS dependencies need one.
const requireShim =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

await build({
  ...common,
  entryPoints: { cli: 'adapters/cli/main.ts' },
  outdir: 'dist',
  banner: { js: requireShim },
});

const serviceEntries = {
  server: 'adapters/server/main.ts',
  'discord-register': 'adapters/discord/register.ts',
};
const present = Object.fromEntries(Object.entries(serviceEntries).filter(([, file]) => existsSync(file)));
await build({ ...common, entryPoints: present, outdir: 'dist', packages: 'external' });
