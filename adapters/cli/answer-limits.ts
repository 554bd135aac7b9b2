/** Lines of the default terminal answer at most: one screen. `--full` has no limit. */
export const MAX_ANSWER_LINES = 35;
