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
const stepsImports = (mocksAllowed) => [
  {
    regex: into('mocks', mocksAllowed),
    message: 'steps/ reaches the mocked portal only to start it and route a browser into it (README.md, Layout): see stepsMayUse in eslint.config.mjs.',
  },
  // The generator's attachment contract (media types, the attachments folder) is what a step writes for it to read.
  {
    regex: into('guide-gen', ['attachment-types', 'attachmentFiles']),
    message: 'steps/ writes the run; it shares only the attachment contract with guide-gen/.',
  },
];
const guideGenImports = (stepsAllowed = []) => [
  { regex: into('mocks'), message: guideGenReadsTheRun },
  { regex: into('steps', stepsAllowed), message: guideGenReadsTheRun },
];
const guideGenReadsTheRun = 'guide-gen/ reads the run (cucumber messages), never the steps or the mock that made it.';
const mocksImports = (stepsAllowed = []) => [
  { regex: into('(guide-gen|verify|scripts)'), message: mocksKnowNoSpec },
  { regex: into('steps', stepsAllowed), message: mocksKnowNoSpec },
];
const mocksKnowNoSpec = 'mocks/ is the portal: msw and its model, nothing of the spec, the guide or verify.';
/** A browser for a test that is not a scenario: the one Chromium launcher, with its CHROMIUM_PATH and sandbox rules. */
const browserLauncher = 'support/browser';

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
  { files: ['steps/**/*.test.ts'], rules: restrict(...stepsImports(stepTestsMayUse)) },
  { files: ['guide-gen/**'], rules: restrict(...guideGenImports()) },
  // Known exception: the site test takes its phone-sized Chromium from the one launcher.
  { files: ['guide-gen/site.test.ts'], rules: restrict(...guideGenImports([browserLauncher])) },
  { files: ['mocks/**'], rules: restrict(...mocksImports()) },
  // Known exception: the bridge's test drives a real browser, from the one launcher.
  { files: ['mocks/bridge.test.ts', 'mocks/security-bridge.test.ts'], rules: restrict(...mocksImports([browserLauncher])) },
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
