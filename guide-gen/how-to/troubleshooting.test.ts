import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GuideOutline, GuideStatus } from '../guide-model';
import { feature, scenario, shot, step } from '../testing/guide-fixtures';
import { outlineStatus, troubleEntries } from './troubleshooting';

function outline(statuses: GuideStatus[]): GuideOutline {
  return {
    keyword: 'Scenario Outline',
    name: '<new> is refused',
    description: '',
    anchor: 'new-is-refused',
    examples: [
      {
        keyword: 'Examples',
        name: '',
        description: '',
        header: ['new'],
        rows: statuses.map((status, i) => ({
          values: [`000${i}`],
          scenario: scenario({ status, anchor: `row-${i}`, steps: [step({ screens: [shot(`row-${i}`)] })] }),
        })),
      },
    ],
  };
}

describe('troubleEntries', () => {
  const howTo = scenario({ anchor: 'how-to' });
  const mistyped = scenario({
    name: 'A mistyped network PIN can be entered again',
    description: '    If you mistype your network PIN, the portal says so\n    and you can type it again.',
    anchor: 'mistyped',
    steps: [step({ screens: [shot('wrong')] }), step({ keyword: 'Then', screens: [shot('shown')] })],
  });
  const entries = troubleEntries(
    feature({
      children: [
        { scenario: howTo },
        {
          rule: {
            keyword: 'Rule',
            name: 'r',
            description: '',
            anchor: 'rule-r',
            children: [{ scenario: mistyped }, { outline: outline(['passed', 'failed']) }],
          },
        },
      ],
    }),
    howTo,
  );

  it('has one line per other walkthrough, an outline once, in file order, rules or not', () => {
    assert.deepEqual(
      entries.map((entry) => entry.anchor),
      ['mistyped', 'new-is-refused'],
    );
  });

  it('says the description, on one line, or else the name', () => {
    assert.deepEqual(
      entries.map((entry) => entry.text),
      ['If you mistype your network PIN, the portal says so and you can type it again.', '0000 or 0001 is refused'],
    );
  });

  it('pictures how each ended: its last screen, an outline’s from a row that passed', () => {
    assert.deepEqual(
      entries.map((entry) => entry.shot?.fileName),
      ['shown.png', 'row-0.png'],
    );
  });

  it('leaves out an outline whose only row is the how-to itself', () => {
    const only = outline(['passed']);
    assert.deepEqual(troubleEntries(feature({ children: [{ outline: only }] }), only.examples[0].rows[0].scenario), []);
  });
});

describe('outlineStatus', () => {
  it('says passed only when every row passed, else the worst problem, else not checked', () => {
    assert.equal(outlineStatus(outline(['passed', 'passed']).examples[0].rows.map((row) => row.scenario)), 'passed');
    assert.equal(outlineStatus(outline(['passed', 'failed', 'not-run']).examples[0].rows.map((row) => row.scenario)), 'failed');
    assert.equal(outlineStatus(outline(['passed', 'not-run']).examples[0].rows.map((row) => row.scenario)), 'not-run');
    assert.equal(outlineStatus(outline(['passed', 'skipped']).examples[0].rows.map((row) => row.scenario)), 'skipped');
  });
});
