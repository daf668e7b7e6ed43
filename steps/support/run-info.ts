import { execFileSync } from 'node:child_process';
import type { PortalSettings } from '../../mocks/settings';
import type { PortalConnection } from './portal-connection';

/**
 * What a scenario ran against and with which code: the guide's proof line for each scenario. The
 * portal's settings are the numbers the guide states ("3 wrong network PINs in a row lock it"):
 * those of the portal the scenario ran on, so the guide never repeats a number of its own.
 */
export interface RunInfo {
  portal: 'embedded mock' | 'url';
  origin: string;
  revision: string;
  commit: string;
  settings: PortalSettings;
}

/** The run-info of a scenario on this portal; a copy of its settings, so run.json states them as they were. */
export function runInfoOf(portal: Pick<PortalConnection, 'kind' | 'origin' | 'revision' | 'settings'>, commit: string = currentCommit()): RunInfo {
  return { portal: portal.kind, origin: portal.origin, revision: portal.revision, commit, settings: { ...portal.settings } };
}

let commit: string | undefined;

/** The commit under test: CI's variable when there is one, else git's HEAD (with "+changes" when the tree is dirty). */
function currentCommit(env: NodeJS.ProcessEnv = process.env): string {
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
