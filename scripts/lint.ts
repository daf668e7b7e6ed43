/**
 * `npm run lint`: ESLint (typescript-eslint, type-aware, and the layers' import boundaries:
 * eslint.config.mjs), knip (unused files, exports and dependencies: knip.jsonc) and Prettier's
 * check (.prettierrc), from the project's folder. Each runs even when the one before failed, so
 * one run shows everything; `npx prettier --write .` fixes what the last one finds.
 */
import { localBin, runCommand } from './run-command';

const checks: [tool: string, args: string[]][] = [
  ['eslint', ['.']],
  ['knip', []],
  ['prettier', ['--check', '.']],
];

export async function lint(): Promise<boolean> {
  let ok = true;
  for (const [tool, args] of checks) ok = (await runCommand(localBin(tool), args)) === 0 && ok;
  return ok;
}

if (require.main === module) {
  lint().then(
    (ok) => {
      console.log(`lint: ${ok ? 'passed' : 'FAILED (see the problems above)'}`);
      process.exitCode = ok ? 0 : 1;
    },
    (error: unknown) => {
      console.error(`npm run lint could not run: ${(error as Error).message}`);
      process.exitCode = 1;
    },
  );
}
