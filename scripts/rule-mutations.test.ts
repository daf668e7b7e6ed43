import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyMutation, chooseMutations, layerScores } from './check-rules';
import { kitSample } from './fixtures/compatibility-kit';
import { outcomeOf, outcomeOfTap } from './mutation-outcomes';
import { mutationLayers, ruleMutations } from './rule-mutations';
import { runResultsOf } from './run-messages';

const root = join(__dirname, '..');

describe('the rule mutations', () => {
  it('each still applies to the code: its text occurs exactly once in its file, and its features and tests exist', () => {
    const problems = ruleMutations.flatMap((m) => {
      const text = readFileSync(join(root, m.file), 'utf8');
      const count = text.split(m.find).length - 1;
      return [
        ...(count === 1 ? [] : [`${m.id}: the text to replace occurs ${count} times in ${m.file}`]),
        ...(m.find === m.replace ? [`${m.id}: replaces its text with itself`] : []),
        ...[...(m.features ?? []), ...(m.tests ?? [])].filter((file) => !existsSync(join(root, file))).map((file) => `${m.id}: no ${file}`),
        ...((m.features ?? []).length + (m.tests ?? []).length === 0 ? [`${m.id}: names no feature and no test to catch it`] : []),
        ...(mutationLayers.includes(m.layer) ? [] : [`${m.id}: no layer "${m.layer}"`]),
      ];
    });
    assert.deepEqual(problems, []);
  });

  it('have unique ids, and cover the rules the portal is specified by', () => {
    const ids = ruleMutations.map((m) => m.id);
    assert.equal(new Set(ids).size, ids.length);
    const files = new Set(ruleMutations.map((m) => m.file));
    for (const file of [
      'mocks/model/docomo-id-password-rules.ts',
      'mocks/model/docomo-id-user-id-rules.ts',
      'mocks/model/docomo-id-lockout-rules.ts',
      'mocks/model/network-pin-rules.ts',
      'mocks/model/network-pin-choice-rules.ts',
      'mocks/model/sp-mode-password-rules.ts',
      'mocks/http/with-sp-mode.ts',
      'mocks/handlers/with-network-pin.ts',
    ]) {
      assert.ok(files.has(file), `no mutation breaks ${file}`);
    }
  });

  it('break every layer, from the model to verify', () => {
    const layers = new Set(ruleMutations.map((m) => m.layer));
    assert.deepEqual(
      mutationLayers.filter((layer) => !layers.has(layer)),
      [],
    );
  });

  it('are applied to a copy and put back exactly as they were', () => {
    const copy = mkdtempSync(join(tmpdir(), 'rule-mutation-'));
    try {
      const [mutation] = ruleMutations;
      cpSync(join(root, mutation.file), join(copy, mutation.file));
      const before = readFileSync(join(copy, mutation.file), 'utf8');
      const restore = applyMutation(mutation, copy);
      const broken = readFileSync(join(copy, mutation.file), 'utf8');
      assert.ok(broken.includes(mutation.replace) && !broken.includes(mutation.find));
      restore();
      assert.equal(readFileSync(join(copy, mutation.file), 'utf8'), before);
      assert.throws(() => applyMutation({ ...mutation, find: 'no such text anywhere' }, copy), /0 times, not once/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('outcomeOf', () => {
  const outcomeOfSample = (name: string) => outcomeOf(runResultsOf(kitSample(name)));

  it('names the first scenario that fails a strict run as the catch, and the step that failed it', () => {
    assert.deepEqual(outcomeOfSample('all-statuses'), {
      kind: 'caught',
      by: '"Failing" (samples/all-statuses/all-statuses.feature:11)',
      step: 'And a failing step',
      scenarios: 6,
    });
    assert.deepEqual(outcomeOfSample('undefined'), {
      kind: 'caught',
      by: '"An undefined step causes a failure" (samples/undefined/undefined.feature:8)',
      step: 'Given a step that is yet to be defined',
      scenarios: 4,
    });
    assert.equal((outcomeOfSample('hooks-conditional') as { step: string }).step, 'a hook (samples/hooks-conditional/hooks-conditional.ts:7)');
  });

  it('calls it survived when every scenario passed or was only skipped, and not run when none ran', () => {
    assert.deepEqual(outcomeOfSample('skipped'), { kind: 'survived', scenarios: 2 });
    assert.deepEqual(outcomeOfSample('rules'), { kind: 'survived', scenarios: 3 });
    assert.equal(outcomeOf(runResultsOf('')).kind, 'not-run');
  });
});

describe('outcomeOfTap', () => {
  const tap = (body: string, tests: number) => `TAP version 13\n${body}\n1..1\n# tests ${tests}\n# pass 0\n`;

  it('names the first failed test, innermost first, with its file and what it asserted', () => {
    const body = [
      '# Subtest: the how-to page',
      '    # Subtest: shows a failed walkthrough as failed',
      '    not ok 1 - shows a failed walkthrough as failed',
      '      ---',
      "      location: '/project/guide-gen/how-to/render-how-to-page.test.ts:12:3'",
      "      error: 'Expected values to be strictly equal'",
      '      ...',
      'not ok 1 - the how-to page',
    ].join('\n');
    assert.deepEqual(outcomeOfTap(tap(body, 1), '/project'), {
      kind: 'caught',
      by: 'test "shows a failed walkthrough as failed" (guide-gen/how-to/render-how-to-page.test.ts:12)',
      step: 'Expected values to be strictly equal',
      scenarios: 1,
    });
  });

  it('reads an error of several lines from the block under it', () => {
    const body = [
      'not ok 1 - says failed',
      '  ---',
      '  error: |-',
      '    Expected values to be strictly equal:',
      '    ',
      "    'passed' !== 'failed'",
      '  ...',
    ].join('\n');
    assert.equal((outcomeOfTap(tap(body, 1)) as { step: string }).step, 'Expected values to be strictly equal:');
  });

  it('calls it survived when every test passed, and not run when none ran', () => {
    assert.deepEqual(outcomeOfTap(tap('ok 1 - fine', 3)), { kind: 'survived', scenarios: 3 });
    assert.equal(outcomeOfTap(tap('', 0)).kind, 'not-run');
  });
});

describe('choosing mutations and scoring layers', () => {
  it('chooses by layer (a dash for a space) and by id, and names what does not exist', () => {
    assert.ok((chooseMutations(['--layer', 'guide-generator']) as { layer: string }[]).every((m) => m.layer === 'guide generator'));
    assert.deepEqual(
      (chooseMutations(['pw-min']) as { id: string }[]).map((m) => m.id),
      ['pw-min'],
    );
    assert.match(chooseMutations(['--layer', 'css']) as string, /no layer "css"; the layers are model, gate/);
    assert.match(chooseMutations(['no-such-id']) as string, /no rule mutation no-such-id/);
  });

  it('prints one line per layer that ran, in the order of the layers', () => {
    const scores = layerScores([
      { layer: 'views', kind: 'caught' },
      { layer: 'model', kind: 'survived' },
      { layer: 'views', kind: 'not-run' },
    ]);
    assert.deepEqual(scores, ['layer model: 0 caught, 1 survived, 0 not run', 'layer views: 1 caught, 0 survived, 1 not run']);
  });
});
