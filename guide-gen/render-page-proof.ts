import { escapeText } from './escape-mdx';
import { formatUtc } from './format-utc';
import type { Walkthrough } from './walkthroughs';

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The top of a page: how many of its walkthroughs worked in the last check and when, which did
 * not (linked, never hidden), and "Not verified" when the check did not run some or all of them.
 */
export function renderPageProof(walkthroughs: readonly Walkthrough[]): string {
  const scenarios = walkthroughs.map(({ scenario }) => scenario);
  if (scenarios.length === 0) return '*This page has no walkthroughs yet.*';
  const ran = scenarios.filter((scenario) => scenario.status !== 'not-run');
  const parts: string[] = [];
  if (ran.length === 0) {
    return [
      ':::caution[Not verified]',
      '',
      `The last check did not run ${scenarios.length === 1 ? 'the walkthrough' : `the ${scenarios.length} walkthroughs`} on this page. ` +
        'They are shown as written, without proof that they work today.',
      '',
      ':::',
    ].join('\n');
  }
  const passed = ran.filter((scenario) => scenario.status === 'passed').length;
  const last = ran
    .map((scenario) => scenario.finishedAt ?? '')
    .sort()
    .at(-1);
  parts.push(
    `*${passed} of ${count(scenarios.length, 'walkthrough')} on this page worked as shown` +
      (last ? ` in the check that finished ${escapeText(formatUtc(last))}.*` : '.*'),
  );
  const broken = walkthroughs.filter(({ scenario }) => !['passed', 'not-run', 'skipped'].includes(scenario.status));
  if (broken.length > 0) {
    const links = broken.map(({ scenario, fullTitle }) => `- [${escapeText(fullTitle)}](#${scenario.anchor})`);
    parts.push(
      [
        `:::danger[${broken.length === 1 ? 'One walkthrough' : `${broken.length} walkthroughs`} did not work as shown]`,
        '',
        'The portal may have changed since this guide was written. Each is marked at the step where it stopped:',
        '',
        ...links,
        '',
        ':::',
      ].join('\n'),
    );
  }
  const notRun = scenarios.length - ran.length;
  if (notRun > 0) {
    parts.push(
      [
        ':::caution[Not verified]',
        '',
        `The last check ran ${ran.length} of the ${scenarios.length} walkthroughs on this page. ` +
          `The other ${notRun === 1 ? 'one is' : `${notRun} are`} marked "Not verified": shown as written, without proof that ${notRun === 1 ? 'it works' : 'they work'} today.`,
        '',
        ':::',
      ].join('\n'),
    );
  }
  return parts.join('\n\n');
}
