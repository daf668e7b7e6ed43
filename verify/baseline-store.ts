import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { shrinkPng } from '../guide-gen/shrink-png';
import type { FlowRecord, StepRecord, StepStatus } from './flow-record';
import { replaceFolder } from '../guide-gen/replace-folder';

/**
 * Baselines on disk, one folder per flow, named so that a pull request's diff reads well:
 *
 *     baselines/flows/<feature>/<scenario>/flow.json     the flow, its outcome, each step's text, status and screen
 *     baselines/flows/<feature>/<scenario>/03.aria.yml   step 3's accessibility snapshot
 *     baselines/screens/<hash>.png                        a screen, stored once however many steps show it
 *
 * Screens are kept once by content (most flows pass the same top and support pages) and in 256
 * colours: 5 flows took 968 KB as one full-colour PNG per step.
 */
export class BaselineError extends Error {}

interface FlowFile {
  feature: string;
  scenario: string;
  status: StepStatus;
  steps: Array<{ text: string; status: StepStatus; error?: string; screen?: string }>;
}

const stepFile = (index: number, extension: string) => `${String(index + 1).padStart(2, '0')}.${extension}`;

/**
 * Writes the baseline into a folder beside `root` and swaps it in only once it is complete, so an
 * error half way (a screen that is not a PNG, a full disk) leaves the accepted baseline as it was.
 */
export function writeBaselines(root: string, flows: readonly FlowRecord[]): void {
  replaceFolder(root, (temporary) => writeBaselineFiles(temporary, flows));
}

function writeBaselineFiles(root: string, flows: readonly FlowRecord[]): void {
  mkdirSync(join(root, 'screens'), { recursive: true });
  const storeScreen = screenStore(join(root, 'screens'));
  for (const flow of flows) {
    const folder = join(root, 'flows', flow.id);
    mkdirSync(folder, { recursive: true });
    const file: FlowFile = {
      feature: flow.feature,
      scenario: flow.scenario,
      status: flow.status,
      steps: flow.steps.map(({ text, status, error, screenshot }, index) => ({
        text,
        status,
        ...(error ? { error } : {}),
        ...(screenshot ? { screen: storeScreen(screenshot, `step ${index + 1} of ${flow.id}`) } : {}),
      })),
    };
    writeFileSync(join(folder, 'flow.json'), `${JSON.stringify(file, null, 2)}\n`);
    flow.steps.forEach((step, index) => {
      if (step.aria !== undefined) writeFileSync(join(folder, stepFile(index, 'aria.yml')), `${step.aria}\n`);
    });
  }
}

/**
 * Stores each distinct screen once, by content. Each is decoded and shrunk once however many steps
 * show it, and one that is not a PNG is refused: it would make a baseline no one can read back.
 */
function screenStore(folder: string): (png: Uint8Array, where: string) => string {
  const names = new Map<string, string>();
  const written = new Set<string>();
  return (png, where) => {
    const key = createHash('sha1').update(png).digest('hex');
    const known = names.get(key);
    if (known) return known;
    try {
      PNG.sync.read(Buffer.from(png));
    } catch (error) {
      throw new BaselineError(`Not accepted: the screen of ${where} is not a PNG (${(error as Error).message}); the baseline is left as it was.`);
    }
    const small = shrinkPng(png);
    const name = `${createHash('sha1').update(small).digest('hex').slice(0, 16)}.png`;
    if (!written.has(name)) writeFileSync(join(folder, name), small);
    written.add(name);
    names.set(key, name);
    return name;
  };
}

/**
 * The baseline after accepting a run of part of the spec: the accepted flows replace theirs, and
 * every flow the run did not touch stays as it was, so a `--tags` run never loses the others.
 */
export function mergeAccepted(existing: readonly FlowRecord[], accepted: readonly FlowRecord[]): FlowRecord[] {
  const replaced = new Set(accepted.map((flow) => flow.id));
  return [...existing.filter((flow) => !replaced.has(flow.id)), ...accepted];
}

/** Reads every flow under the root; a missing root, or a file that cannot be read, is a BaselineError naming it. */
export function readBaselines(root: string): FlowRecord[] {
  if (!existsSync(root)) {
    throw new BaselineError(`No baseline at ${root}. Record one from a run you trust: npm run verify -- --accept`);
  }
  const flows = join(root, 'flows');
  if (!existsSync(flows)) throw new BaselineError(`The baseline at ${root} has no flows/ folder. Record it again: npm run verify -- --accept`);
  const screens = new Map<string, Buffer>();
  return flowFolders(flows).map((id) => readFlow(root, id, screens));
}

function flowFolders(root: string, prefix = ''): string[] {
  const here = join(root, prefix);
  const entries = readdirSync(here, { withFileTypes: true });
  if (entries.some((entry) => entry.isFile() && entry.name === 'flow.json')) return [prefix];
  return entries.filter((entry) => entry.isDirectory()).flatMap((entry) => flowFolders(root, prefix ? `${prefix}/${entry.name}` : entry.name));
}

function readFlow(root: string, id: string, screens: Map<string, Buffer>): FlowRecord {
  const folder = join(root, 'flows', id);
  const flowPath = join(folder, 'flow.json');
  let file: FlowFile;
  try {
    file = JSON.parse(readFileSync(flowPath, 'utf8')) as FlowFile;
    if (!Array.isArray(file.steps) || typeof file.scenario !== 'string') throw new Error('it has no "scenario" or "steps"');
  } catch (error) {
    throw new BaselineError(
      `The baseline file ${flowPath} is corrupt (${(error as Error).message}). ` +
        'Restore it from git (git checkout -- baselines) or record the baseline again: npm run verify -- --accept',
    );
  }
  const steps: StepRecord[] = file.steps.map((step, index) => ({
    text: step.text,
    status: step.status,
    error: step.error,
    aria: readOptional(join(folder, stepFile(index, 'aria.yml')), 'utf8')?.replace(/\n$/, ''),
    screenshot: step.screen ? readScreen(root, step.screen, flowPath, screens) : undefined,
  }));
  return { id, feature: file.feature, scenario: file.scenario, status: file.status, steps };
}

function readOptional(path: string): Buffer | undefined;
function readOptional(path: string, encoding: 'utf8'): string | undefined;
function readOptional(path: string, encoding?: 'utf8'): Buffer | string | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return encoding ? readFileSync(path, encoding) : readFileSync(path);
  } catch (error) {
    throw new BaselineError(`Cannot read the baseline file ${path}: ${(error as Error).message}`);
  }
}

/**
 * A screen of the baseline, read once however many steps name it, and decoded here so that a
 * truncated or corrupt file is reported by name (not as a bare pngjs error half way through the comparison).
 */
function readScreen(root: string, name: string, flowPath: string, screens: Map<string, Buffer>): Buffer {
  const known = screens.get(name);
  if (known) return known;
  const path = join(root, 'screens', name);
  const bytes = readOptional(path);
  if (!bytes)
    throw new BaselineError(
      `The baseline screen ${path}, named in ${flowPath}, is missing. Restore it from git or record the baseline again: npm run verify -- --accept`,
    );
  try {
    PNG.sync.read(bytes);
  } catch (error) {
    throw new BaselineError(
      `The baseline screen ${path}, named in ${flowPath}, is not a readable PNG: it is cut short or corrupt (${(error as Error).message}). ` +
        'Restore it from git (git checkout -- baselines) or record the baseline again: npm run verify -- --accept',
    );
  }
  screens.set(name, bytes);
  return bytes;
}
