import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attachedFile } from './attached-file';
import { filesOf, renderAttachment } from './render-attachment';
import { shownAttachment } from './shown-attachment';
import { renderMdxToHtml } from './testing/render-mdx-to-html';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('renderAttachment', () => {
  it('shows text as the literal text, whatever MDX would read in it', async () => {
    const body = 'a {b} <c> `d` ```e``` :::note\n</Step>\nimport x from "y"\n&amp;';
    const html = await renderMdxToHtml(renderAttachment(shownAttachment(bytes(body), 'text/plain', 'odd <name>.txt')));
    assert.equal(
      html,
      '<p><strong>odd &lt;name&gt;.txt</strong></p>\n<pre><code class="language-text">a {b} &lt;c&gt; `d` ```e``` :::note\n&lt;/Step&gt;\nimport x from &quot;y&quot;\n&amp;amp;\n</code></pre>',
    );
  });

  it('says where it came from, when it is shown outside a step', async () => {
    const html = await renderMdxToHtml(
      renderAttachment(shownAttachment(bytes('ready'), 'text/x.cucumber.log+plain'), 'Attached by a hook before the first step'),
    );
    assert.match(html, /^<p>Attached by a hook before the first step: <strong>Log<\/strong><\/p>\n<pre><code class="language-text">ready\n/);
  });

  it('shows the beginning of a long text, with the whole to download', async () => {
    const long = Array.from({ length: 80 }, (_, i) => `line ${i + 1}`).join('\n');
    const shown = shownAttachment(bytes(long), 'text/plain');
    const html = await renderMdxToHtml(renderAttachment(shown));
    assert.match(
      html,
      /line 50\n<\/code><\/pre>\n<p>Only the beginning is shown: <a href="\.\/files\/[0-9a-f]{16}-attachment\.txt">download the whole text<\/a> \(text\/plain, 630 bytes\), 80 lines\.<\/p>$/,
    );
    assert.doesNotMatch(html, /line 51/);
    assert.equal(filesOf([shown]).files.length, 1);
  });

  it('links only to web addresses, one a line, and shows any other as text', async () => {
    const html = await renderMdxToHtml(renderAttachment({ kind: 'links', urls: ['https://smt.docomo.ne.jp/a b?x=1&copy=2', 'javascript:alert(1)'] }));
    assert.equal(
      html,
      '<p><strong>Links</strong></p>\n<ul>\n<li><a href="https://smt.docomo.ne.jp/a%20b?x=1&amp;copy=2">https://smt.docomo.ne.jp/a b?x=1&amp;copy=2</a></li>\n<li>javascript:alert(1)</li>\n</ul>',
    );
  });

  it('offers a file as a download link with its type and size, never inlined', async () => {
    const file = attachedFile(bytes('<svg onload="alert(1)"/>'), 'image/svg+xml', 'logo [1].svg');
    const html = await renderMdxToHtml(renderAttachment({ kind: 'file', file }));
    assert.equal(html, `<p><a href="./files/${file.fileName}">Download logo [1].svg</a> (image/svg+xml, 24 bytes)</p>`);
    assert.deepEqual(filesOf([{ kind: 'file', file }]).files, [file]);
  });

  it('says a text that is empty is empty', async () => {
    assert.equal(await renderMdxToHtml(renderAttachment(shownAttachment(bytes(''), 'text/plain'))), '<p><strong>Text</strong></p>\n<p><em>(empty)</em></p>');
  });
});
