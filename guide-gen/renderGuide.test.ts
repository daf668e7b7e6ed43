import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateGuide } from './generateGuide';
import { renderMdxToHtml } from './testing/renderMdxToHtml';
import { tinyRunNdjson } from './testing/tinyRun';

describe('renderGuide, through generateGuide on a real run', () => {
  const { files, warnings } = generateGuide(tinyRunNdjson);
  const byPath = new Map(files.map((file) => [file.path, file.contents]));

  it('writes the Guide category, an overview and one page per feature', () => {
    assert.deepEqual(warnings, []);
    assert.deepEqual(JSON.parse(String(byPath.get('_category_.json'))).label, 'Guide');
    assert.deepEqual(
      files.filter((f) => f.path.endsWith('.mdx')).map((f) => f.path),
      ['index.mdx', 'docomo-id.mdx', 'network-pin.mdx'],
    );
  });

  it('writes every screenshot a page uses, once, as PNG bytes, and nothing it does not use', () => {
    const pages = files.filter((f) => f.path.endsWith('.mdx')).map((f) => String(f.contents));
    const referenced = new Set(pages.flatMap((page) => [...page.matchAll(/require\("\.\/(img\/[^"]+)"\)/g)].map((m) => m[1])));
    const written = files.filter((f) => f.path.startsWith('img/'));
    assert.deepEqual([...referenced].sort(), written.map((f) => f.path).sort());
    for (const image of written) {
      assert.deepEqual([...(image.contents as Uint8Array).subarray(1, 4)], [0x50, 0x4e, 0x47]);
    }
  });

  it('produces pages that all compile and render as MDX', async () => {
    for (const file of files.filter((f) => f.path.endsWith('.mdx'))) {
      const html = await renderMdxToHtml(String(file.contents));
      assert.ok(html.length > 0, file.path);
    }
  });

  it('links the overview to each page by file, so a missing page breaks the build', () => {
    const index = String(byPath.get('index.mdx'));
    assert.match(index, /\| \[Check your docomo ID\]\(\.\/docomo-id\.mdx\) \| 2 of 4 \|/);
    assert.match(index, /\| \[Change your network PIN\]\(\.\/network-pin\.mdx\) \| 5 of 8 \|/);
  });

  it('warns on the overview when the run itself did not finish normally', () => {
    const failedRun = tinyRunNdjson.replace(
      /"testRunFinished":\{/,
      '"testRunFinished":{"exception":{"type":"Error","message":"BeforeAll hook failed"},',
    );
    const index = String(generateGuide(failedRun).files.find((f) => f.path === 'index.mdx')?.contents);
    assert.match(index, /:::warning\[The last check did not finish normally\]\n\n```text\nBeforeAll hook failed\n```\n\n:::/);
  });

  it('still writes an overview when the stream is empty', () => {
    const empty = generateGuide('');
    assert.deepEqual(empty.warnings, ['the stream holds no cucumber messages; the guide is empty']);
    assert.match(String(empty.files.find((f) => f.path === 'index.mdx')?.contents), /covered no features yet/);
  });
});
