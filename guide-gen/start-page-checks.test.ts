import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderStartPage } from './render-start-page';
import { scenario } from './testing/guide-fixtures';
import { CODE, guideOf, passedRows, startFeature, tried, withSettings } from './testing/start-fixtures';

describe('the start page’s proof and checks', () => {
  const guide = guideOf(startFeature(passedRows));
  const mdx = renderStartPage(guide, guide.features[0], CODE);

  it('claims a pass only with the date and the portal of the check, linking every check on the evidence page', () => {
    assert.match(
      mdx,
      /\*Checked against the mocked portal on 1 May 2026, 09:41 UTC: all 3 checks behind this map passed \(\[every check\]\(\.\/evidence\/which-credential\.mdx\)\)\.\*/,
    );
  });

  it('lists which service asks for which credential, each linked to its check on the evidence page, then the other checks', () => {
    assert.match(
      mdx,
      new RegExp(
        '## Which service asks for which \\{/\\* #which-service-asks-for-which \\*/\\}\n\n' +
          '- Logging in: \\*\\*docomo ID\\*\\* · \\[checked\\]\\(\\./evidence/which-credential\\.mdx#each-service-logging-in\\)\n' +
          '- Mail settings: \\*\\*sp-mode password\\*\\* · \\[checked\\]\\(\\./evidence/which-credential\\.mdx#each-service-mail\\)\n' +
          '- \\[The other credentials do not work in its place\\]\\(\\./evidence/which-credential\\.mdx#rule-others\\): 1 of 1 check passed\n',
      ),
    );
  });

  it('without a service column, lists each rule’s checks under "What was checked"', () => {
    const plain = startFeature(passedRows);
    const rule = plain.children[0];
    if ('rule' in rule) rule.rule.children = [{ outline: { ...tried, examples: [{ ...tried.examples[0], header: ['page', 'prompt'], rows: passedRows }] } }];
    const page = renderStartPage(guideOf(plain), plain, undefined);
    assert.match(
      page,
      /## What was checked \{\/\* #what-was-checked \*\/\}\n\n- \[Each service asks for one credential\]\(\.\/evidence\/which-credential\.mdx#rule-each\): 2 of 2 checks passed\n- \[The other/,
    );
    assert.doesNotMatch(page, /Which service asks for which/);
  });

  it('names a check that did not pass, with a link to it, and claims only what passed', () => {
    const failing = guideOf(
      startFeature([passedRows[0], { ...passedRows[1], scenario: withSettings({ name: tried.name, anchor: 'each-service-mail', status: 'failed' }) }]),
    );
    const page = renderStartPage(failing, failing.features[0], undefined);
    assert.match(page, /: 2 of the 3 checks behind this map passed/);
    assert.match(
      page,
      /:::danger\[One check did not pass\][\s\S]*- \[Each service asks for its credential \(service: mail settings\)\]\(\.\/evidence\/which-credential\.mdx#each-service-mail\)\n\n:::/,
    );
    assert.match(page, /- Mail settings: \*\*sp-mode password\*\* · \[did not pass\]\(\.\/evidence\/which-credential\.mdx#each-service-mail\)/);
  });

  it('marks the map not verified when the run did not reach some of its checks', () => {
    const cut = guideOf(
      startFeature([passedRows[0], { ...passedRows[1], scenario: scenario({ anchor: 'each-service-mail', status: 'not-run', finishedAt: undefined }) }]),
    );
    const page = renderStartPage(cut, cut.features[0], undefined);
    assert.match(page, /:::caution\[Not verified\]\n\nThe last run did not reach 1 check behind this map/);
    assert.match(page, /- Mail settings: \*\*sp-mode password\*\* · \[not checked\]/);
  });
});
