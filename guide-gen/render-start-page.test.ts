import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderStartPage, startPageWarnings } from './render-start-page';
import { scenario } from './testing/guide-fixtures';
import { renderMdxToHtml } from './testing/render-mdx-to-html';
import { CARDS, CODE, goals, guideOf, passedRows, startFeature } from './testing/start-fixtures';
import { markUnfinished, UNFINISHED_RUN_BANNER } from './unfinished-run';

describe('renderStartPage', () => {
  const guide = guideOf(startFeature(passedRows));
  const mdx = renderStartPage(guide, guide.features[0], CODE);

  it('is the site’s home page, titled by the feature, with no table of contents to push the cards down', () => {
    assert.match(
      mdx,
      /^---\ntitle: "Which password is which\?"\nsidebar_label: "Which password is which\?"\nsidebar_position: 1\nslug: "\/"\nhide_table_of_contents: true\n(description: .*\nkeywords: .*\n)?---\n/,
    );
  });

  it('shows each row of the description’s table as a small card, its tasks a list of links', async () => {
    const html = await renderMdxToHtml(mdx);
    assert.match(
      html,
      new RegExp(
        '<p>Four things to remember; tap what you need.</p>\n<div class="credential-cards">' +
          '<div class="credential-card"><h2 id="map-docomo-id">docomo ID</h2><ul>\n<li><strong>Looks like</strong>: a user id and a password</li>\n' +
          '<li><strong>Locks</strong>: after 5 wrong passwords \\(the portal&#x27;s setting\\)</li>\n</ul>' +
          '<div class="credential-tasks"><ul>\n<li><a href="./verify-docomo-id.mdx">Forgot it</a></li>\n<li><a href="./change-or-unlock-docomo-id.mdx">Locked</a></li>\n</ul></div></div>',
      ),
    );
    assert.match(html, /<h2 id="map-network-pin">network PIN <small>\(ネットワーク暗証番号\)<\/small><\/h2>/);
  });

  it('links a task written as a link to a feature file to that feature’s page, the file’s path read from where the description is', () => {
    assert.match(mdx, /- \[Forgot it\]\(\.\/verify-docomo-id\.mdx\)\n- \[Locked\]\(\.\/change-or-unlock-docomo-id\.mdx\)/);
    assert.match(mdx, /- \[Locked\]\(\.\/network-pin-gate\.mdx\)\n- \[Change it\]\(\.\/change-network-pin\.mdx\)/);
  });

  it('fills the portal’s numbers from the settings the run reported, the same wherever they are stated', () => {
    assert.match(mdx, /\*\*Locks\*\*: after 5 wrong passwords/);
    assert.match(mdx, /\*\*Locks\*\*: 3 wrong in a row/);
    assert.doesNotMatch(mdx.replace(/`[^`]*`/g, ''), /MaxFailures/);
    assert.deepEqual(startPageWarnings(guide), []);
  });

  it('leaves links and placeholders shown as code as they are written', () => {
    assert.match(mdx, /Check `\{networkPinMaxFailures\}` and `\[x\]\(verify-docomo-id\.feature\)` in code/);
  });

  it('states no number the run did not report, and says why', () => {
    const rows = [{ values: ['logging in', 'docomo ID'], scenario: scenario({ anchor: 'each-service-logging-in' }) }];
    const old = guideOf(startFeature(rows, CARDS, scenario({ anchor: 'wi-fi-refuses' })));
    const page = renderStartPage(old, old.features[0], undefined);
    assert.match(page, /\*\*Locks\*\*: after too many wrong passwords/);
    assert.match(page, /\*\*Locks\*\*: too many wrong in a row/);
    assert.doesNotMatch(page, /\b[35] wrong/);
    const warnings = startPageWarnings(old);
    assert.equal(warnings.length, 1);
    assert.match(
      warnings[0],
      /features\/which-credential\.feature's description: the run reported no portal settings .*\{docomoIdLoginMaxFailures\}, \{networkPinMaxFailures\}/,
    );
  });

  it('warns about a placeholder the run’s settings do not have, and shows it as written', async () => {
    const typo = guideOf(startFeature(passedRows, 'Locks after {networkPinMaxFailure} wrong PINs.'));
    const page = renderStartPage(typo, typo.features[0], undefined);
    assert.match(await renderMdxToHtml(page), /<p>Locks after \{networkPinMaxFailure\} wrong PINs\.<\/p>/);
    const warnings = startPageWarnings(typo);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /\{networkPinMaxFailure\} is not a setting the run reported.*Use one of: networkPinMaxFailures, docomoIdLoginMaxFailures/);
  });

  it('shows a link to a feature the run does not hold as its plain text, and warns naming it', () => {
    const partial = guideOf(
      startFeature(passedRows),
      goals.filter((goal) => goal.slug !== 'network-pin-gate'),
    );
    const page = renderStartPage(partial, partial.features[0], undefined);
    assert.match(page, /\n- Locked\n- \[Change it\]\(\.\/change-network-pin\.mdx\)/);
    const warnings = startPageWarnings(partial);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /features\/which-credential\.feature: its description links to network-pin-gate\.feature, which is not a feature of this run/);
  });

  it('shows no walkthrough: those are on the evidence page', () => {
    assert.doesNotMatch(mdx, /<Steps|<ScenarioStatus|<StepScreenshot|How this was checked/);
  });

  it('keeps the portal’s QR code, and links the pages no card links to, and the glossary', () => {
    assert.match(mdx, /<PortalQrCode src=\{require\("\.\/img\/qr\.png"\)\.default\} url="https:\/\/smt\.docomo\.ne\.jp" size=\{198\} \/>/);
    assert.match(
      mdx,
      /## More guides \{\/\* #more-guides \*\/\}\n\n- \[The use-sp-mode goal\]\(\.\/use-sp-mode\.mdx\)\n- \[The Japanese labels, in English\]\(\.\/glossary\.mdx\)/,
    );
  });

  it('gets the unfinished-run banner below its front matter and imports, above the cards', () => {
    const [marked] = markUnfinished([{ path: 'which-credential.mdx', contents: mdx }]);
    const parts = String(marked.contents).split('\n\n');
    assert.match(parts[0], /^---\n[\s\S]*\n---$/);
    assert.equal(parts[1], "import PortalQrCode from '@site/src/components/PortalQrCode';");
    assert.equal(parts.slice(2, 2 + UNFINISHED_RUN_BANNER.split('\n\n').length).join('\n\n'), UNFINISHED_RUN_BANNER);
  });

  it('still makes a home page, marked not verified, when the run has no map', () => {
    const bare = renderStartPage(guideOf(undefined), undefined, undefined);
    assert.match(bare, /title: "Which password is which\?"/);
    assert.match(bare, /:::caution\[Not verified\]\n\nThe map of which credential is which was not part of the last check\./);
    assert.doesNotMatch(bare, /PortalQrCode/);
  });

  it('parses as MDX the site can render', async () => {
    await renderMdxToHtml(mdx);
  });
});
