/**
 * `npm run check:rules`: breaks each rule in turn, at every layer it lives in, and runs the checks
 * that should notice; a rule none of them notices is unguarded. The layers (scripts/rule-mutations.ts
 * and the two lists it gathers): the model's rules and the two gates, the views, the handlers, the
 * sessions and the bridge, all checked by the features; the guide generator and verify, checked by
 * their unit tests (node's runner; a mutation may name tests besides features, and they run first).
 * Prints one line per rule with the scenario or test that caught it, then one score per layer
 * (`layer views: 5 caught, 0 survived, 0 not run`) and `rules: N caught, N survived, N not run`,
 * and exits 1 unless every rule was caught. `-- ID…` checks only those, `-- --layer NAME` one
 * layer (`guide-generator` for the space), `-- --list` lists them with their layers.
 *
 * It takes about a minute per feature-checked rule on two cores (a few seconds for a unit-tested
 * one), so it is not part of `npm test`; the test of the list itself (every mutation still applies
 * to the code) is. The source files are restored after each rule, and on Ctrl-C. The run's
 * messages go to a scratch folder, so reports/ is left alone.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFeatures, runTests, type Outcome } from './mutation-outcomes';
import { mutationLayers, ruleMutations, type MutationLayer, type RuleMutation } from './rule-mutations';

const root = join(__dirname, '..');

/** Applies one mutation; the returned function puts the file back as it was. */
export function applyMutation(mutation: RuleMutation, projectRoot = root): () => void {
  const path = join(projectRoot, mutation.file);
  const original = readFileSync(path, 'utf8');
  const count = original.split(mutation.find).length - 1;
  if (count !== 1) throw new Error(`${mutation.file} has the text to replace ${count} times, not once: update "${mutation.id}" in scripts/rule-mutations.ts`);
  writeFileSync(
    path,
    original.replace(mutation.find, () => mutation.replace),
  );
  return () => writeFileSync(path, original);
}

/** Unit tests first (seconds), then the features (a minute): the first that fails catches it. */
async function runChecks(mutation: Pick<RuleMutation, 'features' | 'tests'>, scratch: string, name: string): Promise<Outcome> {
  const tests = mutation.tests ?? [];
  const features = mutation.features ?? [];
  const byTests = tests.length > 0 ? await runTests(tests, scratch, name) : undefined;
  if (byTests?.kind === 'caught' || features.length === 0) return byTests ?? { kind: 'not-run', why: 'it names no feature and no test' };
  const byFeatures = await runFeatures(features, scratch, name);
  return byTests?.kind === 'survived' && byFeatures.kind === 'survived'
    ? { kind: 'survived', scenarios: byTests.scenarios + byFeatures.scenarios }
    : byFeatures;
}

/** The mutations the arguments choose: `--layer NAME` (a dash for a space) and IDs; none, all. */
export function chooseMutations(argv: string[], all: RuleMutation[] = ruleMutations): RuleMutation[] | string {
  const layerAt = argv.indexOf('--layer');
  const layer = layerAt === -1 ? undefined : argv[layerAt + 1]?.replace(/-/g, ' ');
  if (layerAt !== -1 && !mutationLayers.includes(layer as MutationLayer))
    return `no layer "${argv[layerAt + 1] ?? ''}"; the layers are ${mutationLayers.join(', ')}`;
  const ids = argv.filter((_, i) => layerAt === -1 || (i !== layerAt && i !== layerAt + 1));
  const unknown = ids.filter((id) => !all.some((m) => m.id === id));
  if (unknown.length > 0) return `no rule mutation ${unknown.join(', ')}. See npm run check:rules -- --list`;
  return all.filter((m) => (layer === undefined || m.layer === layer) && (ids.length === 0 || ids.includes(m.id)));
}

/** `layer views: 5 caught, 0 survived, 0 not run`, one line per layer that had a mutation run. */
export function layerScores(results: Array<{ layer: MutationLayer; kind: Outcome['kind'] }>): string[] {
  return mutationLayers.flatMap((layer) => {
    const of = results.filter((r) => r.layer === layer);
    if (of.length === 0) return [];
    const n = (kind: Outcome['kind']) => of.filter((r) => r.kind === kind).length;
    return [`layer ${layer}: ${n('caught')} caught, ${n('survived')} survived, ${n('not-run')} not run`];
  });
}

function describeOutcome(mutation: RuleMutation, outcome: Outcome): string {
  const head = `${mutation.id} [${mutation.layer}]: ${mutation.rule}`;
  const checks = [...(mutation.tests ?? []), ...(mutation.features ?? [])].join(', ');
  if (outcome.kind === 'caught') return `caught    ${head}\n          by ${outcome.by}, at "${outcome.step}"`;
  if (outcome.kind === 'survived')
    return `SURVIVED  ${head}\n          none of ${outcome.scenarios} scenarios and tests in ${checks} failed: the rule needs one`;
  return `NOT RUN   ${head}\n          ${outcome.why}`;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(
      `Usage: npm run check:rules -- [--list] [--layer NAME] [ID…]\nBreaks each rule of the mocked portal in turn, at every layer (${mutationLayers.join(', ')}), and checks that a scenario or a unit test notices.`,
    );
    return 0;
  }
  if (argv.includes('--list')) {
    for (const m of ruleMutations) console.log(`${m.id}\t${m.layer}\t${m.rule}`);
    return 0;
  }
  const chosen = chooseMutations(argv);
  if (typeof chosen === 'string') {
    console.error(`check:rules: ${chosen}`);
    return 2;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'check-rules-'));
  let restore: (() => void) | undefined;
  const onSignal = () => {
    restore?.();
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    // A spec or a test that already fails would "catch" every mutation: they must pass unbroken first.
    const unbroken = { features: [...new Set(chosen.flatMap((m) => m.features ?? []))], tests: [...new Set(chosen.flatMap((m) => m.tests ?? []))] };
    console.log(`check:rules: running ${unbroken.features.length} feature(s) and ${unbroken.tests.length} test file(s) on the unbroken code first`);
    const cleanOutcome = await runChecks(unbroken, scratch, 'unbroken');
    if (cleanOutcome.kind !== 'survived') {
      const why = cleanOutcome.kind === 'caught' ? `${cleanOutcome.by} fails at "${cleanOutcome.step}"` : cleanOutcome.why;
      console.error(`check:rules: the spec or its tests do not pass on the unbroken code (${why}); fix that first.`);
      return 1;
    }
    const lines: string[] = [];
    const results: Array<{ layer: MutationLayer; kind: Outcome['kind'] }> = [];
    for (const mutation of chosen) {
      let outcome: Outcome;
      try {
        restore = applyMutation(mutation);
        outcome = await runChecks(mutation, scratch, mutation.id);
      } catch (error) {
        outcome = { kind: 'not-run', why: (error as Error).message };
      } finally {
        restore?.();
        restore = undefined;
      }
      results.push({ layer: mutation.layer, kind: outcome.kind });
      lines.push(describeOutcome(mutation, outcome));
      console.log(lines[lines.length - 1]);
    }
    const count = (kind: Outcome['kind']) => results.filter((r) => r.kind === kind).length;
    console.log(
      `\n${lines.join('\n')}\n\n${layerScores(results).join('\n')}\nrules: ${count('caught')} caught, ${count('survived')} survived, ${count('not-run')} not run`,
    );
    return count('caught') === chosen.length ? 0 : 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`check:rules could not run: ${(error as Error).message}`);
      process.exitCode = 1;
    },
  );
}
