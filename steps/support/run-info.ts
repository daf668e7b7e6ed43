import { execFileSync } from 'node:child_process';

/** What a scenario ran against and with which code: the guide's proof line for each scenario. */
export interface RunInfo {
  portal: 'embedded mock' | 'url';
  origin: string;
  revision: string;
  commit: string;
}

export { ARIA_MEDIA_TYPE, LABELS_MEDIA_TYPE, RUN_INFO_MEDIA_TYPE } from '../../guide-gen/attachment-types';

let commit: string | undefined;

/** The commit under test: CI's variable when there is one, else git's HEAD (with "+changes" when the tree is dirty). */
export function currentCommit(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GITHUB_SHA) return env.GITHUB_SHA;
  if (commit === undefined) {
    try {
      const head = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      commit = dirty ? `${head}+changes` : head;
    } catch {
      commit = 'unknown (not a git checkout)';
    }
  }
  return commit;
}
