/**
 * Global middleware: an Events API delivery whose `event_id` was already claimed is a retry (Slack
 * resends after 3 s without an acknowledgement) and is dropped. Bolt has already acknowledged it.
 */
import type { App } from '@slack/bolt';
import { DEDUPE_TTL_MS, type ListenerContext } from './context.js';

export function registerEventDedupe(app: App, context: ListenerContext): void {
  app.use(async ({ body, next }) => {
    const eventId = (body as { type?: unknown; event_id?: unknown }).event_id;
    if (body.type === 'event_callback' && typeof eventId === 'string') {
      if (!(await context.dedupe.claim(`slack:event:${eventId}`, DEDUPE_TTL_MS))) {
        context.logger.debug({ eventId }, 'duplicate event ignored');
        return;
      }
    }
    await next();
  });
}
