/**
 * Ed25519 verification of Discord's HTTP interactions, with Node's own crypto: Discord signs
 * `timestamp + raw body` and sends the signature in X-Signature-Ed25519, hex encoded.
 * https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers
 *
 * Every input is format-checked before decoding: `Buffer.from(text, 'hex')` stops silently at the
 * first bad character, so a malformed header would otherwise be verified as a shorter one.
 *
 * A valid signature proves Discord sent the bytes once, not that they are being sent now: the
 * timestamp's freshness (isFreshTimestamp) and the interaction id's novelty (the endpoint's dedupe)
 * are what stop a captured request from being played again.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';

const PUBLIC_KEY_HEX = /^[0-9a-f]{64}$/i;
const SIGNATURE_HEX = /^[0-9a-f]{128}$/i;
/**
 * Unix seconds in canonical decimal, as Discord writes them: ASCII digits, no sign, no leading
 * zero, no fraction or exponent, no spaces. Twelve digits reach past the year 30000; `0` is
 * refused here as it is by the freshness window.
 */
const TIMESTAMP = /^[1-9][0-9]{0,11}$/;

/**
 * How far X-Signature-Timestamp may be from our clock, either way: five minutes, the tolerance
 * Slack documents for its own signed requests (Discord documents none), which leaves room for a
 * clock that drifts and for a request that queued behind a slow proxy.
 */
export const MAX_TIMESTAMP_SKEW_SECONDS = 5 * 60;

export type SignatureVerifier = (
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
) => boolean;

/** The application's public key (64 hex characters) as a key object; throws on anything else. */
export function importPublicKey(hex: string): KeyObject {
  if (!PUBLIC_KEY_HEX.test(hex)) throw new TypeError('the public key must be 64 hexadecimal characters');
  const x = Buffer.from(hex, 'hex').toString('base64url');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}

/**
 * The timestamp's age in seconds (negative: ahead of our clock), or `undefined` when the header is
 * not canonical decimal seconds.
 * @example timestampSkewSeconds('1700000000', 1_700_000_060_000) // 60
 */
export function timestampSkewSeconds(timestamp: string | undefined, nowMs: number): number | undefined {
  if (timestamp === undefined || !TIMESTAMP.test(timestamp)) return undefined;
  return Math.floor(nowMs / 1000) - Number.parseInt(timestamp, 10);
}

/**
 * Whether the header is canonical decimal seconds within MAX_TIMESTAMP_SKEW_SECONDS of `nowMs`.
 * Judged from the header alone, before the signature, and the same for every interaction type.
 * @example isFreshTimestamp(String(Math.floor(Date.now() / 1000)), Date.now()) // true
 */
export function isFreshTimestamp(timestamp: string | undefined, nowMs: number): boolean {
  const skew = timestampSkewSeconds(timestamp, nowMs);
  return skew !== undefined && Math.abs(skew) <= MAX_TIMESTAMP_SKEW_SECONDS;
}

/**
 * @example const verifier = createSignatureVerifier(config.publicKey);
 *          verifier(req.headers['x-signature-ed25519'], req.headers['x-signature-timestamp'], body)
 */
export function createSignatureVerifier(publicKeyHex: string): SignatureVerifier {
  const key = importPublicKey(publicKeyHex);
  return (signature, timestamp, body) => {
    if (signature === undefined || timestamp === undefined) return false;
    if (!SIGNATURE_HEX.test(signature) || !TIMESTAMP.test(timestamp)) return false;
    const message = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
    try {
      return verify(null, message, key, Buffer.from(signature, 'hex'));
    } catch {
      return false;
    }
  };
}
