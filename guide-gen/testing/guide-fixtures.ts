import { PNG } from 'pngjs';
import type { GuideFeature, GuideScenario, GuideStep, Screenshot } from '../guide-model';

/** A real 20×20 PNG in one shade of grey, for code that reads image bytes. */
export function solidPng(shade = 128): Uint8Array {
  const png = new PNG({ width: 20, height: 20 });
  png.data.fill(shade);
  return PNG.sync.write(png);
}

/** Hand-made model pieces for the renderers' tests, each overridable. */
export const shot = (name = 'abc123'): Screenshot => ({
  fileName: `${name}.png`,
  mediaType: 'image/png',
  bytes: new Uint8Array(),
  width: 360,
  height: 780,
});

export function step(overrides: Partial<GuideStep> = {}): GuideStep {
  return {
    keyword: 'When',
    text: 'she goes to Customer Support',
    status: 'passed',
    taps: [],
    screens: [shot('after')],
    labels: [],
    fromBackground: false,
    ...overrides,
  };
}

export function scenario(overrides: Partial<GuideScenario> = {}): GuideScenario {
  return {
    keyword: 'Scenario',
    name: 'Hanako changes her network PIN',
    description: '',
    tags: [],
    anchor: 'hanako-changes-her-network-pin',
    status: 'passed',
    finishedAt: '2026-05-01T09:30:00.000Z',
    attempts: 1,
    run: { portal: 'embedded mock', origin: 'https://smt.docomo.ne.jp', revision: 'current', commit: '0123456789ab' },
    hookFailures: [],
    hookScreens: { before: [], after: [] },
    steps: [
      step({
        text: 'she opens "ネットワーク暗証番号の変更"',
        taps: [shot('tap')],
        labels: [{ ja: 'ネットワーク暗証番号の変更', en: 'Change your network PIN', action: 'tap' }],
      }),
      step({ keyword: 'Then', text: 'she sees "変更が完了しました"', labels: [{ ja: '変更が完了しました', en: 'Done', action: 'see' }] }),
    ],
    ...overrides,
  };
}

export function feature(overrides: Partial<GuideFeature> = {}): GuideFeature {
  return {
    uri: 'features/network_pin.feature',
    slug: 'network-pin',
    keyword: 'Feature',
    name: 'Change your network PIN',
    description: '',
    tags: [],
    isStart: false,
    children: [{ scenario: scenario() }],
    ...overrides,
  };
}
