/**
 * Bodies sent in turn, each signed once per second: both platforms sign with a one-second
 * timestamp, so a real sender's signing cost is amortised the same way.
 */
export interface SignedBody {
  body: string;
  timestamp: string;
  signature: string;
}

export function createSignedRotation(
  bodies: readonly string[],
  signBody: (timestamp: string, body: string) => string,
): () => SignedBody {
  const signatures = new Map<string, string>();
  let index = 0;
  return () => {
    const which = index++ % bodies.length;
    const body = bodies[which] as string;
    const timestamp = String(Math.floor(Date.now() / 1000));
    const key = `${timestamp}:${which}`;
    let signature = signatures.get(key);
    if (!signature) {
      if (signatures.size > 1000) signatures.clear();
      signature = signBody(timestamp, body);
      signatures.set(key, signature);
    }
    return { body, timestamp, signature };
  };
}
