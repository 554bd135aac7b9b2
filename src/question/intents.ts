/**
 * What the asker wants to do next, read from the words of a plain question: stop what holds a
 * port, open or close it in a firewall, test it from another machine, fix "address already in
 * use" or "permission denied", judge a port for their own service, or get one suggested.
 *
 * The reading works on the question's words (digits kept as written, so "is 22 open" reads as
 * a whole); it never builds anything from them. Port numbers still come only from the tokenizer,
 * and every command is later built from a validated `Port`.
 */
/** Things to do with a port; each is answered with steps and commands per OS. */
export const INTENTS = ['stop', 'firewall-open', 'firewall-close', 'reach', 'in-use', 'permission'] as const;
export type Intent = (typeof INTENTS)[number];

/** What the question asks for, beyond "what is this port". */
export type Wish =
  | { kind: 'intent'; intent: Intent }
  /** "is 5000 a good port for my app?": a verdict on a port the asker picked. */
  | { kind: 'advice' }
  /** "suggest a port", "free ports between 8000 and 8100": candidates to pick from. */
  | { kind: 'suggest' };

/** Words that only carry a wish: never looked up as service names. */
export const WISH_WORDS = new Set([
  ...'kill killing stop stopping terminate terminating taskkill pkill release free freeing shutdown up'.split(
    ' ',
  ),
  ...'firewall firewalls ufw iptables ip6tables nftables nft firewalld firewall-cmd netsh advfirewall pf'.split(
    ' ',
  ),
  ...'allow allowed unblock whitelist allowlist permit close closing deny denied block reject drop'.split(
    ' ',
  ),
  ...'reach reachable reachability unreachable connect connectivity accessible access'.split(' '),
  ...'test testing tests laptop another outside remotely remote elsewhere internet'.split(' '),
  ...'eaddrinuse eacces wsaeaddrinuse already error errno failed fails failing permission permissions'.split(
    ' ',
  ),
  ...'privileged unprivileged root non-root nonroot sudo setcap cap_net_bind_service below under'.split(' '),
  ...'good bad okay fine wise smart choice pick choose suggest suggestion suggestions recommend'.split(' '),
  ...'recommended recommendation unused available spare between idea project api my'.split(' '),
  ...'address without through via refused someone else whatever anymore again instead'.split(' '),
]);

const has = (text: string, pattern: RegExp) => pattern.test(text);

const N = '\\d{1,5}';

/**
 * Reads the wish of a question from its words (lowercase, in order, digits as written).
 *
 * @example readWish(['kill', 'process', 'on', 'port', '3000', 'mac']) // { kind: 'intent', intent: 'stop' }
 * @example readWish(['is', '5000', 'a', 'good', 'port', 'for', 'my', 'app']) // { kind: 'advice' }
 */
export function readWish(words: readonly string[]): Wish | null {
  const text = ` ${words.join(' ')} `;
  // Every wish is said in words: "60140" or "22 80 443" has none, and skips compiling the patterns.
  if (!/[a-z]/i.test(text)) return null;
  const intent = (value: Intent): Wish => ({ kind: 'intent', intent: value });
  if (
    has(
      text,
      / (eaddrinuse|wsaeaddrinuse) | address (is )?already in use | already (in use|bound|taken) | (address|port) (is )?in use | in use error /,
    )
  )
    return intent('in-use');
  if (
    has(
      text,
      / eacces | permission(s)? (is )?denied | (bind|listen|use|open)\w* .*(without|as (a )?non-?) ?root | (non-?root|unprivileged|without root) | privileged ports? | (below|under) 1024 | cap_net_bind_service | setcap /,
    )
  )
    return intent('permission');
  if (
    has(
      text,
      / (suggest|suggestion|suggestions|recommend|recommended|recommendation) | (free|unused|available|spare) ports /,
    ) ||
    has(text, / (which|what) port (should|could|can|do) (i|we) (use|pick|choose|take) /) ||
    has(text, / (pick|choose|give me) (a|an|one|some) (free |unused |good )?ports? /)
  )
    // A port of their own to judge ("would you recommend 5000?"); a range to search in otherwise.
    return has(text, new RegExp(` ${N} `)) && !has(text, new RegExp(` ${N}-${N} `))
      ? { kind: 'advice' }
      : { kind: 'suggest' };
  if (
    has(text, / good (port|choice|idea|pick|one) | (bad|ok|okay|fine|wise|smart) (port|choice|idea|pick) /) ||
    has(text, / (should|can|could) (i|we) use .*for (my|our|a|the) /) ||
    has(
      text,
      / for (my|our) (own )?(app|apps|application|service|server|api|project|program|tool|website|site|backend|frontend) /,
    ) ||
    has(text, / (ok|okay|fine|safe) to use /)
  )
    return { kind: 'advice' };
  const firewall = has(
    text,
    / (firewall|firewalls|ufw|iptables|ip6tables|nftables|nft|firewalld|firewall-cmd|advfirewall|pf|security group) /,
  );
  const closing = has(text, / (close|closing|block|deny|reject|drop|disallow|blacklist) /);
  const opening = has(text, / (open|opening|allow|unblock|whitelist|allowlist|permit) /);
  if (has(text, / (reach|reachable|reachability|unreachable|connectivity|test-netconnection) /))
    return intent('reach');
  if (
    has(
      text,
      / from (another|other|a different|the other|my|a remote|outside|the internet|elsewhere|remote)| (test|testing|check|checking|verify) (if |whether |that )?(the |a )?(port|connection|it)\b.*(open|reach|connect|work)| can (i|we|you|they|clients) (connect|access|get to)| (accessible|access) from | is (port )?\d{1,5} open /,
    )
  )
    return intent('reach');
  if (
    has(
      text,
      / (kill|killing|taskkill|pkill|terminate|terminating) | free (up|it up) | free (the )?port (?!s)| (stop|end|shut down|shutdown) (the |whatever |what |whatever's |what's )?(process|program|app|application|server|service|thing|task|it)? ?(is )?(on|using|holding|listening|occupying|blocking|at) | release (the )?port /,
    )
  )
    return intent('stop');
  if (firewall && closing) return intent('firewall-close');
  if (firewall) return intent('firewall-open');
  if (
    opening &&
    has(
      text,
      new RegExp(` (open|allow|unblock|whitelist|allowlist|permit) (up )?(the |tcp |udp )?(port )?${N}`),
    )
  )
    return intent('firewall-open');
  if (
    closing &&
    has(text, new RegExp(` (close|block|deny|reject|drop|disallow) (the |tcp |udp )?(port )?${N}`))
  )
    return intent('firewall-close');
  return null;
}
