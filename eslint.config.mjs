// @ts-check
// `npm run lint`: typescript-eslint's type-aware recommended set.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Test files, their fixtures and the helpers only tests use. */
const testFiles = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', '**/fixtures/**'];

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
