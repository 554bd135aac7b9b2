/**
 * The answers a senior network engineer would give a teammate, asked the way people ask: the
 * headline of busy ports, software by its whole set of ports, the next thing to do (stop it, open
 * or close it, test it, "address already in use", "permission denied") per OS, advice on a port
 * of one's own, suggested ports, large ranges, and plain questions that must stay plain. Every
 * row asserts on what the asker reads, through the core and its presentation.
 */
import { describe, expect, it } from 'vitest';
import {
  type Answer,
  answerQuestion,
  decodeQueryToken,
  encodeQueryToken,
  parseQuestion,
  presentAnswer,
} from '../../src/index.js';
import { portMapOf } from '../../src/knowledge/port-map.js';
import { plainText } from '../../src/present/catalog/index.js';
import type { Presentation } from '../../src/present/model.js';
import { DEFAULT_FULL_TIPS, DEFAULT_FULL_USES } from '../../src/present/present-port.js';
import { renderPresentationText } from '../../src/present/render-text.js';
import type { AnswerPart } from '../../src/report/answer.js';
import { AnswerSchema } from '../../src/report/answer-schema.js';
import { SAME_TIP_OVERLAP, tipOverlap } from '../../src/report/port-part.js';
import { testKnowledge } from '../support/knowledge.js';

type Os = 'linux' | 'macos' | 'windows';

function ask(question: string, os: Os | null = null): Answer {
  const outcome = answerQuestion(question, testKnowledge(), { os });
  if (!outcome.ok) throw new Error(`${question}: ${outcome.problem.code}`);
  const checked = AnswerSchema.safeParse(outcome.answer);
  if (!checked.success) throw new Error(`${question}: ${checked.error.message}`);
  return outcome.answer;
}

function only<T extends AnswerPart['type']>(answer: Answer, type: T): Extract<AnswerPart, { type: T }> {
  const [first] = answer.parts;
  if (first?.type !== type)
    throw new Error(`expected a ${type} part, got ${answer.parts.map((p) => p.type)}`);
  return first as Extract<AnswerPart, { type: T }>;
}

function text(answer: Answer, options: Parameters<typeof presentAnswer>[1] = {}): string {
  return renderPresentationText(presentAnswer(answer, options));
}

/** Keys a presentation would show raw if a catalog lacked them. */
const RAW_KEY = /\b(?:step|intent|advice|suggest|bigRange|product|title\.intent)\.[a-z][\w.-]*/;

describe('headlines of busy ports: the use most people mean first', () => {
  it.each([
    [22, /^SSH/],
    [21, /^FTP/],
    [23, /^Telnet/],
    [25, /^SMTP/],
    [53, /^DNS/],
    [67, /^DHCP/],
    [80, /^HTTP\b/],
    [88, /^Kerberos/],
    [110, /^POP3/],
    [123, /^NTP/],
    [135, /Microsoft RPC/],
    [143, /^IMAP/],
    [161, /^SNMP/],
    [389, /^LDAP/],
    [443, /^HTTPS, HTTP\/3/],
    [445, /^SMB/],
    [587, /^SMTP/],
    [993, /^IMAP/],
    [1194, /^OpenVPN/],
    [1433, /^Microsoft SQL Server/],
    [1521, /^Oracle/],
    [1883, /^MQTT/],
    [2049, /^NFS/],
    [2181, /ZooKeeper/],
    [2375, /^Docker/],
    [2379, /^etcd/],
    [3000, /^Node\.js dev servers/],
    [3306, /^MySQL, MariaDB/],
    [3389, /^RDP/],
    [5000, /Flask.*AirPlay/],
    [5432, /^PostgreSQL/],
    [5672, /^RabbitMQ/],
    [5900, /^VNC/],
    [6379, /^Redis, Ray/],
    [6443, /^Kubernetes API server/],
    [8080, /^HTTP alternate/],
    [8443, /^HTTPS alternate/],
    [9090, /^Prometheus/],
    [9092, /^Apache Kafka/],
    [9200, /^Elasticsearch/],
    [10250, /^Kubelet/],
    [11211, /^Memcached/],
    [25565, /^Minecraft/],
    [27017, /^MongoDB/],
    [51820, /^WireGuard/],
  ])('port %i leads with %s', (port, lead) => {
    const presentation = presentAnswer(ask(String(port)));
    expect(presentation.title.startsWith(`Port ${port} — `)).toBe(true);
    const uses = presentation.title.slice(`Port ${port} — `.length).split(' · ')[0] ?? '';
    expect(uses).toMatch(lead);
    // At most three uses in the headline.
    expect(uses.split(', ').length).toBeLessThanOrEqual(3);
  });
});

