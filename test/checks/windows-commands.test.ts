/**
 * The Windows commands cannot run here, so their shape is checked: each names the owner of the
 * one port asked, and none relies on findstr's /C: strings being ANDed (they are ORed).
 */
import { describe, expect, it } from 'vitest';
import { buildCheckCommands } from '../../src/checks/commands.js';
import { toPort } from '../../src/port/port-number.js';

const windows = (port: number) => buildCheckCommands(toPort(port), { os: 'windows' });

describe('Windows check commands', () => {
  it('finds the listener of the port and names it with tasklist', () => {
    const commands = windows(8080).map((check) => check.command);
    expect(commands).toContain(
      `for /f "tokens=5" %a in ('netstat -ano -p TCP ^| findstr /R /C:":8080 .*LISTENING"') do @tasklist /FI "PID eq %a"`,
    );
  });

  it.each([0, 80, 8080, 65535])('never ORs several findstr strings together (port %i)', (port) => {
    for (const check of windows(port))
      expect(check.command.match(/\/C:/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(windows(port).some((check) => check.command.includes('.exe'))).toBe(false);
  });

  it('puts nothing but the port digits into the commands', () => {
    for (const check of windows(443)) {
      const numbers = check.command.match(/\d+/g) ?? [];
      expect(numbers.filter((number) => number !== '443' && number !== '5' && number !== '4')).toEqual([]);
    }
  });
});
