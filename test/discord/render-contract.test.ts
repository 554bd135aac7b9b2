/**
 * The renderer's contract over a large set of questions: every message portbot can send on
 * Discord stays within Discord's limits, pings nobody, and errors are private. It goes through
 * the same handler both transports use, so what is checked here is what Discord receives.
 */
import { type APIButtonComponent, type APIEmbed, ButtonBuilder, EmbedBuilder, embedLength } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../adapters/discord/discord-limits.js';
import {
  answerInteraction,
  type InteractionContext,
  type InteractionResult,
} from '../../adapters/discord/interaction-handler.js';
import type { DiscordMessage } from '../../adapters/discord/render-message.js';
import { answerQuestion, decodeButtonValue, MAX_RANGE_PORTS } from '../../src/index.js';
import { IANA_RANGES } from '../../src/port/iana-ranges.js';
import { LIVE_PROBLEM_CODES } from '../../src/problems.js';
import { testKnowledge } from '../support/discord/start-portbot.js';

const context: InteractionContext = { knowledge: testKnowledge, replies: 'public' };

function expectEmbedWithinLimits(embed: APIEmbed, where: string): void {
  expect(embed.title?.length ?? 0, where).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
  expect(embed.description?.length ?? 0, where).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
  expect(embed.fields?.length ?? 0, where).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
  for (const field of embed.fields ?? []) {
    expect(field.name.length, where).toBeGreaterThan(0);
    expect(field.name.length, where).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
    expect(field.value.length, where).toBeGreaterThan(0);
    expect(field.value.length, where).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
  }
  expect(embed.footer?.text.length ?? 0, where).toBeLessThanOrEqual(DISCORD_LIMITS.footerText);
  // A second opinion: discord.js's own validators throw on anything Discord would refuse.
  new EmbedBuilder()
    .setTitle(embed.title ?? null)
    .setDescription(embed.description ?? null)
    .setFields(embed.fields ?? [])
    .setFooter(embed.footer ?? null)
    .setColor(embed.color ?? null);
}

