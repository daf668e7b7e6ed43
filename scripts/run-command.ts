import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { join } from 'node:path';

/** A binary installed in node_modules/.bin, so scripts work the same from npm and from a shell. */
export function localBin(name: string): string {
  return join(__dirname, '..', 'node_modules', '.bin', name);
}

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs a command with the terminal attached and resolves to its exit code (1 when it was killed).
 *
 * The command gets a process group of its own, and a SIGINT, SIGTERM or SIGHUP sent to this
 * process is passed to that whole group: cucumber-js, its workers and their browsers stop with
 * it, and this process waits for them before it exits (128 + the signal's number). Without it,
 * `kill <pid>` of `npm run spec` left cucumber-js, both workers and their Chromiums running and
 * still writing the message stream.
 *
 * `kill <pid of npm>` reaches npm's `sh -c` and not this process: sh dies and passes nothing on.
 * So a parent that goes away (this process is handed to init) counts as a SIGTERM too.
 */
export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env, detached: true });
    let received: NodeJS.Signals | undefined;
    const forward = (signal: NodeJS.Signals) => {
      received ??= signal;
      try {
        process.kill(-(child.pid ?? 0), signal);
      } catch {
        // The group is already gone.
      }
    };
    for (const signal of FORWARDED) process.on(signal, forward);
    const parent = process.ppid;
    const orphaned = setInterval(() => process.ppid !== parent && forward('SIGTERM'), 500);
    const stopForwarding = () => {
      clearInterval(orphaned);
      FORWARDED.forEach((signal) => process.off(signal, forward));
    };
    child.on('error', (error) => {
      stopForwarding();
      reject(new Error(`Could not start ${command}: ${error.message}`));
    });
    child.on('close', (code) => {
      stopForwarding();
      if (received) {
        // Stopped on request: end this process too, once the group is gone, as the signal asked.
        process.exit(128 + constants.signals[received]);
      }
      resolve(code ?? 1);
    });
  });
}
