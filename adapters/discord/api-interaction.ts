/**
 * Reads a raw interaction (the JSON Discord POSTs to the endpoint) into what portbot needs from
 * it. Only the fields used are checked; Discord adds fields often, so the rest passes through.
 */
import { ApplicationCommandType, ComponentType, InteractionType } from 'discord.js';
import { z } from 'zod';
import { QUERY_OPTION } from './commands.js';
import type { InteractionInput } from './interaction-handler.js';
import type { Asker } from './questions.js';

const OptionSchema = z.looseObject({
  name: z.string(),
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
});

const DataSchema = z.looseObject({
  name: z.string().optional(),
  type: z.number().int().optional(),
  options: z.array(OptionSchema).optional(),
  target_id: z.string().optional(),
  resolved: z
    .looseObject({
      messages: z.record(z.string(), z.looseObject({ content: z.string().optional() })).optional(),
    })
    .optional(),
  custom_id: z.string().max(100).optional(),
  component_type: z.number().int().optional(),
});

const UserSchema = z.looseObject({ id: z.string() });

const InteractionSchema = z.looseObject({
  id: z.string(),
  type: z.number().int(),
  data: DataSchema.optional(),
  guild_id: z.string().optional(),
  // In a server the asker is `member.user`; in a DM, `user`.
  member: z.looseObject({ user: UserSchema.optional() }).optional(),
  user: UserSchema.optional(),
});

export type ApiInteractionRead =
  | { kind: 'ping' }
  /** `id`: Discord's id for this one interaction (a snowflake), unique per delivery. */
  | { kind: 'input'; id: string; input: InteractionInput; asker: Asker }
  | { kind: 'unsupported'; type: number }
  | { kind: 'invalid' };

type Data = z.infer<typeof DataSchema>;

function optionText(data: Data, focusedOnly: boolean): string {
  const option = data.options?.find((candidate) =>
    focusedOnly ? candidate.focused === true : candidate.name === QUERY_OPTION,
  );
  return typeof option?.value === 'string' ? option.value : '';
}

function readCommand(data: Data): InteractionInput {
  const command = data.name ?? '';
  if (data.type === ApplicationCommandType.Message) {
    const target = data.target_id ? data.resolved?.messages?.[data.target_id] : undefined;
    return { kind: 'command', command, text: target?.content ?? '' };
  }
  return { kind: 'command', command, text: optionText(data, false) };
}

function readInput(type: number, data: Data): InteractionInput | undefined {
  switch (type) {
    case InteractionType.ApplicationCommand:
      return readCommand(data);
    case InteractionType.ApplicationCommandAutocomplete:
      return { kind: 'autocomplete', command: data.name ?? '', text: optionText(data, true) };
    case InteractionType.MessageComponent:
      if (data.component_type !== ComponentType.Button || !data.custom_id) return undefined;
      return { kind: 'button', customId: data.custom_id };
    default:
      return undefined;
  }
}

export function readApiInteraction(raw: unknown): ApiInteractionRead {
  const parsed = InteractionSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'invalid' };
  const { id, type, data, guild_id: guildId, member, user } = parsed.data;
  if (type === InteractionType.Ping) return { kind: 'ping' };
  if (!data) return { kind: 'invalid' };
  const input = readInput(type, data);
  if (!input) return { kind: 'unsupported', type };
  return {
    kind: 'input',
    id,
    input,
    asker: { userId: member?.user?.id ?? user?.id ?? null, guildId: guildId ?? null },
  };
}