describe('software by its whole set of ports', () => {
  it.each([
    ['which ports does kubernetes use', 'kubernetes', ['tcp 6443', '10250', '30000-32767']],
    ['ports for kubernetes', 'kubernetes', ['6443']],
    ['k8s ports', 'kubernetes', ['6443']],
    ['docker swarm ports', 'docker-swarm', ['tcp 2377, 7946; udp 7946, 4789']],
    ['what ports does swarm mode need', 'docker-swarm', ['udp 7946, 4789']],
    [
      'what ports should i open for active directory',
      'active-directory',
      ['88', '389', '445', '49152-65535'],
    ],
    ['domain controller ports', 'active-directory', ['464', '3268']],
    ['kafka ports', 'kafka', ['9092']],
    ['zookeeper ports', 'zookeeper', ['2181']],
    ['elasticsearch ports', 'elasticsearch', ['9200', '9300']],
    ['cassandra ports', 'cassandra', ['9042', '7000']],
    ['consul ports', 'consul', ['8500', '8301']],
    ['nomad ports', 'nomad', ['4646']],
    ['rabbitmq ports', 'rabbitmq', ['5672', '15672']],
    ['etcd ports', 'etcd', ['2379', '2380']],
    ['what ports does nfs use', 'nfs', ['2049', '111']],
    ['ftp ports', 'ftp', ['21']],
    ['sip ports', 'sip-rtp', ['5060']],
    ['ipsec ports', 'ipsec', ['udp 500, 4500']],
    ['wireguard ports', 'wireguard', ['51820']],
    ['openvpn ports', 'openvpn', ['1194']],
    ['mail server ports', 'mail-server', ['25', '587', '993']],
    ['ldap ports', 'ldap', ['389', '636']],
    ['minecraft ports', 'minecraft-java', ['25565']],
    ['minecraft bedrock ports', 'minecraft-bedrock', ['19132']],
    ['steam ports', 'steam-client', ['27036']],
    ['prometheus ports', 'prometheus-stack', ['9090', '9093']],
    ['which udp ports does dns use', 'dns-server', ['udp 53']],
    ['firewall ports for rabbitmq', 'rabbitmq', ['5672']],
    ['open kafka in the firewall', 'kafka', ['9092']],
  ])('%s → %s with %j in its firewall line', (question, id, firewall) => {
    const answer = ask(question);
    const part = only(answer, 'product');
    expect(part.id).toBe(id);
    for (const piece of firewall) expect(part.firewall).toContain(piece);
    // Every port has its role and transports; the groups follow inbound, peer, client.
    const order = part.groups.map((group) => group.direction);
    expect(order).toEqual(
      [...order].sort(
        (a, b) => ['inbound', 'peer', 'client'].indexOf(a) - ['inbound', 'peer', 'client'].indexOf(b),
      ),
    );
    for (const group of part.groups)
      for (const port of group.ports) {
        expect(port.role.length).toBeGreaterThan(1);
        expect(port.transports.length).toBeGreaterThan(0);
      }
    const shown = text(answer);
    expect(shown).toContain(part.firewall);
    expect(shown).not.toMatch(RAW_KEY);
  });

  it('narrows a product to the transport asked: DNS over UDP', () => {
    const part = only(ask('which udp ports does dns use'), 'product');
    expect(part.groups.flatMap((group) => group.ports).every((port) => port.transports.includes('udp'))).toBe(
      true,
    );
  });

  it('a plain name that is also a product stays a service answer and points to the whole set', () => {
    const part = only(ask('kafka'), 'service');
    expect(part.product).toEqual({
      id: 'kafka',
      name: expect.any(String),
      firewall: expect.stringContaining('9092'),
    });
    expect(text(ask('kafka'))).toMatch(/ask "kafka ports"/);
    // Software with one port has nothing more to point to.
    expect(only(ask('postgres'), 'service').product).toBeUndefined();
  });

  it('the whole set is answered even when the name is a curated service too', () => {
    expect(only(ask('docker swarm'), 'service').name).toBe('Docker Swarm');
    expect(only(ask('docker swarm ports'), 'product').id).toBe('docker-swarm');
  });

  it('shows the security notes of the software itself, not of neighbours on its ports', () => {
    const part = only(ask('kubernetes ports'), 'product');
    expect(part.security.map((entry) => entry.name)).toContain('Kubernetes API server');
    expect(part.security.every((entry) => /kube|etcd/i.test(entry.name))).toBe(true);
  });

  it('the button token of a product question asks for the whole set again', () => {
    const parsed = parseQuestion('kubernetes ports');
    if (!parsed.ok) throw new Error('parsed');
    const token = encodeQueryToken(parsed.value);
    expect(token).toBe('wkubernetes');
    expect(decodeQueryToken(token ?? '')).toMatchObject({ ok: true, value: { items: parsed.value.items } });
  });
});

