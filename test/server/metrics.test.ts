/**
 * GET /metrics on a real service (in-process, loopback): Prometheus text with answers by adapter
 * and outcome, the latency histogram, errors and connection state.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics, METRICS_PATH } from '../../adapters/server/metrics.js';
import { createService, type Service } from '../../adapters/server/service.js';
import { startAnswerTimer } from '../../adapters/shared/answer-recorder.js';
import { createLogger } from '../../adapters/shared/logger.js';
import type { ServiceAdapter } from '../../adapters/shared/service-adapter.js';

const logger = createLogger('silent');

/** A structural stand-in for a chat adapter: one route that fails on purpose. */
function fakeAdapter(name: string, isReady: () => boolean): ServiceAdapter {
  return {
    name,
    routes: [
      {
        method: 'POST',
        path: `/${name}/boom`,
        handler: () => {
          throw new Error('boom');
        },
      },
    ],
    start: async () => {},
    stop: async () => {},
    ready: isReady,
  };
}

let service: Service | undefined;
afterEach(async () => {
  await service?.stop();
  service = undefined;
});

async function startWithMetrics(redisReady: boolean) {
  const adapters = [fakeAdapter('slack', () => true), fakeAdapter('discord', () => false)];
  const metrics = createMetrics({
    adapters: ['slack', 'discord'],
    connections: () => [
      { name: 'redis', ready: () => redisReady },
      ...adapters.map((adapter) => ({ name: adapter.name, ready: () => adapter.ready() })),
    ],
  });
  service = createService({
    host: '127.0.0.1',
    port: 0,
    adapters,
    logger,
    routes: [metrics.route],
    onRouteError: () => metrics.recordError('http'),
  });
  const { port } = await service.start();
  return { metrics, base: `http://127.0.0.1:${port}` };
}

async function scrape(base: string): Promise<{ type: string | null; text: string }> {
  const response = await fetch(`${base}${METRICS_PATH}`);
  expect(response.status).toBe(200);
  return { type: response.headers.get('content-type'), text: await response.text() };
}

describe('GET /metrics', () => {
  it('starts every adapter × outcome series at zero', async () => {
    const { base } = await startWithMetrics(true);
    const { type, text } = await scrape(base);
    expect(type).toContain('text/plain');
    for (const adapter of ['slack', 'discord'])
      for (const outcome of ['answered', 'user_error', 'rate_limited', 'failed'])
        expect(text).toContain(`portbot_answers_total{adapter="${adapter}",outcome="${outcome}"} 0`);
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('counts and times answers by adapter and outcome', async () => {
    const { base, metrics } = await startWithMetrics(true);
    metrics.answers.record('slack', 'answered', 0.02);
    metrics.answers.record('slack', 'answered', 0.3);
    metrics.answers.record('discord', 'rate_limited', 0.001);
    metrics.answers.record('discord', 'failed', 0.5);
    const done = startAnswerTimer(metrics.answers, 'discord');
    done('user_error');
    done('failed'); // counted once only
    const { text } = await scrape(base);
    expect(text).toContain('portbot_answers_total{adapter="slack",outcome="answered"} 2');
    expect(text).toContain('portbot_answers_total{adapter="discord",outcome="rate_limited"} 1');
    expect(text).toContain('portbot_answers_total{adapter="discord",outcome="user_error"} 1');
    expect(text).toContain('portbot_answers_total{adapter="discord",outcome="failed"} 1');
    expect(text).toContain(
      'portbot_answer_duration_seconds_bucket{le="0.025",adapter="slack",outcome="answered"} 1',
    );
    expect(text).toContain('portbot_answer_duration_seconds_count{adapter="slack",outcome="answered"} 2');
    expect(text).toContain('portbot_errors_total{source="discord"} 1');
  });

  it('counts route handlers that throw as errors', async () => {
    const { base } = await startWithMetrics(true);
    const response = await fetch(`${base}/slack/boom`, { method: 'POST' });
    expect(response.status).toBe(500);
    const { text } = await scrape(base);
    expect(text).toContain('portbot_errors_total{source="http"} 1');
  });

  it.each([
    [true, 1],
    [false, 0],
  ])('reports connection state (redis ready: %s)', async (redisReady, value) => {
    const { base } = await startWithMetrics(redisReady);
    const { text } = await scrape(base);
    expect(text).toContain(`portbot_connection_ready{connection="redis"} ${value}`);
    expect(text).toContain('portbot_connection_ready{connection="slack"} 1');
    expect(text).toContain('portbot_connection_ready{connection="discord"} 0');
  });

  it('keeps services apart (one registry each)', async () => {
    const one = createMetrics({ adapters: ['slack'], connections: [], processMetrics: false });
    const two = createMetrics({ adapters: ['slack'], connections: [], processMetrics: false });
    one.answers.record('slack', 'answered', 0.1);
    const series = 'portbot_answers_total{adapter="slack",outcome="answered"}';
    expect(await one.registry.getSingleMetricAsString('portbot_answers_total')).toContain(`${series} 1`);
    expect(await two.registry.getSingleMetricAsString('portbot_answers_total')).toContain(`${series} 0`);
  });
});
