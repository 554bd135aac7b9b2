/**
 * Complete Discord payloads for the stand-in: discord.js drops an interaction whose payload lacks
 * a field it reads (entitlements, member or user, authorizing_integration_owners, channel, and a
 * full message on a button), and the listener then never fires. Build them here, never by hand.
 * Ids are made-up snowflakes; nothing here is a real account.
 */

export const IDS = {
  application: '900000000000000001',
  bot: '900000000000000001',
  guild: '900000000000000010',
  channel: '900000000000000020',
  thread: '900000000000000021',
  user: '900000000000000030',
  otherBot: '900000000000000031',
  dmChannel: '900000000000000040',
  portCommand: '900000000000000050',
  explainCommand: '900000000000000051',
} as const;

/** Not a Discord token: it only has to match between the client and the stand-in. */
export const FAKE_TOKEN = 'fake-bot-token-for-local-tests';

const EPOCH = '2025-01-01T00:00:00.000+00:00';
/** Every permission bit the bot needs, as Discord sends permissions (a decimal string). */
const PERMISSIONS = '277025508352';

let counter = 0;
/** A fresh snowflake-shaped id for each payload. */
export function nextId(): string {
  counter += 1;
  return String(910_000_000_000_000_000n + BigInt(counter));
}

export function user(id: string = IDS.user, options: { bot?: boolean; username?: string } = {}) {
  return {
    id,
    username: options.username ?? (options.bot ? 'portbot' : 'asker'),
    discriminator: '0',
    global_name: null,
    avatar: null,
    bot: options.bot ?? false,
    public_flags: 0,
  };
}

export const botUser = () => user(IDS.bot, { bot: true, username: 'portbot' });

function member(id: string = IDS.user) {
  return {
    user: user(id),
    roles: [],
    nick: null,
    avatar: null,
    joined_at: EPOCH,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    permissions: PERMISSIONS,
  };
}

export function textChannel(id: string = IDS.channel) {
  return {
    id,
    type: 0,
    guild_id: IDS.guild,
    name: 'general',
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
  };
}

function threadChannel() {
  return {
    ...textChannel(IDS.thread),
    type: 11,
    name: 'a thread',
    parent_id: IDS.channel,
    owner_id: IDS.user,
    thread_metadata: {
      archived: false,
      auto_archive_duration: 1440,
      archive_timestamp: EPOCH,
      locked: false,
    },
    message_count: 0,
    member_count: 1,
  };
}

export function dmChannel() {
  return { id: IDS.dmChannel, type: 1, last_message_id: null, recipients: [user()] };
}

/** What READY lists, then GUILD_CREATE fills in. */
export function guildCreate() {
  return {
    id: IDS.guild,
    name: 'Port testers',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: IDS.user,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: IDS.guild,
        name: '@everyone',
        color: 0,
        hoist: false,
        position: 0,
        permissions: PERMISSIONS,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    joined_at: EPOCH,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [{ ...member(IDS.bot), user: botUser() }, member()],
    channels: [textChannel()],
    threads: [threadChannel()],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
  };
}