/** Everything Discord checks on a message, and that nothing in it can ping. */
function expectSendable(message: DiscordMessage, where: string): void {
  const content = message.content ?? '';
  expect(message.allowed_mentions, where).toEqual({ parse: [] });
  expect(content.length, where).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  expect(content, where).not.toMatch(/@everyone|@here|<@|<#/);
  // An answer is its embeds: the title is not repeated as text above them.
  if (message.embeds.length > 0) expect(content, where).toBe('');
  expect(message.embeds.length, where).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
  for (const embed of message.embeds) expectEmbedWithinLimits(embed, where);
  const total = message.embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
  expect(total, where).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
  expect(content.length + message.embeds.length, where).toBeGreaterThan(0);
  expect(message.components.length, where).toBeLessThanOrEqual(DISCORD_LIMITS.actionRows);
  for (const row of message.components) {
    expect(row.components.length, where).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
    for (const button of row.components) {
      const { custom_id: id, label } = button as { custom_id: string; label: string };
      expect(id.length, where).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
      expect(label.length, where).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
      expect(decodeButtonValue(id), `${where}: ${id}`).toBeDefined();
      ButtonBuilder.from(button as APIButtonComponent).toJSON();
    }
  }
}

function messageOf(result: InteractionResult): DiscordMessage {
  if (result.type === 8 || result.type === 9) throw new Error('expected a message');
  return result.data;
}

function ask(text: string, command = 'port'): InteractionResult {
  return answerInteraction({ kind: 'command', command, text }, context);
}

/** Asks, checks the answer, then clicks each OS button and checks those answers too. */
function expectQuestionRendersEverywhere(
  text: string,
  options: { clickButtons?: boolean } = {},
): DiscordMessage {
  const message = messageOf(ask(text));
  expectSendable(message, text);
  if (message.embeds.length > 0) expect(message, text).not.toHaveProperty('content');
  if (options.clickButtons === false) return message;
  for (const row of message.components)
    for (const button of row.components) {
      const customId = (button as { custom_id: string }).custom_id;
      const click = answerInteraction({ kind: 'button', customId }, context);
      expect(click.type, customId).toBe(7);
      expectSendable(messageOf(click), `${text} → ${customId}`);
      // An update clears the text that answers sent before they went embeds-only.
      expect(messageOf(click).content, customId).toBe('');
    }
  return message;
}

function portsWithMostUses(): number[] {
  const counts = new Map<number, number>();
  for (const use of testKnowledge().knownUses)
    if (use.to === undefined) counts.set(use.port, (counts.get(use.port) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([port]) => port);
}

describe('Discord rendering contract', () => {
  it('fits every port with a curated use, for every OS', { timeout: 180_000 }, () => {
    const ports = portsWithMostUses();
    expect(ports.length).toBeGreaterThan(100);
    for (const port of ports) expectQuestionRendersEverywhere(String(port));
  });

  it('fits the ports with the most uses, per transport and with a security focus', () => {
    for (const port of portsWithMostUses().slice(0, 40))
      for (const text of [`${port}/tcp`, `udp ${port}`, `is ${port} dangerous`, `${port} on windows`])
        expectQuestionRendersEverywhere(text, { clickButtons: false });
  });

  it('fits 10-port questions, busiest ports first, in every OS', () => {
    const ports = portsWithMostUses();
    let asked = 0;
    for (let start = 0; start + 10 <= ports.length && asked < 60; start += 10, asked++) {
      const message = expectQuestionRendersEverywhere(ports.slice(start, start + 10).join(' '));
      expect(message.embeds).toHaveLength(10);
    }
    expect(asked).toBeGreaterThan(10);
  });

  it(`fits every ${MAX_RANGE_PORTS}-port range from 0 to 65535, and ranges per transport`, () => {
    for (let from = 0; from <= 65_535; from += MAX_RANGE_PORTS) {
      const to = Math.min(65_535, from + MAX_RANGE_PORTS - 1);
      expectQuestionRendersEverywhere(`${from}-${to}`, { clickButtons: false });
    }
    for (const text of ['8000-8127/udp', '6000-6127/tcp', '1-128', '5900-5999', '30000-30127', '49152-49279'])
      expectQuestionRendersEverywhere(text, { clickButtons: false });
  });

  it('fits the IANA boundaries and special ports', () => {
    const edges = IANA_RANGES.flatMap((range) => [range.from, range.to]);
    for (const port of [
      ...edges,
      0,
      1,
      7,
      1023,
      1024,
      32767,
      32768,
      49151,
      49152,
      60140,
      60999,
      61000,
      65535,
    ])
      expectQuestionRendersEverywhere(String(port));
  });

  it('fits every service the curated data names', () => {
    const names = [...new Set(testKnowledge().knownUses.map((use) => use.name))];
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) expectQuestionRendersEverywhere(name, { clickButtons: false });
  });

  it('fits topics, help, and mixed questions', () => {
    for (const text of [
      'help',
      'about',
      'ephemeral port range',
      'ephemeral port range on linux',
      'ephemeral ports on windows',
      'well known ports',
      'iana port ranges',
      'postgres redis 8080 22-30 ephemeral',
      'what is using 8080 on macos',
      '22 80 443 3389 5432 6379 8080 27017 9200 11211 53 123',
    ])
      expectQuestionRendersEverywhere(text);
  });

  it('fits products, next steps, advice, suggestions and range summaries, and their OS buttons', () => {
    for (const text of [
      'which ports does kubernetes use',
      'what ports should i open for active directory',
      'istio ports',
      'kafka',
      'kill process on port 3000',
      'open 6379 in the firewall',
      'close port 23 on windows',
      'is 443 reachable from my laptop',
      'address already in use 8080',
      'permission denied port 80',
      'address already in use',
      'is 5000 a good port for my app?',
      'suggest a port for my service',
      'free ports between 6000 and 6063',
      '1-65535',
      'kill 22 80 443 3000 5432 6379 8080 9090 27017 3389',
    ])
      expectQuestionRendersEverywhere(text);
  });

  it('fits "Explain ports" on long messages', () => {
    const log = Array.from(
      { length: 40 },
      (_, index) => `conn from 10.0.0.${index}:${40_000 + index} to :${[22, 443, 8080, 3389][index % 4]}`,
    ).join('\n');
    for (const text of [log, `${'word '.repeat(900)} 22`, 'nothing here'])
      expectSendable(messageOf(ask(text, 'Explain ports')), text.slice(0, 40));
  });

  it('answers every problem code privately, within limits', () => {
    const questions: Record<string, string> = {
      empty_question: '   ',
      question_too_long: `port ${'9'.repeat(600)}`,
      port_out_of_range: '70000',
      not_a_port_number: '80.5',
      range_reversed: '90-80',
      unknown_service: 'zzqqxxvv',
      too_many_items: '1 2 3 4 5 6 7 8 9 10 11 12',
      nothing_understood: 'the of and',
    };
    const seen = new Set<string>();
    for (const [code, text] of Object.entries(questions)) {
      const message = messageOf(ask(text));
      expectSendable(message, code);
      const outcome = answerQuestion(text, testKnowledge());
      if (!outcome.ok) {
        expect(outcome.problem.code, text).toBe(code);
        expect(message.flags, code).toBe(64);
        expect(message.embeds, code).toEqual([]);
      } else {
        // Partly understood: answered, with the problem as a note on the answer.
        expect(
          outcome.value.warnings.map((warning) => warning.code),
          text,
        ).toContain(code);
        expect(message.embeds[0]?.fields?.[0]?.name, code).toBe('Not answered');
      }
      seen.add(code);
    }
    // "Explain ports" on a message without a port number.
    const scanned = messageOf(ask('lunch at noon?', 'Explain ports'));
    expectSendable(scanned, 'no_ports_found');
    expect(scanned.flags).toBe(64);
    seen.add('no_ports_found');
    expect([...seen].sort()).toEqual([...LIVE_PROBLEM_CODES].sort());
  });

  it('never echoes a mention, channel link or @everyone a user typed', () => {
    for (const text of [
      '@everyone 22',
      '<@123456789012345678> <@&123456789012345678> 443',
      '@here what is <#123456789012345678> 8080',
      '@everyone',
      '<@&1> zzqq@everyone',
      '[click](https://example.com) 22',
    ]) {
      const message = messageOf(ask(text));
      expectSendable(message, text);
      const shown = JSON.stringify([message.content, message.embeds]);
      expect(shown, text).not.toMatch(/@everyone|@here|<@|<#|example\.com/);
    }
  });

  it('keeps error replies private even when answers are public, and answers private on request', () => {
    const privateContext: InteractionContext = { knowledge: testKnowledge, replies: 'ephemeral' };
    expect(
      messageOf(answerInteraction({ kind: 'command', command: 'port', text: '22' }, privateContext)).flags,
    ).toBe(64);
    expect(messageOf(ask('22')).flags).toBeUndefined();
    expect(messageOf(ask('99999')).flags).toBe(64);
    expect(messageOf(answerInteraction({ kind: 'button', customId: 'os:linux:junk!' }, context)).flags).toBe(
      64,
    );
    expect(messageOf(ask('22', 'unknown-command')).flags).toBe(64);
  });

  it('suggests at most 25 valid choices for every one- and two-character prefix', () => {
    const prefixes = [...'0123456789abcdefghijklmnopqrstuvwxyz'];
    const inputs = [
      '',
      ...prefixes,
      ...prefixes.flatMap((a) => prefixes.map((b) => `${a}${b}`)),
      'what is on postg',
    ];
    for (const text of inputs) {
      const result = answerInteraction({ kind: 'autocomplete', command: 'port', text }, context);
      if (result.type !== 8) throw new Error('expected choices');
      expect(result.data.choices.length, text).toBeLessThanOrEqual(DISCORD_LIMITS.autocompleteChoices);
      for (const choice of result.data.choices) {
        expect(choice.name.length, text).toBeGreaterThan(0);
        expect(choice.name.length, text).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
        expect(choice.value.length, text).toBeGreaterThan(0);
        expect(choice.value.length, text).toBeLessThanOrEqual(DISCORD_LIMITS.choiceValue);
      }
    }
  });
});
