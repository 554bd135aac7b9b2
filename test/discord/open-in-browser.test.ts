/**
 * "Open in browser" in Discord: with PUBLIC_URL, every answer about a port, range or service ends
 * with a link-style button to its page; without it, none. Rendered on its own, then end to end
 * through the service composed from its environment (as `npm start` does), over the HTTP endpoint
 * and the gateway, against the local Discord stand-in.
 */
import { Writable } from 'node:stream';
import { ButtonStyle, ComponentType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderButtons } from '../../adapters/discord/buttons.js';
import { DISCORD_LIMITS } from '../../adapters/discord/discord-limits.js';
import { answerInteraction, type InteractionContext } from '../../adapters/discord/interaction-handler.js';
import { renderAnswerMessage } from '../../adapters/discord/render-message.js';
import { type ComposedService, composeService } from '../../adapters/server/compose.js';
import { readServiceConfig } from '../../adapters/server/config.js';
import { createLogger } from '../../adapters/shared/logger.js';
import { answerQuestion, presentAnswer } from '../../src/index.js';
import {
  type FakeDiscord,
  isCallbackFor,
  startFakeDiscord,
  waitUntil,
} from '../support/discord/fake-discord.js';
import {
  botUser,
  buttonClick,
  FAKE_TOKEN,
  IDS,
  messageCreate,
  portCommand,
} from '../support/discord/payloads.js';
import { createTestSigner, postInteraction, type TestSigner } from '../support/discord/signing.js';
import { testKnowledge } from '../support/discord/start-portbot.js';

const ORIGIN = 'https://portbot.example.com';

interface Button {
  type: number;
  style: number;
  label?: string;
  url?: string;
  custom_id?: string;
}
interface Message {
  components: { type: number; components: Button[] }[];
}

function buttonsOf(message: Message): Button[] {
  return message.components.flatMap((row) => row.components);
}

function links(message: Message): string[] {
  return buttonsOf(message).flatMap((button) =>
    button.style === ButtonStyle.Link ? [button.url ?? ''] : [],
  );
}

/** Within Discord's limits: at most five buttons a row and five rows; a link has a URL, no custom_id. */
function expectWithinLimits(message: Message): void {
  expect(message.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.actionRows);
  for (const row of message.components) {
    expect(row.type).toBe(ComponentType.ActionRow);
    expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
    for (const button of row.components) {
      if (button.style === ButtonStyle.Link) {
        expect(button.custom_id).toBeUndefined();
        expect(button.url?.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonUrl);
      } else expect(button.url).toBeUndefined();
    }
  }
}

function render(question: string, publicUrl?: string): Message {
  const outcome = answerQuestion(question, testKnowledge());
  if (!outcome.ok) throw new Error(outcome.problem.code);
  return renderAnswerMessage(outcome.answer, outcome.token, { ephemeral: false, publicUrl }) as Message;
}

describe('Discord rendering: the link button', () => {
  it.each([
    ['60140', `${ORIGIN}/ports/60140`],
    ['53/udp', `${ORIGIN}/ports/53/udp`],
    ['8000-8010', `${ORIGIN}/ports/8000-8010`],
    ['postgres', `${ORIGIN}/services/postgresql`],
    ['22 and 443', `${ORIGIN}/search?q=22%20443`],
  ])('%s links to %s with the last button, style 5', (question, url) => {
    const message = render(question, ORIGIN);
    expect(buttonsOf(message).at(-1)).toEqual({
      type: ComponentType.Button,
      style: ButtonStyle.Link,
      label: 'Open in browser',
      url,
    });
    expect(links(message)).toEqual([url]);
    expectWithinLimits(message);
  });

  it.each(['22 80 443 3306 5432 6379 8080 8443 9090 27017', '1-128', 'http'])(
    'the largest answers keep the link within the limits: %s',
    (question) => {
      const message = render(question, ORIGIN);
      expect(links(message)).toHaveLength(1);
      expectWithinLimits(message);
    },
  );

  it.each(['22', '22 and 443', 'postgres', '8000-8010', 'help'])(
    '"%s" has no link without PUBLIC_URL',
    (question) => {
      expect(links(render(question))).toEqual([]);
    },
  );

  it('help has no page, so no link', () => {
    expect(links(render('help', ORIGIN))).toEqual([]);
  });

  it('a button click answers again with the link kept', () => {
    const context: InteractionContext = {
      knowledge: testKnowledge,
      replies: 'public',
      present: { actions: { publicUrl: ORIGIN } },
    };
    for (const customId of ['os:windows:p22', 'all:linux:p22']) {
      const result = answerInteraction({ kind: 'button', customId }, context);
      const message = result.data as Message;
      expect(links(message)).toEqual([`${ORIGIN}/ports/22`]);
      expectWithinLimits(message);
    }
  });

  it('a URL longer than Discord takes is left out rather than the message refused', () => {
    const outcome = answerQuestion('22', testKnowledge());
    if (!outcome.ok) throw new Error(outcome.problem.code);
    const long = `${ORIGIN}/search?q=${'a'.repeat(DISCORD_LIMITS.buttonUrl)}`;
    const presentation = presentAnswer(outcome.answer, { token: 'p22', actions: { openUrl: long } });
    expect(presentation.actions.some((action) => action.kind === 'open')).toBe(true);
    const message = { components: renderButtons(presentation) } as Message;
    expect(links(message)).toEqual([]);
    expect(buttonsOf(message).length).toBeGreaterThan(0);
  });
});