const STOP_COMMANDS: Record<Os, RegExp[]> = {
  linux: [
    /lsof -nP -iTCP:(\d+) -sTCP:LISTEN/,
    /sudo kill \$\(sudo lsof -t -iTCP:\d+ -sTCP:LISTEN\)/,
    /fuser -k \d+\/tcp/,
  ],
  macos: [/lsof -nP -iTCP:\d+ -sTCP:LISTEN/, /^kill \$\(lsof -t -iTCP:\d+ -sTCP:LISTEN\)$/],
  windows: [
    /Get-NetTCPConnection -LocalPort \d+ -State Listen/,
    /Stop-Process -Id/,
    /^taskkill \/PID <PID> \/F$/,
  ],
};

describe('the next thing to do, per OS', () => {
  it.each([
    ['kill process on port 3000 mac', 'macos', 3000],
    ['how do I free up 8080 on windows', 'windows', 8080],
    ['kill whatever is on 5000 linux', 'linux', 5000],
    ['stop the process using port 4200 on ubuntu', 'linux', 4200],
    ['taskkill port 9000', 'windows', 9000],
    ['terminate what holds 8000 on macos', 'macos', 8000],
  ] as const)('%s → stop steps for %s', (question, os, port) => {
    const answer = ask(question);
    const part = only(answer, 'intent');
    expect(part.intent).toBe('stop');
    expect(part.port).toBe(port);
    expect(answer.warnings).toEqual([]);
    const commands = part.commands.map((command) => command.command);
    expect(part.commands.every((command) => command.os === os)).toBe(true);
    for (const pattern of STOP_COMMANDS[os])
      expect(commands.some((command) => pattern.test(command))).toBe(true);
    for (const command of commands) if (/\d{2,}/.test(command)) expect(command).toContain(String(port));
    expect(text(answer)).toMatch(/make sure it is yours/);
  });

  it('without an OS the stop steps cover all three', () => {
    const part = only(ask('kill port 3000'), 'intent');
    expect(new Set(part.commands.map((command) => command.os))).toEqual(
      new Set(['linux', 'macos', 'windows']),
    );
  });

  it.each([
    [
      'open 5432 in the firewall',
      'linux',
      5432,
      [
        'sudo ufw allow 5432/tcp',
        'firewall-cmd --permanent --add-port=5432/tcp',
        'nft add rule inet filter input tcp dport 5432 accept',
        'iptables -I INPUT -p tcp --dport 5432 -j ACCEPT',
      ],
    ],
    ['allow 22 through ufw', 'linux', 22, ['sudo ufw allow 22/tcp']],
    [
      'open port 3389 in windows firewall',
      'windows',
      3389,
      [
        'New-NetFirewallRule -DisplayName "Allow TCP 3389"',
        'netsh advfirewall firewall add rule name="Allow TCP 3389" dir=in action=allow protocol=TCP localport=3389',
      ],
    ],
    [
      'open 8080 on my mac firewall',
      'macos',
      8080,
      ['socketfilterfw --add', 'pass in proto tcp from any to any port 8080'],
    ],
    ['open 53 in the firewall', 'linux', 53, ['sudo ufw allow 53/udp', 'sudo ufw allow 53/tcp']],
    ['firewalld open 9090', 'linux', 9090, ['--add-port=9090/tcp']],
  ] as const)('%s → rules for %s', (question, os, port, expected) => {
    const part = only(ask(question, os), 'intent');
    expect(part.intent).toBe('firewall-open');
    expect(part.port).toBe(port);
    const commands = part.commands.map((command) => command.command).join('\n');
    for (const piece of expected) expect(commands).toContain(piece);
  });

  it('opening a dangerous port shows its security note before the commands', () => {
    const presentation = presentAnswer(ask('open 6379 in the firewall'));
    const ids = presentation.sections.map((section) => section.id);
    expect(ids.indexOf('intent.security')).toBeGreaterThan(-1);
    expect(ids.indexOf('intent.security')).toBeLessThan(ids.indexOf('intent.steps'));
    expect(renderPresentationText(presentation)).toMatch(/Redis/);
  });

  it.each([
    [
      'close port 23',
      null,
      ['sudo ufw deny 23/tcp', 'iptables -I INPUT -p tcp --dport 23 -j DROP', 'action=block'],
    ],
    ['block 445 on windows', 'windows', ['-Action Block', 'action=block']],
    ['close 5900 in the firewall on mac', 'macos', ['block drop in proto tcp from any to any port 5900']],
    ['deny 11211 with ufw', 'linux', ['sudo ufw deny 11211']],
  ] as const)('%s → blocking rules for %s', (question, os, expected) => {
    const answer = ask(question);
    const part = only(answer, 'intent');
    expect(part.intent).toBe('firewall-close');
    expect(answer.os).toBe(os);
    const commands = part.commands.map((command) => command.command).join('\n');
    for (const piece of expected) expect(commands).toContain(piece);
    expect(text(answer)).toMatch(/does not stop the program/);
  });

  it.each([
    [
      'is 443 reachable from my laptop',
      null,
      443,
      [
        'nc -vz -w 3 HOST 443',
        'Test-NetConnection -ComputerName HOST -Port 443',
        'openssl s_client -connect HOST:443',
      ],
    ],
    [
      'can i connect to 5432 from another machine',
      null,
      5432,
      ['nc -vz -w 3 HOST 5432', 'curl -v --max-time 5 telnet://HOST:5432'],
    ],
    [
      'test port 22 from outside on windows',
      'windows',
      22,
      ['Test-NetConnection -ComputerName HOST -Port 22'],
    ],
    ['is 25 reachable linux', 'linux', 25, ['nc -vz -w 3 HOST 25', "sudo ss -ltnp 'sport = :25'"]],
    ['is 51820 reachable', null, 51820, ['nc -vzu -w 3 HOST 51820']],
    ['is port 8443 open from the internet on mac', 'macos', 8443, ['openssl s_client -connect HOST:8443']],
  ] as const)('%s → reachability commands', (question, os, port, expected) => {
    const answer = ask(question);
    const part = only(answer, 'intent');
    expect(part.intent).toBe('reach');
    expect(part.port).toBe(port);
    expect(answer.os).toBe(os);
    const commands = part.commands.map((command) => command.command).join('\n');
    for (const piece of expected) expect(commands).toContain(piece);
    // portbot says plainly that it never connects anywhere.
    expect(text(answer)).toMatch(/portbot never connects anywhere/);
  });

  it.each([
    ['address already in use 8080', null, 8080],
    ['EADDRINUSE 3000', null, 3000],
    ['error: listen EADDRINUSE: address already in use :::3000', null, 3000],
    ['port 5000 already in use on mac', 'macos', 5000],
    ['8080 is already in use windows', 'windows', 8080],
  ] as const)('%s → find what holds the port', (question, os, port) => {
    const answer = ask(question);
    const part = only(answer, 'intent');
    expect(part.intent).toBe('in-use');
    expect(part.port).toBe(port);
    expect(answer.warnings).toEqual([]);
    expect(part.commands.every((command) => command.step === 'find')).toBe(true);
    if (os === null || os === 'windows')
      expect(part.commands.map((command) => command.command)).toContain(
        'netsh int ipv4 show excludedportrange protocol=tcp',
      );
    expect(text(answer)).toMatch(/TIME_WAIT/);
  });

  it.each([
    ['permission denied port 80', 80, 'sudo setcap'],
    ['bind 443 without root', 443, 'ip_unprivileged_port_start=443'],
    ['EACCES listen 80', 80, 'AmbientCapabilities=CAP_NET_BIND_SERVICE'],
    ['permission denied on port 8080', 8080, 'semanage port -l'],
  ] as const)('%s → privileged-port fixes', (question, port, expected) => {
    const answer = ask(question);
    const part = only(answer, 'intent');
    expect(part.intent).toBe('permission');
    expect(part.port).toBe(port);
    expect(part.commands.map((command) => command.command).join('\n')).toContain(expected);
    expect(text(answer)).toMatch(port < 1024 ? /CAP_NET_BIND_SERVICE/ : /not a privileged port/);
  });

  it.each([
    ['address already in use', 'in-use', /Tell me the port/],
    ['how do i kill a process on a port', 'stop', /Tell me the port/],
    ['permission denied binding a port', 'permission', /below 1024 need root/],
    ['firewall', 'firewall-open', /Tell me the port/],
    ['is it reachable from another machine', 'reach', /never connects anywhere/],
  ] as const)('%s without a port explains and asks for one', (question, intent, words) => {
    const answer = ask(question);
    const part = only(answer, 'intent');
    expect(part.intent).toBe(intent);
    expect(part.port).toBeUndefined();
    expect(part.commands).toEqual([]);
    expect(text(answer)).toMatch(words);
  });

  it('port 0: reserved, and binding 0 asks the OS for any free port', () => {
    const answer = ask('port 0');
    const shown = text(answer);
    expect(shown).toMatch(/reserved/);
    expect(shown).toMatch(/binds to port 0 asks the OS for any free port/);
    expect(only(answer, 'port').checks).toEqual([]);
  });

  it('an OS button on an intent re-asks the same intent', () => {
    const parsed = parseQuestion('kill port 3000');
    if (!parsed.ok) throw new Error('parsed');
    const token = encodeQueryToken(parsed.value);
    expect(token).toBe('ks3000');
    expect(decodeQueryToken(token ?? '')).toMatchObject({ ok: true, value: { items: parsed.value.items } });
    const presentation = presentAnswer(ask('kill port 3000'), { token, os: 'windows' });
    expect(presentation.actions.filter((action) => action.kind === 'os')).toHaveLength(3);
    expect(renderPresentationText(presentation)).not.toMatch(/lsof/);
  });
});

