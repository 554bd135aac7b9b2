/**
 * Commands for the next thing the asker wants to do with a port: stop what holds it, open or close
 * it in a firewall, test it from another machine, fix "address already in use" or "permission
 * denied". Like the check commands they are built from a validated `Port` and fixed text only;
 * the only other text in them is a placeholder the reader replaces (`HOST`, `/path/to/program`).
 *
 * Each command has a stable `id`; the presentation words what it does from its message catalog
 * (`step.<id>`), so the answer stays language-free.
 */
import type { Port } from '../port/port-number.js';
import type { CheckableTransport } from '../port/transport.js';
import type { Elevation, Shell } from './commands.js';
import { CHECK_OSES, type CheckOs } from './os.js';

/** What a command is for, in the order the steps are read. */
export type StepKind = 'find' | 'stop' | 'open' | 'close' | 'test' | 'fix' | 'config';

export interface IntentCommand {
  /** Stable: the catalog words it as `step.<id>`. */
  id: StepId;
  os: CheckOs;
  shell: Shell | 'config';
  transport?: CheckableTransport;
  step: StepKind;
  command: string;
  elevation: Elevation;
}

type Template = Omit<IntentCommand, 'command' | 'os' | 'transport'> & {
  transport?: CheckableTransport;
  build: (port: string, transport: CheckableTransport) => string;
};

const upper = (transport: CheckableTransport) => transport.toUpperCase();

/** Every command id, so the catalog test can hold that each has its words in every language. */
export const STEP_IDS = [
  'stop-find-linux',
  'stop-kill-linux',
  'stop-fuser-linux',
  'stop-docker',
  'stop-find-macos',
  'stop-kill-macos',
  'stop-find-powershell',
  'stop-kill-powershell',
  'stop-find-cmd',
  'stop-kill-cmd',
  'open-ufw',
  'open-ufw-from',
  'open-firewalld',
  'open-nft',
  'open-iptables',
  'open-powershell',
  'open-netsh',
  'open-macos-app',
  'open-pf',
  'close-ufw',
  'close-ufw-delete',
  'close-firewalld',
  'close-nft',
  'close-iptables',
  'close-powershell',
  'close-netsh',
  'close-pf',
  'reach-nc',
  'reach-nc-udp',
  'reach-curl',
  'reach-openssl',
  'reach-powershell',
  'reach-curl-windows',
  'reach-listening-linux',
  'inuse-excluded',
  'perm-setcap',
  'perm-sysctl',
  'perm-systemd',
  'perm-selinux',
  'perm-excluded',
] as const;
export type StepId = (typeof STEP_IDS)[number];

