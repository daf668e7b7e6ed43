import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { featureForTheGuide, featuresForTheGuide } from './feature-for-the-guide';

const features = featuresForTheGuide(join(__dirname, '..', '..', 'features'));

test('every goal has exactly one walkthrough tagged @how-to, and the start page has none', () => {
  for (const feature of features) {
    assert.equal(feature.howTos.length, feature.isStartPage ? 0 : 1, `${feature.file} has @how-to on: ${feature.howTos.join('; ') || 'nothing'}`);
  }
});

test('every other scenario has a troubleshooting line of at most two sentences, "If …, …", for the reader', () => {
  for (const { file, troubleshooting } of features) {
    for (const { name, description } of troubleshooting) {
      assert.match(description, /^If [^\n]+,/, `${file} › ${name}: "${description}"`);
      assert.ok(description.split(/[.!?](?:\s|$)/).filter((part) => part.trim()).length <= 2, `${file} › ${name} says more than two sentences`);
      assert.doesNotMatch(description, /\b(?:she|her)\b/i, `${file} › ${name} speaks of the persona, not to the reader`);
    }
  }
});

test("no troubleshooting line repeats the persona's name or data", () => {
  for (const { file, troubleshooting, personaData } of features) {
    for (const { name, description } of troubleshooting) {
      for (const value of personaData) assert.ok(!description.includes(value), `${file} › ${name} repeats "${value}"`);
    }
  }
});

/**
 * The tags the guide and the runner read. Any other is a leftover: `@only` or `@focus` from a
 * debugging session (a profile or an editor that runs only those would skip the rest), or a typo
 * of one of these, which would quietly drop a walkthrough from the how-to or the guide's order.
 */
const KNOWN_TAGS = /^@(?:how-to|guide-start|guide-order-\d+)$/;

test('no feature keeps a tag the guide does not read (a left-over @only, @focus or a typo)', () => {
  const unknown = features.flatMap(({ file, tags }) => tags.filter((tag) => !KNOWN_TAGS.test(tag)).map((tag) => `${file}: ${tag}`));
  assert.deepEqual(unknown, []);
});

test('an outline with one row tagged @how-to still needs a line for its other rows', () => {
  const feature = featureForTheGuide(
    'example.feature',
    [
      'Feature: Example',
      '  Scenario Outline: <what>',
      '    Given Hanako has a docomo line:',
      '      | network PIN | 4739 |',
      '    @how-to',
      '    Examples:',
      '      | what |',
      '      | one  |',
      '    Examples:',
      '      | what |',
      '      | two  |',
    ].join('\n'),
  );
  assert.deepEqual(feature.howTos, ['one']);
  assert.deepEqual(feature.troubleshooting, [{ name: '<what>', description: '' }]);
  assert.deepEqual(feature.personaData, ['Hanako', '4739', '4739']);
  assert.deepEqual(feature.tags, ['@how-to']);
});
