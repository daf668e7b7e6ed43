import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GuideFeature, GuideScenario, Screenshot } from './GuideModel';
import { renderFeaturePage } from './renderFeaturePage';
import { renderMdxToHtml } from './testing/renderMdxToHtml';

const shot: Screenshot = { fileName: 'abc123.png', mediaType: 'image/png', bytes: new Uint8Array(), width: 390, height: 844 };

function scenario(overrides: Partial<GuideScenario>): GuideScenario {
  return {
    keyword: 'Scenario',
    name: 'Hanako changes her network PIN',
    description: '',
    status: 'passed',
    finishedAt: '2026-05-01T09:30:00.000Z',
    attempts: 1,
    hookFailures: [],
    steps: [
      { keyword: 'When', text: 'she opens "ネットワーク暗証番号の変更"', status: 'passed', screenshots: [shot], fromBackground: false },
      { keyword: 'Then', text: 'she sees "変更が完了しました"', status: 'passed', screenshots: [shot], fromBackground: false },
    ],
    ...overrides,
  };
}

const feature: GuideFeature = {
  uri: 'features/network_pin.feature',
  slug: 'network-pin',
  keyword: 'Feature',
  name: 'Change your {network} PIN',
  description: '  Your **network PIN** protects <changes>.',
  background: {
    keyword: 'Background',
    name: '',
    steps: [{ keyword: 'Given', text: "Hanako's phone is on sp-mode", screenshots: [shot] }],
  },
  children: [
    { scenario: scenario({}) },
    {
      rule: {
        keyword: 'Rule',
        name: 'A new PIN must not be easy to guess',
        description: '',
        scenarios: [
          scenario({
            name: 'A repeated digit is refused',
            status: 'failed',
            steps: [
              {
                keyword: 'Then',
                text: 'she sees "推測されやすい暗証番号は設定できません"',
                status: 'failed',
                message: 'Expected <error> {code}\n    at steps/pin.ts:3',
                screenshots: [shot],
                fromBackground: false,
              },
            ],
          }),
          scenario({ name: 'Never run', status: 'not-run', finishedAt: undefined, attempts: 0 }),
        ],
      },
    },
  ],
};

describe('renderFeaturePage', () => {
  const page = renderFeaturePage(feature, 3);

  it('titles the page with the feature name and places it in the sidebar', () => {
    assert.match(page, /^---\ntitle: "Change your \{network\} PIN"\nsidebar_label: .*\nsidebar_position: 3\n/);
  });

  it('renders as MDX, with the description as the introduction', async () => {
    const html = await renderMdxToHtml(page);
    assert.match(html, /<p>Your <strong>network PIN<\/strong> protects &lt;changes&gt;.<\/p>/);
  });

  it('gives each scenario a heading, a status badge with its time, and numbered steps', async () => {
    const html = await renderMdxToHtml(page);
    assert.match(html, /<h2>Hanako changes her network PIN<\/h2>\n<p data-status="passed" data-verified-at="2026-05-01T09:30:00.000Z"><\/p>/);
    assert.match(html, /<li>\n<p><strong>When<\/strong> she opens &quot;ネットワーク暗証番号の変更&quot;<\/p>\n<img src="bundled:.\/img\/abc123.png" alt="When she opens &quot;ネットワーク暗証番号の変更&quot;"/);
  });

  it('lists Background steps once under "Before you start"', async () => {
    const html = await renderMdxToHtml(page);
    assert.match(html, /<h2>Before you start<\/h2>\n<ol>\n<li>\n<p><strong>Given<\/strong> Hanako&#x27;s phone is on sp-mode/);
  });

  it('puts a Rule under its own heading, its scenarios one level down', async () => {
    const html = await renderMdxToHtml(page);
    assert.match(html, /<h2>Rule: A new PIN must not be easy to guess<\/h2>\n<h3>A repeated digit is refused<\/h3>/);
  });

  it('marks the failed step and folds its message away below the screenshot', async () => {
    const html = await renderMdxToHtml(page);
    assert.match(
      html,
      /設定できません&quot; <em>\(failed\)<\/em><\/p>\n<img [^>]*\/>\n<details><summary>What went wrong<\/summary><pre><code class="language-text">Expected &lt;error&gt; \{code\}\n    at steps\/pin.ts:3\n<\/code><\/pre><\/details>/,
    );
  });

  it('shows a scenario that never ran as not verified, with no step flags', async () => {
    const html = await renderMdxToHtml(page);
    assert.match(html, /<h3>Never run<\/h3>\n<p data-status="not-run" data-verified-at=""><\/p>/);
    assert.match(page, /\*1 of 3 walkthroughs on this page worked as shown in the check that finished 1 May 2026, 09:30 UTC\.\*/);
  });

  it('says how many tries a retried scenario needed', () => {
    const retried = renderFeaturePage({ ...feature, children: [{ scenario: scenario({ attempts: 2 }) }] }, 1);
    assert.match(retried, /<ScenarioStatus status="passed" verifiedAt="2026-05-01T09:30:00.000Z" attempts=\{2\} \/>/);
  });
});
