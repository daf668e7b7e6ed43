import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fillSettings } from './fill-settings';

const settings = { networkPinMaxFailures: 3, spModePasswordDefault: '0000' };

describe('fillSettings', () => {
  it('states the value the run reported for each placeholder, numbers and text alike', () => {
    const { markdown, warnings } = fillSettings('{networkPinMaxFailures} wrong in a row; it starts as {spModePasswordDefault or a default}.', settings, 'x');
    assert.equal(markdown, '3 wrong in a row; it starts as 0000.');
    assert.deepEqual(warnings, []);
  });

  it('says the placeholder’s own words, or "too many", when the run reported no settings, with one warning', () => {
    const { markdown, warnings } = fillSettings('{networkPinMaxFailures} wrong; at least {passwordMinLength or a few} letters', undefined, 'the map');
    assert.equal(markdown, 'too many wrong; at least a few letters');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /^the map: the run reported no portal settings .*\{networkPinMaxFailures\}, \{passwordMinLength\}/);
  });

  it('leaves a name the settings do not have as written, and warns with the names there are', () => {
    const { markdown, warnings } = fillSettings('{networkPinMaxFailure} wrong', settings, 'the map');
    assert.equal(markdown, '{networkPinMaxFailure} wrong');
    assert.deepEqual(warnings, [
      'the map: {networkPinMaxFailure} is not a setting the run reported, so it is shown as written. Use one of: networkPinMaxFailures, spModePasswordDefault.',
    ]);
  });

  it('leaves other words in braces as text, without a warning', () => {
    assert.deepEqual(fillSettings('every choice and {more}', undefined, 'x'), { markdown: 'every choice and {more}', warnings: [] });
    assert.deepEqual(fillSettings('every choice and {more}', settings, 'x'), { markdown: 'every choice and {more}', warnings: [] });
  });

  it('leaves placeholders shown as code alone', () => {
    const text = '`{networkPinMaxFailures}`\n~~~\n{networkPinMaxFailures}\n~~~';
    assert.deepEqual(fillSettings(text, settings, 'x'), { markdown: text, warnings: [] });
  });
});
