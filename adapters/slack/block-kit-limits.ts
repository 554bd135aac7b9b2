/**
 * Block Kit's limits, and a checker that lists every way a message breaks them. @slack/types checks
 * shapes at compile time, not lengths; Slack refuses a message that breaks any of these
 * (`invalid_blocks`, `msg_blocks_too_long`). The renderer picks the most detailed layout that passes,
 * and the renderer contract test runs this over many answers.
 * https://docs.slack.dev/reference/block-kit/blocks
 */
import type { types } from '@slack/bolt';

/** The blocks this adapter renders. */
export type SlackBlock =
  | types.HeaderBlock
  | types.SectionBlock
  | types.ContextBlock
  | types.ActionsBlock
  | types.DividerBlock;

export interface SlackMessage {
  /** Plain-text fallback: notifications, screen readers, clients without Block Kit. */
  text: string;
  blocks: SlackBlock[];
}

export const BLOCK_KIT_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  id: 255,
  messageText: 40_000,
  /**
   * Our own bound on the blocks' JSON. Slack has refused messages with `msg_blocks_too_long` near
   * 13k characters although every block was within its limits; this keeps well clear of that.
   */
  blocksJson: 10_000,
} as const;

type TextObject = types.PlainTextElement | types.MrkdwnElement;

function checkText(text: TextObject | undefined, max: number, where: string, problems: string[]): void {
  if (!text) return;
  if (text.text.length === 0) problems.push(`${where}: empty text`);
  if (text.text.length > max) problems.push(`${where}: text ${text.text.length} > ${max}`);
}

function checkId(id: string | undefined, seen: Set<string>, where: string, problems: string[]): void {
  if (id === undefined) return;
  if (id.length === 0 || id.length > BLOCK_KIT_LIMITS.id) problems.push(`${where}: id length ${id.length}`);
  if (seen.has(id)) problems.push(`${where}: duplicate id ${id}`);
  seen.add(id);
}

function checkSection(block: types.SectionBlock, where: string, problems: string[]): void {
  if (!block.text && !block.fields?.length) problems.push(`${where}: section without text or fields`);
  checkText(block.text, BLOCK_KIT_LIMITS.sectionText, where, problems);
  const fields = block.fields ?? [];
  if (fields.length > BLOCK_KIT_LIMITS.sectionFields) problems.push(`${where}: ${fields.length} fields`);
  fields.forEach((field, index) => {
    checkText(field, BLOCK_KIT_LIMITS.fieldText, `${where}.fields[${index}]`, problems);
  });
}

function checkContext(block: types.ContextBlock, where: string, problems: string[]): void {
  if (block.elements.length === 0 || block.elements.length > BLOCK_KIT_LIMITS.contextElements)
    problems.push(`${where}: ${block.elements.length} context elements`);
  block.elements.forEach((element, index) => {
    if (element.type === 'plain_text' || element.type === 'mrkdwn')
      checkText(element, BLOCK_KIT_LIMITS.contextText, `${where}.elements[${index}]`, problems);
  });
}

function checkActions(block: types.ActionsBlock, where: string, ids: Set<string>, problems: string[]): void {
  if (block.elements.length === 0 || block.elements.length > BLOCK_KIT_LIMITS.actionsElements)
    problems.push(`${where}: ${block.elements.length} actions`);
  block.elements.forEach((element, index) => {
    const at = `${where}.elements[${index}]`;
    if (element.type !== 'button') return;
    checkText(element.text, BLOCK_KIT_LIMITS.buttonText, at, problems);
    if (element.value !== undefined && element.value.length > BLOCK_KIT_LIMITS.buttonValue)
      problems.push(`${at}: value ${element.value.length} > ${BLOCK_KIT_LIMITS.buttonValue}`);
    if (element.url !== undefined && element.url.length > BLOCK_KIT_LIMITS.buttonUrl)
      problems.push(`${at}: url ${element.url.length} > ${BLOCK_KIT_LIMITS.buttonUrl}`);
    checkId(element.action_id, ids, at, problems);
  });
}

/** Every limit the message breaks, as readable strings; empty when Slack will accept it. */
export function findBlockKitViolations(message: SlackMessage): string[] {
  const problems: string[] = [];
  const { blocks } = message;
  if (message.text.trim().length === 0) problems.push('text: empty fallback');
  if (message.text.length > BLOCK_KIT_LIMITS.messageText) problems.push(`text: ${message.text.length}`);
  if (blocks.length > BLOCK_KIT_LIMITS.blocks) problems.push(`blocks: ${blocks.length}`);
  const json = JSON.stringify(blocks).length;
  if (json > BLOCK_KIT_LIMITS.blocksJson)
    problems.push(`blocks JSON: ${json} > ${BLOCK_KIT_LIMITS.blocksJson}`);
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  blocks.forEach((block, index) => {
    const where = `blocks[${index}]`;
    checkId(block.block_id, blockIds, where, problems);
    if (block.type === 'header') {
      checkText(block.text, BLOCK_KIT_LIMITS.headerText, where, problems);
      if (block.text.type !== 'plain_text') problems.push(`${where}: header must be plain_text`);
    } else if (block.type === 'section') checkSection(block, where, problems);
    else if (block.type === 'context') checkContext(block, where, problems);
    else if (block.type === 'actions') checkActions(block, where, actionIds, problems);
  });
  return problems;
}

/** Whether the message is within every limit. */
export function fitsBlockKit(message: SlackMessage): boolean {
  return findBlockKitViolations(message).length === 0;
}
