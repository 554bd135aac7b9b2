/**
 * The buttons under an answer, from the presentation's actions: Linux / macOS / Windows, and
 * "Show everything" when the default answer folded something. A custom_id carries what to answer
 * and the validated query as a compact token ("os:linux:p60140", "all:linux:p60140"), never the
 * text someone typed, so a click re-answers the same question without any stored state.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import {
  type Action,
  type CheckOs,
  CheckOsSchema,
  type Detail,
  decodeQueryToken,
  encodeQueryToken,
  type Presentation,
  type Query,
} from '../../src/index.js';
import { DISCORD_LIMITS } from './discord-limits.js';

/** The answer's detail, in a custom_id's first part. */
const PREFIX: Record<Detail, string> = { default: 'os', full: 'all' };
/** The longest "<prefix>:<os>:"; the token gets the rest of Discord's 100 characters. */
const TOKEN_ROOM = DISCORD_LIMITS.customId - `${PREFIX.full}:windows:`.length;

export interface ButtonClick {
  os: CheckOs;
  detail: Detail;
  query: Query;
}

/**
 * The token for a query, or undefined when it cannot carry every item (a click would then answer
 * a smaller question than the one on screen).
 */
export function tokenFor(query: Query): string | undefined {
  const token = encodeQueryToken(query, TOKEN_ROOM);
  const decoded = token ? decodeQueryToken(token) : undefined;
  return decoded?.ok && decoded.value.items.length === query.items.length ? token : undefined;
}

export function buttonId(detail: Detail, os: CheckOs, token: string): string {
  return `${PREFIX[detail]}:${os}:${token}`;
}

/** Reads a custom_id back; undefined for anything this module did not write. */
export function parseButtonId(customId: string): ButtonClick | undefined {
  if (customId.length > DISCORD_LIMITS.customId) return undefined;
  const [prefix, osText, ...rest] = customId.split(':');
  const detail = (Object.keys(PREFIX) as Detail[]).find((key) => PREFIX[key] === prefix);
  if (!detail || rest.length !== 1) return undefined;
  const os = CheckOsSchema.safeParse(osText);
  const query = decodeQueryToken(rest[0] ?? '');
  return os.success && query.ok ? { os: os.data, detail, query: query.value } : undefined;
}

/** The OS the answer's commands are for: the selected OS button's. */
function shownOs(actions: readonly Action[]): CheckOs {
  for (const action of actions) if (action.kind === 'os' && action.selected) return action.os;
  return 'linux';
}

function button(action: Action, presentation: Presentation): APIButtonComponentWithCustomId | undefined {
  let customId: string;
  let current = false;
  if (action.kind === 'os') {
    customId = buttonId(presentation.detail, action.os, action.token);
    current = action.selected;
  } else if (action.kind === 'detail') {
    customId = buttonId('full', shownOs(presentation.actions), action.token);
  } else return undefined;
  if (customId.length > DISCORD_LIMITS.customId)
    throw new RangeError(`custom_id is ${customId.length} characters`);
  return {
    type: ComponentType.Button,
    custom_id: customId,
    label: action.label.slice(0, DISCORD_LIMITS.buttonLabel),
    style: current ? ButtonStyle.Primary : ButtonStyle.Secondary,
    disabled: current,
  };
}

/**
 * Rows of at most five buttons, in the actions' order; "Show everything" is added when fitting
 * left something out that the actions did not already offer. Plain API JSON, like the embeds.
 */
export function renderButtons(
  presentation: Presentation,
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const actions = [...presentation.actions];
  const { showAll } = presentation;
  if (
    presentation.detail === 'default' &&
    presentation.trimmed?.note &&
    showAll &&
    !actions.some((action) => action.id === showAll.id)
  )
    actions.push(showAll);
  const buttons = actions.flatMap((action) => button(action, presentation) ?? []);
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  for (let start = 0; start < buttons.length && rows.length < DISCORD_LIMITS.actionRows; start += 5)
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(start, start + DISCORD_LIMITS.buttonsPerRow),
    });
  return rows;
}
