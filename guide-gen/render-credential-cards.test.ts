import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { credentialCards } from './render-credential-cards';

describe('credentialCards', () => {
  it('makes each table row a card: a heading with an anchor, its facts, and its tasks as a list of links', () => {
    const table = [
      '| credential | locks | tasks |',
      '| --- | --- | --- |',
      '| **sp-mode password** (spモードパスワード) | 3 wrong \\| in a row | [Forgot it](./a.mdx) · [Locked](./b.mdx) |',
    ].join('\n');
    assert.equal(
      credentialCards(table),
      [
        '<div className="credential-cards">',
        '',
        '<div className="credential-card">',
        '',
        '## sp-mode password <small>(spモードパスワード)</small> {/* #map-sp-mode-password */}',
        '',
        '- **Locks**: 3 wrong \\| in a row',
        '',
        '<div className="credential-tasks">',
        '',
        '- [Forgot it](./a.mdx)',
        '- [Locked](./b.mdx)',
        '',
        '</div>',
        '',
        '</div>',
        '',
        '</div>',
      ].join('\n'),
    );
  });

  it('gives two cards of the same name different anchors, and leaves out empty cells', () => {
    const cards = credentialCards('| name | locks |\n| --- | --- |\n| PIN | |\n| PIN | 3 |');
    assert.match(cards, /## PIN \{\/\* #map-pin \*\/\}\n\n<\/div>/);
    assert.match(cards, /## PIN \{\/\* #map-pin-2 \*\/\}\n\n- \*\*Locks\*\*: 3/);
  });

  it('leaves tables in code blocks, and text without tables, alone', () => {
    const code = '```\n| a | b |\n| --- | --- |\n| 1 | 2 |\n```';
    assert.equal(credentialCards(code), code);
    assert.equal(credentialCards('a | b'), 'a | b');
  });
});
