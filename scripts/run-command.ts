import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** A binary installed in node_modules/.bin, so scripts work the same from npm and from a shell. */
export function localBin(name: string): string {
  return join(__dirname, '..', 'node_modules', '.bin', name);
}

/** Runs a command with the terminal attached and resolves to its exit code (1 when it was killed). */
export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', (error) => reject(new Error(`Could not start ${command}: ${error.message}`)));
    child.on('close', (code) => resolve(code ?? 1));
  });
}
