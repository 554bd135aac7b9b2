/**
 * Copy-pasteable commands that show which process holds a port. They are built from a validated
 * `Port` (an integer 0–65535) and fixed text only: nothing a user typed ever reaches them.
 * The Linux commands are run for real in the tests against live sockets.
 */
import type { Port } from '../port/port-number.js';
import type { CheckableTransport } from '../port/transport.js';
import { CHECK_OSES, type CheckOs } from './os.js';

export type Shell = 'sh' | 'powershell' | 'cmd';

/** What the command needs to see every process: `sudo` on Unix, an elevated prompt on Windows. */
export type Elevation = 'none' | 'sudo' | 'admin';

export interface CheckCommand {
  os: CheckOs;
  shell: Shell;
  transport: CheckableTransport;
  /** The exact command line, ready to paste. */
  command: string;
  elevation: Elevation;
  /** Why you would pick this command, and what the output means. */
  note: string;
}

type Template = Omit<CheckCommand, 'command' | 'os'> & { build: (port: string) => string };

const SUDO_NOTE = 'sudo shows processes of other users and services; without it you only see your own.';

const TEMPLATES: Record<CheckOs, Template[]> = {
  linux: [
    {
      shell: 'sh',
      transport: 'tcp',
      elevation: 'sudo',
      build: (p) => `sudo ss -ltnp 'sport = :${p}'`,
      note: `Listening TCP sockets and their process (iproute2, on every modern distro). ${SUDO_NOTE}`,
    },
    {
      shell: 'sh',
      transport: 'tcp',
      elevation: 'sudo',
      build: (p) => `sudo lsof -nP -iTCP:${p} -sTCP:LISTEN`,
      note: 'The process, its PID and user; -nP keeps addresses and ports numeric.',
    },
    {
      shell: 'sh',
      transport: 'tcp',
      elevation: 'sudo',
      build: (p) => `sudo fuser -v ${p}/tcp`,
      note: 'PIDs using the port (psmisc); -v adds user and command.',
    },
    {
      shell: 'sh',
      transport: 'udp',
      elevation: 'sudo',
      // -a, not -l: -l leaves out connected UDP sockets (state ESTAB), such as a client's
      // "connected" socket or a QUIC server's per-peer sockets.
      build: (p) => `sudo ss -uanp 'sport = :${p}'`,
      note: `Every UDP socket on the port, bound or connected, and its process. ${SUDO_NOTE}`,
    },
    {
      shell: 'sh',
      transport: 'udp',
      elevation: 'sudo',
      build: (p) => `sudo lsof -nP -iUDP:${p}`,
      note: 'UDP has no listening state: every socket bound to the port is shown.',
    },
    {
      shell: 'sh',
      transport: 'udp',
      elevation: 'sudo',
      build: (p) => `sudo fuser -v ${p}/udp`,
      note: 'PIDs using the port (psmisc); -v adds user and command.',
    },
  ],
  macos: [
    {
      shell: 'sh',
      transport: 'tcp',
      elevation: 'sudo',
      build: (p) => `sudo lsof -nP -iTCP:${p} -sTCP:LISTEN`,
      note: `The listening process, its PID and user. ${SUDO_NOTE}`,
    },
    {
      shell: 'sh',
      transport: 'tcp',
      elevation: 'none',
      build: (p) => `netstat -anv -p tcp | grep '\\.${p} '`,
      note: 'No sudo needed; macOS writes the port after a dot (*.8080), and -v adds the PID column.',
    },
    {
      shell: 'sh',
      transport: 'udp',
      elevation: 'sudo',
      build: (p) => `sudo lsof -nP -iUDP:${p}`,
      note: `Every process with a UDP socket on the port. ${SUDO_NOTE}`,
    },
    {
      shell: 'sh',
      transport: 'udp',
      elevation: 'none',
      build: (p) => `netstat -anv -p udp | grep '\\.${p} '`,
      note: 'No sudo needed; -v adds the PID column.',
    },
  ],
  windows: [
    {
      shell: 'powershell',
      transport: 'tcp',
      elevation: 'none',
      build: (p) =>
        `Get-NetTCPConnection -LocalPort ${p} -State Listen | Select-Object LocalAddress, LocalPort, OwningProcess, @{n='Process';e={(Get-Process -Id $_.OwningProcess).ProcessName}}`,
      note: 'PowerShell: the listening address, PID and process name. Errors if nothing listens.',
    },
    {
      shell: 'cmd',
      transport: 'tcp',
      elevation: 'none',
      build: (p) => `netstat -ano -p TCP | findstr /C:":${p} "`,
      note: 'cmd: the last column is the PID; name it with tasklist /FI "PID eq <pid>". Use -p TCPv6 for IPv6.',
    },
    {
      shell: 'cmd',
      transport: 'tcp',
      elevation: 'none',
      // Not `netstat -anob | findstr /C:":N " /C:".exe"`: findstr ORs its /C: strings, so that
      // prints every .exe line. Here the listener's PID (5th column) goes straight to tasklist.
      build: (p) =>
        `for /f "tokens=5" %a in ('netstat -ano -p TCP ^| findstr /R /C:":${p} .*LISTENING"') do @tasklist /FI "PID eq %a"`,
      note: 'cmd: the program that listens on the port, by name and PID. Typed at the prompt; in a .bat file write %%a.',
    },
    {
      shell: 'powershell',
      transport: 'udp',
      elevation: 'none',
      build: (p) =>
        `Get-NetUDPEndpoint -LocalPort ${p} | Select-Object LocalAddress, LocalPort, OwningProcess, @{n='Process';e={(Get-Process -Id $_.OwningProcess).ProcessName}}`,
      note: 'PowerShell: UDP has no state, so every endpoint bound to the port is listed.',
    },
    {
      shell: 'cmd',
      transport: 'udp',
      elevation: 'none',
      build: (p) => `netstat -ano -p UDP | findstr /C:":${p} "`,
      note: 'cmd: the last column is the PID; name it with tasklist /FI "PID eq <pid>". Use -p UDPv6 for IPv6.',
    },
  ],
};

/**
 * @example buildCheckCommands(8080, { os: 'linux', transports: ['tcp'] })[0].command
 * // "sudo ss -ltnp 'sport = :8080'"
 */
export function buildCheckCommands(
  port: Port,
  options: { os?: CheckOs | undefined; transports?: readonly CheckableTransport[] } = {},
): CheckCommand[] {
  // Re-check at the boundary: the only thing ever interpolated is the decimal form of an integer.
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError('invalid port');
  const digits = String(port);
  const oses = options.os ? [options.os] : CHECK_OSES;
  const transports = options.transports ?? ['tcp', 'udp'];
  return oses.flatMap((os) =>
    TEMPLATES[os]
      .filter((template) => transports.includes(template.transport))
      .map(({ build, ...rest }) => ({ os, ...rest, command: build(digits) })),
  );
}

/** Windows reserves port blocks for Hyper-V, WSL 2 and Docker: binding fails though nothing listens. */
export const WINDOWS_EXCLUDED_RANGES_COMMAND = 'netsh int ipv4 show excludedportrange protocol=tcp';
