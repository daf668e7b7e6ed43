import assert from 'node:assert/strict';
import { test } from 'node:test';
import config from '../../docusaurus.config';

test('the site asks Prism for no extra language, so the theme can skip loading them', () => {
  const prism = (config.themeConfig as { prism?: { additionalLanguages?: string[] } }).prism;
  assert.deepEqual(
    prism?.additionalLanguages ?? [],
    [],
    'themeConfig.prism.additionalLanguages is set, but src/theme/prism-include-languages.ts loads none: delete that file',
  );
});
