import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plainFailure } from './plain-failure';

const heading = { ja: 'docomo IDの確認', en: 'Your docomo ID', action: 'see' as const };

describe('plainFailure', () => {
  it('says which label was not on the screen when Playwright could not find it', () => {
    const message =
      "Error: \u001b[2mexpect(\u001b[22mlocator).toBeVisible() failed\n\nLocator: getByRole('heading', { name: 'docomo IDの確認' })\nExpected: visible\nReceived: <element(s) not found>\nTimeout: 5000ms";
    assert.equal(
      plainFailure('failed', message, [heading]),
      'This step did not work as described when it was last checked. 「docomo IDの確認」 (Your docomo ID) was not on the screen.',
    );
  });

  it('says what the screen showed instead of the expected text', () => {
    const message = 'expect(locator).toHaveText(expected) failed\n\nExpected string: "hanako.sato"\nReceived string: "taro.sato"';
    assert.match(plainFailure('failed', message), /The screen showed "taro\.sato" where "hanako\.sato" was expected\.$/);
  });

  it('says the portal was slow, or a page could not load', () => {
    assert.match(plainFailure('failed', 'page.goto: Timeout 5000ms exceeded.'), /The portal did not answer in time\.$/);
    assert.match(plainFailure('failed', 'The page asked for 1 address(es) the mocked portal does not serve'), /could not be loaded\.$/);
  });

  it('falls back to the first line of the message, without the error class', () => {
    assert.equal(
      plainFailure('failed', 'Error: Browser did not start\n    at x.ts:1'),
      'This step did not work as described when it was last checked. The check reported: Browser did not start',
    );
  });

  it('explains the statuses that are not failures', () => {
    assert.match(plainFailure('undefined', undefined), /nothing checks it automatically yet/);
    assert.match(plainFailure('pending', undefined), /not finished yet/);
    assert.match(plainFailure('ambiguous', 'Multiple step definitions match'), /more than one way/);
    assert.match(plainFailure('skipped', undefined), /an earlier step did not work/);
  });
});
