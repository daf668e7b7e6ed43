import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GuideScenario } from './guide-model';
import { portalSettingsOf } from './portal-settings';
import { feature, scenario } from './testing/guide-fixtures';

function reporting(settings: unknown): GuideScenario {
  const base = scenario();
  return { ...base, run: { ...base.run, settings } as GuideScenario['run'] };
}

describe('portalSettingsOf', () => {
  it('takes the settings of the first walkthrough that reported any, in the order of the features given', () => {
    const older = feature({ children: [{ scenario: scenario() }, { scenario: reporting({ networkPinMaxFailures: 3 }) }] });
    const other = feature({ children: [{ scenario: reporting({ networkPinMaxFailures: 4 }) }] });
    assert.deepEqual(portalSettingsOf([older, other]), { networkPinMaxFailures: 3 });
  });

  it('keeps only numbers and text, and is undefined for a run that reported none', () => {
    assert.deepEqual(portalSettingsOf([feature({ children: [{ scenario: reporting({ a: 1, b: '0000', c: { d: 1 }, e: null }) }] })]), { a: 1, b: '0000' });
    assert.equal(portalSettingsOf([feature({ children: [{ scenario: reporting([3]) }, { scenario: scenario() }] })]), undefined);
  });
});
