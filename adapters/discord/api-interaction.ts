/**
 * Reads a raw interaction (the JSON Discord POSTs to the endpoint) into what portbot needs from
 * it. Only the fields used are checked; Discord adds fields often, so the rest passes through.
 */
import { ApplicationCommandType, ComponentType, InteractionType } from 'discord.js';
import { z } from 'zod';
import { NOTE_COMMAND, NOTE_OPTIONS, QUERY_OPTION } from './commands.js';
import type { InteractionInput } from './interaction-handler.js';
import type { Asker } from './questions.js';

const OptionSchema = z.looseObject({
  name: z.string(),
  type: z.number().int().optional(),
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
  /** A subcommand's own options (`/port-note set port:… text:…`). */
  get options() {
    return z.array(OptionSchema).optional();
  },
});

/** A text input in a submitted form: in an action row, or (newer forms) in a label. */
const TextInputSchema = z.looseObject({ custom_id: z.string(), value: z.string().optional() });
const FormRowSchema = z.looseObject({
  components: z.array(TextInputSchema).optional(),
  component: TextInputSchema.optional(),
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
  components: z.array(FormRowSchema).optional(),
});

const UserSchema = z.looseObject({
  id: z.string(),
  username: z.string().optional(),
  global_name: z.string().nullish(),
});

const InteractionSchema = z.looseObject({
  id: z.string(),
  type: z.number().int(),
  data: DataSchema.optional(),
  guild_id: z.string().optional(),
  // In a server the asker is `member.user`; in a DM, `user`.
  member: z
    .looseObject({
      user: UserSchema.optional(),
      nick: z.string().nullish(),
      permissions: z.string().optional(),
    })
    .optional(),
  user: UserSchema.optional(),
  locale: z.string().optional(),
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

type Option = z.infer<typeof OptionSchema>;

function stringOption(options: readonly Option[] | undefined, name: string): string {
  const value = options?.find((option) => option.name === name)?.value;
  return typeof value === 'string' ? value : '';
}

function readCommand(data: Data): InteractionInput {
  const command = data.name ?? '';
  if (data.type === ApplicationCommandType.Message) {
    const target = data.target_id ? data.resolved?.messages?.[data.target_id] : undefined;
    return { kind: 'command', command, text: target?.content ?? '' };
  }
  if (command === NOTE_COMMAND) {
    const sub = data.options?.[0];
    const page = sub?.options?.find((option) => option.name === NOTE_OPTIONS.page)?.value;
    return {
      kind: 'command',
      command,
      text: '',
      note: {
        subcommand: sub?.name ?? '',
        port: stringOption(sub?.options, NOTE_OPTIONS.port),
        text: stringOption(sub?.options, NOTE_OPTIONS.text),
        ...(typeof page === 'number' ? { page } : {}),
      },
    };
  }
  return { kind: 'command', command, text: optionText(data, false) };
}

function readForm(data: Data): InteractionInput | undefined {
  if (!data.custom_id) return undefined;
  const fields: Record<string, string> = {};
  for (const row of data.components ?? [])
    for (const input of [...(row.components ?? []), ...(row.component ? [row.component] : [])])
      if (typeof input.value === 'string') fields[input.custom_id] = input.value;
  return { kind: 'modal', customId: data.custom_id, fields };
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
    case InteractionType.ModalSubmit:
      return readForm(data);
    default:
      return undefined;
  }
}

export function readApiInteraction(raw: unknown): ApiInteractionRead {
  const parsed = InteractionSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'invalid' };
  const { id, type, data, guild_id: guildId, member, user, locale } = parsed.data;
  if (type === InteractionType.Ping) return { kind: 'ping' };
  if (!data) return { kind: 'invalid' };
  const input = readInput(type, data);
  if (!input) return { kind: 'unsupported', type };
  return {
    kind: 'input',
    id,
    input,
    asker: {
      userId: member?.user?.id ?? user?.id ?? null,
      guildId: guildId ?? null,
      userName:
        member?.nick ||
        member?.user?.global_name ||
        member?.user?.username ||
        user?.global_name ||
        user?.username,
      permissions: member?.permissions ?? null,
      locale: locale ?? null,
    },
  };
}
