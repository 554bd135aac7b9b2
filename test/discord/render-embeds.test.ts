/**
 * The embeds mapping of a presentation: one embed per part, every span escaped, commands in code
 * blocks, and Discord's limits held by fitting however large the presentation is. Real answers
 * rarely need shortening, so the shortening path is driven here with a presentation built by hand.
 */
import { EmbedBuilder, embedLength } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { renderButtons } from '../../adapters/discord/buttons.js';
import { DISCORD_LIMITS } from '../../adapters/discord/discord-limits.js';
import { clip, code, plain } from '../../adapters/discord/markdown.js';
import {
  fitForDiscord,
  presentationEmbeds,
  renderAnswerEmbeds,
} from '../../adapters/discord/render-embeds.js';
import { answerQuestion, type Presentation, type Section } from '../../src/index.js';
import { testKnowledge } from '../support/knowledge.js';

const total = (embeds: ReturnType<typeof presentationEmbeds>) =>
  embeds.reduce((sum, embed) => sum + embedLength(embed), 0);

function section(key: string, part: number, priority: number, size: number, heading?: string): Section {
  return {
    id: 'port.uses',
    key,
    part,
    ...(heading !== undefined ? { heading } : {}),
    priority,
    blocks: [
      {
        kind: 'fields',
        fields: Array.from({ length: 30 }, (_, index) => ({
          label: [{ kind: 'text' as const, text: `use ${index} *` }],
          value: [{ spans: [{ kind: 'text' as const, text: 'v_'.repeat(size) }] }],
        })),
      },
      { kind: 'lines', lines: [{ spans: [{ kind: 'text', text: 'l'.repeat(size * 4) }] }] },
    ],
  };
}

function huge(detail: 'default' | 'full'): Presentation {
  const parts = Array.from({ length: 12 }, (_, index) => ({
    kind: 'port' as const,
    title: `Port ${index} ${'t'.repeat(300)}`,
    summary: `Port ${index}`,
    tone: index % 2 === 0 ? ('security' as const) : ('answer' as const),
  }));
  const showAll = {
    id: 'detail.full',
    kind: 'detail',
    label: 'Show everything',
    detail: 'full',
    token: 'p1',
  } as const;
  return {
    lang: 'en',
    kind: 'answer',
    detail,
    title: 'Ports',
    summary: 'Ports',
    tone: 'security',
    parts,
    sections: parts.flatMap((_, index) => [
      section(`a#${index}`, index, 100, 300),
      section(`b#${index}`, index, 20, 900, 'Extra'),
    ]),
    actions: [],
    data: [{ kind: 'muted', text: 'Data: test' }],
    trimNote: [{ kind: 'muted', text: 'Shortened to fit: use “Show everything” for the rest.' }],
    showAll,
  };
}

function expectAccepted(embeds: ReturnType<typeof presentationEmbeds>): void {
  expect(embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
  expect(total(embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
  for (const embed of embeds) EmbedBuilder.from(embed).toJSON();
}

describe('presentationEmbeds', () => {
  it('fits a presentation far over every limit, drops the least important first, and says so', () => {
    for (const detail of ['default', 'full'] as const) {
      const fitted = fitForDiscord(huge(detail));
      const embeds = presentationEmbeds(fitted);
      expectAccepted(embeds);
      expect(embeds).toHaveLength(DISCORD_LIMITS.embedsPerMessage);
      const dropped = fitted.trimmed?.dropped.map((gone) => gone.key) ?? [];
      expect(dropped.length).toBeGreaterThan(0);
      expect(dropped.every((key) => key.startsWith('b#'))).toBe(true);
      expect(embeds.at(-1)?.footer?.text).toContain('Shortened to fit');
      expect(embeds[0]?.color).toBe(0xf0b232);
      expect(embeds[1]?.color).toBe(0x5865f2);
    }
    // Only a shortened default answer gets a "Show everything" button.
    expect(JSON.stringify(renderButtons(fitForDiscord(huge('default'))))).toContain('all:linux:p1');
    expect(renderButtons(fitForDiscord(huge('full')))).toEqual([]);
  });

  it('escapes every span in one pass, and writes commands as code blocks', () => {
    const outcome = answerQuestion('22', testKnowledge());
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const [embed] = renderAnswerEmbeds(outcome.value, { detail: 'full' });
    const shown = (embed?.fields ?? []).map((field) => field.value).join('\n');
    expect(shown).toContain('net.ipv4.ip\\_unprivileged\\_port\\_start');
    expect(shown).not.toMatch(/[^\\]_unprivileged/);
    expect(shown).toContain("```sh\nsudo ss -ltnp 'sport = :22'\n```");
    expect(embed?.footer?.text).toContain('Commands for Linux');
  });

  it('gives each part its own embed, with the core title', () => {
    const outcome = answerQuestion('22 443', testKnowledge());
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const embeds = renderAnswerEmbeds(outcome.value);
    expect(embeds.map((embed) => embed.title?.split(' — ')[0])).toEqual(['Port 22', 'Port 443']);
    expect(embeds[0]?.footer).toBeUndefined();
    expect(embeds[1]?.footer?.text).toContain('Data:');
  });
});

describe('clip', () => {
  it.each([
    ['short text', 'abc', 10, 'abc'],
    ['at a line break when near', 'first line\nsecond line', 15, 'first line…'],
    ['without leaving inline code open', 'run `sudo ss -ltnp` now', 12, 'run…'],
    ['without splitting an emoji', `ab${'🙂'}cd`, 4, 'ab…'],
  ])('cuts %s', (_name, text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
    expect(clip(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe('plain', () => {
  it.each([
    ['emphasis in registry text', 'SUN RPC *', 'SUN RPC \\*'],
    ['underscores', 'listen_addresses', 'listen\\_addresses'],
    ['inline code, kept as code', 'run `ss -ltnp sport = :8080` now', 'run `ss -ltnp sport = :8080` now'],
    ['a stray backtick', 'a ` b', 'a \\` b'],
    ['masked links', '[click](https://x)', '\\[click\\](https://x)'],
    ['spoilers and strikethrough', '||s|| ~~t~~', '\\|\\|s\\|\\| \\~\\~t\\~\\~'],
    ['headings, quotes and subtext at a line start', '# h\n> q\n-# s', '\\# h\n\\> q\n\\-# s'],
    ['backslashes', 'HKLM\\System', 'HKLM\\\\System'],
  ])('escapes %s', (_name, text, expected) => {
    expect(plain(text)).toBe(expected);
  });

  it('writes commands as inline code, even one holding a backtick', () => {
    expect(code("sudo ss -ltnp 'sport = :22'")).toBe("`sudo ss -ltnp 'sport = :22'`");
    expect(code('echo `x`')).toBe('`` echo `x` ``');
  });
});
