import { closeSync, openSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { loadBeside } from './attachment-files';
import { readGuide, renderReadGuide, type GeneratedGuide, type ReadGuide } from './generate-guide';
import { parseCliArgs, USAGE, type CliArgs } from './parse-cli-args';
import { readDriftReport } from './read-drift-report';
import { driftPage } from './render-drift-page';
import { linesOfFile } from './read-envelopes';
import { messagesDigester } from './run-identity';
import { streamProblem } from './stream-problem';
import { markUnfinished } from './unfinished-run';
import { writeGuide } from './write-guide';

// Defaults are anchored at the project, not the working directory, so that running the CLI
// from elsewhere cannot replace some other folder's docs/guide.
const PROJECT = resolve(__dirname, '..');
const HELP = `${USAGE}

Turns a cucumber message stream into the guide's MDX pages and screenshots. The guide folder is
replaced only by a whole guide: a stream that is empty, not cucumber messages or of a run that
did not finish is refused, and the last guide is left as it was.
  --messages FILE     the run's NDJSON (default reports/messages.ndjson)
  --out DIR           the folder to replace with the guide (default docs/guide)
  --drift FILE        npm run verify's summary of this same run, for the "Has the portal changed?"
                      page (default drift/drift.json beside the messages; no page when it does
                      not exist or is of another run)
  --allow-unfinished  publish a run that did not finish (no testRunFinished), every page marked
                      "This run did not finish"`;

type Paths = { messages: string; out: string; drift: string; shown: (path: string) => string };

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
  const paths = pathsOf(args);
  const stream = readMessages(paths);
  if (!stream) return 1;
  const read = readGuide(stream, loadBeside(dirname(paths.messages)));
  const refusal = refusalOf(read, args, paths);
  if (refusal) {
    process.stderr.write(`guide-gen: ${refusal} ${paths.shown(paths.out)} is left as it was.\n`);
    return 1;
  }
  const { guide, files, warnings } = withDriftPage(renderReadGuide(read), args, paths, stream.digest());
  for (const warning of warnings) process.stderr.write(`guide-gen: warning: ${paths.shown(paths.messages)} ${warning}\n`);
  try {
    writeGuide(paths.out, files);
  } catch (error) {
    process.stderr.write(`guide-gen: ${(error as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`guide-gen: wrote ${summaryOf(guide, files, paths.shown(paths.out))}\n`);
  return 0;
}

function summaryOf(guide: GeneratedGuide['guide'], files: GeneratedGuide['files'], where: string): string {
  const pages = files.filter((file) => file.path.endsWith('.mdx')).length;
  const images = files.filter((file) => file.path.startsWith('img/'));
  const kilobytes = Math.round(images.reduce((sum, file) => sum + file.contents.length, 0) / 1024);
  const marked = guide.run.finished ? '' : ', every page marked "This run did not finish"';
  return `${pages} pages (${guide.features.length} features) and ${images.length} images (${kilobytes} KiB) to ${where}${marked}`;
}

function pathsOf(args: Extract<CliArgs, { help: false }>): Paths {
  const messages = args.messages ? resolve(args.messages) : resolve(PROJECT, 'reports/messages.ndjson');
  return {
    messages,
    out: args.out ? resolve(args.out) : resolve(PROJECT, 'docs/guide'),
    // verify writes its report beside the run's messages (reports/drift/), so that is where to look.
    drift: args.drift ? resolve(args.drift) : resolve(dirname(messages), 'drift/drift.json'),
    shown: (path) => {
      const fromHere = relative(process.cwd(), path);
      return fromHere === '' ? '.' : fromHere.startsWith('..') ? path : fromHere;
    },
  };
}

/**
 * The stream's lines, read as the guide is built (never the whole file: a run of 10,000 scenarios
 * is 170 MiB of messages), and the digest of the bytes read, once they all have been.
 */
function readMessages(paths: Paths): { lines: Iterable<string>; digest: () => string } | undefined {
  try {
    closeSync(openSync(paths.messages, 'r'));
    const digester = messagesDigester();
    return { lines: linesOfFile(paths.messages, digester.update), digest: digester.digest };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file. Run the spec first (npm run spec), or pass --messages FILE' : (error as Error).message;
    process.stderr.write(`guide-gen: cannot read messages file ${paths.shown(paths.messages)}: ${reason}\n`);
    return undefined;
  }
}

/** Why this stream must not replace the guide: nothing to document, or a run cut short that nobody asked to publish. */
function refusalOf(generated: ReadGuide, args: { allowUnfinished: boolean }, paths: Paths): string | undefined {
  const file = paths.shown(paths.messages);
  const problem = streamProblem(generated.stream);
  if (problem) {
    return `messages file ${file} ${problem}. Run the spec (npm run spec), or pass --messages with the stream cucumber-js wrote (--format message:FILE).`;
  }
  if (!generated.guide.run.finished && !args.allowUnfinished) {
    return (
      `the run in ${file} did not finish (no testRunFinished): it was killed or cut off, so the results after the cut are missing; ` +
      're-run the spec, or pass --allow-unfinished to publish it marked as unfinished.'
    );
  }
  return undefined;
}

/** The guide with the "Has the portal changed?" page, when verify's report is of this same run. */
function withDriftPage(generated: GeneratedGuide, args: { drift?: string }, paths: Paths, digest: string): GeneratedGuide {
  const { guide, files, warnings } = generated;
  const drift = readDriftReport({
    path: paths.drift,
    shownPath: paths.shown(paths.drift),
    shownMessages: paths.shown(paths.messages),
    named: args.drift !== undefined,
    runDigest: () => digest,
  });
  if (typeof drift === 'string') return { ...generated, warnings: [...warnings, drift] };
  if (!drift) return generated;
  // After the feature pages and the glossary.
  const page = driftPage(drift, guide.features.length + 2, loadBeside(dirname(paths.drift)));
  const pageFiles = guide.run.finished ? page.files : markUnfinished(page.files);
  return { ...generated, files: [...files, ...pageFiles], warnings: [...warnings, ...page.warnings] };
}

process.exitCode = main(process.argv.slice(2));
