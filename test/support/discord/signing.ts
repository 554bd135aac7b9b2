/**
 * Signs interactions the way Discord does, with an Ed25519 key pair made for the test run: the
 * public key (64 hex characters) goes into the config, the private key never leaves the test.
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

export interface TestSigner {
  /** What DISCORD_PUBLIC_KEY holds: 64 hex characters. */
  publicKeyHex: string;
  /** The hex signature Discord would send in X-Signature-Ed25519. */
  sign(timestamp: string, body: string | Buffer): string;
}

function publicKeyHexOf(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  return Buffer.from(jwk.x ?? '', 'base64url').toString('hex');
}

export function createTestSigner(): TestSigner {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyHex: publicKeyHexOf(publicKey),
    sign: (timestamp, body) =>
      sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), privateKey).toString('hex'),
  };
}

/** Seconds since the epoch, as Discord writes X-Signature-Timestamp. */
export function nowTimestamp(): string {
  return String(Math.floor(Date.now() / 1000));
}

export interface PostOptions {
  signature?: string;
  timestamp?: string;
  /** Sent instead of JSON.stringify(payload) (already signed or deliberately broken). */
  rawBody?: string | Buffer;
}

/** POSTs a payload to the endpoint, signed by `signer` unless the options say otherwise. */
export async function postInteraction(
  url: string,
  signer: TestSigner,
  payload: unknown,
  options: PostOptions = {},
): Promise<{ status: number; body: unknown }> {
  const body = options.rawBody ?? JSON.stringify(payload);
  const timestamp = options.timestamp ?? nowTimestamp();
  const signature = options.signature ?? signer.sign(timestamp, body);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signature,
      'x-signature-timestamp': timestamp,
    },
    body,
    signal: AbortSignal.timeout(5_000),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, body: parsed };
}
