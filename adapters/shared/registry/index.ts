/**
 * The imported IANA registry, from the adapters' side: where it comes from, where it is kept, how
 * it is fetched and how the service keeps it fresh. The core turns the CSV into registry data and
 * back (src/knowledge/iana-import/); everything here is the I/O around it.
 *
 *   settings.ts    the environment → download URL, minimum rows, refresh schedule
 *   data-dir.ts    the data directory: where it is, made on first use, checked before anything is written
 *   store.ts       the registry on disk: the cache file (read on the CLI's start-up path, written
 *                  atomically, refused whole when damaged) and the HTTP validators it came with
 *   download.ts    the CSV over HTTPS: bounded in time and size, conditional when validators are known
 *   local-file.ts  a CSV the user already has (`portbot data update --from FILE`), within the same bounds
 *   update.ts      the one import pipeline: get the CSV, parse and check it in the core, replace the
 *                  store; any failure leaves the stored copy as it was
 *   refresh.ts     the service's schedule: loads the stored copy at start, refreshes it with a
 *                  conditional GET and swaps the new knowledge in
 *
 * Used by `portbot data update` / `data status` and the CLI's start-up, the service and the web pages.
 */
export { ensureDataDir, resolveDataDir } from './data-dir.js';
export { createRegistryRefresher, type RegistryRefresher } from './refresh.js';
export { type RegistrySettings, readRegistrySettings } from './settings.js';
export { readCachedRegistry, readStoredDownload } from './store.js';
export { importRegistryFile, type UpdateOutcome, updateRegistryFromUrl } from './update.js';
