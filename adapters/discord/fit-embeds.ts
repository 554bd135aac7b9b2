/**
 * Turns embed drafts into API embeds that Discord accepts: every text within its own limit, at
 * most 25 fields and 10 embeds, and — the limit discord.js does not check — 6000 characters over
 * all embeds of one message. Over budget, droppable fields go first (highest `drop` first, from
 * the largest embed), then descriptions shrink, then other fields; a footer says what happened.
 */
import { type APIEmbed, embedLength } from 'discord.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import { clip } from './markdown.js';

export interface FieldDraft {
  name: string;
  value: string;
  inline?: boolean;
  /**
   * When the message runs over Discord's total, fields with the highest `drop` go first; fields
   * without one stay until descriptions have been shortened.
   */
  drop?: number;
}

export interface EmbedDraft {
  title: string;
  description: string;
  fields: FieldDraft[];
  footer?: string;
  color: number;
}

export const SHORTENED_NOTE =
  'Some details were left out to fit Discord: ask about fewer ports for all of them.';
/** Room kept for the note above when something had to go. */
const NOTE_ROOM = SHORTENED_NOTE.length + 64;
/** A description is never shrunk below this while other things can still go. */
const MIN_DESCRIPTION = 120;

function clipDraft(draft: EmbedDraft): EmbedDraft {
  const fields = draft.fields
    .filter((field) => field.name.trim() !== '' && field.value.trim() !== '')
    .slice(0, DISCORD_LIMITS.embedFields)
    .map((field) => ({
      ...field,
      name: clip(field.name, DISCORD_LIMITS.fieldName),
      value: clip(field.value, DISCORD_LIMITS.fieldValue),
    }));
  return {
    ...draft,
    title: clip(draft.title, DISCORD_LIMITS.embedTitle),
    description: clip(draft.description, DISCORD_LIMITS.embedDescription),
    fields,
    ...(draft.footer ? { footer: clip(draft.footer, DISCORD_LIMITS.footerText) } : {}),
  };
}

function lengthOf(draft: EmbedDraft): number {
  return (
    draft.title.length +
    draft.description.length +
    draft.fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0) +
    (draft.footer?.length ?? 0)
  );
}

function totalOf(drafts: readonly EmbedDraft[]): number {
  return drafts.reduce((sum, draft) => sum + lengthOf(draft), 0);
}

/** The droppable field to give up first: highest `drop`, then from the largest embed. */
function nextDroppable(drafts: readonly EmbedDraft[]): { draft: EmbedDraft; index: number } | undefined {
  let best: { draft: EmbedDraft; index: number; drop: number; size: number } | undefined;
  for (const draft of drafts) {
    const size = lengthOf(draft);
    draft.fields.forEach((field, index) => {
      if (field.drop === undefined) return;
      const better =
        !best ||
        field.drop > best.drop ||
        (field.drop === best.drop && (size > best.size || (size === best.size && index > best.index)));
      if (better) best = { draft, index, drop: field.drop, size };
    });
  }
  return best;
}

/** The largest embed that `can` still give something up, or undefined. */
function largest(drafts: EmbedDraft[], can: (draft: EmbedDraft) => boolean): EmbedDraft | undefined {
  let best: EmbedDraft | undefined;
  for (const draft of drafts) if (can(draft) && (!best || lengthOf(draft) > lengthOf(best))) best = draft;
  return best;
}

/** One step towards the budget; false when nothing is left to give up. */
function shrinkOnce(drafts: EmbedDraft[], excess: number): boolean {
  const droppable = nextDroppable(drafts);
  if (droppable) {
    droppable.draft.fields.splice(droppable.index, 1);
    return true;
  }
  const longDescription = largest(drafts, (draft) => draft.description.length > MIN_DESCRIPTION);
  if (longDescription) {
    const target = Math.max(MIN_DESCRIPTION, longDescription.description.length - excess);
    longDescription.description = clip(longDescription.description, target);
    return true;
  }
  const withFields = largest(drafts, (draft) => draft.fields.length > 0);
  if (withFields) {
    withFields.fields.pop();
    return true;
  }
  const longTitle = largest(drafts, (draft) => draft.title.length > 40);
  if (longTitle) {
    longTitle.title = clip(longTitle.title, 40);
    return true;
  }
  if (drafts.length > 1) {
    drafts.pop();
    return true;
  }
  return false;
}

/**
 * Plain API JSON. discord.js's EmbedBuilder re-checks the same per-field limits, but its
 * validators cost ~100 µs an embed (they build an error object for every union branch tried);
 * the limits are enforced above and asserted in `assertEmbedLimits`, and the tests run the
 * builder over the same embeds as a second opinion.
 */
function toApiEmbed(draft: EmbedDraft): APIEmbed {
  const embed: APIEmbed = { title: draft.title, color: draft.color };
  if (draft.description) embed.description = draft.description;
  if (draft.fields.length > 0)
    embed.fields = draft.fields.map(({ name, value, inline }) => ({ name, value, inline: inline ?? false }));
  if (draft.footer) embed.footer = { text: draft.footer };
  assertEmbedLimits(embed);
  return embed;
}

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
 * @example fitEmbeds([{ title: 'Port 22', description: 'SSH', fields: [], color: 0x5865f2 }])
 */
export function fitEmbeds(input: readonly EmbedDraft[]): APIEmbed[] {
  const drafts = input.slice(0, DISCORD_LIMITS.embedsPerMessage).map(clipDraft);
  if (totalOf(drafts) <= DISCORD_LIMITS.embedsTotal) return drafts.map(toApiEmbed);
  const budget = DISCORD_LIMITS.embedsTotal - NOTE_ROOM;
  // Each step removes at least one field, embed or a part of a text: bounded by their count.
  for (let step = 0; step < 2_000 && totalOf(drafts) > budget; step++)
    if (!shrinkOnce(drafts, totalOf(drafts) - budget)) break;
  const last = drafts.at(-1);
  if (last) last.footer = last.footer ? `${clip(last.footer, 60)} · ${SHORTENED_NOTE}` : SHORTENED_NOTE;
  const embeds = drafts.map(toApiEmbed);
  const total = embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
  if (total > DISCORD_LIMITS.embedsTotal) throw new Error(`embeds still ${total} characters after fitting`);
  return embeds;
}
