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
import { encodeFeedbackValue } from '../shared/team/index.js';
import { DISCORD_LIMITS } from './discord-limits.js';

/**
 * Prefixes of the team's buttons and forms. A vote's custom_id carries the answer's identity
 * (query token, language, data version): Discord sends ephemeral messages' clicks without the
 * message's content worth reading, and nothing is stored until someone votes.
 */
export const TEAM_IDS = {
  up: 'up:',
  down: 'dn:',
  /** "Add a team note": the query token, to fill in the form's port. */
  addNote: 'note:',
  /** The form "Add a team note" opens. */
  noteForm: 'noteform',
  /** "What was missing?" after a 👎: the vote's value. */
  missingForm: 'miss:',
  /** "More" under the server's notes: the next page and the list's language ("notes:2:ko"). */
  more: 'notes:',
  /** The text inputs of the forms. */
  scopeInput: 'scope',
  textInput: 'text',
} as const;

const VOTE_EMOJI = { up: '👍', down: '👎' } as const;

export interface ButtonOptions {
  /** The answer's data version (`dataVersionTag`): with it, the feedback buttons can be built. */
  dataVersion?: string | undefined;
}

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

/** 👍 / 👎 (an emoji button with its word) and "Add a team note"; left out when its id would not fit. */
function teamButton(
  action: Extract<Action, { kind: 'feedback' | 'note' }>,
  presentation: Presentation,
  options: ButtonOptions,
): APIButtonComponentWithCustomId | undefined {
  let customId: string;
  if (action.kind === 'note') customId = `${TEAM_IDS.addNote}${action.token}`;
  else {
    if (!options.dataVersion) return undefined;
    const value = encodeFeedbackValue({
      token: action.token,
      lang: presentation.lang,
      dataVersion: options.dataVersion,
    });
    customId = `${action.vote === 'up' ? TEAM_IDS.up : TEAM_IDS.down}${value}`;
  }
  // A long question's token leaves no room for the prefix: no button rather than a refused message.
  if (customId.length > DISCORD_LIMITS.customId) return undefined;
  return {
    type: ComponentType.Button,
    custom_id: customId,
    label: action.label.slice(0, DISCORD_LIMITS.buttonLabel),
    style: ButtonStyle.Secondary,
    ...(action.kind === 'feedback' ? { emoji: { name: VOTE_EMOJI[action.vote] } } : {}),
  };
}

function button(
  action: Action,
  presentation: Presentation,
  options: ButtonOptions,
): APIButtonComponentWithCustomId | APIButtonComponentWithURL | undefined {
  if (action.kind === 'open') return linkButton(action);
  if (action.kind === 'feedback' || action.kind === 'note') return teamButton(action, presentation, options);
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
  options: ButtonOptions = {},
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const later = (action: Action) =>
    action.kind === 'open' || action.kind === 'feedback' || action.kind === 'note';
  const actions: Action[] = presentation.actions.filter((action) => !later(action));
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
  const buttons = actions.flatMap((action) => button(action, presentation, options) ?? []);
  // "Was this helpful?" and "Add a team note" on a row of their own, under the answer's buttons.
  const team = presentation.actions
    .filter((action) => action.kind === 'feedback' || action.kind === 'note')
    .flatMap((action) => button(action, presentation, options) ?? []);
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  for (const group of [buttons, team])
    for (let start = 0; start < group.length && rows.length < DISCORD_LIMITS.actionRows; start += 5)
      rows.push({
        type: ComponentType.ActionRow,
        components: group.slice(start, start + DISCORD_LIMITS.buttonsPerRow),
      });
  return rows;
}

/** "More"'s custom_id: the page to show and the list's language, so page 2 reads like page 1. */
export function moreButtonId(page: number, lang: Lang): string {
  return `${TEAM_IDS.more}${page}:${lang}`;
}

/** The page and language a "More" custom_id carries; undefined when it is not one (or damaged). */
export function readMoreButtonId(customId: string): { page: number; lang: string } | undefined {
  const match = /^notes:(\d{1,3}):([a-z]{2})$/.exec(customId);
  if (!match?.[1] || !match[2]) return undefined;
  return { page: Math.max(1, Number.parseInt(match[1], 10)), lang: match[2] };
}

/** A private reply's buttons: only "More" under a page of the server's notes. */
export function renderPrivateButtons(
  presentation: Presentation,
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const more = presentation.actions.flatMap((action) =>
    action.kind === 'more'
      ? [
          {
            type: ComponentType.Button as const,
            custom_id: moreButtonId(action.page, presentation.lang),
            label: action.label.slice(0, DISCORD_LIMITS.buttonLabel),
            style: ButtonStyle.Secondary as const,
          },
        ]
      : [],
  );
  return more.length > 0 ? [{ type: ComponentType.ActionRow, components: more }] : [];
}
