/**
 * Presentation → embeds: one embed per answered part (title, description, fields, the data line
 * as the last footer, colour from the tone). The core's presentation chooses every word and what a
 * default answer folds; this only maps blocks to Discord markdown and states Discord's limits
 * (and, for a default answer, one screen of lines) for `fitPresentation`.
 */
import type { APIEmbed } from 'discord.js';
import {
  type Answer,
  type Block,
  type CheckOs,
  type Detail,
  type FitLimits,
  type FitRecord,
  fitPresentation,
  type Inline,
  type KoreanUseTexts,
  type Lang,
  type Line,
  type Presentation,
  type PresentOptions,
  plainText,
  presentAnswer,
  type Section,
  type Shell,
  type Tone,
} from '../../src/index.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import { clip, code, plain } from './markdown.js';

const COLORS: Record<Tone, number> = {
  /** Discord's blurple: an ordinary answer or notice. */
  answer: 0x5865f2,
  notice: 0x5865f2,
  /** Amber: the answer carries security notes. */
  security: 0xf0b232,
  /** Red: a problem with the question. */
  problem: 0xed4245,
};
const ICONS = { warning: '⚠️', info: 'ℹ️' } as const;
/** The name of a field that continues the one above it (a name may not be empty). */
const CONTINUED = '\u200b';
/** Visible lines a default answer may take: about one screen of a chat window. */
export const SCREEN_LINES = 25;
/** One block's share of that screen, so a long list of uses is cut rather than dropped whole. */
const SCREEN_BLOCK_LINES = 12;
/** The least a part gets of the screen in an answer about several, its title included. */
const MIN_PART_LINES = 3;
/** Room for what the mapping adds beyond the measured blocks: continuation names, joins. */
const MAPPING_ROOM = 200;

function inline(span: Inline): string {
  switch (span.kind) {
    case 'text':
    case 'warning':
    case 'muted':
      return plain(span.text);
    case 'strong':
      return span.text.trim() === '' ? span.text : `**${plain(span.text)}**`;
    case 'code':
      return code(span.text);
    case 'link':
      return span.text === span.url ? `<${span.url}>` : `[${plain(span.text)}](<${span.url}>)`;
    case 'icon':
      return ICONS[span.icon];
  }
}

const spans = (list: readonly Inline[]) => list.map(inline).join('');

function lineText(value: Line): string {
  return `${value.level ? '  ' : ''}${value.bullet ? '• ' : ''}${spans(value.spans)}`;
}

/** Discord's highlighting names for each shell. */
const FENCE_LANGUAGE: Record<Shell, string> = { sh: 'sh', powershell: 'powershell', cmd: 'bat' };

/** A fence that no command can close early. */
function fenced(command: string, shell: Shell): string {
  return `\`\`\`${FENCE_LANGUAGE[shell]}\n${command.replaceAll('```', '`\u200b``')}\n\`\`\``;
}

/** Blocks are never changed in place, so their markdown is written once for fitting and mapping. */
const written = new WeakMap<Block, string[]>();

/** A block as pieces of Discord markdown, each kept whole when a long section is split. */
function blockPieces(block: Block): string[] {
  let pieces = written.get(block);
  if (!pieces) {
    pieces = writeBlock(block);
    written.set(block, pieces);
  }
  return pieces;
}

function writeBlock(block: Block): string[] {
  switch (block.kind) {
    case 'lines':
      return block.lines.map(lineText);
    case 'fields':
      return block.fields.map((field) => {
        const label = field.label.some((span) => span.kind === 'strong')
          ? spans(field.label)
          : `**${spans(field.label)}**`;
        return [label, ...field.value.map(lineText)].join('\n');
      });
    case 'table':
      return [
        block.columns.map((column) => `**${plain(column.label)}**`).join(' · '),
        ...block.rows.map((row) =>
          block.columns.map((_, index) => spans(row.cells[index] ?? [])).join(' · '),
        ),
      ];
    case 'code':
      return [`${spans(block.label)}: ${spans(block.note)}\n${fenced(block.code, block.shell)}`];
    case 'links':
      return block.links.map((value) => inline({ kind: 'link', text: value.text, url: value.url }));
  }
}

