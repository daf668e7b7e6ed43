import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderScenario } from './render-scenario';
import { renderMdxToHtml } from './testing/render-mdx-to-html';
import { scenario } from './testing/guide-fixtures';

describe('renderScenario', () => {
  it('shows what hooks attached before the steps and after them, saying so', async () => {
    const text = (body: string) => ({ kind: 'text', title: 'Log', text: body, language: 'text' }) as const;
    const html = await renderMdxToHtml(
      renderScenario(
        scenario({
          hookAttachments: {
            before: [{ from: 'Attached by a hook before the first step', attachment: text('portal ready') }],
            after: [{ from: 'Attached by a hook after the last step', attachment: text('browser closed') }],
          },
        }),
        2,
        'Hanako changes her network PIN',
      ),
    );
    assert.match(
      html,
      /<p>Attached by a hook before the first step: <strong>Log<\/strong><\/p>\n<pre><code class="language-text">portal ready\n<\/code><\/pre>\n<ol /,
    );
    assert.match(
      html,
      /<\/ol>\n<p>Attached by a hook after the last step: <strong>Log<\/strong><\/p>\n<pre><code class="language-text">browser closed\n<\/code><\/pre>$/,
    );
  });
});
