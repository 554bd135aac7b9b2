/**
 * The Linux / macOS / Windows buttons under an answer. A button's custom_id carries the OS and
 * the validated query as a compact token ("os:linux:p60140"), never the text someone typed, so a
 * click re-answers the same question for another OS without any stored state.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import {
  CHECK_OS_LABELS,
  CHECK_OSES,
  type CheckOs,
  CheckOsSchema,
  decodeQueryToken,
  encodeQueryToken,
  type Query,
} from '../../src/index.js';
import { DISCORD_LIMITS } from './discord-limits.js';

const PREFIX = 'os';
/** The longest "os:<os>:" prefix; the token gets the rest of Discord's 100 characters. */
const TOKEN_ROOM = DISCORD_LIMITS.customId - `${PREFIX}:windows:`.length;

export interface OsButtonClick {
  os: CheckOs;
  query: Query;
}

/**
 * The token for a query, or undefined when it cannot carry every item (a click would then answer
 * a smaller question than the one on screen).
 */
export function tokenFor(query: Query): string | undefined {
  const token = encodeQueryToken(query, TOKEN_ROOM);
  const decoded = token ? decodeQueryToken(token) : undefined;
  return decoded && decoded.items.length === query.items.length ? token : undefined;
}

export function osButtonId(os: CheckOs, token: string): string {
  return `${PREFIX}:${os}:${token}`;
}

/** Reads a custom_id back; undefined for anything this module did not write. */
export function parseOsButtonId(customId: string): OsButtonClick | undefined {
  if (customId.length > DISCORD_LIMITS.customId) return undefined;
  const [prefix, osText, ...rest] = customId.split(':');
  if (prefix !== PREFIX || rest.length !== 1) return undefined;
  const os = CheckOsSchema.safeParse(osText);
  const query = decodeQueryToken(rest[0] ?? '');
  return os.success && query ? { os: os.data, query } : undefined;
}

/**
 * One row of three buttons; the OS on screen is highlighted and disabled. Plain API JSON, like
 * the embeds (see fit-embeds.ts); `parseOsButtonId` and the tests hold the limits.
 */
export function renderOsButtons(
  token: string,
  current: CheckOs | null,
): APIActionRowComponent<APIComponentInMessageActionRow> {
  const buttons: APIButtonComponentWithCustomId[] = CHECK_OSES.map((os) => {
    const customId = osButtonId(os, token);
    if (customId.length > DISCORD_LIMITS.customId)
      throw new RangeError(`custom_id is ${customId.length} characters`);
    return {
      type: ComponentType.Button,
      custom_id: customId,
      label: CHECK_OS_LABELS[os],
      style: os === current ? ButtonStyle.Primary : ButtonStyle.Secondary,
      disabled: os === current,
    };
  });
  return { type: ComponentType.ActionRow, components: buttons };
}
