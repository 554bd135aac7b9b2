/**
 * `portbot` / `npm run port --`: the terminal CLI's entry point. Binds `runCli` to the process and
 * turns any unexpected failure into exit code 1 with a one-line message (a stack only with
 * PORTBOT_DEBUG set).
 */
import { homedir, userInfo } from 'node:os';
import { createKnowledge, createKnownUseLines, readKnownUseLines, readNameTable } from '../../src/index.js';
import { loadCachedRegistry } from './load-registry.js';
import { EXIT_INTERNAL_ERROR, runCli } from './run-cli.js';
import { isTerminal, writeOut } from './terminal-output.js';

// Both are set by the build (scripts/build.mjs); running from source they are undefined.
declare const PORTBOT_VERSION: string | undefined;
declare const PORTBOT_PREVALIDATED_DATA: boolean | undefined;
const version = typeof PORTBOT_VERSION === 'string' ? PORTBOT_VERSION : 'dev';
const prevalidated = typeof PORTBOT_PREVALIDATED_DATA === 'boolean' && PORTBOT_PREVALIDATED_DATA;

/** Where `data` and `notes` write their lines. */
const lineOutput = () => ({
  env: process.env,
  stdout: (line: string) => writeOut(1, `${line}\n`),
  stderr: (line: string) => writeOut(2, `${line}\n`),
});

// No top-level await: the bundle is CommonJS so that bin/portbot.cjs can run it from V8's code cache.
runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => writeOut(1, text),
  stderr: (text) => writeOut(2, text),
  isTty: isTerminal(1),
  platform: process.platform,
  version,
  loadKnowledge: () => {
    // The imported IANA registry when `portbot data update` cached one, else the embedded data.
    const { registry, warning } = loadCachedRegistry(process.env);
    const knowledge = createKnowledge({
      about: { version },
      // Read one port at a time: a port question parses only that port's curated entries.
      ...(prevalidated ? { knownUses: createKnownUseLines(readKnownUseLines()) } : {}),
      // The names table stands for the embedded registry's index: not with an imported one.
      ...(prevalidated && !registry ? { nameTable: readNameTable() } : {}),
      ...(registry ? { registry } : {}),
    });
    return warning ? { knowledge, warning } : { knowledge };
  },
  // Loaded on demand, like the team commands: a port question never loads the download code.
  runDataUpdate: async (args) => {
    const { runDataUpdate } = await import('./data-update.js');
    return runDataUpdate(args, lineOutput());
  },
  runDataStatus: async () => {
    const { runDataStatus } = await import('./data-update.js');
    return runDataStatus(lineOutput());
  },
  // Loaded on demand: a port question never loads the database drivers.
  runTeamCommand: async (args) => {
    const { runTeamCommand } = await import('./team-commands.js');
    return runTeamCommand(args, {
      ...lineOutput(),
      user: userInfo().username,
      home: homedir(),
    });
  },
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    writeOut(2, `portbot: internal error: ${message}\n`);
    if (process.env.PORTBOT_DEBUG && error instanceof Error) writeOut(2, `${error.stack}\n`);
    process.exitCode = EXIT_INTERNAL_ERROR;
  });
