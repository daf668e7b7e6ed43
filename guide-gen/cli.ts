import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateGuide } from './generateGuide';
import { parseCliArgs, USAGE } from './parseCliArgs';
import { driftPage, type DriftSummary } from './renderDriftPage';
import { writeGuide } from './writeGuide';

// Defaults are anchored at the project, not the working directory, so that running the CLI
// from elsewhere cannot replace some other folder's docs/guide.
const PROJECT = resolve(__dirname, '..');
const HELP = `${USAGE}

Turns a cucumber message stream into the guide's MDX pages and screenshots.
  --messages FILE  the run's NDJSON (default reports/messages.ndjson)
  --out DIR        the folder to replace with the guide (default docs/guide)
  --drift FILE     the last npm run verify's summary, for the "Has the portal changed?" page
                   (default drift/drift.json beside the messages; no page when it does not exist)`;

function main(argv: readonly string[]): number {
  const args = parseCliArgs(argv);
  if ('error' in args) {
    process.stderr.write(`guide-gen: ${args.error}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const messagesPath = args.messages ? resolve(args.messages) : resolve(PROJECT, 'reports/messages.ndjson');
  const outDir = args.out ? resolve(args.out) : resolve(PROJECT, 'docs/guide');
  const shown = (path: string) => {
    const fromHere = relative(process.cwd(), path);
    return fromHere === '' ? '.' : fromHere.startsWith('..') ? path : fromHere;
  };

  let ndjson: string;
  try {
    ndjson = readFileSync(messagesPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file. Run the spec first (npm run spec), or pass --messages FILE'
        : (error as Error).message;
    process.stderr.write(`guide-gen: cannot read messages file ${shown(messagesPath)}: ${reason}\n`);
    return 1;
  }

  const { guide, files, warnings } = generateGuide(ndjson, (url) => loadBeside(dirname(messagesPath), url));
  // verify writes its report beside the run's messages (reports/drift/), so that is where to look.
  const driftPath = args.drift ? resolve(args.drift) : resolve(dirname(messagesPath), 'drift/drift.json');
  const drift = readDrift(driftPath, args.drift !== undefined);
  if (typeof drift === 'string') warnings.push(drift);
  else if (drift) {
    // After the feature pages and the glossary.
    const page = driftPage(drift, guide.features.length + 2, (path) => loadBeside(dirname(driftPath), path));
    files.push(...page.files);
    warnings.push(...page.warnings);
  }
  for (const warning of warnings) process.stderr.write(`guide-gen: warning: ${shown(messagesPath)} ${warning}\n`);
  try {
    writeGuide(outDir, files);
  } catch (error) {
    process.stderr.write(`guide-gen: ${(error as Error).message}\n`);
    return 1;
  }
  const pages = files.filter((file) => file.path.endsWith('.mdx')).length;
  const images = files.filter((file) => file.path.startsWith('img/'));
  const kilobytes = Math.round(images.reduce((sum, file) => sum + file.contents.length, 0) / 1024);
  process.stdout.write(
    `guide-gen: wrote ${pages} pages (${guide.features.length} features) and ${images.length} images (${kilobytes} KiB) to ${shown(outDir)}\n`,
  );
  return 0;
}

/**
 * The last `npm run verify`'s summary, for the guide's "Has the portal changed?" page: undefined
 * when verify has not run, a warning when its file cannot be read.
 */
function readDrift(path: string, named: boolean): DriftSummary | string | undefined {
  if (!existsSync(path)) return named ? `(no drift report at ${path}: run npm run verify first; the guide has no portal-changes page)` : undefined;
  try {
    const drift = JSON.parse(readFileSync(path, 'utf8')) as DriftSummary;
    if (!Array.isArray(drift.flows)) throw new Error('it has no "flows" list');
    return drift;
  } catch (error) {
    return `(drift report ${path} is not readable: ${(error as Error).message}; the guide has no portal-changes page)`;
  }
}

/** An attachment stored as a file: a path relative to the stream, or a file: URL; undefined when missing. */
function loadBeside(folder: string, url: string): Uint8Array | undefined {
  if (/^[a-z][a-z0-9+.-]+:/i.test(url) && !url.startsWith('file:')) return undefined;
  try {
    return readFileSync(url.startsWith('file:') ? fileURLToPath(url) : resolve(folder, url));
  } catch {
    return undefined;
  }
}

process.exitCode = main(process.argv.slice(2));