describe('is N a good port for my service?', () => {
  it.each([
    ['is 5000 a good port for my app?', 5000, 'think-twice', ['collision', 'assigned']],
    ['is 7000 ok for my service', 7000, 'think-twice', ['collision']],
    ['is 3000 a good port for my app', 3000, 'avoid', ['collision']],
    ['should i use 8080 for my api', 8080, 'avoid', ['collision']],
    ['is 6379 a good choice', 6379, 'avoid', ['collision', 'security']],
    ['is 80 a good port for my app', 80, 'avoid', ['system']],
    ['is 0 a good port', 0, 'avoid', ['port-zero']],
    ['is 51820 a good port for my service', 51820, 'avoid', ['dynamic', 'ephemeral']],
    ['is 40000 ok to use', 40000, 'avoid', ['ephemeral']],
    ['is 60000 a good port for my app', 60000, 'avoid', ['ephemeral']],
    ['is 31000 a good port for my app', 31000, 'think-twice', ['notable']],
    ['is 6010 a good port for my app', 6010, 'think-twice', ['assigned']],
    ['would you recommend 5432', 5432, 'avoid', ['collision']],
    ['5000 포트 괜찮아?', 5000, 'think-twice', ['collision']],
  ] as const)('%s → %s', (question, port, verdict, codes) => {
    const answer = ask(question);
    const part = only(answer, 'advice');
    expect(part.port).toBe(port);
    expect(part.verdict).toBe(verdict);
    const found = part.reasons.map((reason) => reason.code);
    for (const code of codes) expect(found).toContain(code);
    for (const alternative of part.alternatives)
      expect(portMapOf(testKnowledge()).isFree(alternative)).toBe(true);
  });

  it('5000 names macOS AirPlay among what collides, and the Windows excluded ranges command', () => {
    const shown = text(ask('is 5000 a good port for my app'));
    expect(shown).toMatch(/AirPlay/);
    expect(shown).toContain('netsh int ipv4 show excludedportrange protocol=tcp');
  });

  it('a free port in the middle of nowhere is a good choice', () => {
    const [free] = only(ask('suggest a port'), 'suggestion').candidates;
    if (free === undefined) throw new Error('no candidate');
    const part = only(ask(`is ${free} a good port for my app`), 'advice');
    expect(part.verdict).toBe('good');
    expect(part.reasons.map((reason) => reason.code)).toEqual(
      expect.arrayContaining(['unassigned', 'no-uses']),
    );
  });
});

