import type { Guide, GuideFeature, GuideOutline, GuideScenario } from '../guide-model';
import { feature, scenario } from './guide-fixtures';

// Hand-made pieces of the start page's feature (`@guide-start`) and its guide, for the start page's tests.

export const tried: GuideOutline = {
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
        {
          values: ['mail settings', 'sp-mode password'],
          scenario: scenario({ name: 'Each service asks for its credential', anchor: 'each-service-mail', status: 'not-run', finishedAt: undefined }),
        },
      ],
    },
  ],
};

export const CARDS = [
  'Four things to remember; tap what you need.',
  '',
  '| credential | looks like | locks | tasks |',
  '| --- | --- | --- | --- |',
  "| **docomo ID** | a user id and a password | after {docomoIdLoginMaxFailures} wrong passwords (the portal's setting) | [Forgot it](verify-docomo-id.feature) · [Locked](../features/change-or-unlock-docomo-id.feature) |",
  '| **network PIN** (ネットワーク暗証番号) | 4 digits | {networkPinMaxFailures} wrong in a row | [Locked](network-pin-gate.feature) · [Change it](change-network-pin.feature) |',
  '',
  'Check `{networkPinMaxFailures}` and `[x](verify-docomo-id.feature)` in code: they stay as written.',
].join('\n');

const SETTINGS = { networkPinMaxFailures: 3, docomoIdLoginMaxFailures: 5, spModePasswordMaxFailures: 3, spModePasswordDefault: '0000' };

/** A scenario whose run.json reported the portal's settings (contract 2). */
export function withSettings(overrides: Partial<GuideScenario>, settings: object = SETTINGS): GuideScenario {
  const base = scenario(overrides);
  return { ...base, run: { ...base.run, settings } as GuideScenario['run'] };
}

const refusedWithSettings = withSettings({ name: 'Wi-Fi refuses her docomo ID', anchor: 'wi-fi-refuses-her-docomo-id' });

export function startFeature(rows: GuideOutline['examples'][number]['rows'], description = CARDS, refused = refusedWithSettings): GuideFeature {
  const outline: GuideOutline = { ...tried, examples: [{ ...tried.examples[0], rows }] };
  return feature({
    uri: 'features/which-credential.feature',
    slug: 'which-credential',
    name: 'Which password is which?',
    isStart: true,
    description,
    children: [
      { rule: { keyword: 'Rule', name: 'Each service asks for one credential', description: '', anchor: 'rule-each', children: [{ outline }] } },
      {
        rule: {
          keyword: 'Rule',
          name: 'The other credentials do not work in its place',
          description: '',
          anchor: 'rule-others',
          children: [{ scenario: refused }],
        },
      },
    ],
  });
}

export const passedRows = [
  { values: ['logging in', 'docomo ID'], scenario: withSettings({ name: tried.name, anchor: 'each-service-logging-in' }) },
  {
    values: ['mail settings', 'sp-mode password'],
    scenario: withSettings({ name: tried.name, anchor: 'each-service-mail', finishedAt: '2026-05-01T09:41:00.000Z' }),
  },
];

export const goals = ['verify-docomo-id', 'change-or-unlock-docomo-id', 'network-pin-gate', 'change-network-pin', 'use-sp-mode'].map((slug) =>
  feature({ uri: `features/${slug}.feature`, slug, name: `The ${slug} goal` }),
);

export function guideOf(start: GuideFeature | undefined, features: GuideFeature[] = goals): Guide {
  return { run: { finished: true }, features: start ? [start, ...features] : features, warnings: [] };
}

export const CODE = { fileName: 'qr.png', origin: 'https://smt.docomo.ne.jp', size: 198 };
