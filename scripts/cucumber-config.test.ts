import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..');

/** The profiles cucumber.js gives to a cucumber-js started with these arguments. */
function profilesFor(args: string[]): Record<string, { parallel: number }> {
  const script = `process.argv.push(...${JSON.stringify(args)}); console.log(JSON.stringify(require('./cucumber.js')))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })) as Record<string, { parallel: number }>;
}

describe('the cucumber profiles', () => {
  it('spread a run over 2 workers, one Chromium each', () => {
    const profiles = profilesFor(['features/use-sp-mode.feature']);
    assert.equal(profiles.default.parallel, 2);
    assert.equal(profiles.rules.parallel, 2);
  });

  it('load the step code once for a dry run, in cucumber-js itself, with no workers to load it again', () => {
    assert.equal(profilesFor(['--dry-run']).default.parallel, 0);
    assert.equal(profilesFor(['--profile', 'rules', '-d']).rules.parallel, 0);
  });
});