describe('suggested ports', () => {
  const MAIN_EPHEMERAL = [
    [32768, 60999],
    [49152, 65535],
  ];
  function passesRule(port: number): boolean {
    return (
      port >= 1024 &&
      MAIN_EPHEMERAL.every(([from, to]) => port < (from as number) || port > (to as number)) &&
      portMapOf(testKnowledge()).isFree(port)
    );
  }

  it.each([
    ['suggest a port for my service', 1024, 32767],
    ['what port should i use for my app', 1024, 32767],
    ['recommend a port', 1024, 32767],
    ['pick a port for my api', 1024, 32767],
    ['free ports between 8000 and 8100', 8000, 8100],
    ['free ports 9000-9100', 9000, 9100],
    ['unused ports 20000-20100', 20000, 20100],
    ['available ports between 4000 and 4500', 4000, 4500],
    ['포트 추천해줘', 1024, 32767],
  ])('%s → candidates in %i–%i that pass the rule', (question, from, to) => {
    const answer = ask(question);
    const part = only(answer, 'suggestion');
    expect([part.from, part.to]).toEqual([from, to]);
    expect(part.candidates.length).toBeGreaterThan(0);
    expect(part.candidates).toEqual([...part.candidates].sort((a, b) => a - b));
    for (const port of part.candidates) {
      expect(port).toBeGreaterThanOrEqual(from);
      expect(port).toBeLessThanOrEqual(to);
      expect(passesRule(port)).toBe(true);
    }
    const shown = text(answer);
    expect(shown).toMatch(/outside the default temporary client ranges/);
    expect(shown).toMatch(/OpenBSD's and FreeBSD's/);
  });

  it('is deterministic', () => {
    expect(only(ask('suggest a port'), 'suggestion').candidates).toEqual(
      only(ask('suggest a port'), 'suggestion').candidates,
    );
  });

  it.each([
    ['free ports between 6000 and 6063', /64 assigned or reserved by IANA/],
    ['free ports 50000-50100', /temporary client ports on Linux, Windows or macOS/],
    ['free ports 1-1000', /system ports/],
  ])('%s → none, with why and a wider range', (question, why) => {
    const answer = ask(question);
    const part = only(answer, 'suggestion');
    expect(part.candidates).toEqual([]);
    expect(part.wider).toBeDefined();
    const shown = text(answer);
    expect(shown).toMatch(/Nothing in/);
    expect(shown).toMatch(why);
    expect(shown).toMatch(/Try a wider range/);
  });
});

