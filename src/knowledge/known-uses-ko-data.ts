/**
 * The Korean texts of the curated uses, one file per English file, keyed by use id. Imported only
 * through `loadKoreanUseTexts` (a dynamic import), so an English answer never loads them; the CLI
 * bundle reads them one use at a time from `dist/data/known-uses-ko.txt` beside the bundle
 * (`KNOWN_USE_KO_LINES`, korean-text-lines.ts; scripts/build.mjs).
 */
import ai from './data/known-uses-ko/ai.json' with { type: 'json' };
import cloudNative from './data/known-uses-ko/cloud-native.json' with { type: 'json' };
import databases from './data/known-uses-ko/databases.json' with { type: 'json' };
import gaming from './data/known-uses-ko/gaming.json' with { type: 'json' };
import internet from './data/known-uses-ko/internet.json' with { type: 'json' };
import iot from './data/known-uses-ko/iot.json' with { type: 'json' };
import malware from './data/known-uses-ko/malware.json' with { type: 'json' };
import messaging from './data/known-uses-ko/messaging.json' with { type: 'json' };
import more from './data/known-uses-ko/more.json' with { type: 'json' };
import observability from './data/known-uses-ko/observability.json' with { type: 'json' };
import remote from './data/known-uses-ko/remote.json' with { type: 'json' };
import vpnVoipMedia from './data/known-uses-ko/vpn-voip-media.json' with { type: 'json' };
import web from './data/known-uses-ko/web.json' with { type: 'json' };
import windows from './data/known-uses-ko/windows.json' with { type: 'json' };
import type { SearchableText } from './searchable-text.js';

/** Raw file contents keyed by file name; `loadKoreanUseTexts` keeps only well-formed texts. */
export const KNOWN_USE_KO_FILES: Readonly<Record<string, unknown>> = {
  web,
  databases,
  remote,
  windows,
  internet,
  messaging,
  'cloud-native': cloudNative,
  observability,
  'vpn-voip-media': vpnVoipMedia,
  iot,
  ai,
  gaming,
  malware,
  more,
};

/** The same texts as lines read one use at a time: only in the CLI's bundle, which swaps this module. */
export const KNOWN_USE_KO_LINES: (() => SearchableText) | undefined = undefined;
