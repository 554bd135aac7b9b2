/**
 * The curated data files, one per subject. Static imports keep them bundleable; the list is the
 * one place a new file is registered.
 */
import ai from './data/known-uses/ai.json' with { type: 'json' };
import cloudNative from './data/known-uses/cloud-native.json' with { type: 'json' };
import databases from './data/known-uses/databases.json' with { type: 'json' };
import gaming from './data/known-uses/gaming.json' with { type: 'json' };
import internet from './data/known-uses/internet.json' with { type: 'json' };
import iot from './data/known-uses/iot.json' with { type: 'json' };
import malware from './data/known-uses/malware.json' with { type: 'json' };
import messaging from './data/known-uses/messaging.json' with { type: 'json' };
import more from './data/known-uses/more.json' with { type: 'json' };
import observability from './data/known-uses/observability.json' with { type: 'json' };
import remote from './data/known-uses/remote.json' with { type: 'json' };
import vpnVoipMedia from './data/known-uses/vpn-voip-media.json' with { type: 'json' };
import web from './data/known-uses/web.json' with { type: 'json' };
import windows from './data/known-uses/windows.json' with { type: 'json' };

/** Raw, unvalidated file contents keyed by file name; `loadKnownUses` validates them. */
export const KNOWN_USE_FILES: Readonly<Record<string, unknown>> = {
  // The order of the files means nothing: answers rank uses by their prominence (compareKnownUses).
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
  malware,
  gaming,
  ai,
  more,
};
