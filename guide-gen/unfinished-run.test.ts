import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateGuide } from './generate-guide';
import { renderMdxToHtml } from './testing/render-mdx-to-html';
import { tinyRunWithout } from './testing/tiny-run';
import { markUnfinished, UNFINISHED_RUN_BANNER } from './unfinished-run';

const page = [
  '---\ntitle: "Change your network PIN"\n---',
  "import ScenarioStatus from '@site/src/components/ScenarioStatus';\nimport { Steps, Step } from '@site/src/components/Steps';",
  'The network PIN is four digits.',
].join('\n\n');

describe('markUnfinished', () => {
  it('puts the banner at the top of a page, below its front matter and imports', () => {
    const [marked] = markUnfinished([{ path: 'network-pin.mdx', contents: page }]);
    const parts = String(marked.contents).split('\n\n');
    assert.equal(parts[0], '---\ntitle: "Change your network PIN"\n---');
    assert.match(parts[1], /^import ScenarioStatus/);
    assert.equal(parts.slice(2, -1).join('\n\n'), UNFINISHED_RUN_BANNER);
    assert.equal(parts.at(-1), 'The network PIN is four digits.');
  });

  it('leaves images as they are', () => {
    const image = { path: 'img/a.png', contents: new Uint8Array([1]) };
    assert.equal(markUnfinished([image])[0], image);
  });

  it('says the run did not finish and that nothing after the cut is proven, in a danger box the site renders', async () => {
    const html = await renderMdxToHtml(String(markUnfinished([{ path: 'a.mdx', contents: page }])[0].contents));
    assert.match(UNFINISHED_RUN_BANNER, /^:::danger\[This run did not finish\]/);
    assert.match(html, /results of everything after the cut are missing, and nothing shown here is proven beyond what ran/);
  });
});

describe('generateGuide on a run that did not finish', () => {
  it('marks every page of the guide, and only once', () => {
    const { files } = generateGuide(tinyRunWithout((envelope) => 'testRunFinished' in envelope));
    const pages = files.filter((file) => file.path.endsWith('.mdx'));
    assert.deepEqual(pages.map((file) => file.path).sort(), [
      'docomo-id.mdx',
      'evidence/docomo-id.mdx',
      'evidence/network-pin.mdx',
      'evidence/which-credential.mdx',
      'evidence/wifi.mdx',
      'glossary.mdx',
      'network-pin.mdx',
      'which-credential.mdx',
      'wifi.mdx',
    ]);
    for (const { path, contents } of pages) {
      assert.equal(String(contents).split(UNFINISHED_RUN_BANNER).length, 2, `${path} carries the banner once`);
    }
  });

  it('marks no page of a run that finished', () => {
    const { files } = generateGuide(tinyRunWithout(() => false));
    for (const { path, contents } of files) assert.ok(!String(contents).includes('This run did not finish'), path);
  });
});