const STOP: Record<CheckOs, Template[]> = {
  linux: [
    {
      id: 'stop-find-linux',
      step: 'find',
      shell: 'sh',
      elevation: 'sudo',
      build: (p, t) => (t === 'tcp' ? `sudo lsof -nP -iTCP:${p} -sTCP:LISTEN` : `sudo lsof -nP -iUDP:${p}`),
    },
    {
      id: 'stop-kill-linux',
      step: 'stop',
      shell: 'sh',
      elevation: 'sudo',
      build: (p, t) =>
        t === 'tcp'
          ? `sudo kill $(sudo lsof -t -iTCP:${p} -sTCP:LISTEN)`
          : `sudo kill $(sudo lsof -t -iUDP:${p})`,
    },
    {
      id: 'stop-fuser-linux',
      step: 'stop',
      shell: 'sh',
      elevation: 'sudo',
      build: (p, t) => `sudo fuser -k ${p}/${t}`,
    },
    {
      id: 'stop-docker',
      step: 'find',
      shell: 'sh',
      elevation: 'none',
      transport: 'tcp',
      build: (p) => `docker ps --filter publish=${p}`,
    },
  ],
  macos: [
    {
      id: 'stop-find-macos',
      step: 'find',
      shell: 'sh',
      elevation: 'sudo',
      build: (p, t) => (t === 'tcp' ? `sudo lsof -nP -iTCP:${p} -sTCP:LISTEN` : `sudo lsof -nP -iUDP:${p}`),
    },
    {
      id: 'stop-kill-macos',
      step: 'stop',
      shell: 'sh',
      elevation: 'none',
      build: (p, t) =>
        t === 'tcp' ? `kill $(lsof -t -iTCP:${p} -sTCP:LISTEN)` : `kill $(lsof -t -iUDP:${p})`,
    },
    {
      id: 'stop-docker',
      step: 'find',
      shell: 'sh',
      elevation: 'none',
      transport: 'tcp',
      build: (p) => `docker ps --filter publish=${p}`,
    },
  ],
  windows: [
    {
      id: 'stop-find-powershell',
      step: 'find',
      shell: 'powershell',
      elevation: 'none',
      build: (p, t) =>
        t === 'tcp'
          ? `Get-Process -Id (Get-NetTCPConnection -LocalPort ${p} -State Listen).OwningProcess`
          : `Get-Process -Id (Get-NetUDPEndpoint -LocalPort ${p}).OwningProcess`,
    },
    {
      id: 'stop-kill-powershell',
      step: 'stop',
      shell: 'powershell',
      elevation: 'admin',
      build: (p, t) =>
        t === 'tcp'
          ? `Stop-Process -Id (Get-NetTCPConnection -LocalPort ${p} -State Listen).OwningProcess -Force`
          : `Stop-Process -Id (Get-NetUDPEndpoint -LocalPort ${p}).OwningProcess -Force`,
    },
    {
      id: 'stop-find-cmd',
      step: 'find',
      shell: 'cmd',
      elevation: 'none',
      build: (p, t) =>
        t === 'tcp'
          ? `netstat -ano -p TCP | findstr /R /C:":${p} .*LISTENING"`
          : `netstat -ano -p UDP | findstr /C:":${p} "`,
    },
    {
      id: 'stop-kill-cmd',
      step: 'stop',
      shell: 'cmd',
      elevation: 'admin',
      build: () => 'taskkill /PID <PID> /F',
    },
  ],
};

const OPEN: Record<CheckOs, Template[]> = {
  linux: [
    {
      id: 'open-ufw',
      step: 'open',
      shell: 'sh',
      elevation: 'sudo',
      build: (p, t) => `sudo ufw allow ${p}/${t}`,
    },
    {
      id: 'open-ufw-from',
      step: 'open',
      shell: 'sh',
      elevation: 'sudo',
      build: (p, t) => `sudo ufw allow from 10.0.0.0/8 to any port ${p} proto ${t}`,
    },
    {
      id: 'open-firewalld',
      step: 'open',
      shell: 'sh',
      elevation: 'sudo',
      build: (p, t) => `sudo firewall-cmd --permanent --add-port=${p}/${t} && sudo firewall-cmd --reload`,
    },
    {
      id: 'open-nft',
      step: 'open',
      shell: 'sh',
      elevation: 'sudo',
      build: (p, t) => `sudo nft add rule inet filter input ${t} dport ${p} accept`,
    },
    {
      id: 'open-iptables',
      step: 'open',
      shell: 'sh',
      elevation: 'sudo',
      build: (p, t) => `sudo iptables -I INPUT -p ${t} --dport ${p} -j ACCEPT`,
    },
  ],
  macos: [
    {
      id: 'open-macos-app',
      step: 'open',
      shell: 'sh',
      elevation: 'sudo',
      build: () => 'sudo /usr/libexec/ApplicationFirewall/socketfilterfw --add /path/to/program',
    },
    {
      id: 'open-pf',
      step: 'config',
      shell: 'config',
      elevation: 'sudo',
      build: (p, t) => `pass in proto ${t} from any to any port ${p}`,
    },
  ],
  windows: [
    {
      id: 'open-powershell',
      step: 'open',
      shell: 'powershell',
      elevation: 'admin',
      build: (p, t) =>
        `New-NetFirewallRule -DisplayName "Allow ${upper(t)} ${p}" -Direction Inbound -Protocol ${upper(t)} -LocalPort ${p} -Action Allow`,
    },
    {
      id: 'open-netsh',
      step: 'open',
      shell: 'cmd',
      elevation: 'admin',
      build: (p, t) =>
        `netsh advfirewall firewall add rule name="Allow ${upper(t)} ${p}" dir=in action=allow protocol=${upper(t)} localport=${p}`,
    },
  ],
};