describe('Discord end to end with PUBLIC_URL', () => {
  let discord: FakeDiscord;
  let signer: TestSigner;
  let composed: ComposedService;
  let baseUrl: string;

  beforeAll(async () => {
    discord = await startFakeDiscord();
    signer = createTestSigner();
    const read = readServiceConfig({
      HOST: '127.0.0.1',
      PORT: '0',
      WEB: 'off',
      LOG_LEVEL: 'warn',
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: discord.apiUrl,
      PUBLIC_URL: `${ORIGIN}/`,
    });
    if (!read.ok) throw new Error(read.problems.join('; '));
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    composed = await composeService(read.config, {
      logger: createLogger('warn', sink),
      knowledge: testKnowledge,
    });
    await composed.start();
    const address = composed.service.server.address();
    if (address === null || typeof address === 'string') throw new Error('no address');
    baseUrl = `http://127.0.0.1:${address.port}`;
    const adapter = composed.adapters.find((candidate) => candidate.name === 'discord');
    await waitUntil(() => adapter?.ready() ?? false, 10_000, 'the gateway to be ready');
  });

  afterAll(async () => {
    await composed?.stop();
    await discord?.close();
  });

  async function overHttp(payload: unknown): Promise<{ type: number; data: Message }> {
    const { status, body } = await postInteraction(`${baseUrl}/discord/interactions`, signer, payload);
    expect(status).toBe(200);
    return body as { type: number; data: Message };
  }

  it('a /port answer over HTTP links to the port page', async () => {
    const { data } = await overHttp(portCommand('5432'));
    expect(links(data)).toEqual([`${ORIGIN}/ports/5432`]);
    expectWithinLimits(data);
  });

  it('a Windows click over HTTP keeps the link', async () => {
    const first = await overHttp(portCommand('8080'));
    const windows = buttonsOf(first.data).find((button) => button.custom_id?.startsWith('os:windows:'));
    const { type, data } = await overHttp(buttonClick(windows?.custom_id ?? 'none'));
    expect(type).toBe(7);
    expect(links(data)).toEqual([`${ORIGIN}/ports/8080`]);
    expect(JSON.stringify(data)).toContain('Get-NetTCPConnection');
  });

  it('a /port answer over the gateway sends the same link through discord.js', async () => {
    const payload = portCommand('53/udp');
    discord.gateway.dispatch('INTERACTION_CREATE', payload);
    const callback = await discord.waitForRequest(isCallbackFor(payload.id));
    const { data } = callback.body as { data: Message };
    expect(links(data)).toEqual([`${ORIGIN}/ports/53/udp`]);
    expectWithinLimits(data);
  });

  it('a mention answered over the gateway links to the search for both ports', async () => {
    const question = messageCreate({ content: `<@${IDS.bot}> 22 and 443`, mentions: [botUser()] });
    discord.gateway.dispatch('MESSAGE_CREATE', question);
    const reply = await discord.waitForRequest(
      (request) =>
        (request.body as { message_reference?: { message_id?: string } } | null)?.message_reference
          ?.message_id === question.id,
    );
    const body = reply.body as Message;
    expect(links(body)).toEqual([`${ORIGIN}/search?q=22%20443`]);
    expectWithinLimits(body);
  });
});
