// cucumber-js configuration: https://github.com/cucumber/cucumber-js/blob/main/docs/configuration.md
// Step code is TypeScript, loaded through ts-node in transpile-only mode (see tsconfig.json);
// `tsc --noEmit` is the type check. The message stream feeds the guide and the test summary.
module.exports = {
  default: {
    paths: ['features/**/*.feature'],
    requireModule: ['ts-node/register'],
    require: ['steps/support/world.ts', 'steps/support/parameter-types.ts', 'steps/support/hooks.ts', 'steps/*.steps.ts'],
    format: ['progress', 'message:reports/messages.ndjson', 'html:reports/cucumber.html'],
    formatOptions: { snippetInterface: 'async-await' },
    strict: true,
  },
};
