import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where unit tests live: beside the code they test. */
const unitTestRoots = ['common', 'mocks', 'steps', 'guide-gen', 'verify', 'scripts', 'src'];

const isTestFile = (name: string) => /\.test\.tsx?$/.test(name);

/**
 * Finds the unit test files. Node 20's `--test` takes no glob patterns and looks only for .js
 * files by itself, so the list is made here.
 */
export function unitTestFiles(root: string, folders: string[] = unitTestRoots): string[] {
  return folders
    .flatMap((folder) => {
      try {
        return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).map((file) => join(folder, file));
      } catch {
        return [];
      }
    })
    .filter((file) => isTestFile(file) && !file.includes('node_modules') && !file.includes('fixtures'))
    .sort();
}
