/**
 * Typo tolerance only when confident: ordinary words people type in a question never turn into a
 * service, while real slips on a service's name still find it.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/index.js';
import { typoDistance } from '../../src/knowledge/typo.js';
import { testKnowledge } from '../support/knowledge.js';

/** Words from questions, chats and everyday English: none is a service. */
const ORDINARY_WORDS = `
what which who whom whose where when why how is are was were be been being am do does did done doing
have has had can could should would will shall may might must port ports number open opened close
closed closing used use using uses usage version versions data database server servers service
services default defaults privacy private public eighty ninety seventy sixty fifty forty thirty
twenty hundred thousand one two three four five six seven eight nine ten eleven twelve first second
third last next previous a an the this that these those there here it its they them their we our you
your me my mine i he she his her and or but not no yes if then else than so because also too very
really just only even still already always never sometimes often about above after again against all
any before below between both during each few from further into more most other over same some such
through under until up down off out own hello hi hey thanks thank please help sorry okay ok sure
today tomorrow yesterday now later soon morning evening night week month year time date day computer
machine laptop desktop phone network internet router switch cable wifi wireless signal connection
file files folder document documents picture pictures photo video music sound work working worked
job team office meeting project plan issue problem error errors bug bugs fix fixed start started
stop stopped run running ran restart reboot install installed update updated upgrade download upload
blocked block allow allowed deny denied access permission permissions password user users account
login fast slow quick speed big small large little long short high low new old good bad best worst
better worse show tell explain give get find look see check test tested testing try trying want need
know think mean listen listening bind bound connect connected connecting send sending receive
received traffic packet packets inbound outbound incoming outgoing local remote external internal
firewall rule rules allowlist question answer example examples thing things stuff something anything
nothing everything purpose reason cause result effect change changes changed setting settings config
configuration normal usual common typical standard official registered assigned reserved dynamic
ephemeral random page site website browser link address name names host hostname domain secure
security safe unsafe risk danger dangerous attack hacker hacked virus scan scanned scanning money
price cost free paid cheap expensive buy sell market shop store house home room door window table
chair kitchen garden car bus train plane road street city country world water food coffee tea
breakfast lunch dinner drink eat happy sad angry tired busy ready finished complete
`
  .split(/\s+/)
  .filter(Boolean);

function servicesIn(question: string): string[] {
  const outcome = answerQuestion(question, testKnowledge());
  if (!outcome.ok) return [];
  return outcome.value.parts.flatMap((part) => (part.type === 'service' ? [part.name] : []));
}

describe('ordinary words never become a service', () => {
  it('has a table of at least 200 words', () => {
    expect(new Set(ORDINARY_WORDS).size).toBeGreaterThanOrEqual(200);
  });

  it('answers none of them with a service, alone or in a sentence', () => {
    const found = ORDINARY_WORDS.flatMap((word) => {
      const services = [...servicesIn(word), ...servicesIn(`what is ${word}`)];
      return services.length > 0 ? [`${word} → ${services.join(', ')}`] : [];
    });
    expect(found).toEqual([]);
  });

  it.each([
    ['version', 'reversion'],
    ['data', 'ddata'],
    ['privacy', 'privoxy'],
    ['eighty', 'light'],
    ['night', 'light'],
    ['allow', 'alloy'],
    ['window', 'windows'],
  ])('%s is not a typo of %s', (word, name) => {
    expect(typoDistance(word, name)).toBeUndefined();
  });

  it('reads "nginx" as the web server, "nginxx" as a slip on it', () => {
    expect(servicesIn('nginx')).toEqual(['HTTP']);
    expect(servicesIn('nginxx')).toEqual(['HTTP']);
  });

  it('keeps the service in a question that also has ordinary words', () => {
    expect(servicesIn('what version of redis')).toEqual(['Redis']);
  });
});

describe('real typos still resolve', () => {
  it.each([
    ['postgress', 'PostgreSQL'],
    ['postgrse', 'PostgreSQL'],
    ['mongdb', 'MongoDB'],
    ['elasticsearh', 'Elasticsearch'],
    ['kubernets', 'Kubernetes API server'],
    ['rediss', 'Redis'],
    ['mysqll', 'MySQL'],
    ['rabbitmqq', 'RabbitMQ'],
    ['grafanna', 'Grafana'],
    ['prometeus', 'Prometheus'],
    ['wireguad', 'WireGuard'],
    ['zookeper', 'Apache ZooKeeper'],
    ['cassandar', 'Apache Cassandra'],
    ['kafak', 'Apache Kafka'],
  ])('%s → %s', (typo, name) => {
    const outcome = answerQuestion(typo, testKnowledge());
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.value.parts[0]).toMatchObject({ type: 'service', name, matchedBy: 'fuzzy' });
  });
});