describe('ranges of any size', () => {
  it.each([
    ['1-1023', ['system'], ['linux-privileged'], 'HTTP'],
    ['30000-32767', ['user'], ['kubernetes-nodeport'], 'Plex'],
    ['49152-65535', ['dynamic'], ['windows-rpc-dynamic'], 'WireGuard'],
    [
      '1-65535',
      ['system', 'user', 'dynamic'],
      ['linux-privileged', 'x11', 'kubernetes-nodeport', 'windows-rpc-dynamic'],
      'HTTPS',
    ],
    ['0-65535', ['system', 'user', 'dynamic'], ['x11'], 'SSH'],
    ['6000-6200', ['user'], ['x11'], 'X11'],
    ['1024-49151', ['user'], ['x11', 'kubernetes-nodeport'], 'RDP'],
    ['8000-9000', ['user'], [], 'HTTP alternate'],
  ])('%s → a summary', (question, classes, notable, use) => {
    const answer = ask(question);
    const part = only(answer, 'range-summary');
    expect(part.ianaRanges.map((range) => range.kind)).toEqual(classes);
    for (const id of notable) expect(part.notableRanges.map((range) => range.id)).toContain(id);
    // IANA never assigns in 49152–65535.
    if (classes.join() === 'dynamic') expect(part.assigned.any).toBe(0);
    else expect(part.assigned.any).toBeGreaterThan(0);
    expect(part.assigned.any).toBeLessThanOrEqual(part.count);
    expect(part.topUses.flatMap((entry) => entry.names).join(', ')).toContain(use);
    expect(text(answer)).toMatch(/assigned by IANA/);
  });

  it('a summary says which ephemeral ranges it overlaps', () => {
    const part = only(ask('40000-50000'), 'range-summary');
    expect(part.ephemeral.map((range) => range.os)).toEqual(
      expect.arrayContaining(['linux', 'windows', 'macos']),
    );
    expect(part.ephemeral.find((range) => range.os === 'linux')?.overlap).toEqual({ from: 40000, to: 50000 });
  });

  it('up to 128 ports stay a table', () => {
    expect(only(ask('8000-8127'), 'range').rows).toHaveLength(128);
    expect(only(ask('8000-8128'), 'range-summary').count).toBe(129);
  });
});

