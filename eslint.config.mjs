// @ts-check
// `npm run lint` (with knip and prettier): typescript-eslint's type-aware recommended set, and the
// layers of README.md's Layout as import boundaries (no-restricted-imports, below).
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Test files, their fixtures and the helpers only tests use. */
const testFiles = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', '**/fixtures/**'];

/** An import of `folder/…` from another folder, from any depth (`../mocks/x`, `../../mocks/x`). */
const into = (folder, allowed = []) => `^(\\.\\./)+${folder}/${allowed.length ? `(?!(${allowed.join('|')})$)` : ''}`;

/**
 * What steps/ may take from mocks/: what starts a portal (portal, revisions, the standalone
 * server's test API) and routes a browser into it (bridge), and the carrier's and the portal's
 * vocabulary a step names (carrier: networks; settings: the portal's numbers; portal-paths: its
 * addresses). Never the model, the views or the handlers: a step sees the portal as a phone does.
 */
const stepsMayUse = [
  'portal',
  'bridge',
  // How the bridge and the PORTAL_URL route both follow a redirect and refuse what the mock does not serve.
  'followed-redirect',
  'unrouted-traffic',
  'revisions',
  'standalone/test-portals',
  'carrier',
  'settings',
  'portal-paths',
];
/**
 * Tests of steps/ may also start the standalone server, and hold the page objects' English to the
 * portal's own messages and rules (steps/pages/portal-messages.test.ts, steps/support/lengths-allowed.test.ts).
 */
const stepTestsMayUse = [
  ...stepsMayUse,
  'server',
  'model/docomo-id-messages',
  'model/docomo-id-password-rules',
  'model/docomo-id-user-id-rules',
  'model/credential-messages',
  // Listeners on 127.0.0.1 that prove nothing reaches them (a WebSocket, a STUN packet).
  'testing/loopback-listeners',
];

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const stepsImports = (mocksAllowed, guideGenAllowed = []) => [
  {
    regex: into('mocks', mocksAllowed),
    message: 'steps/ reaches the mocked portal only to start it and route a browser into it (README.md, Layout): see stepsMayUse in eslint.config.mjs.',
  },
  // What a step writes for the generator to read (media types, the attachments folder) is in common/run-attachments.ts.
  {
    regex: into('guide-gen', guideGenAllowed),
    message: 'steps/ writes the run; what it shares with guide-gen/ is in common/run-attachments.ts.',
  },
];
/** The formatter's test reads a stored screenshot back as the generator does. */
const stepTestsMayRead = ['attachment-files'];
const guideGenImports = (commonAllowed = ['run-attachments']) => [
  { regex: into('mocks'), message: guideGenReadsTheRun },
  { regex: into('steps'), message: guideGenReadsTheRun },
  { regex: into('common', commonAllowed), message: guideGenReadsTheRun },
];
const guideGenReadsTheRun = 'guide-gen/ reads the run (cucumber messages), never the steps or the mock that made it.';
const mocksImports = (commonAllowed = []) => [
  { regex: into('(guide-gen|verify|scripts|steps)'), message: mocksKnowNoSpec },
  { regex: into('common', commonAllowed), message: mocksKnowNoSpec },
];
const mocksKnowNoSpec = 'mocks/ is the portal: msw and its model, nothing of the spec, the guide or verify.';
/** A browser for a test that is not a scenario: the one Chromium launcher, with its CHROMIUM_PATH and sandbox rules. */
const browserLauncher = 'browser';
/** common/ is what the layers share (the browser launcher, the run's attachment contract): it imports none of them. */
const commonImports = [{ regex: into('(steps|mocks|guide-gen|verify|scripts)'), message: 'common/ is shared by the layers and imports none of them.' }];

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'docs/guide/', 'reports/', 'baselines/', '.docusaurus/', '**/.*.new-*/', '**/.*.old-*/'] },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // Two programs: the spec, mocks, generator and scripts (tsconfig.json) and the Docusaurus site
      // (tsconfig.site.json), which the project service alone would not find.
      parserOptions: { project: ['./tsconfig.json', './tsconfig.site.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test's describe and it return promises the runner itself awaits.
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }] },
      ],
      // `const { shot: _repeated, ...rest } = step` drops a field; `_table` keeps a step's signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // An async method with no await implements a Promise-returning interface (PortalConnection,
      // a fake Playwright page) and turns a throw into a rejection, as the interface promises.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: testFiles,
    rules: {
      // A test parses the JSON or messages it just made and asserts on them; node:assert is the check.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  // The layers (README.md, Layout; DESIGN.md: dependencies point one way).
  {
    files: ['features/**'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'Program', message: 'features/ holds Gherkin only: step code goes in steps/, by domain concept.' }],
    },
  },
  { files: ['steps/**'], rules: restrict(...stepsImports(stepsMayUse)) },
  { files: ['steps/**/*.test.ts'], rules: restrict(...stepsImports(stepTestsMayUse, stepTestsMayRead)) },
  { files: ['guide-gen/**'], rules: restrict(...guideGenImports()) },
  // Known exception: the site test takes its phone-sized Chromium from the one launcher.
  { files: ['guide-gen/site.test.ts'], rules: restrict(...guideGenImports(['run-attachments', browserLauncher])) },
  { files: ['mocks/**'], rules: restrict(...mocksImports()) },
  // Known exception: the bridge's test drives a real browser, from the one launcher.
  { files: ['mocks/bridge.test.ts', 'mocks/security-bridge.test.ts'], rules: restrict(...mocksImports([browserLauncher])) },
  { files: ['common/**'], rules: restrict(...commonImports) },
  // Its test proves no STUN packet leaves a launched browser, with the mock's loopback listeners.
  { files: ['common/browser.test.ts'], rules: restrict({ regex: into('(steps|guide-gen|verify|scripts)'), message: commonImports[0].message }) },
  {
    // cucumber.js, a tiny-run fixture's step file and the formatter shim: CommonJS that cucumber-js requires.
    files: ['**/*.js', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', exports: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
);