/** Lines a reader sees: fence markers draw the code box and are not lines of their own. */
export function visibleLines(text: string): number {
  return text === '' ? 0 : text.split('\n').filter((value) => !/^```/.test(value)).length;
}

const blockText = (block: Block) => blockPieces(block).join('\n');

/** Packs pieces into field values of at most `max` characters; a piece too long is clipped. */
function pack(pieces: readonly string[], max: number): string[] {
  const values: string[] = [];
  let current = '';
  for (const raw of pieces) {
    const piece = clip(raw, max);
    if (current !== '' && current.length + 1 + piece.length > max) {
      values.push(current);
      current = '';
    }
    current = current === '' ? piece : `${current}\n${piece}`;
  }
  if (current.trim() !== '') values.push(current);
  return values;
}

/** The embed a section belongs to: its part's, message-wide sections with the first. */
const embedIndex = (section: Section, parts: number) =>
  Math.min(Math.max(0, section.part ?? 0), parts - 1, DISCORD_LIMITS.embedsPerMessage - 1);

/** Throws on a limit Discord would refuse: a bug here must fail before anything is sent. */
export function assertEmbedLimits(embed: APIEmbed): void {
  const over = (what: string, length: number, max: number, min = 0) => {
    if (length > max || length < min)
      throw new RangeError(`embed ${what} is ${length} characters (limit ${max})`);
  };
  over('title', embed.title?.length ?? 0, DISCORD_LIMITS.embedTitle);
  over('description', embed.description?.length ?? 0, DISCORD_LIMITS.embedDescription);
  over('field count', embed.fields?.length ?? 0, DISCORD_LIMITS.embedFields);
  for (const field of embed.fields ?? []) {
    over('field name', field.name.length, DISCORD_LIMITS.fieldName, 1);
    over('field value', field.value.length, DISCORD_LIMITS.fieldValue, 1);
  }
  over('footer', embed.footer?.text.length ?? 0, DISCORD_LIMITS.footerText);
}

/**
 * The mapping itself, for a presentation already fitted. Plain API JSON: discord.js's
 * EmbedBuilder re-checks the same limits at ~100 µs an embed; the tests run it as a second opinion.
 */
export function presentationEmbeds(presentation: Presentation): APIEmbed[] {
  const parts = presentation.parts.slice(0, DISCORD_LIMITS.embedsPerMessage);
  const embeds = parts.map((part) => {
    const embed: APIEmbed = { title: clip(part.title, DISCORD_LIMITS.embedTitle), color: COLORS[part.tone] };
    return { embed, description: [] as string[], fields: [] as { name: string; value: string }[] };
  });
  for (const section of presentation.sections) {
    const target = embeds[embedIndex(section, embeds.length)];
    if (!target) continue;
    const pieces = section.blocks.flatMap(blockPieces);
    const heading = section.heading;
    if (heading === undefined || heading === target.embed.title) {
      target.description.push(...pieces);
      continue;
    }
    pack(pieces.length > 0 ? pieces : [CONTINUED], DISCORD_LIMITS.fieldValue).forEach((value, index) => {
      target.fields.push({
        name: index === 0 ? clip(plain(heading), DISCORD_LIMITS.fieldName) : CONTINUED,
        value,
      });
    });
  }
  const footer = [
    plainText(presentation.data),
    presentation.trimmed?.note ? plainText(presentation.trimNote) : '',
  ]
    .filter(Boolean)
    .join('\n');
  return embeds.map(({ embed, description, fields }, index) => {
    const text = clip(description.join('\n'), DISCORD_LIMITS.embedDescription);
    if (text.trim() !== '') embed.description = text;
    if (fields.length > 0)
      embed.fields = fields
        .slice(0, DISCORD_LIMITS.embedFields)
        .map(({ name, value }) => ({ name, value, inline: false }));
    if (index === embeds.length - 1 && footer !== '')
      embed.footer = { text: clip(footer, DISCORD_LIMITS.footerText) };
    assertEmbedLimits(embed);
    return embed;
  });
}

/** One screen of lines for a default answer; the rest is one click away ("Show everything"). */
function screenLimits(lines: number): FitLimits {
  return {
    maxTotal: Math.max(0, lines),
    maxBlockLength: SCREEN_BLOCK_LINES,
    measure: (block) => visibleLines(blockText(block)),
    measureHeading: () => 1,
  };
}

/** Two records of what was left out, as one. */
function mergeRecords(first: FitRecord | undefined, second: FitRecord | undefined): FitRecord | undefined {
  if (!first || !second || first === second) return second ?? first;
  return {
    dropped: [...first.dropped, ...second.dropped],
    shortened: [...new Set([...first.shortened, ...second.shortened])].filter(
      (key) => !second.dropped.some((gone) => gone.key === key),
    ),
    clipped: first.clipped || second.clipped,
    note: first.note || second.note,
  };
}

/**
 * A default answer fitted to one screen, each part to its share of it (at least a few lines), so
 * one port's commands never crowd out the others. Message-wide sections (team notes, what was not
 * answered) are always kept and take their lines first.
 */
function fitToScreen(presentation: Presentation): Presentation {
  const count = Math.max(1, presentation.parts.length);
  const limits = screenLimits(0);
  const shared = presentation.sections.filter((section) => section.part === null);
  const sharedLines = shared.reduce(
    (sum, section) =>
      sum +
      (section.heading === undefined ? 0 : 1) +
      section.blocks.reduce((lines, block) => lines + (limits.measure?.(block) ?? 0), 0),
    0,
  );
  const share = Math.max(MIN_PART_LINES, Math.floor((SCREEN_LINES - sharedLines) / count)) - 1;
  const kept = new Map<string, Section>(shared.map((section) => [section.key, section]));
  let record: FitRecord | undefined;
  for (let index = 0; index < count; index++) {
    const sections = presentation.sections.filter((section) => section.part === index);
    const fitted = fitPresentation({ ...presentation, sections }, screenLimits(share));
    for (const section of fitted.sections) kept.set(section.key, section);
    record = mergeRecords(record, fitted.trimmed);
  }
  const sections = presentation.sections.flatMap((section) => kept.get(section.key) ?? []);
  return { ...presentation, sections, ...(record ? { trimmed: record } : {}) };
}

/** Discord's own limits: 6000 characters over every embed, 25 fields, 1024 a value. */
function discordLimits(presentation: Presentation): FitLimits {
  const parts = presentation.parts.slice(0, DISCORD_LIMITS.embedsPerMessage);
  const titles = parts.reduce((sum, part) => sum + Math.min(part.title.length, DISCORD_LIMITS.embedTitle), 0);
  const footer = plainText(presentation.data).length + plainText(presentation.trimNote).length + 1;
  return {
    maxTitle: DISCORD_LIMITS.embedTitle,
    maxTotal: Math.max(0, DISCORD_LIMITS.embedsTotal - titles - footer - MAPPING_ROOM),
    maxBlockLength: DISCORD_LIMITS.embedDescription,
    maxFields: DISCORD_LIMITS.embedFields,
    maxSections: DISCORD_LIMITS.embedFields * parts.length,
    measure: (block) => blockText(block).length + 1,
    measureHeading: (heading) => Math.min(plain(heading).length, DISCORD_LIMITS.fieldName),
  };
}

/** A presentation fitted for Discord: a default one to a screen first, then every one to Discord's limits. */
export function fitForDiscord(answer: Presentation): Presentation {
  // Ten embeds at most: the parser allows fewer items, but a part past the tenth has nowhere to go.
  const shown = answer.parts.length;
  const presentation =
    shown <= DISCORD_LIMITS.embedsPerMessage
      ? answer
      : {
          ...answer,
          parts: answer.parts.slice(0, DISCORD_LIMITS.embedsPerMessage),
          sections: answer.sections.filter(
            (section) => (section.part ?? 0) < DISCORD_LIMITS.embedsPerMessage,
          ),
        };
  if (presentation.detail !== 'default') return fitPresentation(presentation, discordLimits(presentation));
  const short = fitToScreen(presentation);
  const fitted = fitPresentation(short, discordLimits(short));
  // Both passes' records, so the message says what either left out.
  const trimmed = mergeRecords(short.trimmed, fitted.trimmed);
  return { ...fitted, ...(trimmed ? { trimmed } : {}) };
}

export interface EmbedOptions {
  detail?: Detail;
  os?: CheckOs | null;
  token?: string;
  /** What the question's context adds (its language, team notes, …): `presentOptionsOf`. */
  present?: Omit<PresentOptions, 'detail' | 'os' | 'token'> | undefined;
  /** The answer pages' origin (PUBLIC_URL): adds "Open in browser" to answers that have a page. */
  publicUrl?: string | undefined;
  /** The answer's language (`chooseChatLanguage`); English when absent. */
  lang?: Lang;
  /** Korean curated texts (`await loadKoreanUseTexts()`); without them they show in English, marked "(영문)". */
  koreanTexts?: KoreanUseTexts;
}

/** The presentation of an answer as Discord shows it, fitted; its actions become the buttons. */
export function presentForDiscord(answer: Answer, options: EmbedOptions = {}): Presentation {
  return fitForDiscord(
    presentAnswer(answer, {
      ...options.present,
      ...(options.lang ? { lang: options.lang } : {}),
      ...(options.lang === 'ko' && options.koreanTexts ? { koreanTexts: options.koreanTexts } : {}),
      detail: options.detail ?? 'default',
      // Commands for one OS (Linux unless one was asked for); the buttons offer the others.
      os: options.os ?? answer.os ?? 'linux',
      ...(options.token ? { token: options.token } : {}),
      actions: {
        ...options.present?.actions,
        ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
      },
    }),
  );
}

/**
 * @example renderAnswerEmbeds(answer)[0].title // "Port 60140 — Mosh · Dynamic/Private port (49152–65535)"
 */
export function renderAnswerEmbeds(answer: Answer, options: EmbedOptions = {}): APIEmbed[] {
  return presentationEmbeds(presentForDiscord(answer, options));
}