describe('plain questions stay plain', () => {
  it.each([
    ['what is port 22', 'port'],
    ['22', 'port'],
    ["what's on 5432?", 'port'],
    ['what runs on 8080', 'port'],
    ['is 23 dangerous', 'port'],
    ['who is using 5432', 'port'],
    ['how do I see what is using 8080 on windows', 'port'],
    ['postgres', 'service'],
    ['what port does redis use', 'service'],
    ['remote desktop', 'service'],
    ['telnet', 'service'],
    ['ephemeral ports', 'topic'],
    ['8000-8010', 'range'],
    ['port 443 udp', 'port'],
    ['help', 'help'],
    ['open source', 'service'],
  ])('%s → a %s answer', (question, type) => {
    const outcome = answerQuestion(question, testKnowledge());
    if (!outcome.ok) {
      // "open source" is no service either: a refusal, never a firewall rule.
      expect(question).toBe('open source');
      return;
    }
    expect(outcome.answer.parts[0]?.type).toBe(type);
  });
});

describe('Korean intents', () => {
  it.each([
    ['8080 포트 죽이기', 'intent', 'stop'],
    ['맥에서 3000 포트 종료', 'intent', 'stop'],
    ['방화벽 5432 열기', 'intent', 'firewall-open'],
    ['윈도우 방화벽에서 3389 닫기', 'intent', 'firewall-close'],
    ['22번 포트 열려 있어?', 'intent', 'reach'],
    ['443 외부에서 접속 확인', 'intent', 'reach'],
    ['8080 포트 충돌', 'intent', 'in-use'],
    ['80 포트 권한 거부', 'intent', 'permission'],
    ['포트 추천', 'suggestion', null],
    ['안 쓰는 포트 추천', 'suggestion', null],
    ['8000-8100 사이 빈 포트', 'suggestion', null],
    ['쿠버네티스가 쓰는 포트들', 'product', null],
    ['액티브 디렉터리 열어야 하는 포트 목록', 'product', null],
    ['5000 포트 괜찮아?', 'advice', null],
  ] as const)('%s → %s %s, presented in Korean', (question, type, intent) => {
    const answer = ask(question);
    const part = answer.parts[0];
    expect(part?.type).toBe(type);
    if (intent && part?.type === 'intent') expect(part.intent).toBe(intent);
    const shown = text(answer, { lang: 'ko' });
    expect(shown).toMatch(/[가-힣]/);
    expect(shown).not.toMatch(RAW_KEY);
  });
});

