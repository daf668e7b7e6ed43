import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings } from '../../mocks/settings';
import { runInfoOf } from './run-info';

const portal = {
  kind: 'embedded mock',
  origin: 'http://127.0.0.1:4010',
  revision: 'current',
  settings: { ...defaultSettings, networkPinMaxFailures: 4 },
} as const;

test("run.json carries the portal's settings, so the guide states the numbers the scenario ran with", () => {
  const info = runInfoOf(portal, 'abc123');
  assert.equal(info.settings.networkPinMaxFailures, 4);
  assert.equal(info.settings.spModePasswordMaxFailures, defaultSettings.spModePasswordMaxFailures);
  assert.equal(info.settings.docomoIdLoginMaxFailures, defaultSettings.docomoIdLoginMaxFailures);
  assert.deepEqual(JSON.parse(JSON.stringify(info)), {
    portal: 'embedded mock',
    origin: 'http://127.0.0.1:4010',
    revision: 'current',
    commit: 'abc123',
    settings: { ...defaultSettings, networkPinMaxFailures: 4 },
  });
});
