import { test } from 'node:test';
import assert from 'node:assert/strict';
import { driftPage, renderDriftPage, type DriftSummary } from './render-drift-page';
import { solidPng } from './testing/guide-fixtures';
import { renderMdxToHtml } from './testing/render-mdx-to-html';

const drift: DriftSummary = {
  ranAt: '2026-11-26T08:00:00.000Z',
  run: { sha256: 'a'.repeat(64), finished: true },
  counts: { unchanged: 1, changed: 1, broken: 1, new: 0, gone: 0 },
  flows: [
    { feature: 'Find your docomo ID', scenario: 'Over sp-mode', verdict: 'unchanged', changes: [] },
    {
      feature: 'Log in',
      scenario: 'She logs in',
      verdict: 'changed',
      step: 2,
      changes: [
        { step: 2, text: 'When she opens the login page', aria: ['- - heading "docomo IDでログイン"', '+ - heading "dアカウントでログイン"'], pixels: 812 },
      ],
    },
    { feature: 'Delete', scenario: 'She deletes it', verdict: 'broken', step: 4, error: 'expected heading {docomo IDを削除しました}', changes: [] },
  ],
};

test('the drift page names each flow that changed or broke, at its step, and not the unchanged ones', async () => {
  const page = renderDriftPage(drift, 99);
  assert.match(page, /## Log in: She logs in/);
  assert.match(page, /\*\*changed at step 2\.\*\*/);
  assert.match(page, /812 pixels/);
  assert.match(page, /\*\*broken at step 4\.\*\*/);
  assert.doesNotMatch(page, /Over sp-mode/);
  const html = await renderMdxToHtml(page);
  assert.match(html, /dアカウントでログイン/);
  assert.match(html, /\{docomo IDを削除しました\}/);
});

test('the drift page says when the comparison ran in words a reader can read, not as a raw timestamp', () => {
  const page = renderDriftPage(drift, 99);
  assert.match(page, /ran at 26 November 2026, 08:00 UTC: 1 walkthroughs unchanged, 1 changed, 1 broken/);
  assert.doesNotMatch(page, /2026-11-26T08:00/);
});

test('a portal that did not change says so', () => {
  assert.match(renderDriftPage({ ...drift, flows: [drift.flows[0]] }, 99), /Every walkthrough looked exactly as the guide shows it/);
});

test('a changed step shows before, after and difference side by side, from the images the report names', async () => {
  const withImages: DriftSummary = {
    ...drift,
    flows: [
      {
        ...drift.flows[1],
        changes: [{ ...drift.flows[1].changes[0], images: { before: 'img/a-before.png', after: 'img/a-after.png', diff: 'img/a-diff.png' } }],
      },
    ],
  };
  const loaded: string[] = [];
  const { files, warnings } = driftPage(withImages, 20, (path) => (loaded.push(path), path.includes('diff') ? undefined : solidPng(path.length)));
  assert.deepEqual(loaded, ['img/a-before.png', 'img/a-after.png', 'img/a-diff.png']);
  assert.deepEqual(warnings, ['(drift report image img/a-diff.png: the file is missing; left out of the portal-changes page)']);
  const page = files[0].contents as string;
  assert.equal(files[0].path, 'portal-changes.mdx');
  assert.equal(files.length, 3, 'the page and the two images it could read');
  assert.equal((page.match(/<StepScreenshot /g) ?? []).length, 2);
  assert.match(page, /<div className="drift-images">/);
  for (const image of files.slice(1)) assert.ok(page.includes(`./${image.path}`), `the page shows ${image.path}`);
  assert.match(await renderMdxToHtml(page), /Before: the screen the guide was checked against/);
});
