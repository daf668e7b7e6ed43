import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderRunPage } from './render-run-page';
import { renderMdxToHtml } from './testing/render-mdx-to-html';

describe('renderRunPage', () => {
  it('is not written when the run attached nothing outside the walkthroughs', () => {
    assert.equal(renderRunPage({ finished: true }, 7), undefined);
    assert.equal(renderRunPage({ finished: true, attachments: [] }, 7), undefined);
  });

  it('shows what the run attached, each with the hook it came from', async () => {
    const page = renderRunPage(
      {
        finished: true,
        attachments: [
          {
            from: 'Attached by the BeforeAll hook “Launch {Chromium}”',
            attachment: { kind: 'text', title: 'Text', text: 'Chromium 140 <headless>', language: 'text' },
          },
          { from: 'Attached by the AfterAll hook', attachment: { kind: 'links', urls: ['https://smt.docomo.ne.jp/'] } },
        ],
      },
      7,
    );
    assert.ok(page);
    assert.match(page, /^---\ntitle: "About this run"\nsidebar_label: "About this run"\nsidebar_position: 7\n---\n/);
    const html = await renderMdxToHtml(page);
    assert.match(
      html,
      /<p>Attached by the BeforeAll hook “Launch \{Chromium\}”: <strong>Text<\/strong><\/p>\n<pre><code class="language-text">Chromium 140 &lt;headless&gt;\n/,
    );
    assert.match(html, /<p>Attached by the AfterAll hook: <strong>Link<\/strong><\/p>\n<ul>\n<li><a href="https:\/\/smt\.docomo\.ne\.jp\/">/);
  });
});
