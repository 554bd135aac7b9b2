/**
 * Ed25519 verification of Discord's HTTP interactions, with Node's own crypto: Discord signs
 * `timestamp + raw body` and sends the signature in X-Signature-Ed25519, hex encoded.
 * https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers
 *
 * Every input is format-checked before decoding: `Buffer.from(text, 'hex')` stops silently at the
 * first bad character, so a malformed header would otherwise be verified as a shorter one.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';

const PUBLIC_KEY_HEX = /^[0-9a-f]{64}$/i;
const SIGNATURE_HEX = /^[0-9a-f]{128}$/i;
/** Unix seconds as Discord sends them; anything else is not a timestamp Discord signed. */
const TIMESTAMP = /^\d{1,20}$/;

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
