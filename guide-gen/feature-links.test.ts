import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkFeatures } from './feature-links';
import { feature } from './testing/guide-fixtures';

const start = feature({ uri: 'features/which-credential.feature', slug: 'which-credential' });
const login = feature({ uri: 'features/docomo-id-login.feature', slug: 'docomo-id-login' });
const nested = feature({ uri: 'features/wifi/hotspot.feature', slug: 'hotspot' });
const features = [start, login, nested];

describe('linkFeatures', () => {
  it('turns a link to a feature file into a link to its page, keeping the part after #', () => {
    const { markdown, linked, warnings } = linkFeatures('[Log in](docomo-id-login.feature#locked) or [the hotspot](wifi/hotspot.feature)', start, features);
    assert.equal(markdown, '[Log in](./docomo-id-login.mdx#locked) or [the hotspot](./hotspot.mdx)');
    assert.deepEqual([...linked], ['docomo-id-login', 'hotspot']);
    assert.deepEqual(warnings, []);
  });

  it('reads the path from the linking feature’s folder, as GitHub would', () => {
    assert.equal(linkFeatures('[back](../which-credential.feature)', nested, features).markdown, '[back](./which-credential.mdx)');
  });

  it('leaves other links, and links shown as code, alone', () => {
    const text = '[docomo](https://www.docomo.ne.jp) `[Log in](docomo-id-login.feature)`\n```\n[Log in](docomo-id-login.feature)\n```';
    assert.equal(linkFeatures(text, start, features).markdown, text);
  });

  it('shows a link to a feature the run does not hold as its text, and warns naming the file', () => {
    const { markdown, linked, warnings } = linkFeatures('[Forgot it](verify-docomo-id.feature)', start, features);
    assert.equal(markdown, 'Forgot it');
    assert.equal(linked.size, 0);
    assert.deepEqual(warnings, [
      'features/which-credential.feature: its description links to verify-docomo-id.feature, which is not a feature of this run ' +
        '(looked for features/verify-docomo-id.feature); the link is shown as plain text. Correct the file name, or run that feature too.',
    ]);
  });
});
