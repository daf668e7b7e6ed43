import type { Envelope } from '@cucumber/messages';

/** The messages that belong to one feature file or one test case: copied, with new ids, per copy. */
const COPIED = new Set([
  'source',
  'gherkinDocument',
  'pickle',
  'testCase',
  'testCaseStarted',
  'testStepStarted',
  'testStepFinished',
  'attachment',
  'testCaseFinished',
]);
/** Of those, the ones that come before the run starts (the spec itself). */
const SPEC = new Set(['source', 'gherkinDocument', 'pickle']);

/** Every value of an `id` key inside a message: the ids a copy must rename. */
function idsIn(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) value.forEach((item) => idsIn(item, into));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'id' && typeof inner === 'string') into.add(inner);
      else idsIn(inner, into);
    }
  }
}

/** A feature file's path for copy `n`: `features/a.feature` → `features/a-copy-3.feature`. */
const copiedUri = (uri: string, n: number) => uri.replace(/\.feature$/, `-copy-${n}.feature`);

/**
 * A message of copy `n`; copy 1 is the run itself. A later copy is a feature file of its own: new
 * ids, a new file name, and an ordinary page rather than a second start page.
 */
function renamed(value: unknown, n: number, ids: ReadonlySet<string>, key?: string): unknown {
  if (n === 1) return value;
  if (typeof value === 'string') {
    if (ids.has(value)) return `${value}-copy-${n}`;
    if (key === 'name' && value === '@guide-start') return `@guide-order-${1000 + n}`;
    return key === 'uri' ? copiedUri(value, n) : value;
  }
  if (Array.isArray(value)) return value.map((item) => renamed(item, n, ids));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, inner]) => [k, renamed(inner, n, ids, k)]));
  return value;
}

/**
 * A run `copies` times the size of `envelopes`: each feature file and each test case again under
 * new ids and a new file name, sharing the step definitions, hooks and screenshots (attachments
 * stored beside the stream are named by url, so the copies point at the same files). For
 * benchmarks of a spec far larger than this one; the lines come one at a time, so a run of any
 * size is never held whole. The start page's copies are ordinary pages (the generator notes that
 * they have no walkthrough tagged @how-to).
 */
export function* syntheticRun(envelopes: readonly Envelope[], copies: number): Generator<string> {
  const ids = new Set<string>();
  for (const envelope of envelopes) if (COPIED.has(Object.keys(envelope)[0])) idsIn(envelope, ids);
  const kind = (envelope: Envelope) => Object.keys(envelope)[0];
  const line = (envelope: unknown) => JSON.stringify(envelope);
  const copied = (filter: (envelope: Envelope) => boolean) =>
    function* (): Generator<string> {
      for (let n = 1; n <= copies; n++) for (const envelope of envelopes) if (filter(envelope)) yield line(renamed(envelope, n, ids));
    };
  const spec = copied((envelope) => SPEC.has(kind(envelope)));
  const results = copied((envelope) => COPIED.has(kind(envelope)) && !SPEC.has(kind(envelope)));
  // In the stream's own order: all copies of the spec where its first file was, all copies of the
  // results where its first test case was, and everything shared (definitions, run hooks) in place.
  let specDone = false;
  let resultsDone = false;
  for (const envelope of envelopes) {
    if (!COPIED.has(kind(envelope))) yield line(envelope);
    else if (SPEC.has(kind(envelope))) {
      if (!specDone) yield* spec();
      specDone = true;
    } else {
      if (!resultsDone) yield* results();
      resultsDone = true;
    }
  }
}
