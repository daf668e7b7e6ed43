/**
 * `npm test`: the type check, the lint, the unit tests and the acceptance suite, one after the
 * other, then one closing line that counts them all: `tests: N passed, N failed`.
 * Every part runs even when an earlier one failed, so one run shows everything that is wrong.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCucumber } from './cucumber-run';
import { lint } from './lint';
import { localBin, runCommand } from './run-command';
import { runUnitTests } from './unit-tests';

const root = join(__dirname, '..');
const reports = join(root, 'reports');
const unitTap = join(reports, 'unit.tap');

async function typeCheck(): Promise<boolean> {
  const projects = ['tsconfig.json', 'tsconfig.site.json'].filter((file) => existsSync(join(root, file)));
  let ok = true;
  for (const project of projects) ok = (await runCommand(localBin('tsc'), ['--noEmit', '-p', project])) === 0 && ok;
  return ok;
}

async function main(): Promise<void> {
  mkdirSync(reports, { recursive: true });
  const typesOk = await typeCheck();
  const lintOk = await lint();
  const unit = await runUnitTests(root, unitTap);
  const run = await runCucumber(process.argv.slice(2));
  const acceptance = { ...run.summary, problem: run.problem };

  console.log('');
  console.log(`type check: ${typesOk ? 'passed' : 'FAILED (see the errors above)'}`);
  console.log(`lint: ${lintOk ? 'passed' : 'FAILED (see the problems above)'}`);
  console.log(`unit tests: ${unit.passed} passed, ${unit.failed} failed`);
  console.log(`acceptance scenarios: ${acceptance.passed} passed, ${acceptance.failed} failed`);
  if (acceptance.problem) console.log(`acceptance run problem: ${acceptance.problem}`);
  const failed = unit.failed + acceptance.failed + (typesOk ? 0 : 1) + (lintOk ? 0 : 1) + (acceptance.problem ? 1 : 0);
  console.log(`tests: ${unit.passed + acceptance.passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(`npm test could not run: ${(error as Error).message}`);
  process.exitCode = 1;
});
