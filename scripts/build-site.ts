/**
 * `npm run guide:site`'s build: `docusaurus build` into a folder beside build/, swapped in only
 * when the build succeeded. A build that fails (a page that does not compile, a full disk, Ctrl-C)
 * leaves the last good build/ as it was for `npm run serve`.
 */
import { join, relative } from 'node:path';
import { replaceFolderAsync } from '../guide-gen/replace-folder';
import { localBin, runCommand } from './run-command';

const target = join(__dirname, '..', 'build');
const shown = relative(process.cwd(), target) || 'build';

async function main(): Promise<number> {
  await replaceFolderAsync(target, async (next) => {
    const code = await runCommand(localBin('docusaurus'), ['build', '--out-dir', next, ...process.argv.slice(2)]);
    if (code !== 0) throw new Error(`docusaurus build failed (exit ${code})`);
  });
  console.log(`build-site: the guide is in ${shown}/`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`build-site: ${(error as Error).message}; the last good ${shown}/ is left as it was.`);
    process.exitCode = 1;
  },
);
