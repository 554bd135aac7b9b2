#!/usr/bin/env node
// Probes a running portbot service the way Discord does in HTTP-interactions mode, with a key pair
// made for this run (plain Node, no dependencies: CI runs it on the host against the container).
//
//   node scripts/container-probe.mjs keygen <private-key-file>   prints the public key (hex) for
//                                                                DISCORD_PUBLIC_KEY; keeps the private key
//   node scripts/container-probe.mjs probe <base-url> <private-key-file>
//
// The probe checks: GET /healthz and /readyz answer 200; a signed PING gets {"type":1}; a signed
// `/port 60140` command gets a type 4 message with an embed, and `/port about` the version in
// package.json; a bad signature gets 401; GET /metrics serves the answer counters. Every request
// has a timeout; any failed check exits 1.
// Signing (Discord's docs): Ed25519 over `timestamp + body`, hex in X-Signature-Ed25519.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const REQUEST_TIMEOUT_MS = 5_000;
const APPLICATION_ID = '900000000000000001';
// The image's build stamps this version into the service: "about" must answer with it.
const { version: VERSION } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

function keygen(file) {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  console.log(Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url').toString('hex'));
}

function signedHeaders(privateKey, body) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': signature,
    'x-signature-timestamp': timestamp,
  };
}

// Each interaction gets its own id: the service answers an id once and refuses a repeat as a replay.
let interactions = 0;

/** A slash command as Discord posts it (a DM, so `user` rather than `member`). */
function portCommand(query) {
  return {
    id: String(910000000000000001n + BigInt(interactions++)),
    application_id: APPLICATION_ID,
    type: 2,
    token: 'probe-interaction-token',
    version: 1,
    locale: 'en-US',
    entitlements: [],
    channel_id: '900000000000000040',
    channel: { id: '900000000000000040', type: 1 },
    user: {
      id: '900000000000000030',
      username: 'probe',
      discriminator: '0',
      global_name: null,
      avatar: null,
    },
    authorizing_integration_owners: { 1: '900000000000000030' },
    context: 1,
    data: {
      id: '900000000000000050',
      name: 'port',
      type: 1,
      options: [{ name: 'query', type: 3, value: query }],
    },
  };
}

async function send(url, init = {}) {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

function interaction(base, privateKey, payload, tamper = false) {
  const body = JSON.stringify(payload);
  const headers = signedHeaders(privateKey, body);
  // One flipped bit in R (the first half). Not the last byte: S < 2^253, so its top byte is
  // often 00 already and "replacing" it with 00 would change nothing.
  if (tamper) {
    const signature = Buffer.from(headers['x-signature-ed25519'], 'hex');
    signature[0] ^= 0x01;
    headers['x-signature-ed25519'] = signature.toString('hex');
  }
  return send(new URL('/discord/interactions', base), { method: 'POST', headers, body });
}

const checks = [
  ['GET /healthz → 200', async (base) => (await send(new URL('/healthz', base))).status === 200],
  ['GET /readyz → 200', async (base) => (await send(new URL('/readyz', base))).status === 200],
  [
    'signed PING → {"type":1}',
    async (base, key) => {
      const reply = await interaction(base, key, {
        id: '910000000000000000',
        application_id: APPLICATION_ID,
        type: 1,
        token: 'ping',
        version: 1,
      });
      return reply.status === 200 && reply.text.replace(/\s/g, '') === '{"type":1}';
    },
  ],
  [
    'signed /port 60140 → type 4 with an embed',
    async (base, key) => {
      const reply = await interaction(base, key, portCommand('60140'));
      const embeds = reply.json?.data?.embeds;
      return (
        reply.status === 200 &&
        reply.json?.type === 4 &&
        Array.isArray(embeds) &&
        embeds.length > 0 &&
        JSON.stringify(embeds).includes('60140')
      );
    },
  ],
  [
    `signed /port about → version ${VERSION}`,
    async (base, key) => {
      const reply = await interaction(base, key, portCommand('about'));
      return (
        reply.status === 200 &&
        reply.json?.type === 4 &&
        JSON.stringify(reply.json.data?.embeds ?? []).includes(`portbot ${VERSION}`)
      );
    },
  ],
  [
    'bad signature → 401',
    async (base, key) => (await interaction(base, key, portCommand('22'), true)).status === 401,
  ],
  [
    'GET /metrics → Prometheus text with answers by adapter',
    async (base) =>
      (await send(new URL('/metrics', base))).text.includes('portbot_answers_total{adapter="discord"'),
  ],
];

async function probe(base, file) {
  const privateKey = createPrivateKey(readFileSync(file));
  console.log(
    `probing ${base} (public key ${Buffer.from(
      createPublicKey(privateKey).export({ format: 'jwk' }).x,
      'base64url',
    )
      .toString('hex')
      .slice(0, 12)}…)`,
  );
  let failed = 0;
  for (const [name, check] of checks) {
    const ok = await check(base, privateKey).catch((error) => {
      console.log(`  error: ${error.message}`);
      return false;
    });
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
    if (!ok) failed++;
  }
  console.log(`probe: ${checks.length - failed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

const [command, ...args] = process.argv.slice(2);
if (command === 'keygen' && args.length === 1) keygen(args[0]);
else if (command === 'probe' && args.length === 2) await probe(args[0], args[1]);
else {
  console.error('usage: container-probe.mjs keygen <key-file> | probe <base-url> <key-file>');
  process.exitCode = 2;
}
