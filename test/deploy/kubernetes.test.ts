/**
 * The Kubernetes manifests, checked offline: every document against the Kubernetes schemas
 * (kubernetes-models), and against the service itself — probe paths imported from the server code,
 * the port the container listens on (PORT) equal to the one declared, probed and targeted, labels
 * and names that actually select each other, and the hardening the deployment promises. The
 * environment a pod really gets is worked out the way Kubernetes does (envFrom in order, the later
 * source winning, then `env`) and read by the service's own config parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, type IContainer, type IProbe, Secret, Service } from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { INTERACTIONS_PATH } from '../../adapters/discord/interactions-endpoint.js';
import { readServiceConfig } from '../../adapters/server/config.js';
import { HEALTH_PATH, READY_PATH } from '../../adapters/server/service.js';
import { SLACK_EVENTS_PATH } from '../../adapters/slack/events-route.js';

const DIR = join(import.meta.dirname, '../../deploy/kubernetes');

// Each kind the manifests may use, with its schema-validating model.
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'v1/Service': Service,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/Ingress': Ingress,
};

interface Manifest {
  file: string;
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  // biome-ignore lint/suspicious/noExplicitAny: the shape depends on `kind`; each test narrows it
  [field: string]: any;
}

function readManifests(): Manifest[] {
  const files = readdirSync(DIR).filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml');
  return files.flatMap((file) =>
    parseAllDocuments(readFileSync(join(DIR, file), 'utf8')).map((document) => {
      expect(document.errors, file).toEqual([]);
      return { ...(document.toJS() as Manifest), file };
    }),
  );
}

const manifests = readManifests();

function find(kind: string, name: string): Manifest {
  const found = manifests.find((manifest) => manifest.kind === kind && manifest.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
}

const deployment = find('Deployment', 'portbot');
const pod = deployment.spec.template;
const container = pod.spec.containers[0] as IContainer;
const env = (name: string) => container.env?.find((entry) => entry.name === name)?.value;
const configMap = find('ConfigMap', 'portbot-config');
const secret = find('Secret', 'portbot-secrets');
const settings = configMap.data as Record<string, string>;
const secrets = secret.stringData as Record<string, string>;

/**
 * The variables a container gets: each envFrom source in order (a later source wins on the same
 * key), then `env` over all of them — Kubernetes' rule.
 */
function podEnv(
  sources: {
    configMaps: Record<string, Record<string, string>>;
    secrets: Record<string, Record<string, string>>;
  },
  target: IContainer = container,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const source of target.envFrom ?? []) {
    const values = source.configMapRef
      ? sources.configMaps[source.configMapRef.name ?? '']
      : sources.secrets[source.secretRef?.name ?? ''];
    expect(values, JSON.stringify(source)).toBeDefined();
    Object.assign(result, values);
  }
  for (const entry of target.env ?? []) if (entry.value !== undefined) result[entry.name] = entry.value;
  return result;
}

const shippedEnv = () =>
  podEnv({ configMaps: { 'portbot-config': settings }, secrets: { 'portbot-secrets': secrets } });

/** "192Mi" → bytes; the suffixes the manifests use. */
function bytes(quantity: string | number | undefined): number {
  const match = /^(\d+)(Ki|Mi|Gi)?$/.exec(String(quantity));
  if (!match) throw new Error(`unexpected quantity ${quantity}`);
  const unit = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30 }[match[2] ?? ''] ?? 1;
  return Number(match[1]) * unit;
}

describe('every manifest', () => {
  it.each(
    manifests.map((manifest) => [`${manifest.file}: ${manifest.kind} ${manifest.metadata.name}`, manifest]),
  )('%s is valid against the Kubernetes schema', (_name, manifest) => {
    const Model = MODELS[`${manifest.apiVersion}/${manifest.kind}`];
    expect(Model, `${manifest.apiVersion} ${manifest.kind} is not an expected kind`).toBeDefined();
    const { file: _file, ...data } = manifest;
    expect(() => new (Model as NonNullable<typeof Model>)(data as never).validate()).not.toThrow();
  });

  it('the schema check does catch mistakes', () => {
    const { file: _file, ...broken } = structuredClone(deployment);
    broken.spec.template.spec.containers[0].ports[0].containerPort = '3000';
    expect(() => new Deployment(broken as never).validate()).toThrow(/containerPort must be integer/);
  });

  it('kustomization lists files that exist, and never the Secret example', () => {
    const kustomization = parseAllDocuments(
      readFileSync(join(DIR, 'kustomization.yaml'), 'utf8'),
    )[0]?.toJS() as {
      resources: string[];
    };
    const files = readdirSync(DIR);
    for (const resource of kustomization.resources) expect(files).toContain(resource);
    expect(kustomization.resources.some((resource) => resource.includes('example'))).toBe(false);
  });
});