/** A message as Discord sends it in events, resolved data and REST answers. */
export function message(options: {
  id?: string;
  content: string;
  author?: ReturnType<typeof user>;
  channelId?: string;
  guild?: boolean;
  mentions?: ReturnType<typeof user>[];
  components?: unknown[];
  embeds?: unknown[];
}) {
  const guild = options.guild ?? true;
  return {
    id: options.id ?? nextId(),
    channel_id: options.channelId ?? (guild ? IDS.channel : IDS.dmChannel),
    ...(guild ? { guild_id: IDS.guild } : {}),
    author: options.author ?? user(),
    content: options.content,
    timestamp: EPOCH,
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: options.mentions ?? [],
    mention_roles: [],
    attachments: [],
    embeds: options.embeds ?? [],
    components: options.components ?? [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

/** MESSAGE_CREATE: as it arrives on the gateway (a guild message also carries the author's member). */
export function messageCreate(options: Parameters<typeof message>[0] & { dm?: boolean }) {
  const guild = !options.dm;
  const base = message({ ...options, guild });
  const { permissions: _permissions, ...memberData } = member(base.author.id);
  return guild
    ? { ...base, member: { ...memberData, user: undefined }, channel_type: 0 }
    : { ...base, channel_type: 1 };
}

function interactionBase(type: number, where: 'guild' | 'dm') {
  const guild = where === 'guild';
  return {
    id: nextId(),
    application_id: IDS.application,
    type,
    token: `interaction-token-${nextId()}`,
    version: 1,
    locale: 'en-US',
    app_permissions: PERMISSIONS,
    entitlements: [],
    attachment_size_limit: 8_388_608,
    ...(guild
      ? {
          guild_id: IDS.guild,
          guild: { id: IDS.guild, locale: 'en-US', features: [] },
          guild_locale: 'en-US',
          channel_id: IDS.channel,
          channel: textChannel(),
          member: member(),
          authorizing_integration_owners: { '0': IDS.guild },
          context: 0,
        }
      : {
          channel_id: IDS.dmChannel,
          channel: dmChannel(),
          user: user(),
          authorizing_integration_owners: { '0': IDS.guild },
          context: 1,
        }),
  };
}

/** `/port query:<text>` */
export function portCommand(query: string, where: 'guild' | 'dm' = 'guild') {
  return {
    ...interactionBase(2, where),
    data: {
      id: IDS.portCommand,
      name: 'port',
      type: 1,
      ...(where === 'guild' ? { guild_id: IDS.guild } : {}),
      options: [{ name: 'query', type: 3, value: query }],
    },
  };
}

/** Autocomplete while typing `query` in `/port`. */
export function portAutocomplete(typed: string) {
  return {
    ...interactionBase(4, 'guild'),
    data: {
      id: IDS.portCommand,
      name: 'port',
      type: 1,
      options: [{ name: 'query', type: 3, value: typed, focused: true }],
    },
  };
}

/** "Explain ports" on a message. */
export function explainPorts(content: string) {
  const target = message({ content });
  return {
    ...interactionBase(2, 'guild'),
    data: {
      id: IDS.explainCommand,
      name: 'Explain ports',
      type: 3,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    },
  };
}

/** A click on a button of a message the bot sent. */
export function buttonClick(customId: string, options: { components?: unknown[]; embeds?: unknown[] } = {}) {
  return {
    ...interactionBase(3, 'guild'),
    message: message({
      content: 'Port 60140',
      author: botUser(),
      components: options.components ?? [],
      embeds: options.embeds ?? [],
    }),
    data: { custom_id: customId, component_type: 2 },
  };
}

/** `/port-note <subcommand> …options` */
export function portNoteCommand(subcommand: string, options: Record<string, string | number> = {}) {
  return {
    ...interactionBase(2, 'guild'),
    data: {
      id: '900000000000000052',
      name: 'port-note',
      type: 1,
      guild_id: IDS.guild,
      options: [
        {
          name: subcommand,
          type: 1,
          options: Object.entries(options).map(([name, value]) => ({
            name,
            type: typeof value === 'number' ? 4 : 3,
            value,
          })),
        },
      ],
    },
  };
}

/** A form submitted (MODAL_SUBMIT, type 5): its text inputs by custom_id, in action rows. */
export function formSubmit(customId: string, fields: Record<string, string>) {
  return {
    ...interactionBase(5, 'guild'),
    message: message({ content: '', author: botUser() }),
    data: {
      custom_id: customId,
      components: Object.entries(fields).map(([id, value]) => ({
        type: 1,
        components: [{ type: 4, custom_id: id, value }],
      })),
    },
  };
}

/** The same interaction from another server (its own guild id), or with other member permissions. */
export function inGuild<T extends object>(payload: T, guildId: string, permissions = PERMISSIONS): T {
  const withGuild = payload as T & { member?: object; data?: object };
  return {
    ...withGuild,
    guild_id: guildId,
    guild: { id: guildId, locale: 'en-US', features: [] },
    authorizing_integration_owners: { '0': guildId },
    ...(withGuild.member ? { member: { ...withGuild.member, permissions } } : {}),
  };
}

export const PING = {
  id: '900000000000000099',
  application_id: IDS.application,
  type: 1,
  token: 'ping',
  version: 1,
};
