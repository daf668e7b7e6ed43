import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evidenceCategory, evidenceLink, oneFolderDown } from './evidence-page';

describe('oneFolderDown', () => {
  it('moves the images a page requires and its relative links one folder up the tree', () => {
    const page = [
      '<StepScreenshot src={require("./img/ab12.png").default} alt={"x"} />',
      'Tap [「次へ」](./glossary.mdx#term-1234abcd), then see [the log](./files/ab-log.txt) and ![An image](./img/cd34.png).',
      'See [step 2](#walkthrough--step-2) and [docomo](https://www.docomo.ne.jp/).',
    ].join('\n\n');
    assert.equal(
      oneFolderDown(page),
      [
        '<StepScreenshot src={require("../img/ab12.png").default} alt={"x"} />',
        'Tap [「次へ」](../glossary.mdx#term-1234abcd), then see [the log](../files/ab-log.txt) and ![An image](../img/cd34.png).',
        'See [step 2](#walkthrough--step-2) and [docomo](https://www.docomo.ne.jp/).',
      ].join('\n\n'),
    );
  });

  it('leaves code as written: what a log says is not a link', () => {
    const page = '````text\n[a](./glossary.mdx#x)\n```\nrequire("./img/a.png")\n````\n\nInline `[b](./b.mdx)` too.';
    assert.equal(oneFolderDown(page), page);
  });
});

describe('evidenceLink and evidenceCategory', () => {
  it('link from the guide folder to a feature’s evidence page, and fold the pages away in the sidebar', () => {
    assert.equal(evidenceLink('network-pin'), './evidence/network-pin.mdx');
    assert.equal(evidenceLink('network-pin', 'a-wrong-pin'), './evidence/network-pin.mdx#a-wrong-pin');
    assert.deepEqual(JSON.parse(evidenceCategory(9)), { label: 'Evidence (every check)', collapsed: true, position: 9, link: null });
  });
});
