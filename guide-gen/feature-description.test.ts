import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { featureDescription } from './feature-description';
import { feature } from './testing/guide-fixtures';

const pin = feature({ uri: 'features/change-network-pin.feature', slug: 'change-network-pin' });

describe('featureDescription', () => {
  it('states the settings, links feature files to their pages, and escapes the rest for MDX', () => {
    const gate = feature({
      uri: 'features/network-pin-gate.feature',
      description: '{networkPinMaxFailures} wrong PINs {lockIt}, {soon}: [change it](change-network-pin.feature) <soon>',
    });
    const { markdown, linked, warnings } = featureDescription(gate, [gate, pin], { networkPinMaxFailures: 3 });
    assert.equal(markdown, '3 wrong PINs \\{lockIt\\}, \\{soon\\}: [change it](./change-network-pin.mdx) \\<soon>');
    assert.deepEqual([...linked], ['change-network-pin']);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /^features\/network-pin-gate\.feature's description: \{lockIt\} is not a setting the run reported/);
  });

  it('escapes the words said in place of a number the run did not report', () => {
    const gate = feature({ uri: 'features/network-pin-gate.feature', description: 'after {networkPinMaxFailures or <n>} tries' });
    assert.equal(featureDescription(gate, [gate], undefined).markdown, 'after \\<n> tries');
  });
});
