/**
 * The examples in Discord's team replies name `/port-note`, its subcommands and options exactly
 * as the registration defines them, in English and as a Korean client shows them: an example
 * someone copies is a command Discord knows.
 */
import { describe, expect, it } from 'vitest';
import { buildPortCommand, buildPortNoteCommand } from '../../adapters/discord/commands.js';
import { createTranslator } from '../../src/index.js';

interface Named {
  name: string;
  name_localizations?: Record<string, string> | null;
  options?: Named[];
}

const note = buildPortNoteCommand() as unknown as Named;
const port = buildPortCommand() as unknown as Named;
const nameIn = (named: Named | undefined, lang: 'en' | 'ko') =>
  lang === 'en' ? named?.name : named?.name_localizations?.ko;
const sub = (name: string) => note.options?.find((option) => option.name === name);
const option = (parent: Named | undefined, name: string) =>
  parent?.options?.find((candidate) => candidate.name === name);

describe.each(['en', 'ko'] as const)("Discord's examples in %s", (lang) => {
  const t = createTranslator(lang);
  const noteName = nameIn(note, lang);
  const spelled = (subcommand: string, optionName: string) =>
    `/${noteName} ${nameIn(sub(subcommand), lang)} ${nameIn(option(sub(subcommand), optionName), lang)}:`;

  it.each([
    ['set', 'port', t.text('team.example.options.note')],
    ['remove', 'port', t.text('team.example.options.forget', { scope: '8443' })],
    ['history', 'port', t.text('team.example.options.history', { scope: '8443' })],
    ['list', 'page', t.text('team.example.options.page', { page: 2 })],
  ])('/port-note %s %s: %s', (subcommand, optionName, example) => {
    expect(example.startsWith(spelled(subcommand, optionName))).toBe(true);
  });

  it('sets a note with both of its options', () => {
    const text = nameIn(option(sub('set'), 'text'), lang);
    expect(t.text('team.example.options.note')).toContain(` ${text}:`);
  });

  it('chooses a language through /port and its query option', () => {
    const query = nameIn(option(port, 'query'), lang);
    expect(t.text('team.example.options.lang', { lang: 'ko' })).toBe(
      `/${nameIn(port, lang)} ${query}:lang ko`,
    );
  });
});
