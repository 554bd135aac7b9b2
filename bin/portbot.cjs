#!/usr/bin/env node
// The `portbot` command. It runs the bundled CLI (dist/cli.cjs, built by `npm run build`, which
// `prepare` runs) from V8's code cache (dist/cli.cache): a cold start then skips compiling half a
// megabyte of JavaScript. When the cache is missing or was made by another Node version, the CLI
// compiles normally and writes a fresh cache on exit (best effort: a read-only install just runs
// without one). CommonJS on purpose: Node starts a CommonJS entry faster than an ES module one.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'cli.cjs');
const cacheFile = join(__dirname, '..', 'dist', 'cli.cache');

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}

const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`;
const script = new Script(wrapped, { filename: bundle, cachedData });
const bundleModule = { exports: {} };
script.runInThisContext()(bundleModule.exports, require, bundleModule, bundle, dirname(bundle));

if (cachedData === undefined || script.cachedDataRejected) {
  process.once('exit', () => {
    try {
      const temporary = `${cacheFile}.${process.pid}`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    } catch {
      // No cache this time; the CLI works the same without one.
    }
  });
}
