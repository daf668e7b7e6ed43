import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Guide, GuideOutline } from './GuideModel';
import { tablesToCards } from './renderCredentialMap';
import { renderStartPage } from './renderStartPage';
import { feature, scenario } from './testing/guideFixtures';
import { renderMdxToHtml } from './testing/renderMdxToHtml';

const tried: GuideOutline = {
  keyword: 'Scenario Outline',
  name: 'Each service asks for its credential',
  description: '',
  anchor: 'each-service',
  examples: [
    {
      keyword: 'Examples',
      name: '',
      description: '',
      header: ['service', 'credential'],
      rows: [
        { values: ['logging in', 'docomo ID'], scenario: scenario({ name: 'Each service asks for its credential', anchor: 'each-service-logging-in' }) },
        { values: ['mail settings', 'sp-mode password'], scenario: scenario({ name: 'Each service asks for its credential', anchor: 'each-service-mail', status: 'not-run', finishedAt: undefined }) },
      ],
    },
  ],
};

const MAP = [
  'Four things to remember.',
  '',
  '| credential | what it looks like | what locks it |',
  '| --- | --- | --- |',
  '| **docomo ID** and its password | letters *and* digits \\| no spaces | too many wrong passwords |',
  '| **network PIN** (ネットワーク暗証番号) | 4 digits | |',
].join('\n');

const start = feature({
  slug: 'which-credential',
  name: 'Which password is which?',
  isStart: true,
  description: MAP,
  children: [{ rule: { keyword: 'Rule', name: 'Each service asks for one credential', description: '', anchor: 'rule-each', children: [{ outline: tried }] } }],
});
const goal = feature({ slug: 'verify-docomo-id', name: 'Find your docomo ID and its password' });
const guide: Guide = { run: { finished: true }, features: [start, goal], warnings: [] };

describe('tablesToCards', () => {
  it('turns each row of a Markdown table into a heading and a list, for a phone', () => {
    assert.equal(
      tablesToCards(MAP),
      [
        'Four things to remember.',
        '',
        '## docomo ID and its password {/* #map-docomo-id-and-its-password */}',
        '',
        '- **What it looks like**: letters *and* digits \\| no spaces',
        '- **What locks it**: too many wrong passwords',
        '',
        '## network PIN (ネットワーク暗証番号) {/* #map-network-pin */}',
        '',
        '- **What it looks like**: 4 digits',
      ].join('\n'),
    );
  });

  it('leaves tables in code blocks, and text without tables, alone', () => {
    const code = '```\n| a | b |\n| --- | --- |\n| 1 | 2 |\n```';
    assert.equal(tablesToCards(code), code);
    assert.equal(tablesToCards('a | b'), 'a | b');
  });
});

describe('renderStartPage', () => {
  const mdx = renderStartPage(guide, start, { fileName: 'qr.png', origin: 'https://smt.docomo.ne.jp', size: 198 });

  it('is the site’s home page, titled by the feature', () => {
    assert.match(mdx, /^---\ntitle: "Which password is which\?"\nsidebar_label: "Which password is which\?"\nsidebar_position: 1\nslug: "\/"\n/);
  });

  it('shows the description’s map as one card per credential', async () => {
    const html = await renderMdxToHtml(mdx);
    assert.match(
      html,
      /<h2 id="map-docomo-id-and-its-password">docomo ID and its password<\/h2>\n<ul>\n<li><strong>What it looks like<\/strong>: letters <em>and<\/em> digits \| no spaces<\/li>/,
    );
  });

  it('has the portal’s QR code and the goals, each with how it fared', () => {
    assert.match(mdx, /<PortalQrCode src=\{require\("\.\/img\/qr\.png"\)\.default\} url="https:\/\/smt\.docomo\.ne\.jp" size=\{198\} \/>/);
    assert.match(mdx, /- \[Find your docomo ID and its password\]\(\.\/verify-docomo-id\.mdx\): it worked in the last check/);
    assert.match(mdx, /- \[The Japanese labels, in English\]\(\.\/glossary\.mdx\)/);
  });

  it('lists below what was tried and how it went, then the walkthroughs', async () => {
    const html = await renderMdxToHtml(mdx);
    assert.match(
      html,
      /<h2 id="how-this-was-checked">How this was checked<\/h2>\n<h3 id="rule-each">Each service asks for one credential<\/h3>\n<ul>\n<li><a href="#each-service-logging-in">service: logging in<\/a>: Passed<\/li>\n<li><a href="#each-service-mail">service: mail settings<\/a>: Not verified<\/li>\n<\/ul>\n<h4 id="each-service-logging-in">/,
    );
    assert.match(mdx, /:::caution\[Not verified\]\n\nThe last check ran 1 of the 2 walkthroughs on this page\./);
  });

  it('still makes a home page, marked not verified, when the run has no map', () => {
    const bare = renderStartPage({ ...guide, features: [goal] }, undefined, undefined);
    assert.match(bare, /title: "Which password is which\?"/);
    assert.match(bare, /:::caution\[Not verified\]\n\nThe map of which credential is which was not part of the last check\./);
    assert.doesNotMatch(bare, /PortalQrCode src/);
  });
});
