import type { Envelope } from '@cucumber/messages';

/** A cucumber message with the line of the NDJSON stream it came from (1-based). */
export interface LocatedEnvelope {
  line: number;
  envelope: Envelope;
}

export interface ReadEnvelopesResult {
  envelopes: LocatedEnvelope[];
  warnings: string[];
}

/**
 * Splits a `message` formatter stream into envelopes. A line that is not JSON (a run killed
 * mid-write leaves a truncated last line) or not a message becomes a warning, never an error,
 * so one bad line costs one message rather than the whole guide.
 */
export function readEnvelopes(ndjson: string): ReadEnvelopesResult {
  const envelopes: LocatedEnvelope[] = [];
  const warnings: string[] = [];
  const lines = ndjson.split(/\r?\n/);
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      warnings.push(`line ${line}: not a JSON message (${reason}); skipped`);
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      warnings.push(`line ${line}: not a cucumber message (expected a JSON object); skipped`);
      return;
    }
    envelopes.push({ line, envelope: value as Envelope });
  });
  return { envelopes, warnings };
}
