import { createHash } from 'node:crypto';

/**
 * Names one run's message stream by its content, so that outputs made from it (the drift report,
 * the guide) can tell whether they describe the same run. Two runs never share a stream: each
 * holds its own timestamps and ids.
 */
export function messagesDigest(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `messagesDigest` of a stream read in chunks: each given to `update` as it is read, `digest` once all were. */
export function messagesDigester(): { update: (chunk: Uint8Array) => void; digest: () => string } {
  const hash = createHash('sha256');
  let digest: string | undefined;
  return { update: (chunk) => hash.update(chunk), digest: () => (digest ??= hash.digest('hex')) };
}
