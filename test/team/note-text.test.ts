/**
 * Team notes are user text shown to everyone in a workspace: stored as written, neutralised when
 * shown. No ping, no disguised link, only https addresses usable, shown plain.
 */
import { describe, expect, it } from 'vitest';
import { neutraliseNoteText } from '../../src/team/note-text.js';

const PINGS = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S0123|@sre>',
  '<@U0123ABC>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '@everyone',
  '@here',
  '@\u200beveryone',
  '@\u2060here',
  '<#C0123|general>',
];

describe('neutraliseNoteText', () => {
  it.each(PINGS)('%j cannot ping anyone', (hostile) => {
    const shown = neutraliseNoteText(`ask ${hostile} now`);
    expect(shown).not.toMatch(/[<>@]/);
    expect(shown).not.toMatch(/[\u200b\u2060]/);
    expect(shown.startsWith('ask ')).toBe(true);
  });

  it.each([
    ['<http://evil.example|our wiki>', 'http[:]//evil.example'],
    ['<https://evil.example|our wiki>', 'https://evil.example'],
    ['[our wiki](http://evil.example)', '[our wiki] (http[:]//evil.example)'],
    ['[our wiki](https://wiki.example/x)', '[our wiki] (https://wiki.example/x)'],
    ['[our wiki](<https://evil.example>)', '[our wiki] (‹https://evil.example›)'],
    ['[x] ( javascript://alert(1))', '[x] ( javascript[:]//alert(1))'],
    ['see ftp://files.example', 'see ftp[:]//files.example'],
    ['see HTTP://shout.example', 'see HTTP[:]//shout.example'],
  ])('%j shows no disguised or unsafe link', (hostile, contains) => {
    const shown = neutraliseNoteText(hostile);
    expect(shown).toContain(contains);
    expect(shown).not.toMatch(/\]\(/);
    expect(shown).not.toMatch(/\bhttp:\/\//i);
    expect(shown).not.toMatch(/[<>]/);
  });

  it('keeps an https address as the plain address', () => {
    expect(neutraliseNoteText('runbook: https://wiki.example/ports#8443')).toBe(
      'runbook: https://wiki.example/ports#8443',
    );
  });

  it('keeps ordinary text, Korean and emoji as written', () => {
    expect(neutraliseNoteText('staging Grafana, ask #sre')).toBe('staging Grafana, ask #sre');
    expect(neutraliseNoteText('스테이징 그라파나 🚀')).toBe('스테이징 그라파나 🚀');
  });

  it('drops control and bidi characters, keeps line breaks', () => {
    expect(neutraliseNoteText('a\u202eb\u0000c\r\nd')).toBe('abc\nd');
  });
});
