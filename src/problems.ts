/**
 * User mistakes are values, not exceptions: each has a stable code that adapters turn into a
 * friendly, private reply, and that JSON consumers can rely on.
 */
export const PROBLEM_CODES = [
  'empty_question',
  'question_too_long',
  'port_out_of_range',
  'not_a_port_number',
  'range_reversed',
  'range_too_large',
  'unknown_service',
  'too_many_items',
  'nothing_understood',
  'no_ports_found',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * Codes no question produces any more, kept so that JSON consumers matching them still validate:
 * `range_too_large` went when ranges of any size got an answer (a summary past 128 ports).
 */
export const RETIRED_PROBLEM_CODES: readonly ProblemCode[] = ['range_too_large'];

/** The codes a question can still produce. */
export const LIVE_PROBLEM_CODES: readonly ProblemCode[] = PROBLEM_CODES.filter(
  (code) => !RETIRED_PROBLEM_CODES.includes(code),
);

/**
 * Codes of a refused command line, for the CLI's `--json` error object. Kept apart from
 * PROBLEM_CODES because no question ever produces them (Slack and Discord never see them).
 */
export const USAGE_PROBLEM_CODES = ['unknown_option', 'bad_option_value', 'missing_option_value'] as const;
export type UsageProblemCode = (typeof USAGE_PROBLEM_CODES)[number];

export interface Problem {
  code: ProblemCode;
  /** One friendly line, safe to show as is: user text in it is reduced to plain word characters. */
  message: string;
  /** Names close to an unknown one. */
  suggestions?: string[];
  /**
   * The facts the message was built from ("99999", 0–65535), so a presentation in another
   * language words it from its catalog (`problem.<code>`). `message` stays English: it is the
   * JSON contract. User text in params is reduced like the message (`quoteUserText`).
   */
  params?: Record<string, string | number>;
}

/** What portbot understands, for the hint after a problem and for help screens. */
export const QUESTION_EXAMPLES: readonly { question: string; meaning: string }[] = [
  { question: '60140', meaning: 'one port' },
  { question: '53/udp', meaning: 'one port and protocol (also "udp 53", "tcp/443")' },
  { question: '22 80 443', meaning: 'several ports' },
  { question: '8000-8010', meaning: 'a range, as a table' },
  { question: 'postgres', meaning: 'a service → its ports' },
  { question: "what's on 5432?", meaning: 'a plain question' },
  { question: 'how do I see what is using 8080 on windows', meaning: 'commands for one OS' },
  { question: 'ephemeral port range on linux', meaning: 'port ranges' },
  { question: 'kubernetes ports', meaning: "software's ports by role, with the firewall line" },
  { question: 'kill 3000 on mac', meaning: 'the next step: stop it, open or close it, test it' },
  { question: 'is 5000 a good port for my app?', meaning: 'a verdict on a port of your own' },
  { question: 'about', meaning: 'version, data source and privacy note' },
];

export const PROBLEM_HINT =
  'Try a port (8080), a port and protocol (53/udp), a range (8000-8010) or a service name (postgres).';

/**
 * Reduces an echoed fragment of user text to characters that cannot mention, link or format
 * anything on any platform: "<!channel>" becomes "channel", "@everyone" becomes "everyone".
 */
export function quoteUserText(text: string, max = 32): string {
  // ASCII text without the Unicode classes, whose first use costs a CLI's start-up ~12 ms.
  const plain = (
    /^[\x20-\x7e]*$/.test(text)
      ? text.replace(/[^A-Za-z0-9.+_-]+/g, '')
      : text.replace(/[^\p{L}\p{N}.+_-]+/gu, '')
  ).slice(0, max);
  return plain.length > 0 ? plain : '?';
}
