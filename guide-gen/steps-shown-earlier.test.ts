import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderFeaturePage } from './render-feature-page';
import { stepsShownEarlier } from './steps-shown-earlier';
import { feature, scenario, shot, step } from './testing/guide-fixtures';
import { renderMdxToHtml } from './testing/render-mdx-to-html';

const pinEntered = step({ keyword: 'Given', text: 'she has entered her network PIN', taps: [shot('pin-tap')], screens: [shot('pin')] });
const walk = (
  anchor: string,
  steps = [pinEntered, step({ keyword: 'When', text: `she does ${anchor}` }), step({ keyword: 'Then', text: `she sees ${anchor}` })],
) => ({ scenario: scenario({ anchor, name: anchor, steps }) });

describe('stepsShownEarlier', () => {
  it('folds a setting-up step into its first showing on the page, and nothing else', () => {
    const page = feature({
      children: [walk('first'), walk('second'), { rule: { keyword: 'Rule', name: 'r', description: '', anchor: 'r', children: [walk('third')] } }],
    });
    assert.deepEqual(
      [...stepsShownEarlier(page)],
      [
        ['second--step-1', 'first--step-1'],
        ['third--step-1', 'first--step-1'],
      ],
    );
  });

  it('never folds what a walkthrough does or checks, a step with a table, or a step whose run did not pass', () => {
    const sameWhen = (anchor: string) =>
      walk(anchor, [step({ keyword: 'When', text: 'she enters her network PIN' }), step({ keyword: 'Then', text: 'she sees it' })]);
    const table = step({ keyword: 'Given', text: 'Yui has a docomo line:', argument: { kind: 'dataTable', rows: [['phone number', '080']] } });
    const failedFirst = walk('failed', [{ ...pinEntered, text: 'she has opened the menu', status: 'failed' }]);
    const afterFailed = walk('after-failed', [{ ...pinEntered, text: 'she has opened the menu' }]);
    const page = feature({ children: [sameWhen('a'), sameWhen('b'), walk('t1', [table]), walk('t2', [table]), failedFirst, afterFailed] });
    assert.deepEqual([...stepsShownEarlier(page)], []);
  });

  it('renders a folded step as its sentence and a link to the step that shows it, with no picture', async () => {
    const html = await renderMdxToHtml(
      renderFeaturePage(feature({ children: [walk('first'), walk('second')] }), 2)
        .replace(/^---[\s\S]*?---\n/, '')
        .replace(/^import .*$/gm, ''),
    );
    assert.match(
      html,
      /<li id="second--step-1" data-step-status="passed" data-shown-at="first--step-1"><p>She has entered her network PIN \(<a href="#first--step-1">shown step by step above<\/a>\)<\/p><\/li>/,
    );
    assert.match(html, /<li id="first--step-1" data-step-status="passed"><p>She has entered her network PIN<\/p>.*pin-tap\.png/s);
  });
});
