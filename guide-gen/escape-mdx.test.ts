import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeBlock, dedent, escapeMarkdown, escapeText, jsString, linkDestination, stripAnsi } from './escape-mdx';
import { renderMdxToHtml } from './testing/render-mdx-to-html';

const NASTY = 'she sees "<ご注意> {必ず} *今すぐ*: 設定 & 10:30" [x](y) `code` _a_ ~b~ | #1 :smile: &amp; \\ end';

function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

describe('escapeText', () => {
  it('comes out of MDX as exactly the text that went in', async () => {
    const html = await renderMdxToHtml(`1. **When** ${escapeText(NASTY)}`);
    assert.equal(html, `<ol>\n<li><strong>When</strong> ${htmlText(NASTY)}</li>\n</ol>`);
  });

  it('leaves ordinary text readable in the source', () => {
    assert.equal(escapeText('ID: taro-docomo at 10:30, 2 + 2 = 4.'), 'ID: taro-docomo at 10:30, 2 + 2 = 4.');
  });

  it('shows an email address as code to type, not as a mailto link', async () => {
    const html = await renderMdxToHtml(`With docomo ID ${escapeText('hanako_sato@example.com, then {x}')}`);
    assert.match(html, /<code>hanako_sato@example\.com<\/code>, then \{x\}/);
    assert.doesNotMatch(html, /mailto:/);
  });

  it('keeps a heading one line', () => {
    assert.equal(escapeText('two\n  lines'), 'two lines');
  });
});

describe('jsString', () => {
  it('is a JavaScript string that survives a JSX attribute in MDX', async () => {
    const html = await renderMdxToHtml(`<StepScreenshot src="x.png" alt={${jsString(NASTY)}} />`);
    assert.equal(html, `<img src="x.png" alt="${htmlText(NASTY)}" loading="lazy"/>`);
  });
});

describe('escapeMarkdown', () => {
  it('keeps Markdown but escapes what MDX would read as code or JSX', async () => {
    const description = '  Keep it **{secret}** and never share it <anyone>.\n  Use `{braces}` in code.';
    const html = await renderMdxToHtml(escapeMarkdown(description));
    assert.equal(html, '<p>Keep it <strong>{secret}</strong> and never share it &lt;anyone&gt;.\nUse <code>{braces}</code> in code.</p>');
  });

  it('turns <https://…> autolinks, which MDX rejects, into links', async () => {
    const html = await renderMdxToHtml(escapeMarkdown('See <https://www.docomo.ne.jp/>.'));
    assert.equal(html, '<p>See <a href="https://www.docomo.ne.jp/">https://www.docomo.ne.jp/</a>.</p>');
  });

  it('keeps a line that starts with "export" from being read as code', async () => {
    const html = await renderMdxToHtml(escapeMarkdown('export your contacts first'));
    assert.equal(html, '<p>export your contacts first</p>');
  });

  it('leaves fenced code alone', async () => {
    const html = await renderMdxToHtml(escapeMarkdown('```\n<b>{x}</b>\n```'));
    assert.equal(html, '<pre><code>&lt;b&gt;{x}&lt;/b&gt;\n</code></pre>');
  });
});

describe('codeBlock', () => {
  it('uses a fence longer than any backticks inside', () => {
    assert.equal(codeBlock('a ``` b'), '````text\na ``` b\n````');
    assert.equal(codeBlock('plain\n\n', 'json'), '```json\nplain\n```');
    assert.equal(codeBlock('x', 'no spaces allowed'), '```text\nx\n```');
  });
});

describe('dedent and stripAnsi', () => {
  it('removes the indentation a Gherkin description shares', () => {
    assert.equal(dedent('    one\n      two\n\n    three  '), 'one\n  two\n\nthree');
  });

  it('removes terminal colours from assertion messages', () => {
    assert.equal(stripAnsi('\u001b[2mexpect(\u001b[22m\u001b[31mreceived\u001b[39m'), 'expect(received');
  });
});

describe('linkDestination', () => {
  it('keeps a web address as it is, escaping only what Markdown would read', () => {
    assert.equal(linkDestination('https://smt.docomo.ne.jp/portal?a=1'), 'https://smt.docomo.ne.jp/portal?a=1');
    assert.equal(linkDestination('https://x.jp/a b/(c)/{d}<e>`f`?g=1&copy=2'), 'https://x.jp/a%20b/%28c%29/%7Bd%7D%3Ce%3E%60f%60?g=1\\&copy=2');
    assert.equal(linkDestination('https://x.jp/料金'), 'https://x.jp/%E6%96%99%E9%87%91');
    assert.equal(linkDestination('mailto:help@docomo.ne.jp'), 'mailto:help@docomo.ne.jp');
  });

  it('refuses what is not a web address, or one a click should not follow', () => {
    assert.equal(linkDestination('javascript:alert(1)'), undefined);
    assert.equal(linkDestination('file:///etc/passwd'), undefined);
    assert.equal(linkDestination('data:text/html,<script>'), undefined);
    assert.equal(linkDestination('not a url'), undefined);
  });
});
