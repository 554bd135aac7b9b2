/**
 * The words of a question's grammar. They are never looked up as service names, even where the
 * registry has such a name ("help", "tcp", "see", "remote"): people mean the grammar.
 */
import type { CheckOs } from '../checks/os.js';

export const OS_WORDS: Readonly<Record<string, CheckOs>> = {
  linux: 'linux',
  ubuntu: 'linux',
  debian: 'linux',
  centos: 'linux',
  rhel: 'linux',
  fedora: 'linux',
  arch: 'linux',
  alpine: 'linux',
  wsl: 'linux',
  mac: 'macos',
  macos: 'macos',
  osx: 'macos',
  darwin: 'macos',
  macbook: 'macos',
  windows: 'windows',
  win: 'windows',
  win10: 'windows',
  win11: 'windows',
  powershell: 'windows',
  cmd: 'windows',
  // Tools that exist on one OS only say which OS the asker is on.
  taskkill: 'windows',
  netsh: 'windows',
  ufw: 'linux',
  firewalld: 'linux',
  'firewall-cmd': 'linux',
  iptables: 'linux',
  nftables: 'linux',
};

export const SECURITY_WORDS = new Set([
  'dangerous',
  'danger',
  'safe',
  'safety',
  'secure',
  'security',
  'risk',
  'risky',
  'expose',
  'exposed',
  'exposing',
  'exposure',
  'attack',
  'attacks',
  'vulnerable',
  'vulnerability',
  'hack',
  'hacked',
  'firewall',
  'internet',
  'public',
]);

export const CHECK_WORDS = new Set([
  'see',
  'check',
  'find',
  'who',
  'whom',
  'process',
  'pid',
  'holds',
  'holding',
  'kill',
  'free',
  'occupied',
  'occupying',
  'blocking',
  'busy',
  'taken',
]);

export const HELP_WORDS = new Set(['help', 'usage', 'examples', 'example', 'commands', 'howto']);

/**
 * A question made only of these (and portbot's own name) asks about portbot itself: "about",
 * "version", "portbot privacy". Anywhere else "about" stays a filler word ("tell me about 22").
 */
export const ABOUT_WORDS = new Set(['about', 'version', 'privacy']);
export const OWN_NAMES = new Set(['portbot']);

/** Words that carry no meaning for the lookup. */
export const FILLER_WORDS = new Set([
  ...'a an the is are was were be been being am what whats which who whose where when how why do does did doing done i me my mine we us our you your it its this that these those there here'.split(
    ' ',
  ),
  ...'on in at of for to from by with about into onto over as and or vs versus v against compared plus also then than but not no yes if so just only all any some every each other another'.split(
    ' ',
  ),
  ...'port ports number numbers portnumber default defaults usually typically normally common commonly standard official officially typical'.split(
    ' ',
  ),
  ...'use uses used using run runs running ran listen listens listening listener bind binds bound open opened opening hold occupy occupies block blocked'.split(
    ' ',
  ),
  ...'show shows list tell explain know look lookup get give gives mean means meaning stand stands say says'.split(
    ' ',
  ),
  ...'can could should would will may might need needs must shall has have had'.split(' '),
  ...'program programs app apps application service services server servers client clients daemon thing things stuff something anything'.split(
    ' ',
  ),
  ...'please pls hey hi hello thanks thank thx ok okay yo so well'.split(' '),
  ...'machine host box computer system local localhost network traffic connection connections protocol protocols'.split(
    ' ',
  ),
  ...'range ranges'.split(' '),
]);

/** Words that carry no meaning for the lookup, with or without an apostrophe ("what's", "whats"). */
export function isFiller(word: string): boolean {
  return FILLER_WORDS.has(word) || FILLER_WORDS.has(word.replace(/'s$/, '').replace(/'/g, ''));
}
