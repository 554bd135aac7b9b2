/**
 * IANA's official registry CSV, from the core's side: pure functions from text to registry data
 * and back. Reading the file, downloading it and keeping it on disk happen in the adapters
 * (adapters/shared/registry/), which hand the text in.
 *
 *   csv-reader.ts      RFC 4180 records (quotes, line breaks inside fields, CRLF or LF)
 *   parse-iana-csv.ts  records → RegistryData, keeping what the embedded data loses (aliases,
 *                      range rows, references, dates, notes), with counts of what was refused
 *   check-import.ts    refuses an import that is too small or lacks well-known rows, before it
 *                      can replace a good copy
 *   cache-format.ts    the compact text form the adapters store, opened without a full
 *                      JSON.parse so that the CLI's start-up stays fast
 */
export { encodeRegistryCache, openRegistryCache } from './cache-format.js';
export { checkRegistryImport, DEFAULT_MIN_REGISTRY_ROWS } from './check-import.js';
export { parseRegistryCsv, type RegistryImportStats } from './parse-iana-csv.js';