describe('every new answer in both languages', () => {
  it.each([
    'kubernetes ports',
    'kill port 3000',
    'open 6379 in the firewall',
    'close 23 in the firewall',
    'is 443 reachable from another machine',
    'address already in use 8080',
    'permission denied 80',
    'permission denied 8080',
    'is 5000 a good port for my app',
    'suggest a port',
    'free ports 6000-6063',
    '1-65535',
    'kafka',
  ])('%s has every word in English and in Korean', (question) => {
    const answer = ask(question);
    for (const lang of ['en', 'ko'] as const)
      for (const detail of ['default', 'full'] as const) {
        const presentation: Presentation = presentAnswer(answer, { lang, detail });
        const shown = renderPresentationText(presentation);
        expect(shown, `${lang} ${detail}`).not.toMatch(RAW_KEY);
        expect(plainText(presentation.data)).not.toBe('');
      }
  });
});

describe('tips belong to their use', () => {
  const knowledge = testKnowledge();
  const ports = [
    ...new Set(knowledge.knownUses.filter((use) => use.to === undefined).map((use) => use.port)),
  ];

  it('no two tips on one port say the same thing', () => {
    const repeats: string[] = [];
    for (const port of ports) {
      const tips = only(ask(String(port)), 'port').tips;
      for (let i = 0; i < tips.length; i++)
        for (let j = i + 1; j < tips.length; j++)
          if (tipOverlap(tips[i] as string, tips[j] as string) >= SAME_TIP_OVERLAP)
            repeats.push(`${port}: "${tips[i]}" / "${tips[j]}"`);
    }
    expect(repeats).toEqual([]);
  });

  it('3000 says "crowded" once, and each tip names the software it is about', () => {
    const answer = ask('3000');
    const tips = only(answer, 'port').tips;
    expect(
      tips.filter((tip) =>
        /crowded|clash|collides|also default to 3000|also wants 3000|Shares 3000/i.test(tip),
      ),
    ).toHaveLength(1);
    const presentation = presentAnswer(answer, { detail: 'full' });
    const section = presentation.sections.find((candidate) => candidate.id === 'port.tips');
    const lines = section?.blocks.flatMap((block) => (block.kind === 'lines' ? block.lines : [])) ?? [];
    const owned = lines.filter((value) => value.spans[0]?.kind === 'strong');
    expect(owned.length).toBe(tips.length);
    expect(plainText(owned[0]?.spans ?? [])).toMatch(/^Node\.js dev servers: /);
  });

  it('by default at most five uses and three tips are shown in full, the rest folded', () => {
    for (const port of ports) {
      const presentation = presentAnswer(ask(String(port)));
      const uses = presentation.sections.find((section) => section.id === 'port.uses');
      const fields = uses?.blocks.flatMap((block) => (block.kind === 'fields' ? block.fields : [])) ?? [];
      expect(fields.length, String(port)).toBeLessThanOrEqual(DEFAULT_FULL_USES);
      const tips = presentation.sections.find((section) => section.id === 'port.tips');
      const lines = tips?.blocks.flatMap((block) => (block.kind === 'lines' ? block.lines : [])) ?? [];
      const full = lines.filter((value) => value.spans.some((span) => span.kind !== 'muted'));
      expect(full.length, String(port)).toBeLessThanOrEqual(DEFAULT_FULL_TIPS);
    }
  });
});
