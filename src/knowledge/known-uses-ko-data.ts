/**
 * The Korean texts of the curated known uses, one file per English file, keyed by use id (see
 * test/knowledge/known-uses-ko.test.ts). Static imports keep them bundleable.
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

/** A use's texts in Korean; a field is absent where no translation exists yet. */
export interface KoreanKnownUseText {
  note?: string;
  security?: string;
  tip?: string;
}

/** Raw file contents: use id → Korean texts. */
export const KNOWN_USES_KO_FILES: Readonly<Record<string, Readonly<Record<string, KoreanKnownUseText>>>> = {
  ai,
  'cloud-native': cloudNative,
  databases,
  gaming,
  internet,
  iot,
  malware,
  messaging,
  more,
  observability,
  remote,
  'vpn-voip-media': vpnVoipMedia,
  web,
  windows,
};