const CLOSE: Record<CheckOs, Template[]> = {
  linux: [
    {
      id: 'close-ufw',
      step: 'close',
      shell: 'sh',
      elevation: 'sudo',
      build: (p, t) => `sudo ufw deny ${p}/${t}`,
    },
    {
      id: 'close-ufw-delete',
      step: 'close',
      shell: 'sh',
      elevation: 'sudo',
      build: (p, t) => `sudo ufw delete allow ${p}/${t}`,
    },
    {
      id: 'close-firewalld',
      step: 'close',
      shell: 'sh',
      elevation: 'sudo',
      build: (p, t) => `sudo firewall-cmd --permanent --remove-port=${p}/${t} && sudo firewall-cmd --reload`,
    },
    {
      id: 'close-nft',
      step: 'close',
      shell: 'sh',
      elevation: 'sudo',
      build: (p, t) => `sudo nft add rule inet filter input ${t} dport ${p} drop`,
    },
    {
      id: 'close-iptables',
      step: 'close',
      shell: 'sh',
      elevation: 'sudo',
      build: (p, t) => `sudo iptables -I INPUT -p ${t} --dport ${p} -j DROP`,
    },
  ],
  macos: [
    {
      id: 'close-pf',
      step: 'config',
      shell: 'config',
      elevation: 'sudo',
      build: (p, t) => `block drop in proto ${t} from any to any port ${p}`,
    },
  ],
  windows: [
    {
      id: 'close-powershell',
      step: 'close',
      shell: 'powershell',
      elevation: 'admin',
      build: (p, t) =>
        `New-NetFirewallRule -DisplayName "Block ${upper(t)} ${p}" -Direction Inbound -Protocol ${upper(t)} -LocalPort ${p} -Action Block`,
    },
    {
      id: 'close-netsh',
      step: 'close',
      shell: 'cmd',
      elevation: 'admin',
      build: (p, t) =>
        `netsh advfirewall firewall add rule name="Block ${upper(t)} ${p}" dir=in action=block protocol=${upper(t)} localport=${p}`,
    },
  ],
};

/** Ports that speak TLS from the first byte: `openssl s_client` shows the certificate there. */
export const TLS_PORTS: ReadonlySet<number> = new Set([
  443, 465, 563, 636, 853, 989, 990, 992, 993, 994, 995, 2376, 2484, 3269, 5061, 5986, 6443, 6514, 8443, 8883,
  9443, 10250,
]);

function reachTemplates(tls: boolean): Record<CheckOs, Template[]> {
  const unix = (): Template[] => [
    {
      id: 'reach-nc',
      step: 'test',
      shell: 'sh',
      elevation: 'none',
      transport: 'tcp',
      build: (p) => `nc -vz -w 3 HOST ${p}`,
    },
    {
      id: 'reach-nc-udp',
      step: 'test',
      shell: 'sh',
      elevation: 'none',
      transport: 'udp',
      build: (p) => `nc -vzu -w 3 HOST ${p}`,
    },
    {
      id: 'reach-curl',
      step: 'test',
      shell: 'sh',
      elevation: 'none',
      transport: 'tcp',
      build: (p) => `curl -v --max-time 5 telnet://HOST:${p}`,
    },
    ...(tls
      ? [
          {
            id: 'reach-openssl',
            step: 'test',
            shell: 'sh',
            elevation: 'none',
            transport: 'tcp',
            build: (p: string) => `openssl s_client -connect HOST:${p} -brief </dev/null`,
          } satisfies Template,
        ]
      : []),
  ];
  return {
    linux: [
      ...unix(),
      {
        id: 'reach-listening-linux',
        step: 'find',
        shell: 'sh',
        elevation: 'sudo',
        build: (p, t) => (t === 'tcp' ? `sudo ss -ltnp 'sport = :${p}'` : `sudo ss -uanp 'sport = :${p}'`),
      },
    ],
    macos: unix(),
    windows: [
      {
        id: 'reach-powershell',
        step: 'test',
        shell: 'powershell',
        elevation: 'none',
        transport: 'tcp',
        build: (p) => `Test-NetConnection -ComputerName HOST -Port ${p}`,
      },
      {
        id: 'reach-curl-windows',
        step: 'test',
        shell: 'cmd',
        elevation: 'none',
        transport: 'tcp',
        build: (p) => `curl -v --max-time 5 telnet://HOST:${p}`,
      },
    ],
  };
}

