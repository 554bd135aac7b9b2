/**
 * Discord's HTTP-interactions signing, written from Discord's documentation rather than taken from
 * the code under test: Ed25519 over `timestamp + raw body`, the signature in hex in
 * `X-Signature-Ed25519`, the timestamp in `X-Signature-Timestamp`. A fresh key pair per test run.
 * https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers
 */
import { generateKeyPairSync, sign } from 'node:crypto';

export interface DiscordKeys {
  /** What DISCORD_PUBLIC_KEY takes: the raw 32-byte key in hex. */
  publicKeyHex: string;
  /** Headers for `body` sent at `timestamp` (unix seconds). */
  headers(body: string, timestamp?: string): Record<string, string>;
}

export function createDiscordKeys(): DiscordKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  const publicKeyHex = Buffer.from(jwk.x ?? '', 'base64url').toString('hex');
  return {
    publicKeyHex,
    headers(body, timestamp = String(Math.floor(Date.now() / 1000))) {
      const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
      return {
        'content-type': 'application/json',
        'x-signature-ed25519': signature,
        'x-signature-timestamp': timestamp,
      };
    },
  };
}
