import type { GuideStatus, ScreenLabel } from './guide-model';
import { stripAnsi } from './escape-mdx';

/**
 * What went wrong at a step, in words a customer can act on; the technical message stays
 * available beside it. Playwright's messages name locators and matchers, so the common ones
 * are recognised and said plainly, using the labels the step was looking for.
 */
export function plainFailure(status: GuideStatus, message: string | undefined, labels: readonly ScreenLabel[] = []): string {
  if (status === 'undefined') return 'This step is written down, but nothing checks it automatically yet.';
  if (status === 'pending') return 'The automatic check of this step is not finished yet.';
  if (status === 'ambiguous') return 'This step could be checked in more than one way, so it was not checked.';
  if (status === 'skipped') return 'Not checked, because an earlier step did not work.';
  const text = stripAnsi(message ?? '').replace(/^\s*(\w*Error): /, '');
  const sought = labels.filter((label) => label.action === 'see').at(-1) ?? labels.at(-1);
  const named = sought ? `「${sought.ja}」 (${sought.en})` : 'what this step looks for';
  const expected = /Expected(?: string| pattern| substring)?: "?(.*?)"?\n\s*Received(?: string)?: "?(.*?)"?(?:\n|$)/.exec(text);
  let detail: string;
  if (expected && !/element\(s\) not found|<element\(s\) not found>/.test(expected[2])) {
    detail = `The screen showed "${expected[2]}" where "${expected[1]}" was expected.`;
  } else if (/toBeVisible|element\(s\) not found|waiting for (get|locator)/i.test(text)) {
    detail = `${named} was not on the screen.`;
  } else if (/net::ERR_|the mocked portal does not serve|blocked/i.test(text)) {
    detail = 'A page of the portal could not be loaded.';
  } else if (/timeout|timed out/i.test(text)) {
    detail = 'The portal did not answer in time.';
  } else {
    const first =
      text
        .split('\n')
        .map((line) => line.trim())
        .find((line) => line !== '') ?? '';
    detail = first ? `The check reported: ${first.length > 200 ? `${first.slice(0, 199)}…` : first}` : '';
  }
  return `This step did not work as described when it was last checked. ${detail}`.trim();
}