describe('the portbot Deployment agrees with the service', () => {
  const port = Number(env('PORT'));
  const probes: [string, IProbe | undefined, string][] = [
    ['readiness', container.readinessProbe, READY_PATH],
    ['liveness', container.livenessProbe, HEALTH_PATH],
    ['startup', container.startupProbe, HEALTH_PATH],
  ];

  it('listens where it says: PORT, the container port and the image agree', () => {
    const http = container.ports?.find((entry) => entry.name === 'http');
    expect(http?.containerPort).toBe(port);
    expect(env('HOST')).toBe('0.0.0.0');
    const config = readServiceConfig({
      PORT: env('PORT'),
      DISCORD_PUBLIC_KEY: 'ab'.repeat(32),
      DISCORD_APPLICATION_ID: '123456789012345678',
    });
    expect(config.ok && config.config.port).toBe(port);
    expect(pod.metadata.annotations['prometheus.io/port']).toBe(String(port));
    const dockerfile = readFileSync(join(import.meta.dirname, '../../Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(new RegExp(`^EXPOSE ${port}$`, 'm'));
    expect(dockerfile).toMatch(new RegExp(`PORT=${port}\\b`));
  });

  it.each(probes)('%s probe asks the service path on the http port', (_kind, probe, path) => {
    expect(probe?.httpGet?.path).toBe(path);
    expect(probe?.httpGet?.port).toBe('http');
  });

  it('runs as non-root on a read-only root filesystem, caching the registry on an emptyDir', () => {
    expect(pod.spec.securityContext.runAsNonRoot).toBe(true);
    expect(pod.spec.securityContext.runAsUser).toBeGreaterThan(0);
    expect(container.securityContext?.readOnlyRootFilesystem).toBe(true);
    expect(container.securityContext?.allowPrivilegeEscalation).toBe(false);
    expect(container.securityContext?.capabilities?.drop).toEqual(['ALL']);
    const dataDir = env('PORTBOT_DATA_DIR');
    const mount = container.volumeMounts?.find((entry) => entry.mountPath === dataDir);
    const volume = pod.spec.volumes.find((entry: { name: string }) => entry.name === mount?.name);
    expect(volume?.emptyDir).toBeDefined();
  });

  it('asks for resources and takes tokens from a Secret, not from the manifest', () => {
    expect(container.resources?.requests).toMatchObject({
      cpu: expect.any(String),
      memory: expect.any(String),
    });
    expect(container.resources?.limits?.memory).toBeDefined();
    expect(container.envFrom?.some((source) => source.secretRef?.name === 'portbot-secrets')).toBe(true);
    for (const entry of container.env ?? []) expect(entry.name).not.toMatch(/TOKEN|SECRET|KEY|REDIS_URL/);
  });

  it('keeps secrets in the Secret and settings in the ConfigMap, never the same key in both', () => {
    const secretKey = /_(TOKEN|SECRET|KEY)$/;
    expect(Object.keys(secrets).length).toBeGreaterThan(0);
    for (const key of Object.keys(secrets)) expect(key, `${key} is not a secret`).toMatch(secretKey);
    for (const key of Object.keys(settings))
      expect(key, `${key} belongs in the Secret`).not.toMatch(secretKey);
    for (const key of Object.keys(settings)) expect(Object.keys(secrets)).not.toContain(key);
  });

  it('points REDIS_URL, from the ConfigMap, at the Redis Service beside it', () => {
    const redis = find('Service', 'portbot-redis');
    const redisPods = find('Deployment', 'portbot-redis').spec.template.metadata.labels;
    expect(redis.spec.selector).toEqual(redisPods);
    const redisPort = redis.spec.ports.find((entry: { name: string }) => entry.name === 'redis').port;
    expect(settings.REDIS_URL).toBe(`redis://${redis.metadata.name}:${redisPort}`);
    expect(shippedEnv().REDIS_URL).toBe(settings.REDIS_URL);
  });

  it('reads the Secret first and the ConfigMap after it, so the settings are never overridden', () => {
    const names = (container.envFrom ?? []).map((source) =>
      source.secretRef ? `secret:${source.secretRef.name}` : `configMap:${source.configMapRef?.name}`,
    );
    expect(names).toEqual(['secret:portbot-secrets', 'configMap:portbot-config']);
    // A Secret made from a whole .env, with an empty REDIS_URL and a setting of its own.
    const fromWholeEnvFile = { ...secrets, REDIS_URL: '', LOG_LEVEL: 'debug', PORTBOT_DATA_DIR: '' };
    const pod = podEnv({
      configMaps: { 'portbot-config': settings },
      secrets: { 'portbot-secrets': fromWholeEnvFile },
    });
    expect(pod.REDIS_URL).toBe(settings.REDIS_URL);
    expect(pod.LOG_LEVEL).toBe(settings.LOG_LEVEL);
    expect(pod.PORTBOT_DATA_DIR).toBe(env('PORTBOT_DATA_DIR'));
  });

  it('gives a pod an environment the service accepts, sharing state through that Redis', () => {
    const read = readServiceConfig(shippedEnv());
    expect(read.ok, JSON.stringify(read)).toBe(true);
    if (!read.ok) return;
    expect(read.config.redisUrl).toBe(settings.REDIS_URL);
    expect(read.config.registry.dataDir).toBe(env('PORTBOT_DATA_DIR'));
    expect(read.config.slack?.mode).toBe('http');
    expect(read.config.rateLimit).toEqual({
      perMinute: Number(settings.RATE_LIMIT_PER_MINUTE),
      burst: Number(settings.RATE_LIMIT_BURST),
    });
  });

  it('gives every probe a realistic timeout, and liveness a minute before it restarts a pod', () => {
    for (const [kind, probe] of probes) {
      expect(probe?.timeoutSeconds, kind).toBeGreaterThanOrEqual(3);
      expect(probe?.timeoutSeconds, kind).toBeLessThanOrEqual(5);
      expect(probe?.timeoutSeconds ?? 0, kind).toBeLessThanOrEqual(probe?.periodSeconds ?? 10);
    }
    const liveness = container.livenessProbe;
    expect((liveness?.periodSeconds ?? 10) * (liveness?.failureThreshold ?? 3)).toBeGreaterThanOrEqual(60);
    expect(container.readinessProbe?.failureThreshold).toBeGreaterThanOrEqual(2);
    const startup = container.startupProbe;
    expect((startup?.periodSeconds ?? 10) * (startup?.failureThreshold ?? 3)).toBeGreaterThanOrEqual(30);
  });

  it('sizes memory from the measured resident set (144 MiB idle, 168 MiB after load)', () => {
    const loaded = 168 * 2 ** 20;
    const request = bytes(container.resources?.requests?.memory);
    const limit = bytes(container.resources?.limits?.memory);
    expect(request).toBeGreaterThanOrEqual(loaded * 1.1);
    expect(limit).toBeGreaterThanOrEqual(loaded * 1.5);
    expect(limit).toBeGreaterThan(request);
    expect(container.resources?.limits?.cpu).toBeUndefined();
  });

  it("never scales past Slack's 10 Socket Mode connections per app, a rollout's extra pod included", () => {
    const hpa = find('HorizontalPodAutoscaler', 'portbot').spec;
    const surge = deployment.spec.strategy.rollingUpdate.maxSurge;
    expect(typeof surge).toBe('number');
    expect(hpa.maxReplicas + surge).toBeLessThanOrEqual(10);
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(hpa.minReplicas);
    expect(deployment.spec.replicas).toBeLessThanOrEqual(hpa.maxReplicas);
  });

  it('the Service, autoscaler and disruption budget select this Deployment', () => {
    const labels = pod.metadata.labels as Record<string, string>;
    expect(deployment.spec.selector.matchLabels).toEqual(labels);
    const service = find('Service', 'portbot');
    expect(service.spec.selector).toEqual(labels);
    expect(service.spec.ports[0].targetPort).toBe('http');
    expect(find('PodDisruptionBudget', 'portbot').spec.selector.matchLabels).toEqual(labels);
    const target = find('HorizontalPodAutoscaler', 'portbot').spec.scaleTargetRef;
    expect(target).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'portbot' });
  });

  it('the Secret example holds placeholders only', () => {
    const secret = find('Secret', 'portbot-secrets');
    for (const [key, value] of Object.entries(secret.stringData as Record<string, string>)) {
      const placeholder = /replace-me|^0+$|^redis:\/\/portbot-redis:6379$/.test(value);
      expect(placeholder, `${key} must be a placeholder`).toBe(true);
    }
  });

  it('the example Ingress publishes only the platform endpoints', () => {
    const paths = find('Ingress', 'portbot').spec.rules.flatMap(
      (rule: { http: { paths: { path: string }[] } }) => rule.http.paths.map((entry) => entry.path),
    );
    expect(paths.sort()).toEqual([INTERACTIONS_PATH, SLACK_EVENTS_PATH].sort());
  });
});
