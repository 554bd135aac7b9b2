/** The team's chat commands: reserved first words, typed commands, stable problem codes. */
import { describe, expect, it } from 'vitest';
import { parseTeamCommand } from '../../src/index.js';

describe('parseTeamCommand', () => {
  it.each([
    [
      'note 8443 staging Grafana, ask #sre',
      { kind: 'note.set', scope: { port: 8443 }, text: 'staging Grafana, ask #sre' },
    ],
    [
      'note 8443/udp VPN appliance',
      { kind: 'note.set', scope: { port: 8443, transport: 'udp' }, text: 'VPN appliance' },
    ],
    ['note udp 8443 VPN', { kind: 'note.set', scope: { port: 8443, transport: 'udp' }, text: 'VPN' }],
    [
      'note 30000-32767 NodePorts',
      { kind: 'note.set', scope: { port: 30000, to: 32767 }, text: 'NodePorts' },
    ],
    [
      'note 30000 - 32767 NodePorts',
      { kind: 'note.set', scope: { port: 30000, to: 32767 }, text: 'NodePorts' },
    ],
    ['NOTE 22 bastion only', { kind: 'note.set', scope: { port: 22 }, text: 'bastion only' }],
    ['<@U0BOT> note 22 bastion', { kind: 'note.set', scope: { port: 22 }, text: 'bastion' }],
    ['note 22 two\nlines', { kind: 'note.set', scope: { port: 22 }, text: 'two\nlines' }],
    ['notes set 22 bastion', { kind: 'note.set', scope: { port: 22 }, text: 'bastion' }],
    ['notes', { kind: 'note.list', page: 1 }],
    ['notes 3', { kind: 'note.list', page: 3 }],
    ['notes list 2', { kind: 'note.list', page: 2 }],
    ['forget 8443', { kind: 'note.forget', scope: { port: 8443 } }],
    ['notes rm 8443/tcp', { kind: 'note.forget', scope: { port: 8443, transport: 'tcp' } }],
    ['history 30000-32767', { kind: 'note.history', scope: { port: 30000, to: 32767 } }],
    ['lang ko', { kind: 'lang', lang: 'ko' }],
    ['lang EN', { kind: 'lang', lang: 'en' }],
    ['lang auto', { kind: 'lang', lang: 'auto' }],
    ['lang', { kind: 'lang' }],
    ['feedback', { kind: 'feedback.report' }],
    ['feedback report', { kind: 'feedback.report' }],
  ])('%j → %j', (text, command) => {
    expect(parseTeamCommand(text)).toEqual({ ok: true, command });
  });

  it.each([
    ['note', 'bad_note_scope', 'note.set'],
    ['note 99999 too big', 'bad_note_scope', 'note.set'],
    ['note 0x10 hex', 'bad_note_scope', 'note.set'],
    ['note 9000-8000 backwards', 'bad_note_scope', 'note.set'],
    ['note 8443/quic x', 'bad_note_scope', 'note.set'],
    ['note 8443', 'note_empty', 'note.set'],
    ['note 8443    ', 'note_empty', 'note.set'],
    [`note 8443 ${'x'.repeat(301)}`, 'note_too_long', 'note.set'],
    ['notes 0', 'bad_page', 'note.list'],
    ['notes 41', 'bad_page', 'note.list'],
    ['notes 8443', 'bad_page', 'note.list'],
    ['notes many', 'bad_page', 'note.list'],
    ['forget', 'bad_note_scope', 'note.forget'],
    ['forget everything', 'bad_note_scope', 'note.forget'],
    ['history 70000', 'bad_note_scope', 'note.history'],
    ['lang fr', 'bad_lang', 'lang'],
  ])('%j is refused with %s', (text, code, kind) => {
    expect(parseTeamCommand(text)).toMatchObject({ ok: false, code, kind });
  });

  it('counts a note in characters as people do (a Korean syllable or an emoji is one)', () => {
    expect(parseTeamCommand(`note 22 ${'한'.repeat(300)}`)).toMatchObject({ ok: true });
    expect(parseTeamCommand(`note 22 ${'🚀'.repeat(300)}`)).toMatchObject({ ok: true });
    expect(parseTeamCommand(`note 22 ${'🚀'.repeat(301)}`)).toMatchObject({ ok: false, length: 301 });
  });

  it.each([
    'lotus notes',
    'domino',
    '1352',
    'about',
    'what is 8443',
    'notepad',
    'noted 22',
    '',
    '   ',
    'feedback loop',
  ])('%j is a question, not a team command', (text) => {
    expect(parseTeamCommand(text)).toBeUndefined();
  });
});
