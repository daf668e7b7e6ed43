import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyMutation, outcomeOf } from './check-rules';
import { ruleMutations } from './rule-mutations';

const root = join(__dirname, '..');

describe('the rule mutations', () => {
  it('each still applies to the code: its text occurs exactly once in its file, and its features exist', () => {
    const problems = ruleMutations.flatMap((m) => {
      const text = readFileSync(join(root, m.file), 'utf8');
      const count = text.split(m.find).length - 1;
      return [
        ...(count === 1 ? [] : [`${m.id}: the text to replace occurs ${count} times in ${m.file}`]),
        ...(m.find === m.replace ? [`${m.id}: replaces its text with itself`] : []),
        ...m.features.filter((feature) => !existsSync(join(root, feature))).map((feature) => `${m.id}: no ${feature}`),
      ];
    });
    assert.deepEqual(problems, []);
  });

  it('have unique ids, and cover the rules the portal is specified by', () => {
    const ids = ruleMutations.map((m) => m.id);
    assert.equal(new Set(ids).size, ids.length);
    const files = new Set(ruleMutations.map((m) => m.file));
    for (const file of ['mocks/model/docomo-id-password-rules.ts', 'mocks/model/docomo-id-user-id-rules.ts', 'mocks/model/docomo-id-lockout-rules.ts', 'mocks/model/network-pin-rules.ts', 'mocks/model/network-pin-choice-rules.ts', 'mocks/model/sp-mode-password-rules.ts', 'mocks/http/with-sp-mode.ts', 'mocks/handlers/with-network-pin.ts']) {
      assert.ok(files.has(file), `no mutation breaks ${file}`);
    }
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
  const scenario = (name: string, statuses: string[]) => ({
    type: 'scenario',
    name,
    line: 3,
    steps: statuses.map((status, i) => ({ keyword: 'Then ', name: `step ${i}`, result: { status } })),
  });

  it('names the first scenario with a failed step as the catch', () => {
    const outcome = outcomeOf([{ uri: 'features/a.feature', elements: [scenario('fine', ['passed']), scenario('broke', ['passed', 'failed', 'skipped'])] }]);
    assert.deepEqual(outcome, { kind: 'caught', by: '"broke" (features/a.feature:3)', step: 'Then step 1', scenarios: 2 });
  });

  it('calls it survived when every scenario passed or was only skipped, and not run when none ran', () => {
    assert.deepEqual(outcomeOf([{ uri: 'features/a.feature', elements: [scenario('fine', ['passed']), scenario('later', ['skipped'])] }]), { kind: 'survived', scenarios: 2 });
    assert.equal(outcomeOf([]).kind, 'not-run');
  });
});
