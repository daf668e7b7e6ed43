/**
 * `npm run bench:scale [-- --scenarios N] [--messages FILE]`: how the guide generator and verify
 * fare on a spec far larger than this one. Writes a synthetic run of about N scenarios (default
 * 10,000: the last run's features and test cases copied under new ids, sharing its screenshots)
 * into a temporary folder, then runs `guide-gen` and `verify` (compared with baselines/, which it
 * only reads) on it, each in a process of its own,
 * and prints the stream's size, each one's time and its peak memory (resident set). It prints
 * figures and judges nothing; reports/, docs/guide/ and baselines/ are left as they are.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { ATTACHMENTS_FOLDER } from '../common/run-attachments';
import { readEnvelopes } from '../guide-gen/read-envelopes';
import { syntheticRun } from './bench-scale/synthetic-run';

const root = resolve(__dirname, '..');
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** Runs a TypeScript entry point in its own Node process; its time, and its peak RSS as the kernel counted it. */
async function measured(script: string, args: string[]): Promise<{ code: number; ms: number; peakRss: number; output: string }> {
  // GNU time's %M is the child's maximum resident set size in KiB, after it exits.
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', 'peak-rss-kib=%M', process.execPath, '--require', 'ts-node/register', script, ...args], {
    cwd: root,
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const [code] = (await once(child, 'close')) as [number];
  const ms = performance.now() - started;
  const peak = /peak-rss-kib=(\d+)/.exec(output);
  return { code, ms, peakRss: peak ? Number(peak[1]) * 1024 : NaN, output: output.replace(/peak-rss-kib=\d+\n?/, '') };
}

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const line of lines) if (!out.write(`${line}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { scenarios: { type: 'string', default: '10000' }, messages: { type: 'string' }, keep: { type: 'boolean' } },
  });
  const wanted = Number(values.scenarios);
  if (!Number.isInteger(wanted) || wanted < 1) {
    console.error(`bench-scale: --scenarios takes a whole number of scenarios, not "${values.scenarios}".`);
    return 2;
  }
  if (!existsSync('/usr/bin/time')) {
    console.error('bench-scale: /usr/bin/time (GNU time) is needed to read peak memory: apt-get install time.');
    return 1;
  }
  const messages = resolve(values.messages ?? join(root, 'reports', 'messages.ndjson'));
  if (!existsSync(messages)) {
    console.error(`bench-scale: ${relative(process.cwd(), messages)} not found. Run the spec first (npm run spec), or pass --messages FILE.`);
    return 1;
  }
  const envelopes = readEnvelopes(readFileSync(messages)).envelopes.map(({ envelope }) => envelope);
  const perRun = envelopes.filter((envelope) => envelope.testCaseFinished).length;
  if (perRun === 0) {
    console.error(`bench-scale: ${relative(process.cwd(), messages)} holds no finished test case to copy.`);
    return 1;
  }
  const copies = Math.ceil(wanted / perRun);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  try {
    const stream = join(scratch, 'messages.ndjson');
    // The copies share the run's screenshots, stored beside its stream.
    const attachments = join(dirname(messages), ATTACHMENTS_FOLDER);
    if (existsSync(attachments)) symlinkSync(attachments, join(scratch, ATTACHMENTS_FOLDER));
    const writeStarted = performance.now();
    await writeLines(stream, syntheticRun(envelopes, copies));
    console.log(`scale benchmark: ${copies} copies of ${relative(process.cwd(), messages)} (${perRun} scenarios): ${copies * perRun} scenarios`);
    console.log(`  synthetic stream: ${mib(statSync(stream).size)}, written in ${((performance.now() - writeStarted) / 1000).toFixed(1)} s`);
    const guide = await measured('guide-gen/cli.ts', ['--messages', stream, '--out', join(scratch, 'guide')]);
    console.log(`  guide-gen: ${guide.code === 0 ? 'done' : `exited ${guide.code}`} in ${(guide.ms / 1000).toFixed(1)} s, peak memory ${mib(guide.peakRss)}`);
    if (guide.code !== 0) console.log(indent(guide.output));
    // Compared with the accepted baseline, read-only: the copies' flows are new to it, so verify
    // reports drift (exit 1), after reading, comparing and writing its report as it always does.
    const verify = await measured('verify/cli.ts', ['--messages', stream, '--baselines', join(root, 'baselines'), '--report', join(scratch, 'drift')]);
    const verified = existsSync(join(scratch, 'drift', 'drift.json'));
    console.log(
      `  verify (compared with baselines/): ${verified ? `report written (exit ${verify.code})` : `no report (exit ${verify.code})`} in ${(verify.ms / 1000).toFixed(1)} s, peak memory ${mib(verify.peakRss)}`,
    );
    if (!verified) console.log(indent(verify.output));
    if (values.keep) console.log(`  kept in ${scratch}`);
    return 0;
  } finally {
    if (!values.keep) rmSync(scratch, { recursive: true, force: true });
  }
}

const indent = (text: string) =>
  text
    .trim()
    .split('\n')
    .slice(-12)
    .map((line) => `    ${line}`)
    .join('\n');

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`bench-scale: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
