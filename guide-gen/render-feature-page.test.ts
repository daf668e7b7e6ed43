import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GuideFeature } from './guide-model';
import { renderFeaturePage } from './render-feature-page';
import { feature, scenario, shot, step } from './testing/guide-fixtures';
import { renderMdxToHtml } from './testing/render-mdx-to-html';

const page: GuideFeature = feature({
  name: 'Change your {network} PIN',
  description: '  Your **network PIN** protects <changes>.',
  background: {
    keyword: 'Background',
    name: '',
    anchor: 'before-you-start',
    steps: [{ keyword: 'Given', text: "Hanako's phone is on sp-mode", taps: [], screens: [shot()], labels: [] }],
  },
  children: [
    { scenario: scenario() },
    {
      rule: {
        keyword: 'Rule',
        name: 'A new PIN must not be easy to guess',
        description: '',
        anchor: 'rule-a-new-pin',
        children: [
          {
            scenario: scenario({
              name: 'A repeated digit is refused',
              anchor: 'a-repeated-digit-is-refused',
              status: 'failed',
              steps: [
                step({ keyword: 'Then', text: 'she sees "推測されやすい"', status: 'failed', message: 'Expected <error> {code}', screens: [shot('failure')] }),
              ],
            }),
          },
          {
            outline: {
              keyword: 'Scenario Outline',
              name: 'Simple PINs are refused',
              description: '',
              anchor: 'simple-pins',
              examples: [
                {
                  keyword: 'Examples',
                  name: 'Runs of digits',
                  description: '',
                  header: ['pin'],
                  rows: [{ values: ['1234'], scenario: scenario({ name: 'Simple PINs are refused', anchor: 'simple-pins-1234' }) }],
                },
              ],
            },
          },
          { scenario: scenario({ name: 'Never run', anchor: 'never-run', status: 'not-run', finishedAt: undefined, attempts: 0, run: undefined }) },
        ],
      },
    },
  ],
});

describe('renderFeaturePage', () => {
  const mdx = renderFeaturePage(page, 3);

  it('titles the page with the feature name and places it in the sidebar', () => {
    assert.match(mdx, /^---\ntitle: "Change your \{network\} PIN"\nsidebar_label: .*\nsidebar_position: 3\n/);
  });

  it('renders as MDX, with the description as the introduction', async () => {
    const html = await renderMdxToHtml(mdx);
    assert.match(html, /<p>Your <strong>network PIN<\/strong> protects &lt;changes&gt;.<\/p>/);
  });

  it('gives each walkthrough a heading with its id, and its proof: status, time, portal and commit', async () => {
    const html = await renderMdxToHtml(mdx);
    assert.match(
      html,
      /<h2 id="hanako-changes-her-network-pin">Hanako changes her network PIN<\/h2>\n<p data-status="passed" data-verified-at="2026-05-01T09:30:00.000Z" data-run="embedded mock https:\/\/smt.docomo.ne.jp current 0123456789ab"><\/p>/,
    );
  });

  it('lists Background steps once under "Before you start"', async () => {
    const html = await renderMdxToHtml(mdx);
    assert.match(html, /<h2 id="before-you-start">Before you start<\/h2>\n<ol><li id="before-you-start--step-1"><p>Hanako&#x27;s phone is on sp-mode/);
  });

  it('puts a Rule under its own heading, its walkthroughs one level down', async () => {
    const html = await renderMdxToHtml(mdx);
    assert.match(html, /<h2 id="rule-a-new-pin">A new PIN must not be easy to guess<\/h2>\n<h3 id="a-repeated-digit-is-refused">/);
  });

  it('says at the top which walkthroughs did not work, linked, and that one was not verified', async () => {
    const html = await renderMdxToHtml(mdx);
    assert.match(mdx, /\*2 of 4 walkthroughs on this page worked as shown in the check that finished 1 May 2026, 09:30 UTC\.\*/);
    assert.match(mdx, /:::danger\[One walkthrough did not work as shown\][\s\S]*- \[A repeated digit is refused\]\(#a-repeated-digit-is-refused\)/);
    assert.match(mdx, /:::caution\[Not verified\]\n\nThe last check ran 3 of the 4 walkthroughs on this page\./);
    assert.match(html, /<h3 id="never-run">Never run<\/h3>\n<p data-status="not-run" data-verified-at="" data-run=""><\/p>/);
  });

  it('shows an outline’s Examples as a table whose last column links to each row’s walkthrough', async () => {
    const html = await renderMdxToHtml(mdx);
    assert.match(
      html,
      /<p><strong>Runs of digits<\/strong><\/p>\n<table><thead><tr><th>pin<\/th><th>Last check<\/th><\/tr><\/thead><tbody><tr><td>1234<\/td><td><a href="#simple-pins-1234">Passed<\/a><\/td><\/tr><\/tbody><\/table>/,
    );
    assert.match(html, /<h4 id="simple-pins-1234">pin: 1234<\/h4>/);
  });

  it('says when a whole page was not verified', () => {
    const unrun = renderFeaturePage(feature({ children: [{ scenario: scenario({ status: 'not-run', finishedAt: undefined }) }] }), 2);
    assert.match(unrun, /:::caution\[Not verified\]\n\nThe last check did not run the walkthrough on this page\./);
  });

  it('says how many tries a retried walkthrough needed', () => {
    const retried = renderFeaturePage(feature({ children: [{ scenario: scenario({ attempts: 2 }) }] }), 1);
    assert.match(retried, /<ScenarioStatus status="passed" verifiedAt="2026-05-01T09:30:00.000Z" attempts=\{2\} portal="embedded mock"/);
  });
});
