#!/usr/bin/env node
// The installed `portbot` command: the bundled CLI (built by `npm run build`, run by `prepare`).
import '../dist/cli.js';
