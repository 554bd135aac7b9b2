/**
 * "Open in browser" is a link button: Slack opens the page itself, and still sends a block_actions
 * payload for the click, which must be acknowledged within 3 s or the clicker sees a warning. This
 * listener only acknowledges it: nothing is answered, counted or rate limited.
 * https://docs.slack.dev/reference/block-kit/block-elements/button-element
 */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { OPEN_ACTION_ID } from '../render/actions.js';

export function registerOpenLink(app: App): void {
  app.action<BlockAction<ButtonAction>>(OPEN_ACTION_ID, async ({ ack }) => {
    await ack();
  });
}
