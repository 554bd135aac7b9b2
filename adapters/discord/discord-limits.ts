/**
 * Discord's message limits. discord.js's builders check some of them when called; the rest
 * (embed total, content, embed count, choices) Discord only rejects with error 50035, after the
 * user is left waiting, so the renderer keeps every answer inside all of them.
 * https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export const DISCORD_LIMITS = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Title, description, field names and values, footer and author of every embed of one message. */
  embedsTotal: 6000,
  embedsPerMessage: 10,
  content: 2000,
  customId: 100,
  buttonLabel: 80,
  /** A link button's URL. */
  buttonUrl: 512,
  buttonsPerRow: 5,
  actionRows: 5,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;