const WINDOWS_EXCLUDED: Template = {
  id: 'inuse-excluded',
  step: 'find',
  shell: 'cmd',
  elevation: 'none',
  build: (_p, t) => `netsh int ipv4 show excludedportrange protocol=${t}`,
};

function permissionTemplates(port: number): Record<CheckOs, Template[]> {
  const privileged = port < 1024;
  return {
    linux: privileged
      ? [
          {
            id: 'perm-setcap',
            step: 'fix',
            shell: 'sh',
            elevation: 'sudo',
            build: () => "sudo setcap 'cap_net_bind_service=+ep' /path/to/program",
          },
          {
            id: 'perm-systemd',
            step: 'config',
            shell: 'config',
            elevation: 'none',
            build: () => 'AmbientCapabilities=CAP_NET_BIND_SERVICE',
          },
          {
            id: 'perm-sysctl',
            step: 'fix',
            shell: 'sh',
            elevation: 'sudo',
            build: (p) => `sudo sysctl -w net.ipv4.ip_unprivileged_port_start=${p}`,
          },
        ]
      : [
          {
            id: 'perm-selinux',
            step: 'find',
            shell: 'sh',
            elevation: 'sudo',
            build: (p) => `sudo semanage port -l | grep -w ${p}`,
          },
        ],
    macos: [],
    windows: [{ ...WINDOWS_EXCLUDED, id: 'perm-excluded' }],
  };
}

function expand(
  templates: Record<CheckOs, Template[]>,
  digits: string,
  oses: readonly CheckOs[],
  transports: readonly CheckableTransport[],
): IntentCommand[] {
  return oses.flatMap((os) =>
    templates[os].flatMap(({ build, transport: only, ...rest }) =>
      transports
        .filter((transport) => only === undefined || transport === only)
        .map((transport) => ({ ...rest, os, transport, command: build(digits, transport) })),
    ),
  );
}

export type CommandIntent = 'stop' | 'firewall-open' | 'firewall-close' | 'reach' | 'in-use' | 'permission';

/**
 * @example buildIntentCommands('stop', 3000, { os: 'windows', transports: ['tcp'] })[1].command
 * // "Stop-Process -Id (Get-NetTCPConnection -LocalPort 3000 -State Listen).OwningProcess -Force"
 */
export function buildIntentCommands(
  intent: CommandIntent,
  port: Port,
  options: { os?: CheckOs | null | undefined; transports?: readonly CheckableTransport[] } = {},
): IntentCommand[] {
  // Re-check at the boundary: the only thing ever interpolated is the decimal form of an integer.
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError('invalid port');
  const digits = String(port);
  const oses = options.os ? [options.os] : CHECK_OSES;
  const transports =
    options.transports && options.transports.length > 0 ? options.transports : ['tcp' as const];
  switch (intent) {
    case 'stop':
      return expand(STOP, digits, oses, transports);
    case 'firewall-open':
      return expand(OPEN, digits, oses, transports);
    case 'firewall-close':
      return expand(CLOSE, digits, oses, transports);
    case 'reach':
      return expand(reachTemplates(TLS_PORTS.has(port)), digits, oses, transports);
    case 'in-use':
      return [
        ...expand(STOP, digits, oses, transports).filter((command) => command.step === 'find'),
        ...expand({ linux: [], macos: [], windows: [WINDOWS_EXCLUDED] }, digits, oses, transports),
      ];
    case 'permission':
      return expand(permissionTemplates(port), digits, oses, transports);
  }
}
