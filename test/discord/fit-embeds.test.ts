/**
 * The last line of defence for Discord's limits: drafts of any size come out as embeds Discord
 * accepts. Real answers rarely need shortening, so the shortening path is driven here directly.
 */
import { embedLength } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../adapters/discord/discord-limits.js';
import {
  type EmbedDraft,
  type FieldDraft,
  fitEmbeds,
  SHORTENED_NOTE,
} from '../../adapters/discord/fit-embeds.js';
import { clip, code, plain } from '../../adapters/discord/markdown.js';

const draft = (overrides: Partial<EmbedDraft> = {}): EmbedDraft => ({
  title: 'Port 22: SSH',
  description: 'System port',
  fields: [],
  color: 0x5865f2,
  ...overrides,
});

const field = (size: number, drop?: number): FieldDraft => ({
  name: `field ${drop ?? 'kept'}`,
  value: 'v'.repeat(size),
  ...(drop !== undefined ? { drop } : {}),
});

const total = (embeds: ReturnType<typeof fitEmbeds>) =>
  embeds.reduce((sum, embed) => sum + embedLength(embed), 0);

describe('fitEmbeds', () => {
  it('leaves a message that fits as it is', () => {
    const [embed] = fitEmbeds([draft({ fields: [field(100)], footer: 'Data: test' })]);
    expect(embed).toMatchObject({
      title: 'Port 22: SSH',
      description: 'System port',
      footer: { text: 'Data: test' },
    });
    expect(embed?.fields).toHaveLength(1);
  });

  it.each([
    [
      'title',
      { title: 't'.repeat(400) },
      (e: ReturnType<typeof fitEmbeds>[number]) => e.title?.length ?? 0,
      DISCORD_LIMITS.embedTitle,
    ],
    [
      'description',
      { description: 'd'.repeat(5_000) },
      (e: ReturnType<typeof fitEmbeds>[number]) => e.description?.length ?? 0,
      DISCORD_LIMITS.embedDescription,
    ],
    [
      'field value',
      { fields: [field(3_000)] },
      (e: ReturnType<typeof fitEmbeds>[number]) => e.fields?.[0]?.value.length ?? 0,
      DISCORD_LIMITS.fieldValue,
    ],
    [
      'field count',
      { fields: Array.from({ length: 40 }, () => field(10)) },
      (e: ReturnType<typeof fitEmbeds>[number]) => e.fields?.length ?? 0,
      DISCORD_LIMITS.embedFields,
    ],
    [
      'footer',
      { footer: 'f'.repeat(3_000) },
      (e: ReturnType<typeof fitEmbeds>[number]) => e.footer?.text.length ?? 0,
      DISCORD_LIMITS.footerText,
    ],
  ])('clips the %s to its limit', (_name, overrides, measure, limit) => {
    const [embed] = fitEmbeds([draft(overrides)]);
    if (!embed) throw new Error('no embed');
    expect(measure(embed)).toBeLessThanOrEqual(limit);
    expect(measure(embed)).toBeGreaterThan(0);
  });

  it('sends at most 10 embeds, and drops empty fields', () => {
    const embeds = fitEmbeds(
      Array.from({ length: 14 }, () => draft({ fields: [{ name: 'x', value: ' ' }] })),
    );
    expect(embeds).toHaveLength(DISCORD_LIMITS.embedsPerMessage);
    expect(embeds[0]?.fields).toBeUndefined();
  });

  it('drops the most droppable fields first to fit 6000 across all embeds, and says so', () => {
    const drafts = Array.from({ length: 5 }, () =>
      draft({ description: 'd'.repeat(300), fields: [field(400), field(400, 1), field(400, 5)] }),
    );
    const embeds = fitEmbeds(drafts);
    expect(total(embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
    const names = embeds.flatMap((embed) => embed.fields?.map((f) => f.name) ?? []);
    expect(names).not.toContain('field 5');
    expect(names.filter((name) => name === 'field kept')).toHaveLength(5);
    expect(embeds.at(-1)?.footer?.text).toContain(SHORTENED_NOTE);
  });

  it('fits even ten embeds full to every per-field limit', () => {
    const huge = draft({
      title: 't'.repeat(256),
      description: 'line\n'.repeat(1_000),
      fields: Array.from({ length: 25 }, (_, index) => field(1_024, index % 2 === 0 ? undefined : index)),
      footer: 'f'.repeat(2_048),
    });
    const embeds = fitEmbeds(Array.from({ length: 10 }, () => huge));
    expect(embeds.length).toBeGreaterThan(0);
    expect(total(embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
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
