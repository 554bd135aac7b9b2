/**
 * The generated Linux commands, run for real against live sockets of this test process. Tests run
 * as root without sudo, so the `sudo ` prefix is dropped. In CI a missing tool fails the test.
 */
import { execFileSync } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCheckCommands } from '../../src/checks/commands.js';
import { toPort } from '../../src/port/port-number.js';

const TOOLS = ['ss', 'lsof', 'fuser'] as const;

function hasTool(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let tcpServer: Server;
let udpSocket: Socket;
let connectedUdp: Socket;
let tcpPort = 0;
let udpPort = 0;
let connectedUdpPort = 0;

beforeAll(async () => {
  tcpServer = createServer();
  await new Promise<void>((resolve) => tcpServer.listen(0, '127.0.0.1', resolve));
  tcpPort = (tcpServer.address() as { port: number }).port;
  udpSocket = createSocket('udp4');
  await new Promise<void>((resolve) => udpSocket.bind(0, '127.0.0.1', resolve));
  udpPort = udpSocket.address().port;
  // A connected UDP socket (state ESTAB in ss): what a client or a QUIC server's per-peer socket holds.
  connectedUdp = createSocket('udp4');
  await new Promise<void>((resolve) => connectedUdp.bind(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => connectedUdp.connect(udpPort, '127.0.0.1', resolve));
  connectedUdpPort = connectedUdp.address().port;
});

afterAll(() => {
  tcpServer.close();
  udpSocket.close();
  connectedUdp.close();
});

function runShell(command: string): string {
  // fuser prints PIDs on stdout and labels on stderr: read both. Exit codes vary by tool, so
  // success is judged by the PID in the output.
  try {
    return execFileSync('sh', ['-c', `${command} 2>&1`], { encoding: 'utf8', timeout: 15_000 });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? '');
  }
}

describe.each(['tcp', 'udp'] as const)('Linux %s commands find this process', (transport) => {
  const commands = () =>
    buildCheckCommands(toPort(transport === 'tcp' ? tcpPort : udpPort), {
      os: 'linux',
      transports: [transport],
    });

  it('generates one command per tool', () => {
    expect(commands().map((check) => check.command.split(' ')[1])).toEqual(['ss', 'lsof', 'fuser']);
  });

  it.each(TOOLS)('%s', (tool) => {
    if (!hasTool(tool)) {
      if (process.env.CI)
        throw new Error(`${tool} is not installed (.ci/run installs iproute2, lsof and psmisc)`);
      return;
    }
    const check = commands().find((candidate) => candidate.command.startsWith(`sudo ${tool} `));
    if (!check) throw new Error(`no ${tool} command`);
    expect(check.elevation).toBe('sudo');
    const output = runShell(check.command.replace(/^sudo /, ''));
    expect(output).toMatch(new RegExp(`\\b${process.pid}\\b`));
  });
});

describe('Linux UDP commands see connected sockets too', () => {
  it.each(TOOLS)('%s', (tool) => {
    if (!hasTool(tool)) {
      if (process.env.CI)
        throw new Error(`${tool} is not installed (.ci/run installs iproute2, lsof and psmisc)`);
      return;
    }
    const check = buildCheckCommands(toPort(connectedUdpPort), { os: 'linux', transports: ['udp'] }).find(
      (candidate) => candidate.command.startsWith(`sudo ${tool} `),
    );
    if (!check) throw new Error(`no ${tool} command`);
    const output = runShell(check.command.replace(/^sudo /, ''));
    expect(output).toMatch(new RegExp(`\\b${process.pid}\\b`));
  });
});
