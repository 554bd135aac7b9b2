/**
 * How much of an answer a layout shows. The message renderer tries `full` first and steps down
 * until the message fits Block Kit's limits: one port shows everything; ten ports or a 128-port
 * range show less per item.
 */
export const DETAILS = ['full', 'compact', 'brief'] as const;
export type Detail = (typeof DETAILS)[number];
