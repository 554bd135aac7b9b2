/**
 * Our Ed25519 check (Node's crypto) against the discord-interactions package's `verifyKey`, over
 * many valid and tampered requests signed with keys made for this run.
 */
import { verifyKey } from 'discord-interactions';
import { describe, expect, it } from 'vitest';
import { createSignatureVerifier, importPublicKey } from '../../adapters/discord/verify-signature.js';
import { createTestSigner } from '../support/discord/signing.js';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789 {}[]":,.-_é→🙂\n';

function text(next: () => number, max: number): string {
  const length = Math.floor(next() * max);
  let result = '';
  for (let index = 0; index < length; index++) result += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return result;
}

function flipHex(hex: string, at: number): string {
  const digit = hex[at] === '0' ? '1' : '0';
  return `${hex.slice(0, at)}${digit}${hex.slice(at + 1)}`;
}

const VARIANTS = ['valid', 'body', 'timestamp', 'signature', 'key', 'uppercase'] as const;
const CASES = 300;

describe('signature verification', () => {
  it(`agrees with discord-interactions on ${CASES} valid and tampered requests`, async () => {
    const signer = createTestSigner();
    const other = createTestSigner();
    const verify = createSignatureVerifier(signer.publicKeyHex);
    const next = random(20_250_101);
    const outcomes = { agreed: 0, accepted: 0 };
    for (let index = 0; index < CASES; index++) {
      const variant = VARIANTS[index % VARIANTS.length] ?? 'valid';
      const body = text(next, 1_500);
      const timestamp = String(1_700_000_000 + Math.floor(next() * 100_000_000));
      let signature = signer.sign(timestamp, body);
      let sentBody = body;
      let sentTimestamp = timestamp;
      if (variant === 'body') sentBody = `${body}x`;
      if (variant === 'timestamp') sentTimestamp = String(Number(timestamp) + 1);
      if (variant === 'signature') signature = flipHex(signature, Math.floor(next() * 128));
      if (variant === 'key') signature = other.sign(timestamp, body);
      if (variant === 'uppercase') signature = signature.toUpperCase();
      const ours = verify(signature, sentTimestamp, Buffer.from(sentBody));
      const theirs = await verifyKey(Buffer.from(sentBody), signature, sentTimestamp, signer.publicKeyHex);
      expect({ index, variant, ours }).toEqual({ index, variant, ours: theirs });
      expect(ours).toBe(variant === 'valid' || variant === 'uppercase');
      outcomes.agreed += 1;
      if (ours) outcomes.accepted += 1;
    }
    expect(outcomes).toEqual({ agreed: CASES, accepted: CASES / 3 });
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['one character short', 'a'.repeat(127)],
    ['one character long', 'a'.repeat(129)],
    ['non-hex inside', `${'a'.repeat(64)}xx${'a'.repeat(62)}`],
  ])('refuses a signature that is %s before decoding it', (_name, signature) => {
    const signer = createTestSigner();
    expect(createSignatureVerifier(signer.publicKeyHex)(signature, '1700000000', Buffer.from('{}'))).toBe(
      false,
    );
  });

  it('refuses a valid signature followed by junk (Buffer.from would drop the junk)', () => {
    const signer = createTestSigner();
    const signature = signer.sign('1700000000', '{}');
    const verify = createSignatureVerifier(signer.publicKeyHex);
    expect(verify(signature, '1700000000', Buffer.from('{}'))).toBe(true);
    expect(verify(`${signature}zz`, '1700000000', Buffer.from('{}'))).toBe(false);
    expect(verify(`${signature}0`, '1700000000', Buffer.from('{}'))).toBe(false);
  });

  it.each([
    ['63 characters', 'a'.repeat(63)],
    ['65 characters', 'a'.repeat(65)],
    ['not hex', 'g'.repeat(64)],
    ['base64', Buffer.alloc(32, 1).toString('base64')],
  ])('refuses a public key of %s', (_name, key) => {
    expect(() => importPublicKey(key)).toThrow(/64 hexadecimal/);
  });
});
