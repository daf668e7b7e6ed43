import { buildGuide } from '../guide-gen/build-guide';
import type { LoadExternal } from '../guide-gen/read-attachment';
import { envelopesOf, linesOfFile, readEnvelopes } from '../guide-gen/read-envelopes';
import { messagesDigest, messagesDigester } from '../guide-gen/run-identity';
import type { FlowRecord } from './flow-record';
import { flowsFromGuide } from './flows-from-messages';

/** What verify compares, named by the stream it came from. */
export interface RunRecord {
  /** sha256 of the stream's bytes: the drift report carries it, so the guide knows which run it describes. */
  sha256: string;
  /** False when the stream has no testRunFinished: the run was killed or crashed, and some flows never ran. */
  finished: boolean;
  flows: FlowRecord[];
}

/**
 * One run from the bytes of its message stream (and the screenshots it stores beside it, read
 * with `loadExternal`). The digest and the flows come from the same bytes,
 * read once, so the report can never name one stream and describe another.
 */
export function runRecordFrom(bytes: Buffer, loadExternal?: LoadExternal): RunRecord {
  const guide = buildGuide(readEnvelopes(bytes).envelopes, loadExternal);
  return { sha256: messagesDigest(bytes), finished: guide.run.finished, flows: flowsFromGuide(guide) };
}

/**
 * `runRecordFrom` of a stream file, read a chunk at a time: the digest is of the chunks the flows
 * were read from, and the stream is never held whole (nor its messages, only each flow's record).
 */
export function runRecordFromFile(path: string, loadExternal?: LoadExternal): RunRecord {
  const digester = messagesDigester();
  const guide = buildGuide(envelopesOf(linesOfFile(path, digester.update), []), loadExternal);
  return { sha256: digester.digest(), finished: guide.run.finished, flows: flowsFromGuide(guide) };
}
