import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = join(__dirname, '..');
// The project's own eslint.config.mjs, less the type-aware rules: the files below are made up, so
// no tsconfig holds them, and the layers need no types.
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

/** The import-boundary problems ESLint reports for a made-up file at `path`. */
async function layerProblems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-syntax')
    .map((message) => message.message);
}

const importing = (specifier: string) => `import { thing } from '${specifier}';\nexport const used = thing;\n`;

describe('the layers of README.md, as eslint.config.mjs holds them', () => {
  it('reports a step that reaches into the portal model, its handlers or its views', async () => {
    for (const specifier of ['../mocks/model/portal-model', '../mocks/handlers/portal-handlers', '../mocks/views/top-page']) {
      const problems = await layerProblems('steps/made-up.steps.ts', importing(specifier));
      assert.equal(problems.length, 1, `${specifier} was let through`);
      assert.match(problems[0], /steps\/ reaches the mocked portal only to start it/);
    }
    assert.equal((await layerProblems('steps/support/made-up.ts', importing('../../mocks/model/network-pin-rules'))).length, 1);
  });

  it('lets a step start a portal and route a browser into it', async () => {
    for (const specifier of ['../../mocks/portal', '../../mocks/bridge', '../../mocks/revisions', '../../mocks/settings', '../../mocks/carrier']) {
      assert.deepEqual(await layerProblems('steps/support/made-up.ts', importing(specifier)), [], specifier);
    }
  });

  it('lets only the tests of steps/ compare with the portal messages, not the steps themselves', async () => {
    assert.deepEqual(await layerProblems('steps/pages/made-up.test.ts', importing('../../mocks/model/docomo-id-messages')), []);
    assert.equal((await layerProblems('steps/pages/made-up.ts', importing('../../mocks/model/docomo-id-messages'))).length, 1);
  });

  it('reports the guide generator importing from steps/ or mocks/', async () => {
    assert.match((await layerProblems('guide-gen/made-up.ts', importing('../steps/support/world')))[0], /guide-gen\/ reads the run/);
    assert.match((await layerProblems('guide-gen/how-to/made-up.ts', importing('../../mocks/settings')))[0], /guide-gen\/ reads the run/);
  });

  it('reports the mock importing from steps/, guide-gen/ or verify/', async () => {
    for (const specifier of ['../steps/support/world', '../guide-gen/guide-model', '../verify/flow-record']) {
      assert.match((await layerProblems('mocks/made-up.ts', importing(specifier)))[0] ?? `${specifier} was let through`, /mocks\/ is the portal/);
    }
    assert.equal((await layerProblems('mocks/handlers/made-up.ts', importing('../../common/browser'))).length, 1);
  });

  it('keeps the known exceptions to one file each', async () => {
    assert.deepEqual(await layerProblems('mocks/bridge.test.ts', importing('../common/browser')), []);
    assert.equal((await layerProblems('mocks/server.test.ts', importing('../common/browser'))).length, 1);
    assert.deepEqual(await layerProblems('guide-gen/site.test.ts', importing('../common/browser')), []);
    assert.equal((await layerProblems('guide-gen/made-up.test.ts', importing('../common/browser'))).length, 1);
    assert.deepEqual(await layerProblems('steps/support/made-up.test.ts', importing('../../guide-gen/attachment-files')), []);
  });

  it("lets steps/ and guide-gen/ share the run's attachment contract through common/, and nothing else of each other", async () => {
    assert.deepEqual(await layerProblems('steps/support/made-up.ts', importing('../../common/run-attachments')), []);
    assert.deepEqual(await layerProblems('guide-gen/made-up.ts', importing('../common/run-attachments')), []);
    assert.match((await layerProblems('steps/support/made-up.ts', importing('../../guide-gen/attachment-files')))[0], /steps\/ writes the run/);
  });

  it('keeps common/ free of the layers it serves', async () => {
    for (const specifier of ['../steps/support/world', '../mocks/portal', '../guide-gen/guide-model', '../verify/flow-record', '../scripts/run-command']) {
      assert.match((await layerProblems('common/made-up.ts', importing(specifier)))[0] ?? `${specifier} was let through`, /common\/ is shared by the layers/);
    }
  });

  it('reports any code in features/', async () => {
    assert.match((await layerProblems('features/support/world.ts', 'export const world = 1;\n'))[0], /features\/ holds Gherkin only/);
  });
});
