import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GuideStatus } from '../guide-model';
import { feature, scenario } from '../testing/guide-fixtures';
import { chooseHowTo } from './choose-how-to';

const walkthrough = (name: string, status: GuideStatus, tags: string[] = []) => ({ scenario: scenario({ name, anchor: name, status, tags }) });

describe('chooseHowTo', () => {
  it('teaches the walkthrough tagged @how-to, without a word, when it passed', () => {
    const goal = feature({ children: [walkthrough('first', 'passed'), walkthrough('tagged', 'passed', ['@how-to'])] });
    const choice = chooseHowTo(goal);
    assert.equal(choice.walkthrough?.scenario.name, 'tagged');
    assert.equal(choice.warning, undefined);
  });

  it('teaches the first that passed when none is tagged, and warns naming the feature', () => {
    const choice = chooseHowTo(feature({ children: [walkthrough('broken', 'failed'), walkthrough('works', 'passed')] }));
    assert.equal(choice.walkthrough?.scenario.name, 'works');
    assert.equal(
      choice.warning,
      '"Change your network PIN" (features/network_pin.feature): no walkthrough is tagged @how-to, so its how-to page teaches the first that passed, "works". Tag its shortest passing happy path @how-to.',
    );
  });

  it('never teaches a tagged walkthrough that failed while another passed', () => {
    const choice = chooseHowTo(feature({ children: [walkthrough('tagged', 'failed', ['@how-to']), walkthrough('works', 'passed')] }));
    assert.equal(choice.walkthrough?.scenario.name, 'works');
    assert.match(choice.warning ?? '', /its @how-to walkthrough "tagged" did not pass \(failed\), so its how-to page teaches the first that passed, "works"\./);
  });

  it('shows the tagged one as written when nothing passed, and warns when it failed', () => {
    const choice = chooseHowTo(feature({ children: [walkthrough('other', 'failed'), walkthrough('tagged', 'failed', ['@how-to'])] }));
    assert.equal(choice.walkthrough?.scenario.name, 'tagged');
    assert.match(choice.warning ?? '', /did not pass \(failed\), so its how-to page shows "tagged" as written, marked as not passed\./);
  });

  it('does not warn about a feature the run did not reach, whose page says it was not checked', () => {
    const tagged = chooseHowTo(feature({ children: [walkthrough('other', 'not-run'), walkthrough('tagged', 'not-run', ['@how-to'])] }));
    assert.deepEqual([tagged.walkthrough?.scenario.name, tagged.warning], ['tagged', undefined]);
    const untagged = chooseHowTo(feature({ children: [walkthrough('only', 'not-run')] }));
    assert.match(untagged.warning ?? '', /no walkthrough is tagged @how-to, so its how-to page shows "only" as written, marked not checked\. Tag/);
  });

  it('uses the first of several tagged walkthroughs, and asks for one', () => {
    const choice = chooseHowTo(feature({ children: [walkthrough('a', 'passed', ['@how-to']), walkthrough('b', 'passed', ['@how-to'])] }));
    assert.equal(choice.walkthrough?.scenario.name, 'a');
    assert.match(choice.warning ?? '', /2 walkthroughs are tagged @how-to: the first is used; tag only one\./);
  });

  it('chooses nothing for a feature with no walkthroughs', () => {
    assert.deepEqual(chooseHowTo(feature({ children: [] })), {});
  });
});
