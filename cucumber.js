// cucumber-js configuration: https://github.com/cucumber/cucumber-js/blob/main/docs/configuration.md
// No `paths`: cucumber's default (features/**/*.feature) applies, and paths given on the command line replace it.
// Step code is TypeScript, loaded through ts-node in transpile-only mode with SWC (see tsconfig.json);
// `tsc --noEmit` is the type check. The message stream feeds the guide and the test summary.
// A dry run only loads the step code and matches the steps: with workers, each of them loads and
// transpiles it again after cucumber-js itself has (3 loads on 2 cores). Measured over every
// feature on a busy machine: 16.0 s of CPU with 2 workers, 5.6 s with none.
const dryRun = process.argv.includes('--dry-run') || process.argv.includes('-d');

const base = {
  requireModule: ['ts-node/register'],
  require: ['steps/support/world.ts', 'steps/support/parameter-types.ts', 'steps/support/hooks.ts', 'steps/*.steps.ts'],
  // Screenshots are stored once each in reports/attachments/, beside the stream: steps/support/message-formatter.ts.
  format: ['progress', './steps/support/message-formatter.cjs:reports/messages.ndjson'],
  formatOptions: { snippetInterface: 'async-await' },
  strict: true,
  // One Chromium per worker; two workers use both cores of a CI machine (measured in the README).
  parallel: dryRun ? 0 : 2,
};

module.exports = {
  default: base,
  // npm run check:rules: the same run with no report of its own (its messages go to a scratch file),
  // so breaking the portal on purpose never replaces reports/messages.ndjson.
  rules: { ...base, format: [] },
};
