/**
 * End to end, what the service learns from each Slack answer: the service composed from its
 * environment as `npm start` composes it (RATE_LIMIT_BURST=2, LOG_LEVEL=info), the real Bolt app,
 * signed requests in; then GET /metrics counts the answers by adapter and outcome, and the log
 * holds one info line per answer, with a correlation id and never the question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdapterDeps } from '../../adapters/shared/service-adapter.js';
import { appMention, slashCommandForm } from '../support/slack/payloads.js';
import { FORM, JSON_TYPE, signedPost, TEST_SIGNING_SECRET } from '../support/slack/signing.js';
import {
  type LogLine,
  type RunningSlackService,
  startSlackService,
  startSlackServiceFromEnv,
} from '../support/slack/slack-service.js';
import { waitFor } from '../support/slack/wait.js';
import { BOT_USER_ID, startWebApiStandIn, type WebApiStandIn } from '../support/slack/web-api-stand-in.js';

const INFO = 30;
/** Words in the questions below that nothing else would write: if a log line holds one, it leaked. */
const CANARIES = ['zebracanary', 'quokkacanary', 'otterscanary', 'lemurcanary'];

let api: WebApiStandIn;
let slack: RunningSlackService & { metricsUrl: string };

const answerLines = (logs: LogLine[]) => logs.filter((line) => line.msg === 'answer');

async function slashCommand(text: string): Promise<{ text: string; response_type: string }> {
  const response = await signedPost(slack.eventsUrl, slashCommandForm(text, api.responseUrl('m')), FORM);
  expect(response.status).toBe(200);
  return (await response.json()) as { text: string; response_type: string };
}

/** The value of one series in Prometheus' text format. */
function sample(metrics: string, name: string, labels: string): number | undefined {
  const line = metrics.split('\n').find((entry) => entry.startsWith(`${name}{${labels}} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

beforeAll(async () => {
  api = await startWebApiStandIn();
  slack = await startSlackServiceFromEnv({
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_API_URL: api.apiUrl,
    // A minute per token after the burst: the third question in a row is over the limit.
    RATE_LIMIT_PER_MINUTE: '1',
    RATE_LIMIT_BURST: '2',
    LOG_LEVEL: 'info',
  });
});

afterAll(async () => {
  await slack?.stop();
  await api?.close();
});

describe('answers in metrics and logs', () => {
  it('counts an answer, a user error and a rate-limited question by adapter and outcome', async () => {
    expect((await slashCommand('5432 zebracanary')).text).toContain('5432');
    expect((await slashCommand('99999 quokkacanary')).text).toMatch(/99999 is not a valid port/);
    expect((await slashCommand('8080 otterscanary')).text).toMatch(/try again in \d+ s/);
    // Another user, by mention: answered in the thread, counted once the reply was posted.
    const mention = appMention(`<@${BOT_USER_ID}> 22 lemurcanary`, { user: 'UOTHERASK1' });
    expect((await signedPost(slack.eventsUrl, JSON.stringify(mention), JSON_TYPE)).status).toBe(200);
    await waitFor(() => (answerLines(slack.logs).length >= 4 ? true : undefined), {
      what: 'four answer lines',
    });

    const response = await fetch(slack.metricsUrl);
    expect(response.status).toBe(200);
    const metrics = await response.text();
    const count = (outcome: string) =>
      sample(metrics, 'portbot_answers_total', `adapter="slack",outcome="${outcome}"`);
    expect(count('answered')).toBe(2);
    expect(count('user_error')).toBe(1);
    expect(count('rate_limited')).toBe(1);
    expect(count('failed')).toBe(0);
    const timed = (outcome: string) =>
      sample(metrics, 'portbot_answer_duration_seconds_count', `adapter="slack",outcome="${outcome}"`);
    expect(timed('answered')).toBe(2);
    expect(timed('rate_limited')).toBe(1);
    expect(sample(metrics, 'portbot_errors_total', 'source="slack"')).toBe(0);
    // The log lines and the histogram are read from the same clock.
    const logged = answerLines(slack.logs)
      .filter((line) => line.outcome === 'answered')
      .reduce((total, line) => total + Number(line.durationMs) / 1000, 0);
    const summed = sample(
      metrics,
      'portbot_answer_duration_seconds_sum',
      'adapter="slack",outcome="answered"',
    );
    expect(summed).toBeCloseTo(logged, 5);
  });

  it('logs one info line per answer: correlation id, adapter, kind, outcome, duration', () => {
    const lines = answerLines(slack.logs);
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line.level).toBe(INFO);
      expect(line.adapter).toBe('slack');
      expect(line.correlationId).toMatch(/^[0-9a-f]{8}$/);
      expect(typeof line.durationMs).toBe('number');
      expect(line.durationMs).toBeGreaterThanOrEqual(0);
    }
    expect(lines.map((line) => [line.kind, line.outcome])).toEqual([
      ['command', 'answered'],
      ['command', 'user_error'],
      ['command', 'rate_limited'],
      ['mention', 'answered'],
    ]);
    expect(new Set(lines.map((line) => line.correlationId)).size).toBe(4);
  });

  it('writes nothing of the questions at info level', () => {
    expect(slack.logs.every((line) => line.level >= INFO)).toBe(true);
    for (const raw of slack.rawLogs) for (const canary of CANARIES) expect(raw).not.toContain(canary);
    expect(slack.logs.some((line) => 'text' in line)).toBe(false);
  });
});

describe('at debug level', () => {
  it('the question is logged, under the same correlation id as its answer line (control)', async () => {
    const debug = await startSlackService({
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_API_URL: api.apiUrl,
    });
    try {
      const form = slashCommandForm('5432 zebracanary', api.responseUrl('d'));
      expect((await signedPost(debug.eventsUrl, form, FORM)).status).toBe(200);
      const answer = await waitFor(() => answerLines(debug.logs)[0], { what: 'the answer line' });
      const question = debug.logs.find((line) => line.msg === 'question');
      expect(question).toMatchObject({ text: '5432 zebracanary', correlationId: answer.correlationId });
      expect(question?.level).toBeLessThan(INFO);
      expect(JSON.stringify(answer)).not.toContain('zebracanary');
      // No answer recorder here: the line still carries a measured duration (the clock moved).
      expect(answer.durationMs).toBeGreaterThan(0);
    } finally {
      await debug.stop();
    }
  });

  it('a failure shares one correlation id between its error line, its answer line and the apology', async () => {
    const broken: Partial<AdapterDeps> = {
      knowledge: () => {
        throw new Error('knowledge unavailable');
      },
    };
    const failing = await startSlackService(
      {
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_API_URL: api.apiUrl,
      },
      {},
      broken,
    );
    try {
      const response = await signedPost(
        failing.eventsUrl,
        slashCommandForm('22', api.responseUrl('f')),
        FORM,
      );
      const reply = (await response.json()) as { text: string };
      const answer = await waitFor(() => answerLines(failing.logs)[0], { what: 'the answer line' });
      const error = failing.logs.find((line) => line.msg === 'could not answer');
      expect(answer).toMatchObject({ outcome: 'failed', kind: 'command', level: INFO });
      expect(error?.correlationId).toBe(answer.correlationId);
      expect(reply.text).toContain(String(answer.correlationId));
    } finally {
      await failing.stop();
    }
  });
});
