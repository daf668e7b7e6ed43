/**
 * Merges the cucumber message streams of several shards (`cucumber-js --shard i/n`) into one, so
 * one guide and one drift report can be made from a sharded run.
 *
 * Every shard parses every feature and emits every pickle, with fresh random ids; it runs only its
 * share. The merge keeps the first shard's Gherkin documents, re-points the other shards' pickles
 * at them by source location, keeps only pickles some shard ran, and closes with one
 * testRunFinished that succeeded only if every shard did.
 *
 * Usage: ts-node scripts/merge-messages.ts --out FILE SHARD.ndjson...
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Envelope, GherkinDocument, TestRunFinished } from '@cucumber/messages';
import { envelopesIn } from './run-messages';

interface Located {
  id: string;
  key: string;
}

/** Every AST node with an id in a Gherkin document, keyed by "uri:line:column:kind". */
function astNodes(document: GherkinDocument): Located[] {
  const found: Located[] = [];
  const visit = (value: unknown, kind: string) => {
    if (!value || typeof value !== 'object') return;
    const node = value as { id?: unknown; location?: { line: number; column?: number } };
    if (typeof node.id === 'string' && node.location) {
      found.push({ id: node.id, key: `${document.uri}:${node.location.line}:${node.location.column}:${kind}` });
    }
    for (const [key, value] of Object.entries(node)) {
      if (Array.isArray(value)) value.forEach((child) => visit(child, key));
      else if (value && typeof value === 'object') visit(value, key);
    }
  };
  visit(document.feature, 'feature');
  return found;
}

function envelopesOfShard(ndjson: string, shard: number): Envelope[] {
  try {
    return [...envelopesIn(ndjson)];
  } catch (error) {
    throw new Error(`shard ${shard + 1}: ${(error as Error).message}`);
  }
}

/**
 * `rebase` moves a stored attachment's relative url (a screenshot beside its shard's stream,
 * steps/support/message-formatter.ts) to where the merged stream is written.
 */
export function mergeMessageStreams(shards: readonly string[], rebase: (url: string, shard: number) => string = (url) => url): string {
  const out: Envelope[] = [];
  const idByKey = new Map<string, string>();
  const seenUris = new Set<string>();
  let runStarted: Envelope | undefined;
  let runFinished: TestRunFinished | undefined;
  let success = true;

  shards.forEach((ndjson, shard) => {
    const envelopes = envelopesOfShard(ndjson, shard);
    const remap = new Map<string, string>();
    for (const envelope of envelopes) {
      if (!envelope.gherkinDocument) continue;
      for (const node of astNodes(envelope.gherkinDocument)) {
        const known = idByKey.get(node.key);
        if (known) remap.set(node.id, known);
        else idByKey.set(node.key, node.id);
      }
    }
    const ran = new Set(envelopes.flatMap((envelope) => (envelope.testCase ? [envelope.testCase.pickleId] : [])));
    const mapId = (id: string) => remap.get(id) ?? id;
    for (const envelope of envelopes) {
      if (envelope.meta) {
        if (out.length === 0) out.push(envelope);
      } else if (envelope.source || envelope.gherkinDocument) {
        const uri = (envelope.source ?? envelope.gherkinDocument)?.uri;
        const key = `${envelope.source ? 'source' : 'document'}:${uri}`;
        if (!seenUris.has(key)) {
          seenUris.add(key);
          out.push(envelope);
        }
      } else if (envelope.pickle) {
        if (!ran.has(envelope.pickle.id)) continue;
        const pickle = envelope.pickle;
        pickle.astNodeIds = pickle.astNodeIds.map(mapId);
        for (const step of pickle.steps ?? []) step.astNodeIds = step.astNodeIds.map(mapId);
        for (const tag of pickle.tags ?? []) tag.astNodeId = mapId(tag.astNodeId);
        out.push(envelope);
      } else if (envelope.attachment?.url && !/^[a-z][a-z0-9+.-]+:/i.test(envelope.attachment.url)) {
        out.push({ attachment: { ...envelope.attachment, url: rebase(envelope.attachment.url, shard) } });
      } else if (envelope.testRunStarted) {
        runStarted ??= envelope;
      } else if (envelope.testRunFinished) {
        success &&= envelope.testRunFinished.success !== false;
        runFinished = envelope.testRunFinished;
      } else {
        out.push(envelope);
      }
    }
  });
  const firstRunMessage = out.findIndex((envelope) => envelope.testCase || envelope.testCaseStarted);
  if (runStarted) out.splice(firstRunMessage < 0 ? out.length : firstRunMessage, 0, runStarted);
  if (runFinished) out.push({ testRunFinished: { ...runFinished, success } });
  return out.map((envelope) => JSON.stringify(envelope)).join('\n') + '\n';
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const outFile = outAt >= 0 ? args[outAt + 1] : undefined;
  const inputs = args.filter((_, index) => index !== outAt && index !== outAt + 1);
  if (!outFile || inputs.length === 0) {
    console.error('Usage: ts-node scripts/merge-messages.ts --out FILE SHARD.ndjson...');
    process.exit(2);
  }
  try {
    const rebase = (url: string, shard: number) =>
      `./${relative(dirname(resolve(outFile)), resolve(dirname(inputs[shard]), url))
        .split(sep)
        .join('/')}`;
    writeFileSync(
      outFile,
      mergeMessageStreams(
        inputs.map((file) => readFileSync(file, 'utf8')),
        rebase,
      ),
    );
    console.log(`merged ${inputs.length} shard(s) into ${outFile}`);
  } catch (error) {
    console.error(`Could not merge the shards: ${(error as Error).message}`);
    process.exit(1);
  }
}
