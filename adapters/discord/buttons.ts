/**
 * The buttons under an answer, from the presentation's actions: Linux / macOS / Windows, "Show
 * everything" when the default answer folded something, and "Open in browser", a link-style
 * button (no custom_id: Discord opens the URL and sends us nothing). A custom_id is the core's button
 * value (`encodeButtonValue`): what to answer and the validated query token, never the text
 * someone typed, so a click re-answers the same question without any stored state. A Korean
 * answer's buttons end in ":ko" ("os:linux:p60140:ko"), so the click answers in Korean too.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIButtonComponentWithURL,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import {
  type Action,
  type CheckOs,
  type Detail,
  encodeButtonValue,
  type Lang,
  type Presentation,
} from '../../src/index.js';
import { DISCORD_LIMITS } from './discord-limits.js';

/** The custom_id of a button: the core's button value ("os:linux:p60140", "all:linux:p60140:ko"). */
export function buttonId(detail: Detail, os: CheckOs, token: string, lang: Lang = 'en'): string {
  return encodeButtonValue({ detail, os, token, lang });
}

/** The OS the answer's commands are for: the selected OS button's. */
function shownOs(actions: readonly Action[]): CheckOs {
  for (const action of actions) if (action.kind === 'os' && action.selected) return action.os;
  return 'linux';
}

function linkButton(action: Extract<Action, { kind: 'open' }>): APIButtonComponentWithURL | undefined {
  // A URL Discord would refuse (longer than it takes) costs the whole message: leave the button out.
  if (action.url.length > DISCORD_LIMITS.buttonUrl) return undefined;
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Link,
    label: action.label.slice(0, DISCORD_LIMITS.buttonLabel),
    url: action.url,
  };
}

function button(
  action: Action,
  presentation: Presentation,
): APIButtonComponentWithCustomId | APIButtonComponentWithURL | undefined {
  if (action.kind === 'open') return linkButton(action);
  let customId: string;
  let current = false;
  if (action.kind === 'os') {
    customId = buttonId(presentation.detail, action.os, action.token, presentation.lang);
    current = action.selected;
  } else if (action.kind === 'detail') {
    customId = buttonId('full', shownOs(presentation.actions), action.token, presentation.lang);
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
  const actions: Action[] = presentation.actions.filter((action) => action.kind !== 'open');
  const { showAll } = presentation;
  if (
    presentation.detail === 'default' &&
    presentation.trimmed?.note &&
    showAll &&
    !actions.some((action) => action.id === showAll.id)
  )
    actions.push(showAll);
  // The link last, after the buttons that answer again.
  actions.push(...presentation.actions.filter((action) => action.kind === 'open'));
  const buttons = actions.flatMap((action) => button(action, presentation) ?? []);
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  for (let start = 0; start < buttons.length && rows.length < DISCORD_LIMITS.actionRows; start += 5)
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(start, start + DISCORD_LIMITS.buttonsPerRow),
    });
  return rows;
}
